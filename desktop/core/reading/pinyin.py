"""Pinyin in context: one numbered-tone syllable per character of the original text.

Method (measured by ``benchmarks/pinyin.py`` on the CPP polyphone benchmark):

1. pypinyin reads the whole sentence (not jieba tokens: its phrase dictionary needs the
   context), with an ``errors`` handler that keeps one slot per non-Han character so
   positions never shift.  This gives every Han character a reading.
2. For characters g2pM knows as polyphones, its bi-LSTM (run by ``_g2pm``) gives a
   probability for each candidate reading, from the whole sentence.
3. Two word-level votes are added in log space: the reading pypinyin took from its phrase
   dictionary (when the character sits in a multi-character phrase it knows), and the
   reading CC-CEDICT gives the jieba word around the character (when all its entries for
   that word agree on it).  The weights were chosen on one half of the dev split and
   confirmed on the other.  Phrases of three or more characters (mostly idioms: 朝三暮四
   zhāo) effectively override the model, which was trained on modern prose; on the dev
   split this is neutral (-0.02 points) and it fixes idioms the model reads wrongly.
4. Set phrases that neither dictionary has (:data:`EXTRA_PHRASES`, plus any the app adds
   with :func:`add_phrase_readings`) fix the readings of their characters outright.

Models load lazily on first use; call :func:`warm_up` from a worker thread at start-up.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import threading
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop.core.reading import segment
from desktop.core.reading.syllables import normalize, tone_marks

if TYPE_CHECKING:
    from desktop.core.reading._g2pm import G2pModel

__all__ = [
    "add_phrase_readings",
    "clear_cache",
    "pinyin_tokens",
    "sentence_pinyin",
    "tone_marks",
    "warm_up",
]

log = logging.getLogger(__name__)

# Log-space bonuses for the word-level votes (step 3 above); chosen on dev half A.
PHRASE_WEIGHT = 3.0
LONG_PHRASE_WEIGHT = 30.0  # beats any model probability (those are floored at 1e-12)
DICT_WEIGHT = 6.0
_MIN_LOG_P = math.log(1e-12)

# Step 4: patterns the dictionaries cannot list and the model misreads.  朝 followed by a
# numeral and then 晚 and a numeral is the working-hours pattern (朝九晚五, 朝八晚六, 朝9晚9):
# 朝 is zhāo, "morning" (CC-CEDICT 朝 zhao1, as in 朝三暮四), never cháo.
_WORK_HOURS = re.compile(
    r"朝(?=[一二两三四五六七八九十0-9０-９]{1,2}晚[一二两三四五六七八九十0-9０-９])"
)
#: Set phrases missing from pypinyin's phrase list and from CC-CEDICT; the app may add more.
EXTRA_PHRASES: dict[str, str] = {}


class _Stack:
    """pypinyin and the g2pM model, loaded together on first use."""

    def __init__(self) -> None:
        from pypinyin import Style, lazy_pinyin
        from pypinyin.constants import PHRASES_DICT
        from pypinyin.seg.simpleseg import seg

        from desktop.core.reading._g2pm import G2pModel

        self._lazy_pinyin: Callable[..., list[str]] = lazy_pinyin
        self._style: Any = Style.TONE3
        self._phrases: Mapping[str, Any] = PHRASES_DICT
        self._seg: Callable[[str], list[str]] = seg
        self.model: G2pModel = G2pModel()

    def base(self, text: str) -> tuple[list[str | None], list[int]]:
        """pypinyin's reading per character, and the length of the phrase it came from.

        The length is 0 where pypinyin used its single-character default.  pypinyin
        segments the text and reads each word on its own, so we segment once and read
        word by word through a cache: common words are then free, and the result is the
        same as reading the whole sentence.
        """
        readings: list[str | None] = []
        phrase_len: list[int] = []
        for word in self._seg(text):
            readings.extend(self.word(word))
            n = len(word) if len(word) > 1 and word in self._phrases else 0
            phrase_len.extend([n] * len(word))
        return readings, phrase_len

    @lru_cache(maxsize=65536)  # noqa: B019 - one _Stack lives as long as the process
    def word(self, word: str) -> tuple[str | None, ...]:
        """pypinyin's reading of one of its segments, one slot per character."""
        raw = self._read(word)
        if len(raw) != len(word):  # defensive: never let positions drift
            raw = [r for ch in word for r in (self._read(ch) or [""])[:1]]
        # Only ideographs get a reading (pypinyin also reads some private-use code points).
        return tuple(
            _clean(r) if segment.is_han(ch) else None for ch, r in zip(word, raw, strict=True)
        )

    def _read(self, text: str) -> list[str]:
        return self._lazy_pinyin(
            text,
            style=self._style,
            neutral_tone_with_five=True,
            errors=lambda chars: [""] * len(chars),
        )


def _clean(reading: str) -> str | None:
    if not reading:
        return None
    try:
        return normalize(reading)
    except ValueError:
        return None


_lock = threading.Lock()
_stack: _Stack | None = None
_dict_failed = False


def _get_stack() -> _Stack:
    global _stack
    if _stack is None:
        with _lock:
            if _stack is None:
                _stack = _Stack()
    return _stack


def warm_up() -> None:
    """Load pypinyin, the g2pM model, jieba and the dictionary now (off the UI thread)."""
    sentence_pinyin("我们去银行还是去行动？")


def clear_cache() -> None:
    """Forget cached sentence readings (after the segmenter learnt new words)."""
    _sentence_cached.cache_clear()


def _dictionary_votes(text: str, positions: set[int]) -> dict[int, str]:
    """Reading of each position that CC-CEDICT fixes for the jieba word around it."""
    global _dict_failed
    if _dict_failed:
        return {}
    from desktop.core.reading.dictionary import get_dictionary

    try:
        dictionary = get_dictionary()
        votes: dict[int, str] = {}
        for start, end in segment.spans(text):
            if end - start < 2 or not any(start <= p < end for p in positions):
                continue
            readings = dictionary.readings(text[start:end])
            for p in range(start, end):
                options = {r[p - start] for r in readings}
                if p in positions and len(options) == 1:
                    votes[p] = options.pop()
        return votes
    except (OSError, sqlite3.Error):
        log.warning("CC-CEDICT unavailable; pinyin without dictionary votes", exc_info=True)
        _dict_failed = True
        return {}


def _combine(dist: Mapping[str, float], *votes: tuple[str | None, float]) -> str:
    best, best_score = "", -math.inf
    for reading, p in dist.items():
        score = max(math.log(p), _MIN_LOG_P) if p > 0 else _MIN_LOG_P
        score += sum(weight for vote, weight in votes if vote == reading)
        if score > best_score:
            best, best_score = reading, score
    return best


def _read_sentence(text: str) -> tuple[str | None, ...]:
    stack = _get_stack()
    readings, phrase_len = stack.base(text)
    dists = {i: d for i, d in stack.model.predict(text).items() if d and readings[i]}
    votes = _dictionary_votes(text, set(dists)) if dists else {}
    for i, dist in dists.items():
        phrase_vote = readings[i] if phrase_len[i] else None
        weight = LONG_PHRASE_WEIGHT if phrase_len[i] >= 3 else PHRASE_WEIGHT
        readings[i] = _combine(dist, (phrase_vote, weight), (votes.get(i), DICT_WEIGHT))
    for m in _WORK_HOURS.finditer(text):
        readings[m.start()] = "zhao1"
    _apply_extra_phrases(text, readings)
    return tuple(readings)


_extra: dict[str, dict[str, tuple[str, ...]]] = {}  # first character -> phrase -> readings


def add_phrase_readings(phrases: Mapping[str, str]) -> None:
    """Always read these phrases as given (``{"朝九晚九": "zhao1 jiu3 wan3 jiu3"}``).

    Raises ``ValueError`` if a reading does not have one syllable per character.
    """
    global _extra
    updated = {first: dict(entries) for first, entries in _extra.items()}
    for phrase, reading in phrases.items():
        syllables = tuple(normalize(s) for s in reading.split())
        if not phrase or len(syllables) != len(phrase):
            raise ValueError(f"{phrase!r}: need one syllable per character, got {reading!r}")
        updated.setdefault(phrase[0], {})[phrase] = syllables
    _extra = updated  # swapped whole, so readers on other threads never see it half-built
    clear_cache()


def _apply_extra_phrases(text: str, readings: list[str | None]) -> None:
    table = _extra
    for i, ch in enumerate(text):
        for phrase, syllables in table.get(ch, {}).items():
            if text.startswith(phrase, i):
                readings[i : i + len(phrase)] = syllables


MAX_CHUNK = 120  # the model saw sentences of up to ~50 characters; keep its input short
_CLAUSE_END = frozenset("，,、：:")


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a long sentence after clause punctuation into pieces of at most MAX_CHUNK.

    Depends only on the sentence itself, so a sentence reads the same inside an article
    or on its own.
    """
    out: list[tuple[int, int]] = []
    while end - start > MAX_CHUNK:
        window = range(start + MAX_CHUNK // 2, start + MAX_CHUNK)
        cut = max((i + 1 for i in window if text[i] in _CLAUSE_END), default=start + MAX_CHUNK)
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


@lru_cache(maxsize=4096)
def _sentence_cached(text: str) -> tuple[str | None, ...]:
    return _read_sentence(text)


def sentence_pinyin(text: str, overrides: Mapping[int, str] | None = None) -> list[str | None]:
    """Numbered-tone syllable for each character of ``text`` (None where there is none).

    Always ``len(text)`` items.  ``overrides`` maps positions in ``text`` to a reading the
    user chose (``hang2``, ``háng`` or ``lu:4`` are all accepted); it wins over the model.
    """
    out: list[str | None] = []
    for start, end in segment.split_sentences(text):
        for a, b in _chunks(text, start, end):
            out.extend(_sentence_cached(text[a:b]))
    for pos, reading in (overrides or {}).items():
        if not 0 <= pos < len(text):
            raise IndexError(f"override position {pos} outside text of length {len(text)}")
        out[pos] = normalize(reading)
    return out


def pinyin_tokens(line: str) -> list[str]:
    """One token per non-space character: numbered pinyin for Han, the character otherwise.

    This is the ``dubao pinyin`` output format (``hang2``, neutral tone ``5``, ü as ``v``).
    """
    readings = sentence_pinyin(line)
    return [r or ch for ch, r in zip(line, readings, strict=True) if not ch.isspace()]


add_phrase_readings(EXTRA_PHRASES)
