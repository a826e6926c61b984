"""Pairing rebuilt articles with the ones they replace, so article ids stay stable.

Two versions of an article are the same article when most of the shorter one's character
bigrams occur in the longer one: robust to re-flowed paragraphs, a fixed headline or a caption
that moved, and cheap enough to run on every re-clean.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from desktop.core.models import Article

#: Share of the smaller bigram set that must be common for two versions to be one article.
MIN_OVERLAP = 0.5


def bigrams(text: str) -> set[str]:
    chars = [c for c in text if not c.isspace()]
    return {a + b for a, b in pairwise(chars)}


def _signature(a: Article) -> set[str]:
    return bigrams((a.title or "") + a.text)


def overlap(x: set[str], y: set[str]) -> float:
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def match_articles(old: Sequence[Article], new: Sequence[Article]) -> dict[int, int]:
    """Map indexes of ``new`` to indexes of ``old`` they continue (greedy, best pairs first)."""
    if not old or not new:
        return {}
    old_sigs = [_signature(a) for a in old]
    new_sigs = [_signature(a) for a in new]
    scored = sorted(
        (
            (overlap(ns, os_), ni, oi)
            for ni, ns in enumerate(new_sigs)
            for oi, os_ in enumerate(old_sigs)
        ),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, ni, oi in scored:
        if score < MIN_OVERLAP:
            break
        if ni in pairs or oi in used:
            continue
        pairs[ni] = oi
        used.add(oi)
    return pairs
