"""Word segmentation with jieba, loaded once and lazily, plus a user dictionary for names.

jieba's default tokenizer is shared with the rest of the app so its dictionary is loaded
only once; words added here (names the segmenter splits) therefore help search too.
Segmentation is cached per sentence; adding user words clears the cache.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_lock = threading.Lock()
_tokenizer: Any = None
_user_words: set[str] = set()

# Sentence-final punctuation: readings and words never depend on text beyond these.
SENTENCE_END = frozenset("。！？!?；;\n…")


def is_han(ch: str) -> bool:
    """A CJK ideograph: unified (with extensions A to H), compatibility, or 〇."""
    return (
        "\u4e00" <= ch <= "\u9fff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U000323af"
        or ch == "\u3007"
    )


def _get_tokenizer() -> Any:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import logging
                import warnings

                with warnings.catch_warnings():
                    # jieba 0.42 has invalid escapes in regex literals (harmless).
                    warnings.simplefilter("ignore", DeprecationWarning)
                    warnings.simplefilter("ignore", SyntaxWarning)
                    import jieba

                jieba.setLogLevel(logging.WARNING)
                # jieba caches its parsed dictionary in /tmp by default, where a second user of
                # a shared machine cannot replace the first one's file; keep it in our cache.
                from desktop.core.reading.dictionary import default_cache_dir

                cache = default_cache_dir()
                cache.mkdir(parents=True, exist_ok=True)
                jieba.dt.tmp_dir = str(cache)
                jieba.dt.initialize()
                _tokenizer = jieba.dt
    return _tokenizer


def warm_up() -> None:
    """Load jieba's dictionary now (call off the UI thread)."""
    cut("预热")


@lru_cache(maxsize=2048)
def _cut_cached(text: str) -> tuple[str, ...]:
    return tuple(_get_tokenizer().cut(text, HMM=True))


def cut(text: str) -> tuple[str, ...]:
    """The words of ``text`` in order; their lengths add up to ``len(text)``."""
    if not text:
        return ()
    return _cut_cached(text)


def dictionary_words(text: str) -> list[str]:
    """The words of ``text`` using jieba's dictionary alone, without guessing unknown words."""
    return list(_get_tokenizer().cut(text, HMM=False)) if text else []


#: Coarse classes of jieba's dictionary words by their part-of-speech tag (see
#: :func:`word_class`), read once from the dictionary file.
_classes: dict[str, str] | None = None
#: jieba's tags for each class kept; every other word (nouns, numbers, …) is a "name".
_CLASS_OF_TAG = {
    **dict.fromkeys(("v", "vd", "vg", "vi", "vq", "p"), "predicate"),
    **dict.fromkeys(("d", "ad", "c", "i", "l", "z", "g", "o", "y", "e"), "other"),
    **dict.fromkeys(("ns", "nt", "nz", "j"), "proper"),
}


def word_class(word: str) -> str:
    """What kind of word *word* is, by jieba's dictionary tag: ``predicate`` (a verb or a
    preposition: 举办, 赴, 给), ``other`` (adverbs, conjunctions, idioms: 积极, 热闹非凡),
    ``proper`` (a place, a body or another name: 西安市, 一航), else ``name`` (nouns,
    numbers, measures and words not in the dictionary).  Lighter than jieba's tagger:
    only the classes are kept, not its models."""
    global _classes
    if _classes is None:
        tokenizer = _get_tokenizer()  # (takes the lock itself)
        with _lock:
            if _classes is None:
                classes: dict[str, str] = {}
                with tokenizer.get_dict_file() as f:
                    for raw in f:
                        parts = raw.decode("utf-8").split()
                        kind = _CLASS_OF_TAG.get(parts[2]) if len(parts) >= 3 else None
                        if kind is not None:
                            classes[parts[0]] = kind
                _classes = classes
    return _classes.get(word, "name")


def clear_cache() -> None:
    """Forget cached segmentations."""
    _cut_cached.cache_clear()


def spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word of :func:`cut`."""
    out: list[tuple[int, int]] = []
    pos = 0
    for word in cut(text):
        out.append((pos, pos + len(word)))
        pos += len(word)
    return out


def add_user_words(words: Iterable[str], freq: int | None = None) -> None:
    """Teach the segmenter words it would split (people, places, organisations).

    Callers that cache readings must drop them too; :func:`desktop.core.reading.lookup.
    add_user_words` does both.
    """
    tok = _get_tokenizer()
    with _lock:
        for word in words:
            word = word.strip()
            if word:
                tok.add_word(word, freq)
                _user_words.add(word)
        _cut_cached.cache_clear()


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts *word* as a word (0 if it is not one)."""
    tokenizer = _get_tokenizer()
    tokenizer.check_initialized()
    return int(tokenizer.FREQ.get(word) or 0)


def is_user_word(word: str) -> bool:
    """Whether ``word`` was added with :func:`add_user_words` (so it is kept whole)."""
    return word in _user_words


def _is_boundary(text: str, i: int) -> bool:
    """A sentence starts at ``i``: a run of closing punctuation ends just before it."""
    return text[i - 1] in SENTENCE_END and text[i] not in SENTENCE_END


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence of ``text`` that contains position ``pos``.

    Consistent with :func:`split_sentences`: closing punctuation stays with its sentence.
    """
    start = pos
    while start > 0 and not _is_boundary(text, start):
        start -= 1
    end = pos + 1
    while end < len(text) and not _is_boundary(text, end):
        end += 1
    return start, min(end, len(text))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans covering all of ``text`` (closing punctuation stays with its sentence)."""
    out: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] in SENTENCE_END:
            while i < n and text[i] in SENTENCE_END:
                i += 1
            out.append((start, i))
            start = i
        else:
            i += 1
    if start < n:
        out.append((start, n))
    return out
