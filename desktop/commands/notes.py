"""``dubao export``, ``dubao notes import``, ``dubao vocab export``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import open_library
from desktop.core.models import COLORS


def cmd_export(args: argparse.Namespace) -> int:
    """Export highlights and notes; the format comes from --format or the file extension."""
    from desktop.core.export import (
        NOTE_FORMATS,
        SelectionError,
        export_notes,
        format_for_path,
        parse_date,
    )

    fmt = args.format or format_for_path(args.output, NOTE_FORMATS)
    if fmt is None:
        print(f"dubao export: choose --format ({', '.join(NOTE_FORMATS)})", file=sys.stderr)
        return 2
    library = open_library(args)
    try:
        result = export_notes(
            library,
            fmt,
            args.output,
            article_ids=args.article or None,
            colors=args.color or None,
            since=parse_date(args.since) if args.since else None,
            until=parse_date(args.until) if args.until else None,
        )
    except (SelectionError, OSError) as e:
        print(f"dubao export: {e}", file=sys.stderr)
        return 2
    finally:
        library.close()
    print(f"{result.count} highlights from {result.articles} articles → {result.path}")
    return 0


def cmd_notes_import(args: argparse.Namespace) -> int:
    """Import W3C Web Annotations; exits 1 if some could not be anchored."""
    from desktop.core.export import W3CFormatError, import_notes

    library = open_library(args)
    try:
        report = import_notes(library, Path(args.file))
    except W3CFormatError as e:
        print(f"dubao notes import: {e}", file=sys.stderr)
        return 2
    finally:
        library.close()
    print(report.summary())
    return 1 if report.not_anchored else 0


def cmd_vocab_export(args: argparse.Namespace) -> int:
    from desktop.core import reading
    from desktop.core.export import VOCAB_FORMATS, export_vocabulary, format_for_path
    from desktop.core.paths import library_home

    fmt = args.format or format_for_path(args.output, VOCAB_FORMATS)
    if fmt is None:
        print(f"dubao vocab export: choose --format ({', '.join(VOCAB_FORMATS)})", file=sys.stderr)
        return 2
    reading.set_cache_dir(library_home(args.home) / "cache")

    def traditional(word: str) -> str | None:
        entries = reading.get_dictionary().entries(word)
        return entries[0].traditional if entries else None

    library = open_library(args)
    try:
        result = export_vocabulary(
            library,
            fmt,
            args.output,
            known=False if args.unknown_only else None,
            traditional=traditional,
        )
    except OSError as e:
        print(f"dubao vocab export: {e}", file=sys.stderr)
        return 2
    finally:
        library.close()
    print(f"{result.count} words → {result.path}")
    return 0


def register(sub: Any) -> None:
    s = sub.add_parser("export", help="export highlights and notes (md, html, csv, json, docx)")
    s.add_argument("--format", choices=["md", "html", "csv", "json", "docx"])
    s.add_argument(
        "--article",
        type=int,
        action="append",
        metavar="ID",
        help="only this article (repeatable; ids from `dubao articles`)",
    )
    s.add_argument("--color", action="append", choices=list(COLORS), help="repeatable")
    s.add_argument("--since", metavar="DATE", help="created on or after (YYYY-MM-DD)")
    s.add_argument("--until", metavar="DATE", help="created on or before (YYYY-MM-DD)")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    s.set_defaults(handler=cmd_export)

    notes = sub.add_parser("notes", help="work with notes").add_subparsers(
        dest="notes_command", metavar="ACTION", required=True
    )
    s = notes.add_parser("import", help="import W3C Web Annotations (JSON)")
    s.add_argument("file", metavar="FILE")
    s.set_defaults(handler=cmd_notes_import)

    vocab = sub.add_parser("vocab", help="saved words").add_subparsers(
        dest="vocab_command", metavar="ACTION", required=True
    )
    s = vocab.add_parser("export", help="export saved words (Anki, Pleco, CSV)")
    s.add_argument("--format", choices=["apkg", "pleco", "csv"])
    s.add_argument("--unknown-only", action="store_true", help="leave out words marked known")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    s.set_defaults(handler=cmd_vocab_export)
