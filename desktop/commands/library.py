"""``dubao import``, ``dubao articles``, ``dubao clean``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import library_index, open_library, print_json


def cmd_import(args: argparse.Namespace) -> int:
    """Import page files or folders; exits non-zero only when nothing could be imported."""
    library = open_library(args)
    report = library.import_paths([Path(p) for p in args.paths])
    for o in report.outcomes:
        print(f"{o.status:8}  {o.path}: {o.message}")
    imported, skipped = report.count("imported"), report.count("skipped")
    refused = report.count("refused")
    print(f"{imported} imported, {skipped} already present, {refused} refused")
    if imported:
        index = library_index(library)
        if index.index.open().name == "READY":  # a missing index is built on first search
            index.apply(report.changes)
        index.close()
    library.close()
    return 0 if (imported or skipped) else 1


def cmd_articles(args: argparse.Namespace) -> int:
    library = open_library(args)
    if args.jsonl:
        for article in library.articles():
            print_json(article.to_dict())
    else:
        for s in library.summaries():
            mark = f"  (= {s.duplicate_of})" if s.duplicate_of else ""
            print(f"{s.id:6}  {s.page_name}  [{s.kind}] {s.title or '(untitled)'}{mark}")
    library.close()
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    """Clean pages without storing them; print one JSON article a line."""
    from desktop.core import cleaning

    pages: list[tuple[str, str]] = []
    failed = 0
    for path in (Path(p) for p in args.paths):
        try:
            text, _encoding = cleaning.decode(path.read_bytes())
        except (OSError, cleaning.DecodeError) as e:
            print(f"dubao clean: {path}: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
            failed += 1
            continue
        pages.append((path.name, text))
    for page in cleaning.clean_pages(pages):
        for article in page.articles:
            if args.jsonl:
                print_json(article.to_dict())
            else:
                print(f"{page.source}  [{article.kind}] {article.title or '(untitled)'}")
        if args.furniture and page.furniture:
            print(f"{page.source} furniture: {' | '.join(page.furniture)}", file=sys.stderr)
    return 1 if failed and not pages else 0


def register(sub: Any) -> None:
    s = sub.add_parser("import", help="import page files or folders into the library")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.set_defaults(handler=cmd_import)

    s = sub.add_parser("articles", help="list the articles in the library")
    s.add_argument("--jsonl", action="store_true", help="one JSON object a line, with its id")
    s.set_defaults(handler=cmd_articles)

    s = sub.add_parser("clean", help="clean pages into articles without storing them")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--jsonl", action="store_true", help="one JSON article a line")
    s.add_argument("--furniture", action="store_true", help="also report page furniture on stderr")
    s.set_defaults(handler=cmd_clean)
