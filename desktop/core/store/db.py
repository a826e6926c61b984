"""Opening the library database safely: WAL, foreign keys, migrations, and clear refusals.

A database written by a newer Dubao is refused untouched; a damaged file is reported, never
"repaired" by overwriting it.  Opening an up-to-date library needs only :mod:`sqlite3`:
sqlite-utils (and its migrations) are imported when there is something to write.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

DB_FILENAME = "library.sqlite3"
MIGRATION_SET = "dubao"
#: Every migration this version knows, in order (tests check it against migrations.py).
MIGRATION_NAMES = (
    "0001_pages_articles",
    "0002_annotations_vocabulary",
    "0003_article_fingerprints",
)


class StoreError(Exception):
    """A library database problem with a message meant for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of Dubao."""


class BrokenDatabaseError(StoreError):
    """The file is not a usable SQLite database."""


def wrap(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils Database over ``conn``, importing sqlite-utils without numpy/pandas.

    sqlite-utils imports numpy and pandas at import time, if installed, only to map their
    scalar types; Dubao never stores such values, and numpy (present for the pinyin model)
    would add a quarter second.  Blocking the two imports for this one import makes
    sqlite-utils skip them; anything that needs numpy later imports it as usual.
    """
    if "sqlite_utils" not in sys.modules:
        hidden = [n for n in ("numpy", "pandas") if n not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # makes `import` raise
        try:
            import sqlite_utils  # noqa: F401
        finally:
            for name in hidden:
                del sys.modules[name]
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def connect(path: Path) -> sqlite3.Connection:
    """A connection with Dubao's settings; usable from a worker thread (callers serialise)."""
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        wal = bool(mode) and mode[0] == "wal"
        conn.execute("PRAGMA synchronous = NORMAL" if wal else "PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as e:
        conn.close()
        raise BrokenDatabaseError(f"{path} is not a Dubao library or is damaged: {e}") from e
    return conn


def applied_migrations(conn: sqlite3.Connection, path: Path) -> set[str]:
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        if not exists:
            return set()
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchall()
    except sqlite3.DatabaseError as e:
        raise BrokenDatabaseError(f"{path} is not a Dubao library or is damaged: {e}") from e
    return {r[0] for r in rows}


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and upgrade the library database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise BrokenDatabaseError(
                    f"{path} is not an SQLite database; it was left untouched. "
                    "Move it away to start a new library."
                )
    conn = connect(path)
    try:
        applied = applied_migrations(conn, path)
        unknown = applied - set(MIGRATION_NAMES)
        if unknown:
            raise NewerDatabaseError(
                f"{path} was written by a newer version of Dubao "
                f"(schema steps {', '.join(sorted(unknown))}). Please update Dubao; "
                "the library was not modified."
            )
        if set(MIGRATION_NAMES) - applied:
            from desktop.core.store.migrations import migrations

            migrations.apply(wrap(conn))
    except sqlite3.DatabaseError as e:
        conn.close()
        raise BrokenDatabaseError(f"{path} could not be opened: {e}") from e
    except StoreError:
        conn.close()
        raise
    return conn
