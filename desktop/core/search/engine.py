"""Evaluate a parsed query exactly over the gram index, and rank the result.

A term of one or two characters is one index term.  A longer term is located by a chain of
bigrams covering it (offsets 0, 2, 4, …, and n − 2): documents holding all of them are
intersected as sets, then their positions are checked in place, which is exact because a
bigram's position is its character offset and no bigram spans two fields.  Terms longer than
:data:`MAX_INDEX_CHARS` are narrowed by their opening and verified against the stored text.

Score per term: idf × (sat(count) + TITLE_WEIGHT × sat(title count) + WORD_WEIGHT ×
sat(jieba-word count)), with sat(c) = c / (c + 1); so for one term every title hit outranks
every body-only hit, and whole words outrank the same letters inside a longer word.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from .postings import doc_frequency, read_postings
from .query import ParsedQuery, Term

__all__ = ["MAX_INDEX_CHARS", "Evaluation", "evaluate"]

MAX_INDEX_CHARS = 48
TEXT_CHECK_BELOW = 32
TITLE_WEIGHT = 3.0
WORD_WEIGHT = 0.5
_FIELD_OF = {None: "all", "title": "title", "paper": "paper"}

#: (docnum, term) → occurrences of the term in the document's stored text, in its scope
Counter = Callable[[int, Term], int]


@dataclass(frozen=True)
class Evaluation:
    """The exact set of matching docnums and the best ``limit`` of them, best first."""

    total: int
    top: list[tuple[int, float]]


def _positions(value: bytes) -> list[int]:
    deltas = array(chr(value[4]))
    deltas.frombytes(value[5:])
    return list(accumulate(deltas))


def covering_grams(folded: str) -> list[tuple[int, str]]:
    """(offset, bigram) pairs that together spell ``folded`` (length ≥ 3)."""
    offsets = list(range(0, len(folded) - 1, 2))
    if offsets[-1] != len(folded) - 2:
        offsets.append(len(folded) - 2)
    return [(o, folded[o : o + 2]) for o in offsets]


def occurrences(reader: Any, field: str, folded: str) -> dict[int, int]:
    """Docnum → number of occurrences of the literal ``folded`` text in ``field``."""
    if len(folded) <= 2:
        return {d: int(w) for d, w in read_postings(reader, field, folded).items()}
    grams = covering_grams(folded)
    grams.sort(key=lambda og: doc_frequency(reader, field, og[1]))
    lists: list[tuple[int, dict[int, bytes]]] = []
    candidates: set[int] | None = None
    for offset, gram in grams:
        postings = read_postings(reader, field, gram, values=True)
        candidates = set(postings) if candidates is None else candidates & postings.keys()
        if not candidates:
            return {}
        lists.append((offset, postings))
    assert candidates is not None
    found: dict[int, int] = {}
    for d in candidates:
        starts: set[int] | None = None
        for offset, postings in lists:
            shifted = {p - offset for p in _positions(postings[d])}
            starts = shifted if starts is None else starts & shifted
            if not starts:
                break
        if starts:
            found[d] = len(starts)
    return found


def _sat(count: int) -> float:
    return count / (count + 1.0)


class _TermScorer:
    """Matches and score contributions of one term: from the index, or, once the other
    terms have narrowed the answer to a few articles, from their stored text."""

    def __init__(
        self,
        reader: Any,
        term: Term,
        words: bool,
        count: Counter,
        among: set[int] | None = None,
    ) -> None:
        folded = term.folded
        key = folded[:MAX_INDEX_CHARS]
        self.title: dict[int, int] = {}
        self.words: dict[int, float] = {}
        if among is not None:
            self.docs = {d: c for d in among if (c := count(d, term))}
            if term.field is None:
                as_title = Term(term.text, "title", term.quoted)
                self.title = {d: c for d in self.docs if (c := count(d, as_title))}
        else:
            self.docs = occurrences(reader, _FIELD_OF[term.field], key)
            if len(folded) > MAX_INDEX_CHARS:
                self.docs = {d: c for d in self.docs if (c := count(d, term))}
            if term.field is None and self.docs:
                self.title = occurrences(reader, "title", key)
            if words and term.field is None and 1 < len(folded) <= MAX_INDEX_CHARS and self.docs:
                self.words = read_postings(reader, "words", folded)
        if term.field == "title":
            self.title = self.docs
        n = max(1, reader.doc_count())
        self.idf = math.log(1.0 + n / (len(self.docs) + 1.0))

    def score(self, d: int) -> float:
        s = _sat(self.docs.get(d, 0))
        if d in self.title:
            s += TITLE_WEIGHT * _sat(self.title[d])
        if d in self.words:
            s += WORD_WEIGHT * _sat(int(self.words[d]))
        return self.idf * s


def evaluate(
    reader: Any, query: ParsedQuery, limit: int | None, *, words: bool, count: Counter
) -> Evaluation:
    """Every docnum matching ``query`` (exactly), and the top ``limit`` by score.

    ``count(docnum, term)`` counts a term in a document's stored text: used for terms too
    long for the index and, once fewer than TEXT_CHECK_BELOW articles remain, for the rest
    of the query (a pasted paragraph of 300 words should not read 300 posting lists).
    """
    scorers: list[_TermScorer] = []
    matched: set[int] | None = None
    for clause in query.clauses:
        among = matched if matched is not None and len(matched) < TEXT_CHECK_BELOW else None
        clause_scorers = [_TermScorer(reader, t, words, count, among) for t in clause]
        union: set[int] = set().union(*(s.docs.keys() for s in clause_scorers))
        matched = union if matched is None else matched & union
        scorers.extend(clause_scorers)
        if not matched:
            return Evaluation(0, [])
    assert matched is not None
    for term in query.excluded:
        if not matched:
            break
        if len(matched) < TEXT_CHECK_BELOW or len(term.folded) > MAX_INDEX_CHARS:
            candidates: Iterable[int] = matched
            if len(matched) >= TEXT_CHECK_BELOW:
                key = term.folded[:MAX_INDEX_CHARS]
                candidates = occurrences(reader, _FIELD_OF[term.field], key).keys() & matched
            matched -= {d for d in candidates if count(d, term)}
        else:
            matched -= occurrences(reader, _FIELD_OF[term.field], term.folded).keys()
    scored = ((sum(s.score(d) for s in scorers), d) for d in matched)
    best = sorted(scored, reverse=True) if limit is None else heapq.nlargest(limit, scored)
    return Evaluation(len(matched), [(d, s) for s, d in best])
