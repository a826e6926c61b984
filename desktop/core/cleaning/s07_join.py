"""Stage 7 — join: parts of one story printed out of order on the same page.

A body that stops mid-sentence is continued by a body that has no title and no lead-in of
its own and starts like the rest of a sentence (``的社保标准为参照…``).  When several parts
could follow, the one sharing most words with it wins.  Parts are chained, so a story
printed as A … C … B is read A B C.
"""

from __future__ import annotations

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s05_model import Piece, Segment
from desktop.core.cleaning.textutil import (
    bigrams,
    ends_sentence,
)
from desktop.core.cleaning.wording import starts_mid_sentence


def _paras(seg: Segment) -> list[Piece]:
    return [p for p in seg.pieces if p.type == "paragraph"]


def open_end(seg: Segment) -> bool:
    """The body stops mid-sentence (its last paragraph has no sentence end)."""
    paras = _paras(seg)
    return bool(paras) and not ends_sentence(paras[-1].text) and seg.byline is None


def open_start(seg: Segment) -> bool:
    """The body starts mid-sentence: no title, no lead-in, a continuation character first."""
    paras = _paras(seg)
    if seg.headed or seg.title is not None or not paras:
        return False
    return starts_mid_sentence(paras[0].text)


def _overlap(a: Segment, b: Segment) -> float:
    ga, gb = bigrams(a.body[-3000:]), bigrams(b.body[:3000])
    return len(ga & gb) / max(1, min(len(ga), len(gb)))


def _merge(a: Segment, b: Segment) -> None:
    """Append *b* to *a*; the sentence cut at the end of *a* goes on in *b*."""
    pieces = list(b.pieces)
    last = max(i for i, p in enumerate(a.pieces) if p.type == "paragraph")
    first = next(i for i, p in enumerate(pieces) if p.type == "paragraph")
    a.pieces[last] = Piece("paragraph", a.pieces[last].text + pieces[first].text)
    a.pieces.extend(pieces[:first] + pieces[first + 1 :])
    a.byline = a.byline or b.byline
    a.publication = a.publication or b.publication
    a.last = max(a.last, b.last)
    a.closed = b.closed


def join_parts(segments: list[Segment], options: CleanOptions | None = None) -> list[Segment]:
    """Return segments with continued parts merged into the part they continue."""
    segs = list(segments)
    changed = True
    while changed:
        changed = False
        for a in segs:
            if not open_end(a):
                continue
            tails = [b for b in segs if b is not a and open_start(b)]
            if not tails:
                continue
            b = max(tails, key=lambda t: _overlap(a, t))
            _merge(a, b)
            segs.remove(b)
            changed = True
            break
    return segs
