"""Plain data shared by every part of Dubao: pages, articles, blocks, hits, changes.

Everything here is Qt-free and JSON-friendly.  Offsets are character offsets into
``Article.text`` (the blocks joined as described in :func:`render_text`); only the reader
widget turns them into Qt cursors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

BlockType = Literal["paragraph", "subhead", "caption", "table"]
ArticleKind = Literal["article", "commentary", "brief", "photo", "notice"]

BLOCK_TYPES: tuple[str, ...] = ("paragraph", "subhead", "caption", "table")
ARTICLE_KINDS: tuple[str, ...] = ("article", "commentary", "brief", "photo", "notice")


@dataclass(frozen=True)
class Block:
    """One unit of an article body: a paragraph, subhead, caption or table."""

    type: BlockType
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def plain(self) -> str:
        """The block as plain text; a table is one line per row, cells separated by tabs."""
        if self.type == "table":
            return "\n".join("\t".join(row) for row in self.rows)
        return self.text

    def to_dict(self) -> dict[str, Any]:
        if self.type == "table":
            return {"type": "table", "rows": [list(r) for r in self.rows], "text": self.plain}
        return {"type": self.type, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Block:
        kind = d.get("type", "paragraph")
        if kind not in BLOCK_TYPES:
            kind = "paragraph"
        if kind == "table":
            rows = tuple(tuple(str(c) for c in r) for r in d.get("rows") or ())
            return cls("table", "", rows)
        return cls(kind, str(d.get("text") or ""))


def render_text(blocks: Iterable[Block]) -> str:
    """The canonical plain text of a body: blocks joined by one newline.

    Annotation and search offsets index into this string, so it must never change shape
    without a migration of stored offsets.
    """
    return "\n".join(b.plain for b in blocks)


def block_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) of each block inside :func:`render_text` of the same blocks."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for b in blocks:
        n = len(b.plain)
        spans.append((pos, pos + n))
        pos += n + 1
    return spans


@dataclass
class Article:
    """A cleaned article: what a reader of the printed page would see as one item."""

    source: str
    kind: ArticleKind = "article"
    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    byline: str | None = None
    publication: str | None = None
    complete: bool = True
    blocks: list[Block] = field(default_factory=list)
    #: Identifies the article within one page (its position, ``source#n``), set by the cleaner.
    key: str = ""
    #: The key (``source#n``) of the edition shown instead of this one, if this is a duplicate.
    duplicate_of: str | None = None
    #: Other printings of the same story: ``{"source": …, "key": …}`` dicts.
    editions: list[dict[str, Any]] = field(default_factory=list)
    #: Database id once stored; ``None`` for articles fresh from the cleaner.
    id: int | None = None
    page_id: int | None = None

    @property
    def text(self) -> str:
        return render_text(self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``dubao clean --jsonl`` and ``dubao articles --jsonl``.

        As in the gold format, an article's photo captions are listed apart from its body
        (``captions``) rather than among its blocks; a photo item's caption is its body."""
        apart = self.kind != "photo"
        d: dict[str, Any] = {}
        if self.id is not None:
            d["id"] = self.id
        d.update(
            source=self.source,
            key=self.key,
            kind=self.kind,
            title=self.title,
            subtitle=self.subtitle,
            kicker=self.kicker,
            byline=self.byline,
            publication=self.publication,
            complete=self.complete,
            duplicate_of=self.duplicate_of,
            editions=list(self.editions),
            blocks=[b.to_dict() for b in self.blocks if not (apart and b.type == "caption")],
            captions=[b.text for b in self.blocks if apart and b.type == "caption"],
        )
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        kind: ArticleKind = d.get("kind") if d.get("kind") in ARTICLE_KINDS else "article"  # type: ignore[assignment]
        return cls(
            source=str(d.get("source") or ""),
            kind=kind,
            title=d.get("title"),
            subtitle=d.get("subtitle"),
            kicker=d.get("kicker"),
            byline=d.get("byline"),
            publication=d.get("publication"),
            complete=bool(d.get("complete", True)),
            blocks=[Block.from_dict(b) for b in d.get("blocks") or ()]
            + [Block("caption", str(c)) for c in d.get("captions") or ()],
            key=str(d.get("key") or ""),
            duplicate_of=d.get("duplicate_of"),
            editions=list(d.get("editions") or ()),
            id=d.get("id"),
            page_id=d.get("page_id"),
        )


@dataclass
class CleanedPage:
    """What the cleaner makes of one raw page."""

    source: str
    articles: list[Article] = field(default_factory=list)
    #: Lines that are page furniture (editor names, mailboxes, issue numbers, site names).
    furniture: list[str] = field(default_factory=list)
    #: Human-readable notes on anything the cleaner was unsure of or refused.
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Changes:
    """What a core mutation changed, so each view can decide whether it cares."""

    pages: bool = False
    articles: frozenset[int] = frozenset()
    annotations: frozenset[int] = frozenset()
    vocabulary: bool = False
    library: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            pages=self.pages or other.pages,
            articles=self.articles | other.articles,
            annotations=self.annotations | other.annotations,
            vocabulary=self.vocabulary or other.vocabulary,
            library=self.library or other.library,
        )


#: Highlight colours, in the order the toolbar shows them.
COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")


@dataclass
class Annotation:
    """A highlight (optionally with a note) anchored to a span of an article's text."""

    uuid: str
    article_id: int | None
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    color: str = "yellow"
    note: str = ""
    #: True when re-cleaning moved the text and the quote could not be found again.
    detached: bool = False
    created_at: str = ""
    updated_at: str = ""
    #: Set when deleted: kept as a tombstone so undo and export still work.
    deleted_at: str | None = None
    id: int | None = None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None
