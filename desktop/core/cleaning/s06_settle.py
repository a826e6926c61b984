"""Stage 6, in part — settle: the pairing of headlines and bodies over the whole page.

Titles are first given best-first, and a greedy pick can take a headline that fits two
bodies for the one whose own headline fits it alone.  The pairing is then settled
globally: bodies trade headlines when the product of their fits gains (a headline that fits
two bodies goes to the one no other headline fits; a pairing that gives a body a headline
sharing nothing with it loses), a body hands its headline on to an untitled one when a
leftover headline fits it alone, and a one-line headline made of two headline-shaped halves
is split between two bodies when one would stay untitled.  When one headline is left over
and one story untitled, the headline is its title by elimination, as a reader pairs them,
even when it shares no word with the body — if the text opens a story (a lead-in, a names
line, the top of the page beginning a sentence) and the headline speaks of no other body.
A short cry or question left over under a titled story's last paragraph is no headline at
all: it closes that story (``预祝大会圆满成功！``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from desktop.core.cleaning.s05_model import Piece, Segment
from desktop.core.cleaning.s06_titles import side_by_side
from desktop.core.cleaning.wording import starts_mid_sentence

if TYPE_CHECKING:
    from desktop.core.cleaning.s06_headlines import Attacher

#: How much two bodies' total fit must gain before they trade headlines.
_SWAP_MARGIN = 0.1
#: The least fit counted when multiplying fits (a headline sharing nothing with a body).
_FIT_FLOOR = 0.03


def _trade_heads(a: Segment, b: Segment) -> None:
    """Swap the headlines (title, its own deck and label) of two bodies."""
    for name in ("title", "title_unit", "kicker"):
        va, vb = getattr(a, name), getattr(b, name)
        setattr(a, name, vb)
        setattr(b, name, va)
    # a deck printed with the headline (same or next unit) goes with it
    own_a = a.subtitle_unit >= 0 and abs(a.subtitle_unit - b.title_unit) <= 1
    own_b = b.subtitle_unit >= 0 and abs(b.subtitle_unit - a.title_unit) <= 1
    sub_a, sub_b = (a.subtitle, a.subtitle_unit), (b.subtitle, b.subtitle_unit)
    if own_a or own_b:
        (a.subtitle, a.subtitle_unit), (b.subtitle, b.subtitle_unit) = sub_b, sub_a


def improve_titles(att: Attacher) -> None:
    """Settle titles globally: two bodies trade the headlines they were given when
    the fits gain together (a greedy pick can take a headline that fits two bodies
    for the one whose own headline fits it alone).  Fits multiply: a pairing that
    gives a body a headline sharing nothing with it loses."""
    for _round in range(3):
        changed = False
        held = [k for k, s in enumerate(att.segments) if s.title_unit in att.pool_set]
        for x, ka in enumerate(held):
            for kb in held[x + 1 :]:
                a, b = att.segments[ka], att.segments[kb]
                i, j = a.title_unit, b.title_unit
                if i != j and _fit(att, i, kb) + _fit(att, j, ka) > (
                    _fit(att, i, ka) + _fit(att, j, kb) + _SWAP_MARGIN
                ):
                    _trade_heads(a, b)
                    changed = True
        if not changed:
            return


def _fit(att: Attacher, i: int, k: int) -> float:
    return math.log(max(att.raw.get((i, k), 0.0), _FIT_FLOOR))


def hand_on(att: Attacher) -> None:
    """A body whose headline also fits an untitled body hands it on when a headline
    left over fits this body well and no other better: every body gets one."""
    floor = att.weak
    for f in att.free():
        fits = {k: att.raw.get((f, k), 0.0) for k in range(len(att.segments))}
        ka = max(fits, key=lambda k: fits[k])
        a = att.segments[ka]
        if fits[ka] < att.opts.min_headline_overlap or a.title_unit not in att.pool_set:
            continue
        i = a.title_unit
        untitled = [
            k
            for k, b in enumerate(att.segments)
            if b.title is None and b.kind != "photo" and att.raw.get((i, k), 0.0) >= floor
        ]
        kb = max(untitled, key=lambda k: att.raw[(i, k)], default=None)
        if kb is not None and i != f:
            _trade_heads(a, att.segments[kb])
            a.title, a.title_unit, a.kicker = None, -1, None
            att.give(f, ka)


def split_side_by_side(att: Attacher) -> None:
    """A one-line headline made of two headline-shaped halves is two headlines when
    a body is left untitled: the halves go to the two bodies (its holder and an
    untitled story, not a photo) that they fit best together, each fitting its own."""
    floor = att.weak
    for i in att.pool:
        halves = side_by_side(att.units[i].text) if len(att.units[i].lines) == 1 else None
        untitled = [
            k
            for k, s in enumerate(att.segments)
            if s.title is None and s.kind != "photo" and not s.brief
        ]
        if halves is None or not untitled or att.roles[i] != "headline":
            continue
        holders = [k for k, s in enumerate(att.segments) if s.title_unit == i]
        if len(holders) > 1 or (i in att.used and not holders):
            continue
        best: tuple[float, int, int] | None = None
        for ka in holders or untitled:
            for kb in untitled:
                for a, b in ((0, 1), (1, 0)):
                    sa = att.scorer.score(halves[a], ka)
                    sb = att.scorer.score(halves[b], kb)
                    if ka != kb and min(sa, sb) >= floor and (best is None or sa + sb > best[0]):
                        best = (sa + sb, ka if a == 0 else kb, kb if a == 0 else ka)
        if best is not None:
            for half, k in zip(halves, best[1:], strict=True):
                att.segments[k].title, att.segments[k].title_unit = half, i
            att.used.add(i)


def last_pair_by_elimination(att: Attacher) -> None:
    """One headline left over and one story left untitled: the headline is its title.
    Headlines collected away from their bodies are each some story's title; when all
    the others have found theirs, the last pairs by elimination, as a reader pairs
    them, even when it shares no word with the body (``“要为男儿争口气”`` over a
    report of the 10000 m final)."""
    free = att.free()
    untitled = [
        k
        for k, s in enumerate(att.segments)
        if s.title is None and s.kind != "photo" and not s.brief
    ]
    # only a story that opens as one (a lead-in, a byline): untitled text may be
    # the rest of a story printed elsewhere on the page
    if len(free) != 1 or len(untitled) != 1 or not _opens_story(att, untitled[0]):
        return
    # a headline that speaks of another body is that body's (two stories ran together)
    f, k = free[0], untitled[0]
    thr = att.opts.min_headline_overlap
    if all(att.raw.get((f, kk), 0.0) < thr for kk in range(len(att.segments)) if kk != k):
        att.give(f, k)


def closing_cries(att: Attacher) -> None:
    """A short cry or question left over right under a titled story's last paragraph,
    speaking of it most (``预祝大会圆满成功！`` closing an editorial): its last
    paragraph, not a headline of the story under it — a headline does not end on the
    stop of a sentence there."""
    for i in att.free():
        text = att.units[i].text.strip()
        if att.roles[i] != "headline" or text[-1:] not in "！？!?":
            continue
        fits = [(att.raw.get((i, k), 0.0), k) for k in range(len(att.segments))]
        sc, k = max(fits, default=(0.0, -1))
        s = att.segments[k] if k >= 0 else None
        if s is None or s.last != i - 1 or s.title is None or s.kind == "photo":
            continue
        if sc >= att.weak:
            s.pieces.append(Piece("paragraph", text, unit=i))
            s.last = i
            att.used.add(i)


def _opens_story(att: Attacher, k: int) -> bool:
    """Body *k* opens a story: a lead-in or names line heads it, or it is the text at
    the top of the page and begins a sentence."""
    s = att.segments[k]
    first = next((p.text for p in s.pieces if p.type == "paragraph"), "")
    top = k == 0 and all(r in ("headline", "furniture") for r in att.roles[: s.first])
    return s.headed or (top and bool(first) and not starts_mid_sentence(first, strict=True))
