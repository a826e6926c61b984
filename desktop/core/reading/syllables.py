"""Pinyin syllable spelling: numbered tones (``hang2``, ``lv4``, ``le5``) and tone marks.

The core stores and exchanges readings as numbered syllables with ``v`` for ü and ``5`` for
the neutral tone; tone marks are only for display.  Pure string code, no dependencies.
"""

from __future__ import annotations

import unicodedata

_MARKS = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}
_TONE_OF_MARK = {mark: tone for tone, mark in _MARKS.items()}
_VOWELS = "aeiouv"


def normalize(syllable: str) -> str:
    """Numbered spelling of a syllable given as ``hang2``, ``Hang2``, ``lu:4``, ``lü4`` or ``háng``.

    A syllable without a tone digit or mark gets the neutral tone ``5``.
    Raises ``ValueError`` for an empty string or one with characters pinyin does not use.
    """
    s = unicodedata.normalize("NFD", syllable.strip().lower())
    tone = ""
    letters: list[str] = []
    for ch in s:
        if ch in _TONE_OF_MARK:
            tone = _TONE_OF_MARK[ch]
        elif ch == "\u0308":  # combining diaeresis: ü
            if letters and letters[-1] == "u":
                letters[-1] = "v"
        elif ch.isdigit():
            tone = ch
        elif ch == ":":
            if letters and letters[-1] == "u":
                letters[-1] = "v"
        else:
            letters.append(ch)
    body = "".join(letters)
    if (
        not body
        or not body.isascii()
        or not body.isalpha()
        or tone not in ("", "1", "2", "3", "4", "5")
    ):
        raise ValueError(f"not a pinyin syllable: {syllable!r}")
    return body + (tone or "5")


def _mark_index(body: str) -> int:
    """Index of the letter that carries the tone mark (a, e, the o of ou, else the last vowel)."""
    for v in ("a", "e"):
        if v in body:
            return body.index(v)
    if "ou" in body:
        return body.index("o")
    for i in range(len(body) - 1, -1, -1):
        if body[i] in _VOWELS:
            return i
    for i, ch in enumerate(body):  # syllabic m and n: 呣 m2 → ḿ, 嗯 ng2 → ńg
        if ch in "mn":
            return i
    return -1


def tone_marks(syllable: str) -> str:
    """``hang2`` → ``háng``, ``lv4`` → ``lǜ``, ``le5`` → ``le``; anything else is returned as is."""
    if not syllable or not syllable[-1].isdigit():
        return syllable.replace("v", "ü")
    body, tone = syllable[:-1], syllable[-1]
    i = _mark_index(body)
    out = body
    if tone in _MARKS and i >= 0:
        out = body[: i + 1] + _MARKS[tone] + body[i + 1 :]
    out = out.replace("v", "u\u0308")
    return unicodedata.normalize("NFC", out)


def join_marks(syllables: list[str | None] | tuple[str | None, ...], text: str) -> str:
    """Display string for a word: tone-marked syllables separated by spaces.

    Positions without a reading (Latin letters, digits) show the original character, and
    consecutive ones are kept together (``T 恤`` → ``T xù``).
    """
    parts: list[str] = []
    run = ""
    for ch, syl in zip(text, syllables, strict=True):
        if syl is None:
            run += ch
            continue
        if run.strip():
            parts.append(run.strip())
        run = ""
        parts.append(tone_marks(syl))
    if run.strip():
        parts.append(run.strip())
    return " ".join(parts)
