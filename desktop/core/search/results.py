"""What a search returns: plain, JSON-friendly dataclasses for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["SearchHit", "SearchResults", "Snippet", "Span"]

#: A ``(start, end)`` character range, end exclusive.
Span = tuple[int, int]


@dataclass(frozen=True)
class Snippet:
    """A short excerpt of one field with the matched text marked.

    ``marks`` are spans inside ``text``; ``start`` is where the excerpt's first character (after
    any leading "…") sits in the field, so ``start + mark - (1 if text starts with "…")`` maps a
    mark back.  Newlines and tabs are shown as spaces.
    """

    field: str
    text: str
    marks: tuple[Span, ...]
    start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "text": self.text,
            "marks": [list(m) for m in self.marks],
            "start": self.start,
        }


@dataclass(frozen=True)
class SearchHit:
    """One matching article.

    ``matches`` maps a field name (``title``, ``deck``, ``kicker``, ``byline``, ``paper``,
    ``body``, ``notes``) to every matched span in it; ``body`` spans are offsets into
    ``Article.text`` and ``notes`` spans into the notes joined by newlines, as indexed.
    """

    article_id: int
    score: float
    title: str = ""
    paper: str = ""
    fields_matched: tuple[str, ...] = ()
    snippet: Snippet | None = None
    matches: dict[str, list[Span]] = field(default_factory=dict)

    @property
    def matched_notes(self) -> bool:
        """True when the reader's own notes matched."""
        return "notes" in self.fields_matched

    @property
    def matched_article(self) -> bool:
        """True when the article text itself (any field but the notes) matched."""
        return any(f != "notes" for f in self.fields_matched)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "score": round(self.score, 4),
            "title": self.title,
            "paper": self.paper,
            "fields_matched": list(self.fields_matched),
            "matched_notes": self.matched_notes,
            "snippet": self.snippet.to_dict() if self.snippet else None,
            "matches": {f: [list(s) for s in spans] for f, spans in self.matches.items()},
        }


@dataclass(frozen=True)
class SearchResults:
    """The hits of one query, best first.

    ``total`` counts every matching article even when ``hits`` is cut at the limit.  ``message``
    is for the reader: why nothing was searched (empty query, index being rebuilt) or how odd
    input was read.  ``needs_rebuild`` tells the app to rebuild the index from the store.
    """

    query: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    message: str | None = None
    needs_rebuild: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "message": self.message,
            "needs_rebuild": self.needs_rebuild,
            "hits": [h.to_dict() for h in self.hits],
        }
