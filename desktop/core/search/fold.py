"""Width and case folding that keeps every character in place.

Search compares folded text with a folded query, so a reader typing ``65`` finds ``６５`` and
``deepseek`` finds ``DeepSeek``.  Folding is one character in, one character out: offsets found in
folded text are offsets into the original text, which the reader needs to highlight hits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

__all__ = ["fold", "fold_char"]

_REPLACEMENT = "\ufffd"


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """Fold one character: NFKC (full-width → ASCII, ideographic space → space) then lower-case.

    A step that would change the length (``ﬁ`` → ``fi``, ``İ`` → ``i̇``) is skipped, so the
    result is always exactly one character.  Lone surrogates become U+FFFD: they cannot be
    encoded as UTF-8 terms in the index.
    """
    if "\ud800" <= ch <= "\udfff":
        return _REPLACEMENT
    nfkc = unicodedata.normalize("NFKC", ch)
    if len(nfkc) == 1:
        ch = nfkc
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _bmp_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """``str.translate`` table of every BMP character that folding changes, and a pattern
    matching any of them (built once, ~50 ms): text without any (most Han text) is returned
    after one fast scan, and only text that needs it pays for ``translate``."""
    table: dict[int, str] = {}
    for cp in range(0x10000):
        ch = chr(cp)
        folded = fold_char(ch)
        if folded != ch:
            table[cp] = folded
    fold_char.cache_clear()
    ranges: list[list[int]] = []
    for cp in sorted(table):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    cls = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return table, re.compile(f"[{cls}]")


def fold(text: str) -> str:
    """Fold a whole string character by character; ``len(fold(s)) == len(s)`` always."""
    if text.isascii():
        return text.lower()
    table, pattern = _bmp_table()
    if pattern.search(text):
        text = text.translate(table)
    if _ASTRAL.search(text):
        text = _ASTRAL.sub(lambda m: fold_char(m.group()), text)
    return text
