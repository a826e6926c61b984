"""Every schema change of the library database, in order.

Never edit a migration that has shipped: add a new one.  Each runs in a transaction with its
record in ``_sqlite_migrations`` (sqlite-utils ``Migrations``), so a crash mid-upgrade leaves
the previous schema intact.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.core.store.db import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_pages_articles")
def m0001_pages_articles(db: Database) -> None:
    """Raw pages (kept verbatim so articles can always be rebuilt) and their articles."""
    db.execute(
        """
        CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            path TEXT,
            encoding TEXT NOT NULL,
            text TEXT NOT NULL,
            furniture TEXT NOT NULL DEFAULT '[]',
            cleaner_version INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            key TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'article',
            title TEXT,
            subtitle TEXT,
            kicker TEXT,
            byline TEXT,
            publication TEXT,
            complete INTEGER NOT NULL DEFAULT 1,
            blocks TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL DEFAULT '',
            duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            editions TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_articles_page ON articles(page_id, ordinal)")
    db.execute("CREATE INDEX idx_articles_duplicate ON articles(duplicate_of)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations(name="0002_annotations_vocabulary")
def m0002_annotations_vocabulary(db: Database) -> None:
    """User data: highlights and notes, saved words, reading corrections.

    Annotations reference articles with ON DELETE SET NULL: rebuilding articles can detach
    an annotation but never delete it.
    """
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            note TEXT NOT NULL DEFAULT '',
            detached INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_annotations_article ON annotations(article_id)")
    db.execute(
        """
        CREATE TABLE vocabulary (
            id INTEGER PRIMARY KEY,
            word TEXT NOT NULL,
            pinyin TEXT NOT NULL DEFAULT '',
            definition TEXT NOT NULL DEFAULT '',
            sentence TEXT NOT NULL DEFAULT '',
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            known INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_vocabulary_word ON vocabulary(word)")
    db.execute(
        """
        CREATE TABLE reading_overrides (
            id INTEGER PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            reading TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )


@migrations(name="0003_article_fingerprints")
def m0003_article_fingerprints(db: Database) -> None:
    """Content-defined fingerprints for finding other printings of a story by index."""
    from desktop.core.store.editions import write_fingerprints

    db.execute(
        """
        CREATE TABLE article_fingerprints (
            fingerprint INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        )
        """
    )
    db.execute("CREATE INDEX idx_fingerprints ON article_fingerprints(fingerprint)")
    db.execute("CREATE INDEX idx_fingerprints_article ON article_fingerprints(article_id)")
    for article_id, text in db.execute("SELECT id, text FROM articles").fetchall():
        write_fingerprints(db, article_id, text)
