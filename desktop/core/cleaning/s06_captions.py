"""Stage 6, in part — captions: picture captions printed away from their story.

A caption goes to the story it shares most words with (never to another photo).  A line
set apart by several blank lines (how extraction leaves a photo caption) that shares most
of its words with a titled story is that story's caption.  A one-line photo caption printed
right under a headline that heads a story elsewhere is that story's caption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.cleaning.s05_model import Piece
from desktop.core.cleaning.textutil import width

if TYPE_CHECKING:
    from desktop.core.cleaning.s06_headlines import Attacher

#: Longest picture caption (in em) folded into the story whose headline it sits under.
_CAPTION_WIDTH = 24.0
#: Least fit of a line set apart by blank lines to a story for it to be that story's caption.
_CAPTION_FIT = 0.5


def assign_captions(att: Attacher, cands: list[tuple[float, int, int]]) -> None:
    """A caption goes to the story it shares most words with (not to another photo)."""
    for _sc, i, k in cands:
        if i in att.used or att.roles[i] != "caption" or att.segments[k].kind == "photo":
            continue
        att.segments[k].pieces.append(Piece("caption", att.units[i].text, unit=i))
        att.used.add(i)


def set_apart_captions(att: Attacher) -> None:
    """A leftover line set apart by several blank lines (how extraction leaves a photo
    caption), sharing most of its words with a titled story, is that story's caption.
    The page's last line is a trailing site name, not a caption."""
    last = len(att.units) - 1
    for i in att.free():
        u = att.units[i]
        if u.gap < 2 or i == last or len(u.lines) != 1:
            continue
        fits = [(att.raw.get((i, k), 0.0), k) for k, s in enumerate(att.segments)]
        sc, k = max(fits, default=(0.0, -1))
        s = att.segments[k] if k >= 0 else None
        if s is not None and sc >= _CAPTION_FIT and s.title is not None and s.kind != "photo":
            s.pieces.append(Piece("caption", u.text, unit=i))
            att.used.add(i)


def fold_photo_captions(att: Attacher) -> None:
    """An untitled one-line photo caption printed right under a headline that heads
    a story elsewhere (a headline block with its picture) is that story's caption."""
    heads = {s.title_unit: s for s in att.segments if s.kind != "photo"}
    for p in list(att.segments):
        story = heads.get(p.first - 1)
        if p.kind != "photo" or p.title is not None or story is None or p is story:
            continue
        if len(p.pieces) == 1 and width(p.pieces[0].text) <= _CAPTION_WIDTH:
            story.pieces.append(Piece("caption", p.pieces[0].text, unit=p.first))
            att.segments.remove(p)
            # the photographer is not the story's author: keep the name as furniture
            att.credits.extend(x for x in (p.byline, p.kicker, p.subtitle) if x)
