"""The cleaner's fast paths: a cheap test in front of the full work never changes an answer.

Most lines of a page are plain running text, so the stages skip work a line cannot need
(a line with no space has no spaced-out run; a paragraph that does not end in 摄 or a
bracket ends in no photo credit).  Each skip is checked here against the full work on
generated lines built from the characters the full work reacts to.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s02_normalize import (
    is_plain,
    normalize,
    normalize_line,
    strip_markdown_inline,
)
from desktop.core.cleaning.s03_chunks import HEADING_RE, ITEM_RE, is_special
from desktop.core.cleaning.s03_ends import PHOTO_CREDIT_RE, ends_photo_credit

#: Characters and pieces that normalisation, Markdown and credits react to, with text.
PIECES = st.sampled_from(
    [
        *"职工是的摄影社发记者，。、“”（）()",
        *" \u3000\u00a0\t",
        *"-—*_|[]!>#•·+",
        *"□■◎★",
        *"12１２.、)",
        "本报讯",
        "新华社发",
        "通讯员王树成",
        "](http://x)",
        "**",
        "\n",
    ]
)
LINES = st.lists(PIECES, max_size=14).map("".join)


@given(LINES)
def test_a_plain_line_is_what_full_normalisation_makes_of_it(raw: str) -> None:
    core = raw.lstrip(" \u3000\u00a0")
    if "\n" in raw or not is_plain(core):
        return
    assert normalize_line(strip_markdown_inline(raw), CleanOptions()) == core
    assert [ln.text for ln in normalize(raw)] == [core]


def test_lines_with_spaces_ornaments_or_markup_are_not_plain() -> None:
    for line in ["职 工", "□本报记者 张三", "**加粗**", "- 列表项", "[链接](http://x)", "甲\t乙"]:
        assert not is_plain(line), line
    assert is_plain("产业工人队伍建设改革——“新时代”（上）")


@given(LINES)
def test_the_guard_before_the_markdown_patterns_changes_no_answer(text: str) -> None:
    full = bool(HEADING_RE.match(text)) or "\t" in text or bool(ITEM_RE.match(text))
    assert is_special(text) == full


def test_full_width_numbered_items_are_still_markdown_items() -> None:
    assert is_special("１. 第一项")
    assert is_special("## 小标题")
    assert not is_special("1949年10月1日，")


@given(LINES)
def test_the_guard_before_the_photo_credit_pattern_changes_no_answer(text: str) -> None:
    assert ends_photo_credit(text) == (PHOTO_CREDIT_RE.search(text) is not None)


def test_photo_credits_are_still_found() -> None:
    assert ends_photo_credit("工人们在车间里忙碌。 通讯员王树成摄")
    assert ends_photo_credit("工人们在车间里忙碌。张三摄\n")
    assert ends_photo_credit("工人们在车间里忙碌（王树成摄）")
    assert ends_photo_credit("工人们在车间里忙碌(王树成摄)")
    assert not ends_photo_credit("工人们在车间里忙碌。")
