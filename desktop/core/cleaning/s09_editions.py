"""Stage 9 — editions: the same story printed on several pages reaches the reader once.

Candidates are found cheaply through an inverted index of sampled character 4-grams; a pair
is confirmed when a large share of the smaller article's 4-grams occur in the other (two
editions differ in a few words, and one may hold only part of the story).  In each group
the most complete edition is shown; the others point to it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from desktop.core.models import Article

_N = 4
_MAX_CHARS = 30_000
_MIN_GRAMS = 20
#: Only 4-grams whose hash falls in this residue class are indexed (1 in 4): cheap and stable.
_SAMPLE = 4


def _grams(a: Article) -> set[str]:
    text = re.sub(r"[^\u3400-\u9fffA-Za-z0-9]", "", a.text[:_MAX_CHARS])
    return {text[i : i + _N] for i in range(len(text) - _N + 1)}


def _sampled(grams: set[str]) -> set[str]:
    return {g for g in grams if sum(map(ord, g)) % _SAMPLE == 0}


def _rank(a: Article) -> tuple[int, int, int]:
    """Most complete first: whole story, then longer text, then a title."""
    return (int(a.complete), len(a.text), int(a.title is not None))


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def link_editions(articles: list[Article], min_overlap: float = 0.5) -> None:
    """Mark duplicate editions in place among articles from different sources."""
    grams = [_grams(a) for a in articles]
    index: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(grams):
        for s in _sampled(g):
            index[s].append(i)
    parent = {i: i for i in range(len(articles))}
    for i, g in enumerate(grams):
        if len(g) < _MIN_GRAMS:
            continue
        hits: dict[int, int] = defaultdict(int)
        for s in _sampled(g):
            for j in index[s]:
                if j > i and articles[j].source != articles[i].source:
                    hits[j] += 1
        for j in hits:
            small = min(len(g), len(grams[j]))
            if small >= _MIN_GRAMS and len(g & grams[j]) >= min_overlap * small:
                parent[_find(parent, j)] = _find(parent, i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        groups[_find(parent, i)].append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: _rank(articles[i]), reverse=True)
        shown = articles[members[0]]
        shown.duplicate_of = None
        shown.editions = [
            {"source": articles[j].source, "key": articles[j].key} for j in members[1:]
        ]
        for j in members[1:]:
            articles[j].duplicate_of = shown.key
            articles[j].editions = []
