"""Reading aids: pinyin in context, the CC-CEDICT dictionary and word lookup for tooltips.

Importing this package is cheap; pypinyin, jieba, the g2pM model and the dictionary load
on first use.  Call :func:`warm_up` from a worker thread at start-up so the first tooltip
is instant.
"""

from __future__ import annotations

from desktop.core.reading.dictionary import DictEntry, Dictionary, get_dictionary, set_cache_dir
from desktop.core.reading.lookup import (
    WordInfo,
    add_user_words,
    lookup,
    lookup_word,
    prepare,
    word_at,
)
from desktop.core.reading.pinyin import pinyin_tokens, sentence_pinyin
from desktop.core.reading.syllables import normalize, tone_marks

__all__ = [
    "DictEntry",
    "Dictionary",
    "WordInfo",
    "add_user_words",
    "get_dictionary",
    "lookup",
    "lookup_word",
    "normalize",
    "pinyin_tokens",
    "prepare",
    "sentence_pinyin",
    "set_cache_dir",
    "tone_marks",
    "warm_up",
    "word_at",
]


def warm_up() -> None:
    """Load every model and open (or build once) the dictionary; safe from any thread."""
    from desktop.core.reading import pinyin, segment

    segment.warm_up()
    get_dictionary()
    pinyin.warm_up()
