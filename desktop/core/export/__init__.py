"""Exporting notes and saved words, and importing W3C Web Annotations.

One module per format; :mod:`registry` lists them (for the CLI and the GUI) and runs them.
"""

from desktop.core.export.notes_import import ImportNotesReport, NotAnchored, import_notes
from desktop.core.export.progress import ExportCancelled
from desktop.core.export.registry import (
    NOTE_FORMATS,
    VOCAB_FORMATS,
    ExportFormat,
    ExportResult,
    UnknownFormatError,
    default_filename,
    export_notes,
    export_vocabulary,
    format_for_path,
)
from desktop.core.export.selection import NoteFilter, SelectionError, parse_date, select_notes
from desktop.core.export.w3c import W3CFormatError

__all__ = [
    "NOTE_FORMATS",
    "VOCAB_FORMATS",
    "ExportCancelled",
    "ExportFormat",
    "ExportResult",
    "ImportNotesReport",
    "NotAnchored",
    "NoteFilter",
    "SelectionError",
    "UnknownFormatError",
    "W3CFormatError",
    "default_filename",
    "export_notes",
    "export_vocabulary",
    "format_for_path",
    "import_notes",
    "parse_date",
    "select_notes",
]
