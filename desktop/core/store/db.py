"""Opening the library database safely: WAL, foreign keys, migrations, and clear refusals.

A database written by a newer Dubao is refused untouched; a damaged file is reported, never
"repaired" by overwriting it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.core.store.migrations import MIGRATION_SET, known_names, migrations

DB_FILENAME = "library.sqlite3"


class StoreError(Exception):
    """A library database problem with a message meant for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of Dubao."""


class BrokenDatabaseError(StoreError):
    """The file is not a usable SQLite database."""


def connect(path: Path) -> Database:
    """A sqlite-utils Database on ``path`` with Dubao's connection settings.

    The connection may be used from a worker thread; callers serialise access.
    """
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)
    db = Database(conn, execute_plugins=False)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 10000")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()
        db.execute(
            "PRAGMA synchronous = NORMAL"
            if mode and mode[0] == "wal"
            else "PRAGMA synchronous = FULL"
        )
    except sqlite3.DatabaseError as e:
        conn.close()
        raise BrokenDatabaseError(f"{path} is not a Dubao library or is damaged: {e}") from e
    return db


def check_version(db: Database, path: Path) -> None:
    """Refuse a database that records migrations this version does not know."""
    try:
        if not db["_sqlite_migrations"].exists():
            return
        rows = db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchall()
    except sqlite3.DatabaseError as e:
        raise BrokenDatabaseError(f"{path} is not a Dubao library or is damaged: {e}") from e
    unknown = {r[0] for r in rows} - known_names()
    if unknown:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Dubao "
            f"(schema steps {', '.join(sorted(unknown))}). Please update Dubao; "
            "the library was not modified."
        )


def open_database(path: Path) -> Database:
    """Open (creating if needed) and upgrade the library database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise BrokenDatabaseError(
                    f"{path} is not an SQLite database; it was left untouched. "
                    "Move it away to start a new library."
                )
    db = connect(path)
    try:
        check_version(db, path)
        migrations.apply(db)
    except sqlite3.DatabaseError as e:
        db.close()
        raise BrokenDatabaseError(f"{path} could not be opened: {e}") from e
    except StoreError:
        db.close()
        raise
    return db
