"""Notes and saved words as CSV: UTF-8 with a BOM (so Excel shows Chinese), one row per item.

Written with the ``csv`` module.  Cells that Excel would run as a formula (starting with
``= + - @``) get a leading apostrophe, as OWASP advises for CSV injection.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from desktop.core.export.progress import Ticker
from desktop.core.export.selection import SelectedNotes, display_time
from desktop.core.export.vocab import VocabCard

ENCODING = "utf-8-sig"

NOTE_COLUMNS = (
    "quote", "note", "colour", "created", "updated", "title", "paper", "byline", "page",
    "article_id", "start", "end", "detached", "uuid", "link",
)  # fmt: skip

VOCAB_COLUMNS = (
    "hanzi", "traditional", "pinyin", "meaning", "sentence", "paper", "title", "known",
    "added", "article_id",
)  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(cell: str) -> str:
    """Neutralise a cell Excel would evaluate as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _write_rows(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with path.open("w", encoding=ENCODING, newline="") as f:
        writer = csv.writer(f, dialect="excel")
        writer.writerow(header)
        writer.writerows(rows)


def write(notes: SelectedNotes, path: Path, tick: Ticker) -> None:
    rows: list[list[object]] = []
    for item in notes.items:
        a, art = item.annotation, item.article
        rows.append([
            safe(a.quote), safe(a.note), a.color, display_time(a.created_at),
            display_time(a.updated_at), safe(art.title), safe(art.paper), safe(art.byline),
            art.page, art.id or "", a.start, a.end, int(a.detached), a.uuid, item.link,
        ])  # fmt: skip
        tick.step()
    _write_rows(path, NOTE_COLUMNS, rows)


def write_vocabulary(cards: Sequence[VocabCard], path: Path, tick: Ticker) -> None:
    rows: list[list[object]] = []
    for c in cards:
        rows.append([
            c.word, c.traditional or "", c.pinyin_marks, safe(c.definition), safe(c.sentence),
            safe(c.paper), safe(c.title), int(c.known), display_time(c.created_at),
            c.article_id or "",
        ])  # fmt: skip
        tick.step()
    _write_rows(path, VOCAB_COLUMNS, rows)
