"""The ``dubao`` command: no arguments opens the app; subcommands run the core from a terminal.

Subcommands never import Qt, so they start fast and run on machines without a display.  Each
area's subcommands live in :mod:`desktop.commands`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.commands import library, notes, reading, search
from desktop.commands.common import Handler


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
    for module in (library, search, reading, notes):
        module.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        from desktop.gui.selftest import run_self_test

        return run_self_test()
    if any(a.lower().startswith("dubao:") for a in argv):
        from desktop import app

        return app.main(argv)  # a link from an exported note: open the app there
    parser = build_parser()
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
