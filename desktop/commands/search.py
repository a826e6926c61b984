"""``dubao search``: one query, or one query per input line for scripts and benchmarks."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.commands.common import library_index, open_library, print_json

if TYPE_CHECKING:
    from desktop.core.search import SearchResults


def print_results(results: SearchResults) -> None:
    if results.message:
        print(results.message, file=sys.stderr)
    for hit in results.hits:
        where = ", ".join(hit.fields_matched)
        snippet = hit.snippet.text if hit.snippet else ""
        print(f"{hit.article_id:6}  {hit.title or '(untitled)'}  [{where}]\n        {snippet}")
    print(f"{results.total} article(s)")


def cmd_search(args: argparse.Namespace) -> int:
    library = open_library(args)
    index = library_index(library)
    if index.ensure():
        print("dubao: the search index was built from the library", file=sys.stderr)
    if args.stdin:
        for line in sys.stdin:
            print_json(index.search(line.rstrip("\n"), args.limit).to_dict())
            sys.stdout.flush()
    else:
        results = index.search(" ".join(args.query), args.limit)
        if args.json:
            print_json(results.to_dict())
        else:
            print_results(results)
    index.close()
    library.close()
    return 0


def register(sub: Any) -> None:
    s = sub.add_parser("search", help="full-text search of the library")
    s.add_argument("query", nargs="*", metavar="QUERY")
    s.add_argument("--json", action="store_true", help="print the results as one JSON object")
    s.add_argument("--limit", type=int, default=50, help="at most N hits (default 50)")
    s.add_argument("--stdin", action="store_true", help="one query per input line, JSON out")
    s.set_defaults(handler=cmd_search)
