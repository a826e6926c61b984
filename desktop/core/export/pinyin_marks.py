"""Converting pinyin between tone numbers (``zhong1 guo2``) and tone marks (``zhōng guó``).

Saved words may carry either form (the reading module works in numbers, a user may type
marks); Anki cards show marks, Pleco files take numbers.
"""

from __future__ import annotations

import re
import unicodedata

_MARKS = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}
_TONE_OF = {v: k for k, v in _MARKS.items()}
_NUMBERED = re.compile(r"([A-Za-züÜ:]+)([1-5])")
_VOWELS = "aeiouüAEIOUÜ"


def _mark_syllable(syllable: str, tone: str) -> str:
    syllable = syllable.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")
    if tone not in _MARKS:
        return syllable
    lower = syllable.lower()
    if "a" in lower:
        i = lower.index("a")
    elif "e" in lower:
        i = lower.index("e")
    elif "ou" in lower:
        i = lower.index("o")
    else:
        spots = [j for j, ch in enumerate(syllable) if ch in _VOWELS]
        if not spots:
            return syllable
        i = spots[-1]
    marked = syllable[: i + 1] + _MARKS[tone] + syllable[i + 1 :]
    return unicodedata.normalize("NFC", marked)


def to_marks(pinyin: str) -> str:
    """``zhong1 guo2`` → ``zhōng guó``; text already in marks is returned unchanged."""
    return _NUMBERED.sub(lambda m: _mark_syllable(m.group(1), m.group(2)), pinyin)


def _number_token(token: str) -> str:
    if _NUMBERED.fullmatch(token):
        return token
    decomposed = unicodedata.normalize("NFD", token)
    tones = [_TONE_OF[ch] for ch in decomposed if ch in _TONE_OF]
    if len(tones) > 1:
        return token  # several syllables run together: leave them as written
    base = "".join(ch for ch in decomposed if ch not in _TONE_OF)
    base = unicodedata.normalize("NFC", base).replace("ü", "u:").replace("Ü", "U:")
    if not base.isalpha() and not base.replace("u:", "u").replace("U:", "U").isalpha():
        return token
    return base + (tones[0] if tones else "5")


def to_numbers(pinyin: str) -> str:
    """``zhōng guó`` → ``zhong1 guo2`` (syllables separated by spaces, as the app saves them)."""
    return " ".join(_number_token(t) for t in pinyin.split())
