"""Stage 5, in part — likeness: how alike two headings are built, and how much two spans
of a page's text share of their words.

A heading's build is the lengths of its runs of words and the marks between them
(``技术有人教，销售有保障`` → ``[5, "，", 5]``): a story's section headings are built to one
pattern, titles of different stories are not.  Two spans of text share their words weighted
by the words' rarity on the page (IDF-weighted bigrams, :meth:`Idf.shared_weighed`), and the
page's own measure sets the scale: how much two consecutive paragraphs of it usually share.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import TYPE_CHECKING

from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.textutil import bigrams, width

if TYPE_CHECKING:
    from desktop.core.cleaning.s05_model import Segment

#: Most paragraphs of the page a word may be in and still be a rare one.
_RARE = 3


def set_like_its_subheads(line: str, story: Segment) -> bool:
    """*line* is about as wide as a subhead the story already has (half to twice), or as
    a part of one in two parts (``旷视研究院员工周而进： 让人工智能…``): one more of its
    series of section headings."""
    here = width(line)
    parts = (t for p in story.pieces if p.type == "subhead" for t in _parts(p.text))
    return any(0.5 * w <= here <= 2 * w for w in map(width, parts))


def heads_in_pairs(story: Segment) -> bool:
    """The story's sections are headed by two lines: two subheads in a row, or a label
    and a line (``北京： 服务再升级…``, or the label alone: ``旷视研究院员工周而进：``)."""
    heads = [p.text if p.type == "subhead" else None for p in story.pieces]
    if any(a and b for a, b in pairwise(heads)):
        return True
    return any(h and ("： " in h or h.rstrip().endswith(("：", ":"))) for h in heads)


def _parts(subhead: str) -> list[str]:
    """A subhead and, if it is a label and a line joined (``北京： 服务再升级…``), each part."""
    label, sep, rest = subhead.partition("： ")
    return [subhead, label + "：", rest] if sep else [subhead]


_WORDS_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”‘’《》]+|\s+")


def shape(line: str) -> list[str | int]:
    """A heading's build: the lengths of its runs of words and the marks between them
    (``技术有人教，销售有保障`` → ``[5, "，", 5]``)."""
    out: list[str | int] = []
    pos = 0
    for m in _WORDS_RE.finditer(line.strip()):
        if m.start() > pos:
            out.append(line.strip()[pos : m.start()])
        out.append(len(m.group()) if not m.group().isspace() else " ")
        pos = m.end()
    if pos < len(line.strip()):
        out.append(line.strip()[pos:])
    return out


def alike(a: list[str | int], b: list[str | int]) -> bool:
    """Two headings built alike: the same marks, runs of words within a character; or
    the same short label before the same mark, each going on at length after it
    (``淮河畔，再次阐释…`` / ``巢湖岸，跨越式发展关键是创新为先``)."""
    if labelled(a) and labelled(b) and a[:2] == b[:2]:
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if isinstance(x, int) and isinstance(y, int):
            if abs(x - y) > 1:
                return False
        elif x != y:
            return False
    return True


def labelled(shape: list[str | int]) -> bool:
    """A heading opening on a label of two to four characters and a comma or colon,
    with ten characters or more after it."""
    if len(shape) < 3 or not isinstance(shape[0], int) or shape[1] not in ("，", "：", "｜"):
        return False
    rest = sum(x for x in shape[2:] if isinstance(x, int))
    return 2 <= shape[0] <= 4 and rest >= 10


def words(text: str) -> set[str]:
    """The bigrams of *text* a headline shares with a story by its words: numbers (years,
    counts) are not such words."""
    return {g for g in bigrams(text) if not g.isdigit()}


class Cohesion:
    """How much two spans of the page's text share of their words, weighted by the words'
    rarity on the page, and how much two consecutive paragraphs of the page usually do."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        #: The page's word rarity and how much its consecutive paragraphs share (lazily).
        self._idf: Idf | None = None
        self._usual: float | None = None
        self._gram_cache: dict[str, AbstractSet[str]] = {}
        self._span_cache: dict[tuple[str, ...], tuple[AbstractSet[str], float]] = {}

    def shared(self, a: list[str], b: list[str]) -> float:
        """The weighted cohesion of two spans of text, each given as its pieces."""
        idf = self._page_idf()
        (ga, wa), (gb, wb) = self._grams(a), self._grams(b)
        if not ga or not gb:
            return 1.0
        return idf.shared_weighed(ga, wa, gb, wb)

    def _grams(self, texts: list[str]) -> tuple[AbstractSet[str], float]:
        """The bigrams of several texts and their weight (each counted once: the page's
        pieces recur, and a story is weighed again as each headline in it is read)."""
        key = tuple(texts)
        hit = self._span_cache.get(key)
        if hit is not None:
            return hit
        out: set[str] = set()
        for t in texts:
            g = self._gram_cache.get(t)
            if g is None:
                g = self._gram_cache[t] = bigrams(t)
            out |= g
        hit = self._span_cache[key] = (out, self._page_idf().weight(out))
        return hit

    def _page_idf(self) -> Idf:
        if self._idf is None:
            texts = [u.text for u in self.units if u.kind == "text" and len(u.text) >= 40]
            self._idf = idf = Idf(texts)
            self._gram_cache.update(zip(texts, idf.docs, strict=True))
        return self._idf

    def rare(self, gram: str) -> bool:
        """The bigram is in few of the page's paragraphs (a name, not 职工 or 工作)."""
        return self._page_idf().df[gram] <= _RARE

    def usual(self) -> float:
        """How much two consecutive paragraphs of the page share (the median)."""
        if self._usual is None:
            idf = self._page_idf()
            pairs = sorted(idf.shared(a, b) for a, b in pairwise(idf.docs))
            self._usual = pairs[len(pairs) // 2] if pairs else 0.0
        return self._usual


class Idf:
    """Rarity of character bigrams across a page's paragraphs (*texts*)."""

    def __init__(self, texts: list[str]) -> None:
        #: The bigrams of each text, in order.
        self.docs = [bigrams(t) for t in texts]
        #: In how many of the texts each bigram occurs.
        self.df: Counter[str] = Counter()
        for d in self.docs:
            self.df.update(d)
        n = max(len(self.docs), 1)
        # one logarithm per document frequency, not per bigram
        logs = {c: math.log(1 + n / c) for c in set(self.df.values())}
        self.w = {g: logs[c] for g, c in self.df.items()}

    def cohesion(self, before: str, after: str) -> float:
        """Mean weighted share of each side's words found on the other side (the whole
        sides: a subhead inside one story still has the story's names on both sides)."""
        return self.shared(bigrams(before), bigrams(after))

    def shared(self, a: AbstractSet[str], b: AbstractSet[str]) -> float:
        """:meth:`cohesion` of two texts' bigrams."""
        if not a or not b:
            return 1.0
        return self.shared_weighed(a, self.weight(a), b, self.weight(b))

    def weight(self, grams: AbstractSet[str]) -> float:
        """The summed weight of some bigrams (math.fsum: exact, so the order a set happens
        to iterate in never tips a result)."""
        return math.fsum(map(self.w.get, grams, itertools.repeat(1.0)))

    def shared_weighed(
        self, a: AbstractSet[str], wa: float, b: AbstractSet[str], wb: float
    ) -> float:
        """:meth:`shared` of two bigram sets whose weights are known."""
        shared = self.weight(a & b)
        return (shared / wa + shared / wb) / 2
