"""Annotations follow their words when the article text changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.anchoring import make_anchor, reanchor

TEXT = (
    "杭州市总工会坚持“大人才观”，以全方位的暖心服务为技能人才的发展提供阳光雨露。"
    "如上城区结合政策推动技能人才待遇提升，督促企业完善工时管理、心理健康服务等制度。"
    "工会干部们同步收集女职工诉求。活动最后，工会工作人员将定制鲜花送至每人手中。"
)

han = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=1, max_size=40
)


@given(st.data())
@settings(max_examples=200, deadline=None)
def test_unchanged_text_keeps_offsets(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(TEXT) - 1))
    end = data.draw(st.integers(start + 1, len(TEXT)))
    assert reanchor(make_anchor(TEXT, start, end), TEXT) == (start, end)


@given(st.data(), han, han)
@settings(max_examples=200, deadline=None)
def test_text_added_around_moves_the_anchor(data: st.DataObject, before: str, after: str) -> None:
    start = data.draw(st.integers(0, len(TEXT) - 4))
    end = data.draw(st.integers(start + 4, min(len(TEXT), start + 30)))
    anchor = make_anchor(TEXT, start, end)
    changed = before + TEXT + after
    span = reanchor(anchor, changed)
    assert span is not None
    assert changed[span[0] : span[1]] == anchor.quote
    assert span == (start + len(before), end + len(before))


def test_repeated_quote_follows_its_context() -> None:
    text = "工会干部们同步收集女职工诉求。工会工作人员将定制鲜花送至每人手中。"
    second = text.index("工会", 3)
    anchor = make_anchor(text, second, second + 2)
    # Insert text before both occurrences: the offsets point elsewhere now.
    changed = "前言。" + text
    assert reanchor(anchor, changed) == (second + 3, second + 5)


def test_edited_quote_is_found_fuzzily() -> None:
    old = "如上城区结合政策推动技能人才待遇提升"
    start = TEXT.index(old)
    anchor = make_anchor(TEXT, start, start + len(old))
    changed = TEXT.replace("推动技能人才", "推进技能人才")
    span = reanchor(anchor, changed)
    assert span is not None
    assert changed[span[0] : span[1]].startswith("如上城区结合政策推进")


def test_quote_that_is_gone_cannot_be_placed() -> None:
    anchor = make_anchor(TEXT, 0, 12)
    assert reanchor(anchor, "完全不同的一篇文章，没有任何相同的句子。") is None
