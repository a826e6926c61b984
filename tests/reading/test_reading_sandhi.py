"""Tone-change hints for 一 and 不."""

from __future__ import annotations

from desktop.core.reading import sentence_pinyin
from desktop.core.reading.sandhi import hint, spoken


def said(text: str, i: int) -> str | None:
    return spoken(text, sentence_pinyin(text), i)


def test_bu_before_fourth_tone() -> None:
    assert said("不要", 0) == "bu2"
    assert said("不好", 0) == "bu4"
    assert hint("不好", sentence_pinyin("不好"), 0) is None
    assert hint("不是", sentence_pinyin("不是"), 0) == "bù → bú"


def test_yi_changes_before_other_tones() -> None:
    assert said("一样", 0) == "yi2"  # yàng: fourth tone
    assert said("一天", 0) == "yi4"
    assert said("一起", 0) == "yi4"


def test_yi_as_a_number_keeps_its_tone() -> None:
    assert said("第一天", 1) is None
    assert said("十一月", 1) is None
    assert said("一月", 0) is None
