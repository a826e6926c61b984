"""The library: raw pages and their articles in SQLite, the source of truth.

Each page is imported in one transaction, so a crash never leaves half a page.  Articles are
derived from the raw page text and can be rebuilt whenever the cleaner improves; rebuilt
articles keep their ids where the text shows they are the same article, so annotations stay on
them.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import cleaning
from desktop.core.models import Article, Block, Changes, CleanedPage
from desktop.core.store import editions
from desktop.core.store.db import DB_FILENAME, open_database, wrap
from desktop.core.store.importing import (
    MAX_PAGE_BYTES,
    ImportOutcome,
    ImportReport,
    content_hash,
    page_files,
)
from desktop.core.store.matching import match_articles
from desktop.core.store.reanchor import reanchor_article, reanchor_overrides, rehome

if TYPE_CHECKING:
    from sqlite_utils import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class ArticleSummary:
    """The light row the library list shows: no body text."""

    id: int
    page_id: int
    page_name: str
    ordinal: int
    kind: str
    title: str | None
    kicker: str | None
    byline: str | None
    publication: str | None
    duplicate_of: int | None


@dataclass(frozen=True)
class PageInfo:
    id: int
    name: str
    path: str | None
    encoding: str
    imported_at: str
    furniture: list[str]
    cleaner_version: int


class Library:
    """All reading and writing of the library database goes through here.

    One connection, serialised by a lock, so a background import and the UI can share it.
    """

    def __init__(self, conn: sqlite3.Connection, home: Path) -> None:
        self.conn = conn
        self.home = home
        self._lock = threading.RLock()

    @cached_property
    def db(self) -> Database:
        """sqlite-utils over the same connection, created at the first write."""
        return wrap(self.conn)

    @classmethod
    def open(cls, home: Path) -> Library:
        home.mkdir(parents=True, exist_ok=True)
        return cls(open_database(home / DB_FILENAME), home)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        with self._lock, self.db.atomic():
            yield self.db

    # -- reading -----------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self.conn.execute(sql, list(params))
            cols = [c[0] for c in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def is_empty(self) -> bool:
        return not self.query("SELECT 1 FROM pages LIMIT 1")

    def page_count(self) -> int:
        return int(self.query("SELECT count(*) AS n FROM pages")[0]["n"])

    def article_count(self) -> int:
        return int(self.query("SELECT count(*) AS n FROM articles")[0]["n"])

    def summaries(self) -> list[ArticleSummary]:
        rows = self.query(
            """SELECT a.id, a.page_id, p.name AS page_name, a.ordinal, a.kind, a.title,
                      a.kicker, a.byline, a.publication, a.duplicate_of
               FROM articles a JOIN pages p ON p.id = a.page_id
               ORDER BY p.name, p.id, a.ordinal"""
        )
        return [ArticleSummary(**r) for r in rows]

    def article(self, article_id: int) -> Article | None:
        rows = self.query(
            "SELECT a.*, p.name AS source FROM articles a JOIN pages p ON p.id = a.page_id "
            "WHERE a.id = ?",
            [article_id],
        )
        return _article_from_row(rows[0]) if rows else None

    def articles(self, ids: Iterable[int] | None = None) -> list[Article]:
        """Articles in page order: all of them, or those with the given ids."""
        base = "SELECT a.*, p.name AS source FROM articles a JOIN pages p ON p.id = a.page_id"
        order = " ORDER BY p.name, p.id, a.ordinal"
        if ids is None:
            rows = self.query(base + order)
        else:
            wanted = sorted(set(ids))
            rows = []
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows += self.query(f"{base} WHERE a.id IN ({marks}){order}", chunk)
        return [_article_from_row(r) for r in rows]

    def page_articles(self, page_id: int) -> list[Article]:
        rows = self.query(
            "SELECT a.*, p.name AS source FROM articles a JOIN pages p ON p.id = a.page_id "
            "WHERE a.page_id = ? ORDER BY a.ordinal",
            [page_id],
        )
        return [_article_from_row(r) for r in rows]

    def page(self, page_id: int) -> PageInfo | None:
        rows = self.query(
            "SELECT id, name, path, encoding, imported_at, furniture, cleaner_version "
            "FROM pages WHERE id = ?",
            [page_id],
        )
        if not rows:
            return None
        r = rows[0]
        r["furniture"] = json.loads(r["furniture"])
        return PageInfo(**r)

    def page_text(self, page_id: int) -> str | None:
        rows = self.query("SELECT text FROM pages WHERE id = ?", [page_id])
        return str(rows[0]["text"]) if rows else None

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", [key])
        return str(rows[0]["value"]) if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])

    # -- importing ---------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Import files and folders; one transaction per page, stoppable between pages."""
        todo = list(page_files(paths))
        report = ImportReport()
        for i, (path, refusal) in enumerate(todo):
            if cancelled and cancelled():
                report.cancelled = True
                break
            if refusal:
                report.outcomes.append(ImportOutcome(str(path), "refused", refusal))
            else:
                report.outcomes.append(self.import_file(path))
            if progress:
                progress(i + 1, len(todo))
        return report

    def import_file(self, path: Path) -> ImportOutcome:
        """Import one page file, refusing with a reason rather than raising."""
        try:
            size = path.stat().st_size
            if size == 0:
                return ImportOutcome(str(path), "refused", "empty file")
            if size > MAX_PAGE_BYTES:
                mb = size / 1024 / 1024
                return ImportOutcome(str(path), "refused", f"{mb:.0f} MB is too large for a page")
            data = path.read_bytes()
        except OSError as e:
            return ImportOutcome(str(path), "refused", f"cannot read: {e.strerror or e}")
        try:
            text, encoding = cleaning.decode(data)
        except cleaning.DecodeError as e:
            return ImportOutcome(str(path), "refused", str(e))
        return self.import_text(text, path.name, encoding=encoding, path=str(path.resolve()))

    def import_text(
        self, text: str, name: str, *, encoding: str = "utf-8", path: str | None = None
    ) -> ImportOutcome:
        label = path or name
        if not text.strip():
            return ImportOutcome(label, "refused", "the page has no text")
        digest = content_hash(text)
        if self.query("SELECT 1 FROM pages WHERE sha256 = ?", [digest]):
            return ImportOutcome(label, "skipped", "already in the library")
        cleaned = cleaning.clean_page(text, name)
        with self.transaction() as db:
            page_id = (
                db.table("pages")
                .insert(
                    {
                        "sha256": digest,
                        "name": name,
                        "path": path,
                        "encoding": encoding,
                        "text": text,
                        "furniture": json.dumps(cleaned.furniture, ensure_ascii=False),
                        "cleaner_version": cleaning.CLEANER_VERSION,
                        "imported_at": now(),
                    }
                )
                .last_pk
            )
            assert isinstance(page_id, int)
            ids = self._write_articles(page_id, cleaned, existing=[])
            self._link_editions(ids)
        n = len(ids)
        message = f"{n} article{'s' if n != 1 else ''}"
        return ImportOutcome(label, "imported", message, page_id, tuple(sorted(ids)))

    # -- rebuilding --------------------------------------------------------------------

    def outdated_pages(self) -> list[int]:
        rows = self.query(
            "SELECT id FROM pages WHERE cleaner_version != ? ORDER BY id",
            [cleaning.CLEANER_VERSION],
        )
        return [int(r["id"]) for r in rows]

    def rebuild_articles(
        self,
        page_ids: Sequence[int] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Changes:
        """Clean pages again (by default those cleaned by an older cleaner).

        Articles that the new cleaner still finds keep their ids, so annotations and saved
        words stay attached; annotations on articles that vanish are marked detached.
        """
        todo = list(page_ids) if page_ids is not None else self.outdated_pages()
        touched: set[int] = set()
        for i, page_id in enumerate(todo):
            if cancelled and cancelled():
                break
            rows = self.query("SELECT name, text FROM pages WHERE id = ?", [page_id])
            if not rows:
                continue
            cleaned = cleaning.clean_page(rows[0]["text"], rows[0]["name"])
            with self.transaction() as db:
                old = self.page_articles(page_id)
                written = self._write_articles(page_id, cleaned, existing=old)
                touched |= written
                db.execute(
                    "UPDATE pages SET cleaner_version = ?, furniture = ? WHERE id = ?",
                    [
                        cleaning.CLEANER_VERSION,
                        json.dumps(cleaned.furniture, ensure_ascii=False),
                        page_id,
                    ],
                )
                self._link_editions(a.id for a in self.page_articles(page_id) if a.id)
            if progress:
                progress(i + 1, len(todo))
        return Changes(articles=frozenset(touched), library=bool(todo))

    # -- writing helpers (called inside a transaction) ----------------------------------

    def _write_articles(
        self, page_id: int, cleaned: CleanedPage, existing: list[Article]
    ) -> set[int]:
        """Insert or update the page's articles, reusing the ids of matching old ones."""
        pairs = match_articles(existing, cleaned.articles)
        kept: set[int] = set()
        stamp = now()
        lost: list[int] = []
        fresh: list[Article] = []
        for ordinal, art in enumerate(cleaned.articles, 1):
            row = _article_row(art, page_id, ordinal, stamp)
            old_index = pairs.get(ordinal - 1)
            old_id = existing[old_index].id if old_index is not None else None
            if old_id is not None:
                self.db.table("articles").update(old_id, row)
                article_id = old_id
                if existing[old_index or 0].text != art.text:
                    lost += reanchor_article(self.db, article_id, art.text, stamp)
                    reanchor_overrides(self.db, article_id, art.text)
            else:
                new_id = self.db.table("articles").insert(row).last_pk
                assert isinstance(new_id, int)
                article_id = new_id
            editions.write_fingerprints(self.db, article_id, art.text)
            art.id = article_id
            fresh.append(art)
            kept.add(article_id)
        gone = [a.id for a in existing if a.id is not None and a.id not in kept]
        for article_id in gone:
            lost += [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM annotations WHERE article_id = ?", [article_id]
                ).fetchall()
            ]
        # Annotations that lost their place try every article of the page before detaching.
        rehome(self.db, lost, fresh, stamp)
        for article_id in gone:
            self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return kept | set(gone)

    def _link_editions(self, article_ids: Iterable[int]) -> None:
        """Recompute which printings of one story are shown and which are listed with it.

        Only articles that share fingerprints with the given ones (and those already linked
        to them) are looked at, so an import costs the same however large the library is.
        """
        ids = set(article_ids)
        ids |= editions.candidates(self.db, ids)
        marks = ",".join("?" * len(ids))
        linked = self.query(
            f"SELECT id, duplicate_of FROM articles WHERE duplicate_of IN ({marks}) "
            f"OR id IN (SELECT duplicate_of FROM articles WHERE id IN ({marks}))",
            [*ids, *ids],
        )
        ids |= {int(r["id"]) for r in linked}
        arts = self.articles(ids)
        before = {a.id: (a.duplicate_of, a.editions) for a in arts}
        for a in arts:
            a.key, a.duplicate_of, a.editions = str(a.id), None, []
        cleaning.link_editions(arts)
        for a in arts:
            assert a.id is not None
            dup = int(a.duplicate_of) if a.duplicate_of else None
            if (str(dup) if dup else None, a.editions) != before[a.id]:
                self.db.table("articles").update(
                    a.id,
                    {"duplicate_of": dup, "editions": json.dumps(a.editions, ensure_ascii=False)},
                )


def _article_row(art: Article, page_id: int, ordinal: int, stamp: str) -> dict[str, Any]:
    return {
        "page_id": page_id,
        "ordinal": ordinal,
        "key": art.key or f"{art.source}#{ordinal}",
        "kind": art.kind,
        "title": art.title,
        "subtitle": art.subtitle,
        "kicker": art.kicker,
        "byline": art.byline,
        "publication": art.publication,
        "complete": int(art.complete),
        "blocks": json.dumps([b.to_dict() for b in art.blocks], ensure_ascii=False),
        "text": art.text,
        "updated_at": stamp,
    }


def _article_from_row(r: dict[str, Any]) -> Article:
    return Article(
        source=r["source"],
        kind=r["kind"],
        title=r["title"],
        subtitle=r["subtitle"],
        kicker=r["kicker"],
        byline=r["byline"],
        publication=r["publication"],
        complete=bool(r["complete"]),
        blocks=[Block.from_dict(b) for b in json.loads(r["blocks"])],
        key=r["key"],
        duplicate_of=str(r["duplicate_of"]) if r["duplicate_of"] else None,
        editions=json.loads(r["editions"]),
        id=r["id"],
        page_id=r["page_id"],
    )
