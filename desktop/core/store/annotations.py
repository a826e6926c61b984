"""Highlights and notes: every change is committed at once, deletions are tombstones.

Offsets are into ``Article.text``.  When an article's text changes (the cleaner improved, a
page was re-imported) :func:`reanchor_article` moves each annotation with its quote; one that
cannot be placed is marked detached and keeps its quote and note.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable
from typing import Any

from desktop.core.anchoring import make_anchor
from desktop.core.models import COLORS, Annotation, Changes
from desktop.core.store.library import Library, now

_COLUMNS = (
    'id, uuid, article_id, start, "end", quote, prefix, suffix, color, note, detached, '
    "created_at, updated_at, deleted_at"
)


class AnnotationError(ValueError):
    """An annotation request that cannot be carried out (bad span, unknown article)."""


def _from_row(r: dict[str, Any]) -> Annotation:
    return Annotation(
        uuid=r["uuid"],
        article_id=r["article_id"],
        start=r["start"],
        end=r["end"],
        quote=r["quote"],
        prefix=r["prefix"],
        suffix=r["suffix"],
        color=r["color"],
        note=r["note"],
        detached=bool(r["detached"]),
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        deleted_at=r["deleted_at"],
        id=r["id"],
    )


class Annotations:
    """Create, change, delete and list annotations of one library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def _changes(self, *article_ids: int | None) -> Changes:
        return Changes(annotations=frozenset(a for a in article_ids if a is not None))

    def get(self, uuid: str) -> Annotation | None:
        rows = self.library.query(f"SELECT {_COLUMNS} FROM annotations WHERE uuid = ?", [uuid])
        return _from_row(rows[0]) if rows else None

    def for_article(self, article_id: int, include_deleted: bool = False) -> list[Annotation]:
        sql = f"SELECT {_COLUMNS} FROM annotations WHERE article_id = ? AND detached = 0"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return [_from_row(r) for r in self.library.query(sql + " ORDER BY start, id", [article_id])]

    def all(
        self,
        color: str | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        article_ids: Iterable[int] | None = None,
    ) -> list[Annotation]:
        """Every annotation, optionally filtered by colour, text (quote or note) and article."""
        where: list[str] = ["1"]
        params: list[object] = []
        if not include_deleted:
            where.append("deleted_at IS NULL")
        if color:
            where.append("color = ?")
            params.append(color)
        if text:
            where.append("(instr(quote, ?) > 0 OR instr(note, ?) > 0)")
            params += [text, text]
        if article_ids is not None:
            ids = list(article_ids)
            where.append(f"article_id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params += ids
        sql = (
            f"SELECT {_COLUMNS} FROM annotations WHERE {' AND '.join(where)} "
            "ORDER BY article_id, start, id"
        )
        return [_from_row(r) for r in self.library.query(sql, params)]

    def add(
        self, article_id: int, start: int, end: int, color: str = "yellow", note: str = ""
    ) -> Annotation:
        article = self.library.article(article_id)
        if article is None:
            raise AnnotationError(f"no article {article_id}")
        if color not in COLORS:
            raise AnnotationError(f"unknown colour {color!r}")
        text = article.text
        if not (0 <= start < end <= len(text)):
            raise AnnotationError(f"span {start}-{end} is outside the article")
        a = make_anchor(text, start, end)
        stamp = now()
        ann = Annotation(
            str(uuidlib.uuid4()),
            article_id,
            a.start,
            a.end,
            a.quote,
            a.prefix,
            a.suffix,
            color,
            note,
            False,
            stamp,
            stamp,
        )
        self.save(ann)
        saved = self.get(ann.uuid)
        assert saved is not None
        return saved

    def save(self, ann: Annotation) -> Changes:
        """Insert or replace by uuid (used by add, undo and import)."""
        row = {
            "uuid": ann.uuid,
            "article_id": ann.article_id,
            "start": ann.start,
            "end": ann.end,
            "quote": ann.quote,
            "prefix": ann.prefix,
            "suffix": ann.suffix,
            "color": ann.color,
            "note": ann.note,
            "detached": int(ann.detached),
            "created_at": ann.created_at or now(),
            "updated_at": ann.updated_at or now(),
            "deleted_at": ann.deleted_at,
        }
        with self.library.transaction() as db:
            db.table("annotations").upsert(row, pk="uuid")
        return self._changes(ann.article_id)

    def update(self, uuid: str, *, color: str | None = None, note: str | None = None) -> Changes:
        ann = self.get(uuid)
        if ann is None:
            raise AnnotationError(f"no annotation {uuid}")
        if color is not None and color not in COLORS:
            raise AnnotationError(f"unknown colour {color!r}")
        values: dict[str, Any] = {"updated_at": now()}
        if color is not None:
            values["color"] = color
        if note is not None:
            values["note"] = note
        with self.library.transaction() as db:
            sets = ", ".join(f"{k} = ?" for k in values)
            db.execute(f"UPDATE annotations SET {sets} WHERE uuid = ?", [*values.values(), uuid])
        return self._changes(ann.article_id)

    def delete(self, uuid: str) -> Changes:
        """Mark deleted (a tombstone): undo and export can still see it until purged."""
        return self._set_deleted(uuid, now())

    def restore(self, uuid: str) -> Changes:
        return self._set_deleted(uuid, None)

    def _set_deleted(self, uuid: str, when: str | None) -> Changes:
        ann = self.get(uuid)
        if ann is None:
            raise AnnotationError(f"no annotation {uuid}")
        with self.library.transaction() as db:
            db.execute(
                "UPDATE annotations SET deleted_at = ?, updated_at = ? WHERE uuid = ?",
                [when, now(), uuid],
            )
        return self._changes(ann.article_id)

    def purge(self, before: str) -> int:
        """Remove tombstones deleted before the ISO time ``before``; returns how many."""
        old = self.library.query(
            "SELECT 1 FROM annotations WHERE deleted_at IS NOT NULL AND deleted_at < ? LIMIT 1",
            [before],
        )
        if not old:  # the usual case: no write, so nothing more is loaded
            return 0
        with self.library.transaction() as db:
            cur = db.execute(
                "DELETE FROM annotations WHERE deleted_at IS NOT NULL AND deleted_at < ?", [before]
            )
            return int(cur.rowcount)

    def detached(self) -> list[Annotation]:
        sql = f"SELECT {_COLUMNS} FROM annotations WHERE detached = 1 AND deleted_at IS NULL"
        return [_from_row(r) for r in self.library.query(sql + " ORDER BY updated_at")]
