"""CSV that Excel opens with Chinese intact: BOM, a real CSV writer, one row per item."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.core.export import export_notes, export_vocabulary
from desktop.core.export.csv_export import NOTE_COLUMNS, VOCAB_COLUMNS
from desktop.core.links import parse_link
from desktop.core.store.vocabulary import Vocabulary

from .support import HOSTILE_NOTE, Annotated


def _read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    text = raw.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_notes_csv(annotated: Annotated, out: Path) -> None:
    dest = out / "notes.csv"
    export_notes(annotated.library, "csv", dest)
    rows = _read(dest)
    assert len(rows) == len(annotated.made)
    assert tuple(rows[0]) == NOTE_COLUMNS
    by_uuid = {r["uuid"]: r for r in rows}
    for ann in annotated.made:
        row = by_uuid[ann.uuid]
        assert row["quote"] == ann.quote  # multi-line quotes survive quoting
        assert row["colour"] == ann.color
        assert parse_link(row["link"]) == (ann.article_id, ann.uuid)
        assert (int(row["start"]), int(row["end"])) == (ann.start, ann.end)
    hostile = by_uuid[annotated.made[2].uuid]["note"]
    assert hostile == HOSTILE_NOTE  # it starts with "<", not a formula character


def test_formula_cells_are_neutralised(annotated: Annotated, out: Path) -> None:
    annotated.notes.update(annotated.made[0].uuid, note='=HYPERLINK("http://x")')
    export_notes(annotated.library, "csv", out / "notes.csv")
    notes = {r["uuid"]: r["note"] for r in _read(out / "notes.csv")}
    assert notes[annotated.made[0].uuid] == '\'=HYPERLINK("http://x")'


def test_vocabulary_csv(words: Vocabulary, out: Path) -> None:
    dest = out / "words.csv"
    result = export_vocabulary(words.library, "csv", dest)
    rows = _read(dest)
    assert result.count == len(rows) == 3
    assert tuple(rows[0]) == VOCAB_COLUMNS
    assert [r["hanzi"] for r in rows] == ["创新", "机器人", "绿色"]
    assert [r["pinyin"] for r in rows] == ["chuàng xīn", "jī qì rén", "lǜ sè"]
    assert rows[0]["meaning"] == "innovation;\nto innovate"
    assert rows[0]["title"] and rows[2]["title"] == ""
