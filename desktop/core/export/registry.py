"""The export formats, listed once for the CLI and the GUI, and the functions that run them.

Each run selects what to export, writes it through a temporary file in the target folder
(so a failure or Cancel never leaves a half file under the target name) and reports what it
wrote.  ``progress(done, total)`` and ``cancelled()`` let the GUI show a bar with Cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

from desktop.core.export import csv_export, html, markdown, pleco, w3c
from desktop.core.export.atomic import atomic_path
from desktop.core.export.progress import Cancelled, ExportCancelled, Progress, Ticker
from desktop.core.export.selection import DateBound, NoteFilter, SelectedNotes, select_notes
from desktop.core.export.vocab import Traditional, VocabCard, select_vocabulary
from desktop.core.store.library import Library

T = TypeVar("T")


# python-docx and genanki take ~70 ms to import: load them when first used, not at start-up.
# (Plain import statements, so PyInstaller still finds them.)
def _write_docx(notes: SelectedNotes, path: Path, tick: Ticker) -> None:
    from desktop.core.export import docx_export

    docx_export.write(notes, path, tick)


def _write_apkg(cards: Sequence[VocabCard], path: Path, tick: Ticker) -> None:
    from desktop.core.export import anki

    anki.write(cards, path, tick)


class UnknownFormatError(ValueError):
    """A format name that is not in the registry."""


@dataclass(frozen=True)
class ExportFormat(Generic[T]):
    """A format: its name on the command line, label in menus, file extension and writer."""

    name: str
    label: str
    extension: str
    write: Callable[[T, Path, Ticker], None]

    @property
    def file_filter(self) -> str:
        """A Qt file-dialog filter, e.g. ``Markdown (*.md)``."""
        return f"{self.label} (*{self.extension})"


NOTE_FORMATS: dict[str, ExportFormat[SelectedNotes]] = {
    f.name: f
    for f in (
        ExportFormat("md", "Markdown", ".md", markdown.write),
        ExportFormat("html", "Web page", ".html", html.write),
        ExportFormat("csv", "CSV spreadsheet", ".csv", csv_export.write),
        ExportFormat("json", "W3C Web Annotations", ".json", w3c.write),
        ExportFormat("docx", "Word document", ".docx", _write_docx),
    )
}

VOCAB_FORMATS: dict[str, ExportFormat[Sequence[VocabCard]]] = {
    f.name: f
    for f in (
        ExportFormat("apkg", "Anki deck", ".apkg", _write_apkg),
        ExportFormat("pleco", "Pleco flashcards", ".txt", pleco.write),
        ExportFormat("csv", "CSV spreadsheet", ".csv", csv_export.write_vocabulary),
    )
}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: nothing at all if it was cancelled."""

    format: str
    path: Path
    count: int  # annotations or words written
    articles: int = 0
    cancelled: bool = False


def _format(table: dict[str, ExportFormat[T]], name: str) -> ExportFormat[T]:
    try:
        return table[name]
    except KeyError:
        raise UnknownFormatError(
            f"unknown format {name!r} (choose from {', '.join(table)})"
        ) from None


def _run(
    fmt: ExportFormat[T],
    data: T,
    count: int,
    dest: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> bool:
    """Write ``data`` to ``dest`` atomically; False if cancelled (``dest`` untouched)."""
    tick = Ticker(count, progress, cancelled)
    try:
        tick.start()
        with atomic_path(dest) as tmp:
            fmt.write(data, tmp, tick)
            tick.check()
    except ExportCancelled:
        return False
    return True


def export_notes(
    library: Library,
    fmt: str,
    dest: Path,
    article_ids: Sequence[int] | None = None,
    colors: Sequence[str] | None = None,
    since: DateBound | None = None,
    until: DateBound | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Export the chosen highlights and notes (all of them by default) to ``dest``."""
    form = _format(NOTE_FORMATS, fmt)
    notes = select_notes(library, NoteFilter(article_ids, colors, since, until))
    done = _run(form, notes, len(notes), Path(dest), progress, cancelled)
    return ExportResult(fmt, Path(dest), len(notes), len(notes.groups), cancelled=not done)


def export_vocabulary(
    library: Library,
    fmt: str,
    dest: Path,
    entry_ids: Sequence[int] | None = None,
    known: bool | None = None,
    search: str | None = None,
    traditional: Traditional | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Export saved words (all by default; ``known=False`` for those still being learnt)."""
    form = _format(VOCAB_FORMATS, fmt)
    cards = select_vocabulary(library, entry_ids, known, search, traditional)
    done = _run(form, cards, len(cards), Path(dest), progress, cancelled)
    return ExportResult(fmt, Path(dest), len(cards), cancelled=not done)


def format_for_path(path: Path, table: dict[str, ExportFormat[T]]) -> str | None:
    """The format a file name's extension asks for (``notes.md`` → ``md``), if unambiguous."""
    suffix = Path(path).suffix.lower()
    names = [f.name for f in table.values() if f.extension == suffix]
    return names[0] if len(names) == 1 else None


def default_filename(fmt: ExportFormat[T], what: str = "notes") -> str:
    """A file name to offer in a Save dialog, e.g. ``dubao-notes-2025-02-03.md``."""
    return f"dubao-{what}-{date.today().isoformat()}{fmt.extension}"
