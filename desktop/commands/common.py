"""What every subcommand shares: opening the library, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.paths import library_home

if TYPE_CHECKING:
    from desktop.core.library_index import LibraryIndex
    from desktop.core.store import Library

Handler = Callable[[argparse.Namespace], int]


def print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def open_library(args: argparse.Namespace) -> Library:
    """The library of ``--home`` (or the default); a clear message and exit 2 if unusable."""
    from desktop.core.store import Library, StoreError

    try:
        return Library.open(library_home(args.home))
    except StoreError as e:
        print(f"dubao: {e}", file=sys.stderr)
        raise SystemExit(2) from e


def library_index(library: Library) -> LibraryIndex:
    from desktop.core.library_index import LibraryIndex
    from desktop.core.store.annotations import Annotations

    return LibraryIndex(library, Annotations(library))
