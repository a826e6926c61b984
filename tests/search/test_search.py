"""Query syntax, ranking, fields and match offsets on a small hand-made library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.models import Article, Block
from desktop.core.search import IndexDoc, SearchIndex, doc_from_article

from .conftest import build_index


def _article(aid: int, title: str, *paras: str, **kw: object) -> Article:
    return Article(
        source="p.txt", title=title, blocks=[Block("paragraph", p) for p in paras], id=aid, **kw
    )  # type: ignore[arg-type]


ARTICLES = [
    _article(
        1,
        "科技创新的杭州探索",
        "春晚上的机器人扭秧歌。",
        publication="杭州日报",
        byline="记者 吴晓静",
    ),
    _article(
        2,
        "工会新闻",
        "其中最吸引人注目的是科技创新课程。",
        "DeepSeek 受到关注。",
        publication="人民日报",
    ),
    _article(
        3,
        "机器人",
        "宇树科技 3 楼展厅，机器人在台阶间上下。",
        publication="杭州日报",
        subtitle="四足机器人导盲",
    ),
    _article(
        4,
        "数字经济",
        "发布了６５名工匠。",
        publication="Ｃｈｉｎａ Ｄａｉｌｙ",
        kicker="特稿",
    ),
    Article(
        source="p.txt",
        title="图表",
        blocks=[
            Block("paragraph", "全年数据如下。"),
            Block("caption", "图为 滨江区 的展馆"),
            Block("table", rows=(("城市", "人数"), ("宁波", "120"))),
        ],
        id=5,
    ),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    docs = [doc_from_article(a) for a in ARTICLES]
    docs[1] = IndexDoc(**{**docs[1].__dict__, "notes": "我的笔记：值得再读"})
    return build_index(tmp_path_factory.mktemp("s") / "index", docs)


def ids(index: SearchIndex, query: str) -> list[int]:
    return [h.article_id for h in index.search(query, limit=None).hits]


def test_two_character_word_inside_a_longer_jieba_word_is_found(index: SearchIndex) -> None:
    assert ids(index, "吸引") == [2]


def test_all_terms_must_occur(index: SearchIndex) -> None:
    assert set(ids(index, "科技 机器人")) == {1, 3}
    assert ids(index, "科技 DeepSeek") == [2]


def test_or_and_exclude(index: SearchIndex) -> None:
    assert set(ids(index, "DeepSeek OR 宁波")) == {2, 5}
    assert set(ids(index, "科技 -机器人")) == {2}
    assert set(ids(index, "机器人 -title:机器人")) == {1}


def test_quoted_phrase_is_literal_including_spaces(index: SearchIndex) -> None:
    assert ids(index, '"3 楼展厅"') == [3]
    assert ids(index, '"3楼展厅"') == []
    assert set(ids(index, "科技创新")) == {1, 2}


def test_title_and_paper_filters(index: SearchIndex) -> None:
    assert ids(index, "title:机器人") == [3]
    assert set(ids(index, "paper:杭州 机器人")) == {1, 3}
    assert ids(index, "paper:china") == [4]


def test_width_and_case_folding(index: SearchIndex) -> None:
    assert ids(index, "65") == [4]
    assert ids(index, "６５") == [4]
    assert ids(index, "deepseek") == [2]
    assert ids(index, "ＤＥＥＰＳＥＥＫ") == [2]


def test_single_character(index: SearchIndex) -> None:
    assert set(ids(index, "宁")) == {5}
    assert set(ids(index, "杭")) == {1, 3}


def test_byline_deck_kicker_caption_and_table_cells_are_searchable(index: SearchIndex) -> None:
    assert ids(index, "吴晓静") == [1]
    assert ids(index, "导盲") == [3]
    assert ids(index, "特稿") == [4]
    assert ids(index, "滨江区") == [5]
    assert ids(index, "宁波") == [5]
    assert ids(index, '"宁波\t120"') == [5]


def test_title_hits_rank_above_body_hits(index: SearchIndex) -> None:
    hits = index.search("机器人").hits
    assert hits[0].article_id == 3
    assert "title" in hits[0].fields_matched
    hits = index.search("科技创新").hits
    assert [h.article_id for h in hits] == [1, 2]


def test_match_offsets_point_into_article_text(index: SearchIndex) -> None:
    hit = index.search("机器人").hits[0]
    text = ARTICLES[2].text
    assert [text[s:e] for s, e in hit.matches["body"]] == ["机器人"]
    assert hit.matches["title"] == [(0, 3)]
    assert hit.matches["deck"] == [(2, 5)]
    hit = index.search("65").hits[0]
    s, e = hit.matches["body"][0]
    assert ARTICLES[3].text[s:e] == "６５"


def test_snippet_marks_the_matched_text(index: SearchIndex) -> None:
    hit = index.search("DeepSeek").hits[0]
    assert hit.snippet is not None
    assert hit.snippet.field == "body"
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.marks] == ["DeepSeek"]
    assert "\n" not in hit.snippet.text


def test_notes_are_searched_and_reported(index: SearchIndex) -> None:
    hit = index.search("笔记").hits[0]
    assert hit.article_id == 2
    assert hit.matched_notes and not hit.matched_article
    assert hit.fields_matched == ("notes",)
    hit = index.search("吸引").hits[0]
    assert hit.matched_article and not hit.matched_notes


def test_limit_keeps_the_exact_total(index: SearchIndex) -> None:
    results = index.search("杭", limit=1)
    assert results.total == 2 and len(results.hits) == 1


def test_results_serialise_to_json(index: SearchIndex) -> None:
    data = json.loads(json.dumps(index.search("机器人").to_dict()))
    assert data["total"] == 2
    hit = data["hits"][0]
    assert hit["article_id"] == 3 and hit["snippet"]["marks"]
    assert hit["matches"]["title"] == [[0, 3]]


def test_index_without_jieba_words_finds_the_same_articles(
    index: SearchIndex, tmp_path: Path
) -> None:
    plain = build_index(tmp_path / "index", [doc_from_article(a) for a in ARTICLES], words=False)
    for q in ("科技", "机器人 -title:机器人", "65", "宁", "吸引", "DeepSeek OR 宁波"):
        assert sorted(ids(plain, q)) == sorted(ids(index, q)), q


def test_doc_from_article_requires_an_id() -> None:
    with pytest.raises(ValueError):
        doc_from_article(Article(source="x"))


def test_whole_jieba_words_rank_above_letters_inside_other_words(tmp_path: Path) -> None:
    docs = [
        IndexDoc(id=1, title="课程", body="其中最吸引人注目的是课程"),
        IndexDoc(id=2, title="展会", body="展会吸引了大批游客前来"),
    ]
    index = build_index(tmp_path / "index", docs, words=True)
    assert [h.article_id for h in index.search("吸引").hits] == [2, 1]


def test_ensure_does_not_rebuild_a_ready_index(tmp_path: Path) -> None:
    docs = [doc_from_article(a) for a in ARTICLES]
    build_index(tmp_path / "index", docs)
    index = SearchIndex(tmp_path / "index")

    def no_docs() -> list[IndexDoc]:
        raise AssertionError("a ready index must not be rebuilt")

    assert index.ensure(no_docs).name == "READY"
    assert ids(index, "吸引") == [2]
