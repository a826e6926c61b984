"""Stage 6, in part — kickers: the label printed over a title.

A ``kicker`` line, or a short headline line right above a story's title (or deck), is the
story's kicker (``工报观察``, ``【头条聚焦】``); lines marked ``kicker+`` stack.  A short
line that shares more words with an untitled story is that story's headline printed next
to this one, not a label; a short line over a one-line title that speaks of the body, with
the line below longer, is the main title and the line below its deck.  Of a title and a
deck printed one above the other, :func:`title_of_two_lines` tells which is the title and
whether the upper is the kicker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.cleaning.s05_model import Segment
from desktop.core.cleaning.s06_titles import is_deck, join_kicker
from desktop.core.cleaning.textutil import (
    COLUMN_TAG_RE,
    NOTICE_TITLE_RE,
    SETTING_LINE_RE,
    han_chars,
    width,
)
from desktop.core.cleaning.wording import subject_over_predicate

if TYPE_CHECKING:
    from desktop.core.cleaning.s06_headlines import Attacher

#: Longest label (in em) taken as a kicker when it stands right before a title.
KICKER_WIDTH = 8.0
#: How a line leading into the title under it ends: a colon or a dash.
LEADS_INTO_RE = re.compile(r"[：:—]\s*$")
#: Fewest Han characters of a line under a kicker, as the title (not a code or number).
_KICKER_TITLE_HAN = 5


def assign_kickers(att: Attacher) -> None:
    """Give each titled story the labels printed right over its headline."""
    for k, s in enumerate(att.segments):
        if s.title_unit < 0 or s.kicker is not None:
            continue
        head = min(x for x in (s.title_unit, s.subtitle_unit) if x >= 0)
        parts: list[str] = []
        j = head - 1
        while j >= 0 and j in att.pool_set and j not in att.used:
            role = att.roles[j]
            short_label = (
                role == "headline"
                and width(att.units[j].text) <= KICKER_WIDTH
                and not _heads_elsewhere(att, j, k)
            )
            if short_label and not parts and _title_over_deck(att, j, k, s):
                s.subtitle, s.subtitle_unit = s.title, s.title_unit
                s.title, s.title_unit = att.units[j].text, j
                att.used.add(j)
                j -= 1
                continue
            if role in ("kicker", "kicker+") or (short_label and not parts):
                parts.insert(0, att.units[j].text)
                att.used.add(j)
                if role == "kicker":
                    break
                j -= 1
                continue
            break
        if parts:
            s.kicker = join_kicker(parts)


def _heads_elsewhere(att: Attacher, j: int, k: int) -> bool:
    """A short line sharing more words with an untitled story than with body *k* is
    that story's headline printed next to this one, not this one's label."""
    text = att.units[j].text
    here = att.scorer.score(text, k)
    floor = att.weak
    return any(
        kk != k
        and s.title is None
        and s.kind != "photo"
        and (sc := att.scorer.score(text, kk)) >= floor
        and sc > here
        for kk, s in enumerate(att.segments)
    )


def _title_over_deck(att: Attacher, j: int, k: int, s: Segment) -> bool:
    """A short line above a one-line title is the main title, not a kicker, when it
    speaks of the body (a rubric or place tag shares no words with it) and the line
    below is a longer deck."""
    if s.subtitle is not None or s.title is None or width(att.units[j].text) < 5:
        return False
    if len(att.units[s.title_unit].lines) != 1 or width(s.title) <= width(att.units[j].text):
        return False
    return att.scorer.score(att.units[j].text, k) >= att.weak


def title_of_two_lines(att: Attacher) -> None:
    """Of a title and a deck printed one above the other, each on its own, which is
    the title.  The upper ending in a colon or a dash leads into the lower: it is the
    kicker and the lower the title (``木镟技艺代表性传承人李学民：`` / ``千刀方成器
    玲珑显匠心``, ``…精准执法之后——`` / ``老焦的小店保住了``), and so is an upper line
    naming only where or when (``四川绵阳市游仙区``, ``“十四五”时期``), or only who acts
    over a lower line opening on what they did (``宝鸡市总、市体育局`` / ``联合举办全市职工
    运动会``: see :func:`subject_over_predicate`); on one line group they are one title
    (``大学生村官黎锦林：秀水河畔的时代足音``).  Else the one that bears
    its column's name in brackets is the title (``纺织行业加速“智”变（大数据观察）``):
    the line over it is its kicker, the line under it its deck.  A line left over the
    title its words chose is its kicker too (``以案说法`` / ``隔夜醉驾“当严则严”``): a
    deck is printed under its title."""
    for k, s in enumerate(att.segments):
        if s.kicker is not None or s.title is None or s.subtitle is None:
            continue
        t, d = s.title_unit, s.subtitle_unit
        if t < 0 or d < 0 or abs(t - d) != 1 or is_deck(s.subtitle):
            continue
        upper, lower = (s.subtitle, s.title) if d < t else (s.title, s.subtitle)
        tag_up, tag_low = bool(COLUMN_TAG_RE.search(upper)), bool(COLUMN_TAG_RE.search(lower))
        leads_into = bool(
            LEADS_INTO_RE.search(upper) or SETTING_LINE_RE.match(upper)
        ) or subject_over_predicate(upper, lower)
        # a deck says more than its title, in smaller type: a shorter phrase under a
        # title, speaking of the story, is the main title, the line over it its
        # kicker — not a notice's number (…公告 / 杭规划资源告[2024]R017号) nor who
        # wrote a letter (我们喜爱《陕西工人报》 / 兴平市66号信箱杨晓勇)
        shorter_below = (
            width(lower) < width(upper)
            and not tag_up
            and not NOTICE_TITLE_RE.search(upper)
            and len(han_chars(lower)) >= _KICKER_TITLE_HAN
            and att.scorer.score(lower, k) >= att.weak
        )
        # the title is set in the biggest type: of a line over a block the column
        # wraps, the wrapped one is the title (``湖北公安交管部门`` / ``群众意见“码上”提
        # 解决`` / ``问题万余件``), and so is a wrapped block over a line
        lines_up = len(att.units[min(t, d)].lines)
        lines_low = len(att.units[max(t, d)].lines)
        big_below = lines_up == 1 and lines_low >= 2 and not tag_up
        shorter_below = shorter_below and not (lines_up >= 2 and lines_low == 1)
        # … and a block the column wrapped shorter than the one line under it is
        # plainly set bigger: the title, whatever it says (``轻工业数字化转型实施方`` /
        # ``案印发`` / ``到2027年关键工序数控化率达75%左右``)
        first_up = att.units[min(t, d)].lines[0]
        big_above = lines_up >= 2 and lines_low == 1 and width(lower) > width(first_up) + 1
        # a page that marks its headings (#) says which is the title: a plain line
        # under the heading is its deck (# “闵工学堂”发布654门公益课程 / 38门新设…)
        marked = att.units[min(t, d)].kind == "heading" != att.units[max(t, d)].kind
        kicker_over = leads_into or (tag_low and not tag_up) or shorter_below or big_below
        if big_above or marked or (tag_up and not tag_low and not kicker_over):
            s.title, s.title_unit = upper, min(t, d)
            s.subtitle, s.subtitle_unit = lower, max(t, d)
        elif kicker_over:
            s.kicker, s.title, s.title_unit = upper, lower, max(t, d)
            s.subtitle, s.subtitle_unit = None, -1
            _deck_under(att, k, s)
        elif d < t:
            s.kicker, s.subtitle, s.subtitle_unit = upper, None, -1  # over it: its kicker


def _deck_under(att: Attacher, k: int, s: Segment) -> None:
    """The line right under body *k*'s title, left over and speaking of the body, is
    its deck (the third line of a kicker, title and deck: ``裕园社区`` / ``“俺们社区有
    群热心人”`` / ``维护花坛、清理楼道垃圾和小广告,他们啥都干``)."""
    j = s.title_unit + 1
    if j in att.used or j not in att.pool_set or att.roles[j] != "headline":
        return
    if att.scorer.score(att.units[j].text, k) >= att.weak:
        s.subtitle, s.subtitle_unit = att.units[j].text, j
        att.used.add(j)
