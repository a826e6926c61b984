"""Stage 6, in part — kickers: the label printed over a title.

A ``kicker`` line, or a short headline line right above a story's title (or deck), is the
story's kicker (``工报观察``, ``【头条聚焦】``); lines marked ``kicker+`` stack.  A short
line that shares more words with an untitled story is that story's headline printed next
to this one, not a label; a short line over a one-line title that speaks of the body, with
the line below longer, is the main title and the line below its deck.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.cleaning.s05_model import Segment
from desktop.core.cleaning.s06_titles import join_kicker
from desktop.core.cleaning.textutil import width

if TYPE_CHECKING:
    from desktop.core.cleaning.s06_headlines import Attacher

#: Longest label (in em) taken as a kicker when it stands right before a title.
KICKER_WIDTH = 8.0


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
