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
#: Articles with fewer sampled 4-grams than this are too short to call duplicates.
_MIN_GRAMS = 8
#: Only 4-grams whose hash falls in one residue class are kept (1 in 4): cheap and stable.
_SAMPLE = 4


def _grams(a: Article) -> set[str]:
    """The article's sampled character 4-grams (about 1 in 4, chosen by content)."""
    text = re.sub(r"[^\u3400-\u9fffA-Za-z0-9]", "", a.text[:_MAX_CHARS])
    codes = [ord(c) for c in text]
    return {
        text[i : i + _N]
        for i in range(len(text) - _N + 1)
        if (codes[i] + 3 * codes[i + _N - 1]) % _SAMPLE == 0
    }


def _rank(a: Article) -> tuple[int, int, int]:
    """Most complete first: whole story, then longer text, then a title."""
    return (int(a.complete), len(a.text), int(a.title is not None))


def _group(articles: list[Article], min_overlap: float) -> list[list[int]]:
    """Indices of the articles grouped by story (one group per story)."""
    grams = [_grams(a) for a in articles]
    index: dict[str, list[int]] = defaultdict(list)
    group_of: list[int] = []
    groups: list[list[int]] = []
    for i, g in enumerate(grams):
        best, best_share = -1, 0.0
        if len(g) >= _MIN_GRAMS:
            hits: dict[int, int] = defaultdict(int)
            for h in g:
                for rep in index.get(h, ()):
                    hits[rep] += 1
            for rep, n in hits.items():
                share = n / min(len(g), len(grams[rep]))
                sources = {articles[m].source for m in groups[group_of[rep]]}
                other = articles[i].source not in sources
                if other and share >= min_overlap and share > best_share:
                    best, best_share = rep, share
        if best >= 0:
            group_of.append(group_of[best])
            groups[group_of[best]].append(i)
            continue
        group_of.append(len(groups))
        groups.append([i])
        for h in g if len(g) >= _MIN_GRAMS else ():
            index[h].append(i)
    return groups


def link_editions(articles: list[Article], min_overlap: float = 0.5) -> None:
    """Mark duplicate editions in place among articles from different sources.

    Each article is compared only with one representative per story found so far, through
    an inverted index of sampled 4-grams, so the cost grows with the number of distinct
    stories rather than with the square of the number of articles.
    """
    for members in _group(articles, min_overlap):
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
