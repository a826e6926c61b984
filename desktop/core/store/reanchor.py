"""Moving annotations onto rebuilt articles (called inside the rebuild's transaction)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.anchoring import Anchor, make_anchor, reanchor
from desktop.core.models import Article

if TYPE_CHECKING:
    from sqlite_utils import Database


def _anchor_of(row: tuple[Any, ...]) -> Anchor:
    _id, start, end, quote, prefix, suffix = row
    return Anchor(start, end, quote, prefix, suffix)


def reanchor_article(db: Database, article_id: int, text: str, stamp: str) -> list[int]:
    """Move the article's annotations onto its new text; returns ids that could not be placed."""
    rows = db.execute(
        'SELECT id, start, "end", quote, prefix, suffix FROM annotations WHERE article_id = ?',
        [article_id],
    ).fetchall()
    lost: list[int] = []
    for row in rows:
        anchor = _anchor_of(row)
        if text[anchor.start : anchor.end] == anchor.quote and anchor.end <= len(text):
            span: tuple[int, int] | None = (anchor.start, anchor.end)
        else:
            span = reanchor(anchor, text)
        if span is None:
            lost.append(row[0])
            continue
        fresh = make_anchor(text, *span)
        db.execute(
            'UPDATE annotations SET start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?, '
            "detached = 0, updated_at = ? WHERE id = ?",
            [fresh.start, fresh.end, fresh.quote, fresh.prefix, fresh.suffix, stamp, row[0]],
        )
    return lost


def rehome(db: Database, annotation_ids: list[int], candidates: list[Article], stamp: str) -> None:
    """Place annotations whose article vanished onto another article that has their quote."""
    for ann_id in annotation_ids:
        row = db.execute(
            'SELECT id, start, "end", quote, prefix, suffix FROM annotations WHERE id = ?', [ann_id]
        ).fetchone()
        anchor = _anchor_of(row)
        placed = False
        for art in candidates:
            span = reanchor(anchor, art.text) if anchor.quote in art.text else None
            if span is not None and art.id is not None:
                fresh = make_anchor(art.text, *span)
                db.execute(
                    'UPDATE annotations SET article_id = ?, start = ?, "end" = ?, quote = ?, '
                    "prefix = ?, suffix = ?, detached = 0, updated_at = ? WHERE id = ?",
                    [
                        art.id,
                        fresh.start,
                        fresh.end,
                        fresh.quote,
                        fresh.prefix,
                        fresh.suffix,
                        stamp,
                        ann_id,
                    ],
                )
                placed = True
                break
        if not placed:
            db.execute(
                "UPDATE annotations SET detached = 1, updated_at = ? WHERE id = ?", [stamp, ann_id]
            )


def reanchor_overrides(db: Database, article_id: int, text: str) -> None:
    """Move reading corrections with their characters; one whose text is gone is kept unlinked."""
    rows = db.execute(
        'SELECT id, start, "end", quote, prefix, suffix FROM reading_overrides '
        "WHERE article_id = ?",
        [article_id],
    ).fetchall()
    for row in rows:
        span = reanchor(_anchor_of(row), text)
        if span is None:
            db.execute("UPDATE reading_overrides SET article_id = NULL WHERE id = ?", [row[0]])
            continue
        fresh = make_anchor(text, *span)
        db.execute(
            'UPDATE reading_overrides SET start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ? '
            "WHERE id = ?",
            [fresh.start, fresh.end, fresh.quote, fresh.prefix, fresh.suffix, row[0]],
        )
