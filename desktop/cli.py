"""The ``dubao`` command: no arguments opens the app; subcommands run the core from a terminal.

Subcommands never import Qt, so they start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__
from desktop.core.paths import library_home

Handler = Callable[[argparse.Namespace], int]


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _open_library(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.core.store import Library, StoreError

    try:
        return Library.open(library_home(args.home))
    except StoreError as e:
        print(f"dubao: {e}", file=sys.stderr)
        raise SystemExit(2) from e


def cmd_import(args: argparse.Namespace) -> int:
    """Import page files or folders; exits non-zero only when nothing could be imported."""
    library = _open_library(args)
    report = library.import_paths([Path(p) for p in args.paths])
    for o in report.outcomes:
        print(f"{o.status:8}  {o.path}: {o.message}")
    imported, skipped = report.count("imported"), report.count("skipped")
    refused = report.count("refused")
    print(f"{imported} imported, {skipped} already present, {refused} refused")
    if imported:
        index = _library_index(library)
        if index.index.open().name == "READY":  # a missing index is built on first search
            index.apply(report.changes)
        index.close()
    library.close()
    return 0 if (imported or skipped) else 1


def _library_index(library):  # type: ignore[no-untyped-def]
    from desktop.core.library_index import LibraryIndex
    from desktop.core.store.annotations import Annotations

    return LibraryIndex(library, Annotations(library))


def _print_results(results, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    if as_json:
        _print_json(results.to_dict())
        return
    if results.message:
        print(results.message, file=sys.stderr)
    for hit in results.hits:
        where = ", ".join(hit.fields_matched)
        snippet = hit.snippet.text if hit.snippet else ""
        print(f"{hit.article_id:6}  {hit.title or '(untitled)'}  [{where}]\n        {snippet}")
    if not as_json:
        print(f"{results.total} article(s)")


def cmd_search(args: argparse.Namespace) -> int:
    """Search the library: one query, or one query per line of standard input."""
    library = _open_library(args)
    index = _library_index(library)
    if index.ensure():
        print("dubao: the search index was built from the library", file=sys.stderr)
    if args.stdin:
        for line in sys.stdin:
            query = line.rstrip("\n")
            _print_json(index.search(query, args.limit).to_dict())
            sys.stdout.flush()
    else:
        _print_results(index.search(" ".join(args.query), args.limit), args.json)
    index.close()
    library.close()
    return 0


def _reading(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.core import reading

    reading.set_cache_dir(library_home(args.home) / "cache")
    return reading


def cmd_pinyin(args: argparse.Namespace) -> int:
    """Numbered-tone pinyin, one token per non-space character, one line per input line."""
    reading = _reading(args)
    for line in sys.stdin:
        print(" ".join(reading.pinyin_tokens(line.rstrip("\r\n"))))
        sys.stdout.flush()
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    """Pinyin and CC-CEDICT definitions of a word."""
    reading = _reading(args)
    info = reading.lookup_word(args.word)
    if args.json:
        _print_json(info.to_dict())
        return 0
    print(
        f"{info.word}  {info.pinyin_marks}"
        + (f"  [{info.traditional}]" if info.traditional else "")
    )
    if info.hsk:
        print(f"HSK {info.hsk if info.hsk < 7 else '7-9'}")
    for entry in info.definitions:
        print(f"  {entry.pinyin_marks}: {' / '.join(entry.definitions)}")
    if not info.definitions:
        print("  (not in CC-CEDICT)")
    return 0 if info.definitions else 1


def cmd_articles(args: argparse.Namespace) -> int:
    library = _open_library(args)
    if args.jsonl:
        for article in library.articles():
            _print_json(article.to_dict())
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
                _print_json(article.to_dict())
            else:
                print(f"{page.source}  [{article.kind}] {article.title or '(untitled)'}")
        if args.furniture and page.furniture:
            print(f"{page.source} furniture: {' | '.join(page.furniture)}", file=sys.stderr)
    return 1 if failed and not pages else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dubao",
        description="Dubao 读报 — read and annotate Chinese newspaper pages. "
        "With no command, opens the app.",
    )
    p.add_argument("--version", action="version", version=f"dubao {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="start the full app offscreen on a temporary library, exercise it, and exit",
    )
    p.add_argument(
        "--home",
        metavar="DIR",
        help="library folder (default: $DUBAO_HOME or the user data folder)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

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

    s = sub.add_parser("search", help="full-text search of the library")
    s.add_argument("query", nargs="*", metavar="QUERY")
    s.add_argument("--json", action="store_true", help="print the results as one JSON object")
    s.add_argument("--limit", type=int, default=50, help="at most N hits (default 50)")
    s.add_argument("--stdin", action="store_true", help="one query per input line, JSON out")
    s.set_defaults(handler=cmd_search)
    s = sub.add_parser("pinyin", help="pinyin of sentences read from standard input")
    s.set_defaults(handler=cmd_pinyin)

    s = sub.add_parser("lookup", help="pinyin and dictionary definitions of a word")
    s.add_argument("word")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_lookup)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if "--self-test" in argv:
        from desktop.gui.selftest import run_self_test

        return run_self_test()
    if any(a.lower().startswith("dubao:") for a in argv):
        from desktop import app

        return app.main(argv)  # a link from an exported note: open the app there
    args, rest = parser.parse_known_args(argv)
    if args.command is None:
        from desktop import app

        return app.main(argv)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    handler: Handler = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
