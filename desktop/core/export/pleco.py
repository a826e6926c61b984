"""Saved words as a Pleco flashcard import file.

One card a line, UTF-8: ``simplified[traditional]<TAB>pinyin<TAB>definition``; the
``[traditional]`` part only when it differs.  Pinyin is written with tone numbers run
together (``zhong1guo2``), as Pleco's own exports are; the definition is folded onto one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.core.export.progress import Ticker
from desktop.core.export.vocab import VocabCard


def _field(text: str) -> str:
    """Tabs and line breaks would start a new field or card: fold them."""
    parts = [p.strip().rstrip(";；") for p in text.replace("\t", " ").splitlines()]
    return "; ".join(p for p in parts if p)


def line(card: VocabCard) -> str:
    head = _field(card.word)
    if card.traditional:
        head += f"[{_field(card.traditional)}]"
    pinyin = "".join(card.pinyin_numbers.split())
    return f"{head}\t{_field(pinyin)}\t{_field(card.definition)}"


def write(cards: Sequence[VocabCard], path: Path, tick: Ticker) -> None:
    lines: list[str] = []
    for card in cards:
        lines.append(line(card))
        tick.step()
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8", newline="\n")
