"""Cues that must not depend on the seed pages' habits (found with ``relay.py --source cpp``):
a bare photographer name glued to 摄, a six-character title over a longer deck, and
paragraphs opening with a sentence word that starts with a continuation character."""

from __future__ import annotations

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.s04_roles import split_photo_credit
from desktop.core.cleaning.textutil import starts_mid_sentence


def test_bare_name_glued_to_she_is_a_photo_credit() -> None:
    assert split_photo_credit("笼口倾斜，而非垂直。 潘颖平摄") == ("笼口倾斜，而非垂直。", "潘颖平")
    assert split_photo_credit("笼口倾斜，而非垂直。潘颖平摄") == ("笼口倾斜，而非垂直。", "潘颖平")
    # a sentence about filming is no credit
    assert split_photo_credit("剧组在那里 进行拍摄")[1] is None


def test_sentence_words_are_not_continuations() -> None:
    for text in ("之后，他回到北京。", "与此同时，工程开工。", "过去的十年里", "地处盆地中央。"):
        assert not starts_mid_sentence(text), text
    for text in ("的社保标准为参照", "和他们一起出发。", "与披着铠甲的骑兵不同", "的，"):
        assert starts_mid_sentence(text), text
    assert not starts_mid_sentence("市民纷纷前来。")


BODY = """\
本报讯 记者张三报道 上周，市图书馆
启动古籍修复工程，首批修复的善本
将在年底前向读者开放。

之后，图书馆还将建设数字阅览室，
让读者在线阅读修复后的古籍。

本报讯 记者李四报道 昨日，港口集团
新开两条集装箱航线，港口吞吐量有
望再创新高。

古籍修复迎新生

图书馆启动古籍修复工程首批善本年底开放

港口新开航线
"""


def test_short_title_over_longer_deck_and_paragraph_opening_with_zhihou() -> None:
    arts = clean_page(BODY, "p.txt").articles
    assert [a.title for a in arts] == ["古籍修复迎新生", "港口新开航线"]
    assert arts[0].subtitle == "图书馆启动古籍修复工程首批善本年底开放"
    assert sum(b.type == "paragraph" for b in arts[0].blocks) == 2


def test_side_by_side_halves_may_hold_a_headline_colon() -> None:
    from desktop.core.cleaning.s06_headlines import side_by_side

    assert side_by_side("计划：剩余宁妃石虎 问题影响分析") == ("计划：剩余宁妃石虎", "问题影响分析")
    assert side_by_side("时间： 问题影响分析") is None
