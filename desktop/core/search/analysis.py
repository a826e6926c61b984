"""Dubao's own text analysis for the whoosh index.

Every character of the folded text is indexed as a unigram, and every pair of neighbouring
characters as a bigram, with the bigram's position equal to its character offset.  So a literal
substring of length 1 is one unigram term, of length 2 one bigram term, and of length n > 2 a
phrase of the n - 1 overlapping bigrams at consecutive positions: the index answers every literal
substring exactly, across Han, Latin, digits, punctuation, spaces and emoji alike.

jieba words go into a separate, position-free field used only to rank whole-word hits higher.
jieba is imported on first use (it costs ~0.5 s) and never at import time of this package.
"""

from __future__ import annotations

import logging
import sys
import threading
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from whoosh.fields import FieldType
from whoosh.formats import Format, Frequency
from whoosh.system import pack_uint, unpack_uint

__all__ = [
    "GramField",
    "GramFormat",
    "WordField",
    "gram_positions",
    "iter_grams",
    "jieba_words",
    "query_grams",
]

_INT = 4  # bytes of the leading frequency in a posting value, as whoosh's own formats use
_ITEMSIZE = {code: array(code).itemsize for code in "BHI"}
_SINGLE: dict[str, bytes] = {code: pack_uint(1) + code.encode() for code in "BHI"}


def iter_grams(text: str, base: int = 0) -> Iterator[tuple[str, int]]:
    """Yield ``(gram, position)`` for every unigram and bigram of ``text``.

    The position is the gram's character offset plus ``base``; whoosh phrase queries match
    grams at consecutive positions, i.e. overlapping bigrams of one literal string.
    """
    for i, ch in enumerate(text):
        yield ch, base + i
    for i in range(len(text) - 1):
        yield text[i : i + 2], base + i


def gram_positions(parts: Sequence[str]) -> dict[str, list[int]]:
    """Positions of every gram of several texts indexed into one field.

    Each part starts one position after the previous part ends, and no bigram spans two
    parts, so no phrase can match across a part boundary (e.g. from the title into the body).
    """
    poses: defaultdict[str, list[int]] = defaultdict(list)
    base = 0
    for text in parts:
        for i, ch in enumerate(text, base):
            poses[ch].append(i)
        for i, pair in enumerate(map(str.__add__, text, text[1:]), base):
            poses[pair].append(i)
        base += len(text) + 1
    return poses


def query_grams(term: str) -> list[str]:
    """The index terms that together (as a phrase) locate a folded literal ``term``."""
    if len(term) <= 2:
        return [term]
    return [term[i : i + 2] for i in range(len(term) - 1)]


class GramFormat(Format):  # type: ignore[misc]
    """Positions stored as a compact array of deltas instead of whoosh's pickled lists.

    Value layout: frequency (uint32), typecode byte, array of position deltas.
    """

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        parts = [value] if isinstance(value, str) else list(value)
        for gram, poslist in gram_positions(parts).items():
            yield gram, len(poslist), float(len(poslist)), self.encode(poslist)

    def encode(self, poslist: list[int]) -> bytes:
        if len(poslist) == 1:  # most postings: a bigram occurs once in an article
            pos = poslist[0]
            code = "B" if pos < 0x100 else "H" if pos < 0x10000 else "I"
            return _SINGLE[code] + pos.to_bytes(_ITEMSIZE[code], sys.byteorder)
        deltas = [b - a for a, b in zip([0, *poslist], poslist, strict=False)]
        top = max(deltas)
        code = "B" if top < 0x100 else "H" if top < 0x10000 else "I"
        head: bytes = pack_uint(len(poslist))
        return head + code.encode() + array(code, deltas).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        deltas = array(chr(valuestring[_INT]))
        deltas.frombytes(valuestring[_INT + 1 :])
        pos = 0
        out: list[int] = []
        for d in deltas:
            pos += d
            out.append(pos)
        return out

    def decode_frequency(self, valuestring: bytes) -> int:
        return int(unpack_uint(valuestring[:_INT])[0])

    def decode_weight(self, valuestring: bytes) -> float:
        return float(self.decode_frequency(valuestring))

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(p, 1.0) for p in self.decode_positions(valuestring)]

    def combine(self, vs: Iterable[bytes]) -> bytes:
        merged: set[int] = set()
        for v in vs:
            merged.update(self.decode_positions(v))
        return self.encode(sorted(merged))


class GramField(FieldType):  # type: ignore[misc]
    """A scorable field of unigrams and bigrams with positions; its value is folded text
    or a list of folded texts (see :func:`gram_positions`)."""

    def __init__(self, field_boost: float = 1.0) -> None:
        super().__init__(GramFormat(field_boost=field_boost), analyzer=None, scorable=True)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        for gram, freq, weight, vbytes in self.format.word_values(value, None):
            yield gram.encode("utf-8"), freq, weight * self.format.field_boost, vbytes


_jieba_lock = threading.Lock()
_jieba: Any = None


def _load_jieba() -> Any:
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    return _jieba


def jieba_words(text: str) -> list[str]:
    """jieba words of at least two characters in folded ``text`` (single characters add
    nothing to ranking that the unigrams do not already give)."""
    return [w for w in _load_jieba().cut(text) if len(w) > 1 and not w.isspace()]


class WordField(FieldType):  # type: ignore[misc]
    """jieba words with frequencies and no positions: ranks whole-word hits above hits
    inside a longer word.  Its value is folded text."""

    def __init__(self, field_boost: float = 1.0) -> None:
        super().__init__(Frequency(field_boost=field_boost), analyzer=None, scorable=True)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        counts: defaultdict[str, int] = defaultdict(int)
        for word in jieba_words(str(value)):
            counts[word] += 1
        boost = self.format.field_boost
        for word, n in counts.items():
            yield word.encode("utf-8"), n, n * boost, pack_uint(n)
