"""Tone-change hints for 一 and 不: how they are said, not how dictionaries write them.

Dictionaries and the pinyin stack give the citation tones yī and bù.  In speech 不 becomes bú
before a fourth tone, and 一 becomes yí before a fourth tone and yì before the others —
except where 一 is a number (一月, 第一, 十一, 统一 at the end of a word).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.reading.syllables import tone_marks

#: Characters after which 一 is read as a number, keeping its first tone.
_NUMBER_BEFORE = set("第十百千万亿零〇两几初周礼星")
#: Characters after which 一 is read as a number: dates, ordinals, counting.
_NUMBER_AFTER = set("月日号楼层期届年级流")


def _tone(syllable: str | None) -> int | None:
    if not syllable or not syllable[-1].isdigit():
        return None
    return int(syllable[-1])


CITATION = {"一": "yi1", "不": "bu4"}


def spoken(text: str, readings: Sequence[str | None], i: int) -> str | None:
    """How ``text[i]`` (一 or 不) is said before the next syllable, or None if no rule applies.

    ``readings`` are the in-context syllables; the pinyin stack may already give a spoken
    tone (bú, yì) or the citation tone (bù, yī) — either way the rule looks at the next tone.
    """
    ch = text[i]
    reading = readings[i]
    if ch not in CITATION or reading is None or reading[:-1] != CITATION[ch][:-1]:
        return None
    nxt = _tone(readings[i + 1]) if i + 1 < len(readings) else None
    if nxt is None or nxt == 5:
        return None
    if ch == "不":
        return "bu2" if nxt == 4 else "bu4"
    prev = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if prev in _NUMBER_BEFORE or after in _NUMBER_AFTER or prev.isdigit() or after.isdigit():
        return None
    return "yi2" if nxt == 4 else "yi4"


def hint(text: str, readings: Sequence[str | None], i: int) -> str | None:
    """A display hint such as ``yī → yí`` (citation → spoken), or None when they agree."""
    said = spoken(text, readings, i)
    if said is None or said == CITATION[text[i]]:
        return None
    return f"{tone_marks(CITATION[text[i]])} → {tone_marks(said)}"
