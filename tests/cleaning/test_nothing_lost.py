"""Property: every Han character of a page ends up in an article or in the furniture list."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.cleaning import clean_page
from desktop.core.cleaning.textutil import han_chars
from desktop.core.models import CleanedPage

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PUNCT = st.sampled_from(list("，。、；：！？“”（）——《》"))
ROLE_LINES = st.sampled_from(
    [
        "本报讯 记者李凡报道 ",
        "记者金钧胤报道 ",
        "据新华社北京2月24日电 ",
        "（《浙江工人日报》记者吴晓静）",
        "通讯员王树成摄",
        "责任编辑：魏志民",
        "第23期",
        "【头条聚焦】关键词：产业生态；人文积淀",
        "# 标题",
        "## 小标题",
        "甲\t乙\t丙",
        "- 列表项",
        "m <sup>2</sup>",
    ]
)


def _sentence() -> st.SearchStrategy[str]:
    return st.lists(st.one_of(HAN, HAN, HAN, PUNCT), min_size=1, max_size=60).map("".join)


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A raw page: text cut into narrow or wide lines, blank lines, role lines, spacing."""
    parts = draw(st.lists(st.one_of(_sentence(), ROLE_LINES), min_size=1, max_size=25))
    width = draw(st.sampled_from([11, 13, 17, 25, 200]))
    lines: list[str] = []
    for p in parts:
        for i in range(0, len(p), width):
            lines.append(p[i : i + width])
        lines.append(draw(st.sampled_from(["", "", " ", "\n"])))
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = " ".join(text)  # spaced-out characters
    return text


def _kept(page: CleanedPage) -> Counter[str]:
    out: Counter[str] = Counter()
    for a in page.articles:
        for field in (a.title, a.subtitle, a.kicker, a.byline, a.publication):
            out.update(han_chars(field or ""))
        out.update(han_chars(a.text))
    for f in page.furniture:
        out.update(han_chars(f))
    return out


# Role words a lead-in or credit consumes (本报讯, 记者, 报道, 摄 …) are the only Han
# characters the cleaner may drop: they are labels, not content.
_LABELS = set(han_chars("本报讯电据报道记者通讯员摄影见习特约全媒体首席评论员"))


def _lost(text: str, page: CleanedPage) -> Counter[str]:
    missing = Counter(han_chars(text)) - _kept(page)
    return Counter({c: n for c, n in missing.items() if c not in _LABELS})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_every_han_character_is_kept(text: str) -> None:
    page = clean_page(text, "gen.txt")
    assert not _lost(text, page), (_lost(text, page), text)


def test_seed_pages_lose_nothing(seeds: list[tuple[str, str]]) -> None:
    for source, text in seeds:
        page = clean_page(text, source)
        assert not _lost(text, page), (source, _lost(text, page))
        assert len(page.furniture) <= 8, page.furniture


@pytest.mark.parametrize(
    "text",
    [
        # a dateline cut off on a line of its own is a lead-in, not a headline (it has
        # neither stop nor space), and the credit under it is kept
        "一一一一丂丁丁一丁\n\n据新华社北京2月24日电 \n\n（《浙江工人日报》记者吴晓静）\n\n"
        "本报讯 记者李凡报道 \n\n一\n\n一\n\n一\n\n一一一一一一一\n",
        # the second copy of the same credit adds no names to the byline: its words go to
        # the furniture list
        "本报讯 记者李凡报道 \n\n据新华社北京2月24日电 \n\n（《浙江工人日报》记者吴晓静）\n\n"
        "一\n\n一\n\n（《浙江工人日报》记者吴晓静）\n\n一\n\n本报讯 记者李凡报道 \n",
        # a headline left over and set above an untitled story keeps its second line
        "一\n\n一\n\n记者金钧胤报道 \n\n（《浙江工人日报》记者吴晓静）\n\n本报讯 记者李凡报道 \n\n"
        "本报讯 记者李凡报道 \n\n本报讯 记者李凡报道 \n\n一\n",
        # the same names line printed three times under a heading: one byline, the
        # repeats kept as furniture
        "一\n\n# 标题\n\n记者金钧胤报道 \n\n记者金钧胤报道 \n\n记者金钧胤报道 \n",
    ],
)
def test_pages_the_property_found_lose_nothing(text: str) -> None:
    assert not _lost(text, clean_page(text, "gen.txt"))
