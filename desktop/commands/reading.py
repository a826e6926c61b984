"""``dubao pinyin`` and ``dubao lookup``."""

from __future__ import annotations

import argparse
import sys
from types import ModuleType
from typing import Any

from desktop.commands.common import print_json
from desktop.core.paths import library_home


def _reading(args: argparse.Namespace) -> ModuleType:
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
        print_json(info.to_dict())
        return 0
    trad = f"  [{info.traditional}]" if info.traditional else ""
    print(f"{info.word}  {info.pinyin_marks}{trad}")
    if info.hsk:
        print(f"HSK {info.hsk if info.hsk < 7 else '7-9'}")
    for entry in info.definitions:
        print(f"  {entry.pinyin_marks}: {' / '.join(entry.definitions)}")
    if not info.definitions:
        print("  (not in CC-CEDICT)")
    return 0 if info.definitions else 1


def register(sub: Any) -> None:
    s = sub.add_parser("pinyin", help="pinyin of sentences read from standard input")
    s.set_defaults(handler=cmd_pinyin)
    s = sub.add_parser("lookup", help="pinyin and dictionary definitions of a word")
    s.add_argument("word")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_lookup)
