"""Keeping highlights on the words they were made on when an article's text changes.

An anchor is the (start, end) offsets plus the exact quote and a little context on either
side — the W3C TextPositionSelector and TextQuoteSelector together.  Re-anchoring tries, in
order: every exact occurrence of the quote, scored by how much of the context matches and how
near the old offsets it is (so an unchanged text keeps its offsets, and a repeated word moves
with its context); then a fuzzy match of the quote, seeded by shared bigrams.  What still cannot
be placed is reported as None, and the caller keeps it as "detached" — never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

CONTEXT = 32
#: A fuzzy match must be at least this similar to the quote.
FUZZY_MIN_RATIO = 0.75


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """The anchor of ``text[start:end]``, with up to ``context`` characters either side."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if end < start:
        start, end = end, start
    return Anchor(
        start,
        end,
        text[start:end],
        text[max(0, start - context) : start],
        text[end : end + context],
    )


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    matched = _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)
    total = len(anchor.prefix) + len(anchor.suffix)
    context = matched / total if total else 0.0
    # Nearness breaks ties between equally well-placed occurrences.
    nearness = 1.0 / (1.0 + abs(start - anchor.start) / 1000)
    return context * 10 + nearness


def _exact(anchor: Anchor, text: str) -> tuple[int, int] | None:
    q = anchor.quote
    best: tuple[float, int] | None = None
    i = text.find(q)
    while i >= 0:
        score = _context_score(anchor, text, i, i + len(q))
        if best is None or score > best[0]:
            best = (score, i)
        i = text.find(q, i + 1)
    return (best[1], best[1] + len(q)) if best else None


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Best window whose text is close to the quote; windows are seeded by shared bigrams."""
    q = anchor.quote
    n = len(q)
    if n < 2 or not text:
        return None
    grams = {q[i : i + 2]: i for i in range(n - 1)}
    seeds: set[int] = set()
    for j in range(len(text) - 1):
        i = grams.get(text[j : j + 2])
        if i is not None:
            seeds.add(max(0, j - i))
    best: tuple[float, int, int] | None = None
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(q)
    for s in sorted(seeds):
        for length in {n, int(n * 0.9), int(n * 1.1)}:
            window = text[s : s + max(1, length)]
            matcher.set_seq1(window)
            if (
                matcher.real_quick_ratio() < FUZZY_MIN_RATIO
                or matcher.quick_ratio() < FUZZY_MIN_RATIO
            ):
                continue
            ratio = matcher.ratio()
            if ratio >= FUZZY_MIN_RATIO:
                score = ratio * 10 + _context_score(anchor, text, s, s + len(window))
                if best is None or score > best[0]:
                    best = (score, s, s + len(window))
    return (best[1], best[2]) if best else None


def reanchor(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where ``anchor`` now sits in ``text``, or None if it cannot be placed."""
    if not anchor.quote:
        return None
    return _exact(anchor, text) or _fuzzy(anchor, text)
