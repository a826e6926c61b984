"""Import bookkeeping: which files are pages, what happened to each, and page identity."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.core.models import Changes

#: Larger files are refused: no newspaper page is this big, and it protects memory.
MAX_PAGE_BYTES = 20 * 1024 * 1024
PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".text")


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file."""

    path: str
    status: Literal["imported", "skipped", "refused"]
    message: str
    page_id: int | None = None
    article_ids: tuple[int, ...] = ()


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def changes(self) -> Changes:
        ids = frozenset(i for o in self.outcomes for i in o.article_ids)
        imported = self.count("imported") > 0
        return Changes(pages=imported, articles=ids, library=imported)


def page_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Expand files and folders into candidate page files, with a refusal reason or None."""
    for p in paths:
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in PAGE_SUFFIXES
            )
            if not found:
                yield p, "folder holds no page files (.txt or .md)"
            yield from ((f, None) for f in found)
        elif p.is_file():
            yield p, None
        else:
            yield p, "no such file or folder"


def content_hash(text: str) -> str:
    """Hash of the text with line endings normalised: the same page twice is one page."""
    norm = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
