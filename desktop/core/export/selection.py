"""Which notes an export covers, and the article details each format prints with them.

A :class:`NoteFilter` chooses annotations by article, colour and creation date; deleted ones
(tombstones) are never exported.  Detached annotations (whose text vanished on a rebuild) are
exported with their quote and note and flagged, so nothing the user wrote is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from desktop.core.links import annotation_link, article_link
from desktop.core.models import COLORS, Annotation
from desktop.core.store.annotations import Annotations
from desktop.core.store.library import Library

DateBound = date | datetime


class SelectionError(ValueError):
    """A filter that cannot be applied (unknown colour, bad date range)."""


@dataclass(frozen=True)
class NoteFilter:
    """Article ids (None: every article), colours (None: all) and a creation-date range.

    A plain ``date`` means that local calendar day, inclusive at both ends; a naive datetime
    is local time.
    """

    article_ids: Sequence[int] | None = None
    colors: Sequence[str] | None = None
    since: DateBound | None = None
    until: DateBound | None = None


@dataclass(frozen=True)
class ArticleMeta:
    """What an export prints about an article: no body text."""

    id: int
    title: str
    paper: str
    byline: str
    page: str
    page_id: int

    @property
    def link(self) -> str:
        return article_link(self.id)


#: Stands in for the article of an annotation whose article no longer exists.
UNKNOWN_ARTICLE = ArticleMeta(0, "", "", "", "", 0)


@dataclass(frozen=True)
class NoteItem:
    annotation: Annotation
    article: ArticleMeta

    @property
    def link(self) -> str:
        """The backlink to this highlight (to its article's top if it has none)."""
        if not self.article.id:
            return ""
        return annotation_link(self.article.id, self.annotation.uuid)


@dataclass
class ArticleNotes:
    """One article and its selected annotations, in text order."""

    article: ArticleMeta
    items: list[NoteItem] = field(default_factory=list)


@dataclass
class SelectedNotes:
    """The result of a selection, grouped by article in library (page) order."""

    groups: list[ArticleNotes]

    @property
    def items(self) -> list[NoteItem]:
        return [item for g in self.groups for item in g.items]

    def __len__(self) -> int:
        return sum(len(g.items) for g in self.groups)


def select_notes(library: Library, flt: NoteFilter | None = None) -> SelectedNotes:
    """The annotations chosen by ``flt``, with their articles' details."""
    flt = flt or NoteFilter()
    colors = _check_colors(flt.colors)
    lo, hi = _bounds(flt.since, flt.until)
    anns = _annotations(library, flt.article_ids)
    keep = [
        a for a in anns if (colors is None or a.color in colors) and _in_range(a.created_at, lo, hi)
    ]
    metas = article_metas(library, {a.article_id for a in keep if a.article_id is not None})
    groups: dict[int, ArticleNotes] = {}
    for a in keep:
        meta = metas.get(a.article_id or 0, UNKNOWN_ARTICLE)
        group = groups.setdefault(meta.id, ArticleNotes(meta))
        group.items.append(NoteItem(a, meta))
    order = {aid: i for i, aid in enumerate(metas)}
    ordered = sorted(groups.values(), key=lambda g: order.get(g.article.id, len(order)))
    for g in ordered:
        g.items.sort(
            key=lambda it: (it.annotation.detached, it.annotation.start, it.annotation.id or 0)
        )
    return SelectedNotes(ordered)


def _annotations(library: Library, article_ids: Sequence[int] | None) -> list[Annotation]:
    store = Annotations(library)
    if article_ids is None:
        return store.all()
    ids = sorted(set(article_ids))
    out: list[Annotation] = []
    for i in range(0, len(ids), 500):
        out += store.all(article_ids=ids[i : i + 500])
    return out


def article_metas(library: Library, ids: Iterable[int]) -> dict[int, ArticleMeta]:
    """Title, paper, byline and page of each article, keyed by id, in page order."""
    wanted = sorted(set(ids))
    rows: list[dict[str, Any]] = []
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows += library.query(
            "SELECT a.id, a.title, a.publication, a.byline, a.page_id, p.name AS page, "
            "p.id AS pid, a.ordinal FROM articles a JOIN pages p ON p.id = a.page_id "
            f"WHERE a.id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    rows.sort(key=lambda r: (r["page"], r["pid"], r["ordinal"]))
    return {
        int(r["id"]): ArticleMeta(
            id=int(r["id"]),
            title=r["title"] or "",
            paper=r["publication"] or "",
            byline=r["byline"] or "",
            page=r["page"] or "",
            page_id=int(r["page_id"]),
        )
        for r in rows
    }


def _check_colors(colors: Sequence[str] | None) -> frozenset[str] | None:
    if not colors:
        return None
    unknown = [c for c in colors if c not in COLORS]
    if unknown:
        raise SelectionError(
            f"unknown colour {', '.join(unknown)} (choose from {', '.join(COLORS)})"
        )
    return frozenset(colors)


def _as_aware(bound: DateBound, end: bool) -> datetime:
    if isinstance(bound, datetime):
        return bound if bound.tzinfo else bound.astimezone()
    day = bound + timedelta(days=1) if end else bound
    return datetime.combine(day, time()).astimezone()


def _bounds(
    since: DateBound | None, until: DateBound | None
) -> tuple[datetime | None, datetime | None]:
    """``[lo, hi)`` as aware datetimes; ``until`` as a date includes that whole day."""
    lo = _as_aware(since, end=False) if since is not None else None
    hi = _as_aware(until, end=True) if until is not None else None
    if isinstance(until, datetime) and hi is not None:
        hi += timedelta(microseconds=1)  # an explicit end time is inclusive too
    if lo is not None and hi is not None and hi <= lo:
        raise SelectionError("the date range is empty: 'until' is before 'since'")
    return lo, hi


def _in_range(created_at: str, lo: datetime | None, hi: datetime | None) -> bool:
    if lo is None and hi is None:
        return True
    try:
        when = parse_time(created_at)
    except ValueError:
        return False
    return (lo is None or when >= lo) and (hi is None or when < hi)


def parse_time(stamp: str) -> datetime:
    """A stored ISO timestamp as an aware datetime (UTC if the stamp has no zone)."""
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def display_time(stamp: str) -> str:
    """A stored timestamp as the reader's local ``YYYY-MM-DD HH:MM`` (the stamp if unreadable)."""
    try:
        return parse_time(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def parse_date(text: str) -> DateBound:
    """A ``--since``/``--until`` value: ``YYYY-MM-DD`` (a day) or a full ISO date-time."""
    text = text.strip()
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise SelectionError(f"{text!r} is not a date (use YYYY-MM-DD)") from None
