"""One list of formats for the CLI and the GUI; progress reaches the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.export import (
    NOTE_FORMATS,
    VOCAB_FORMATS,
    UnknownFormatError,
    default_filename,
    export_notes,
    export_vocabulary,
    format_for_path,
)
from desktop.core.store.vocabulary import Vocabulary

from .support import Annotated


def test_formats_listed_once() -> None:
    assert list(NOTE_FORMATS) == ["md", "html", "csv", "json", "docx"]
    assert list(VOCAB_FORMATS) == ["apkg", "pleco", "csv"]
    for fmt in [*NOTE_FORMATS.values(), *VOCAB_FORMATS.values()]:
        assert fmt.extension.startswith(".")
        assert fmt.file_filter == f"{fmt.label} (*{fmt.extension})"


@pytest.mark.parametrize("fmt", list(NOTE_FORMATS))
def test_every_note_format_reports_progress(annotated: Annotated, out: Path, fmt: str) -> None:
    seen: list[tuple[int, int]] = []
    dest = out / f"notes{NOTE_FORMATS[fmt].extension}"
    result = export_notes(annotated.library, fmt, dest, progress=lambda d, t: seen.append((d, t)))
    assert not result.cancelled and dest.stat().st_size > 0
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [p.name for p in out.iterdir()] == [dest.name]  # no temporary file left behind


@pytest.mark.parametrize("fmt", list(VOCAB_FORMATS))
def test_every_vocabulary_format_writes(words: Vocabulary, out: Path, fmt: str) -> None:
    dest = out / f"words{VOCAB_FORMATS[fmt].extension}"
    result = export_vocabulary(words.library, fmt, dest)
    assert result.count == 3 and dest.stat().st_size > 0


def test_empty_selection_still_writes_a_valid_file(annotated: Annotated, out: Path) -> None:
    result = export_notes(annotated.library, "json", out / "n.json", colors=["pink"],
                          article_ids=[annotated.articles[0].id or 0])  # fmt: skip
    assert result.count == 0 and (out / "n.json").exists()


def test_unknown_format(annotated: Annotated, out: Path) -> None:
    with pytest.raises(UnknownFormatError, match="md, html"):
        export_notes(annotated.library, "pdf", out / "x.pdf")
    with pytest.raises(UnknownFormatError, match="apkg"):
        export_vocabulary(annotated.library, "tsv", out / "x.tsv")


def test_orphaned_note_is_exported_everywhere(annotated: Annotated, out: Path) -> None:
    """A note whose article is gone (article_id NULL) still reaches every format."""
    from dataclasses import replace

    orphan = replace(annotated.made[0], uuid="0b1d5b0e-0000-4000-8000-000000000001",
                     article_id=None, detached=True, note="孤儿笔记")  # fmt: skip
    annotated.notes.save(orphan)
    for name, fmt in NOTE_FORMATS.items():
        dest = out / f"all{fmt.extension}"
        assert export_notes(annotated.library, name, dest).count == 6
        if name in {"md", "html", "csv", "json"}:
            assert "孤儿笔记" in dest.read_text(encoding="utf-8-sig")


def test_format_from_file_name_and_default_names() -> None:
    assert format_for_path(Path("notes.MD"), NOTE_FORMATS) == "md"
    assert format_for_path(Path("a/b.docx"), NOTE_FORMATS) == "docx"
    assert format_for_path(Path("words.apkg"), VOCAB_FORMATS) == "apkg"
    assert format_for_path(Path("notes.pdf"), NOTE_FORMATS) is None
    name = default_filename(VOCAB_FORMATS["pleco"], "vocabulary")
    assert name.startswith("dubao-vocabulary-") and name.endswith(".txt")
