"""A failed or cancelled export never leaves a half file under the target name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.export import export_notes, registry
from desktop.core.export.atomic import atomic_path

from .support import Annotated


def test_success_replaces_the_target(tmp_path: Path) -> None:
    dest = tmp_path / "out.txt"
    dest.write_text("old")
    with atomic_path(dest) as tmp:
        assert tmp.parent == dest.parent and tmp != dest
        tmp.write_text("new")
    assert dest.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_failure_keeps_the_old_file_and_cleans_up(tmp_path: Path) -> None:
    dest = tmp_path / "out.txt"
    dest.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(dest) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert dest.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_new_file_gets_normal_permissions(tmp_path: Path) -> None:
    dest = tmp_path / "out.txt"
    with atomic_path(dest) as tmp:
        tmp.write_text("x")
    assert dest.stat().st_mode & 0o044  # readable by others, unlike mkstemp's 0600


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json", "docx"])
def test_cancel_leaves_no_file(annotated: Annotated, out: Path, fmt: str) -> None:
    dest = out / f"notes.{fmt}"
    seen: list[tuple[int, int]] = []
    result = export_notes(
        annotated.library,
        fmt,
        dest,
        progress=lambda d, t: seen.append((d, t)),
        cancelled=lambda: len(seen) >= 2,
    )
    assert result.cancelled
    assert list(out.iterdir()) == []


def test_cancel_keeps_an_older_export(annotated: Annotated, out: Path) -> None:
    dest = out / "notes.md"
    dest.write_text("earlier export", encoding="utf-8")
    result = export_notes(annotated.library, "md", dest, cancelled=lambda: True)
    assert result.cancelled
    assert dest.read_text(encoding="utf-8") == "earlier export"
    assert [p.name for p in out.iterdir()] == ["notes.md"]


def test_writer_error_leaves_no_file(
    annotated: Annotated, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        Path(str(args[1])).write_text("half a file")
        raise OSError("no space left on device")

    fmt = registry.NOTE_FORMATS["md"]
    monkeypatch.setitem(
        registry.NOTE_FORMATS, "md", registry.ExportFormat("md", fmt.label, ".md", broken)
    )
    with pytest.raises(OSError, match="no space"):
        export_notes(annotated.library, "md", out / "notes.md")
    assert list(out.iterdir()) == []
