"""Stage 9: duplicate editions across pages reach the reader once."""

from __future__ import annotations

from desktop.core.cleaning import link_editions
from desktop.core.models import Article, Block

STORY = (
    "杭州市总工会坚持大人才观，以全方位的暖心服务为技能人才的发展提供阳光雨露。"
    "上城区结合政策推动技能人才待遇提升，督促企业完善工时管理和心理健康服务制度。"
    "西湖区整合企业技能提升站、行业协会等资源打造西工学堂，为职工提供培训资源。"
)


def _art(source: str, n: int, text: str, complete: bool = True) -> Article:
    return Article(
        source, blocks=[Block("paragraph", text)], key=f"{source}#{n}", complete=complete
    )


def test_most_complete_edition_is_shown_and_lists_the_others() -> None:
    whole = _art("a.txt", 1, STORY + "这些举措为杭州的科技创新增添了活力。")
    part = _art("b.txt", 3, STORY[20:], complete=False)
    other = _art("b.txt", 1, "金华完善基层劳动纠纷多元化解机制，建成一百九十二个公共服务站。" * 3)
    arts = [part, other, whole]
    link_editions(arts)
    assert whole.duplicate_of is None
    assert whole.editions == [{"source": "b.txt", "key": "b.txt#3"}]
    assert part.duplicate_of == "a.txt#1" and part.editions == []
    assert other.duplicate_of is None and other.editions == []


def test_articles_of_one_page_are_never_editions_of_each_other() -> None:
    a, b = _art("a.txt", 1, STORY), _art("a.txt", 2, STORY)
    link_editions([a, b])
    assert a.duplicate_of is None and b.duplicate_of is None


def test_short_articles_are_not_linked() -> None:
    a, b = _art("a.txt", 1, "会议召开。"), _art("b.txt", 1, "会议召开。")
    link_editions([a, b])
    assert a.duplicate_of is None and b.duplicate_of is None


def test_reworded_edition_is_still_found() -> None:
    changed = STORY.replace("西工学堂", "西湖学堂").replace("督促企业", "推动企业")
    a, b = _art("a.txt", 1, STORY), _art("b.txt", 1, changed)
    link_editions([a, b])
    assert {a.duplicate_of, b.duplicate_of} == {None, "a.txt#1"} or {
        a.duplicate_of,
        b.duplicate_of,
    } == {None, "b.txt#1"}
