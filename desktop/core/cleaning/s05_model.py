"""Stage 5's model: the pieces of an article's body as found on the page, the segment
holding them with what its lead-in, credit and headlines say, and the page's segmentation
(segments, the headline pool, the furniture)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Piece:
    """One body block of a segment before it becomes a :class:`Block`."""

    type: str  # paragraph | subhead | caption | table
    text: str
    rows: list[list[str]] = field(default_factory=list)
    unit: int = -1


@dataclass
class Segment:
    """The body of one article as found on the page."""

    first: int
    last: int
    pieces: list[Piece] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    byline: str | None = None
    publication: str | None = None
    kind: str = "article"
    #: Began with a title or lead-in (so it is not the continuation of another part).
    headed: bool = False
    closed: bool = False
    title_unit: int = -1
    subtitle_unit: int = -1
    #: Who the lead-in (or a names line under the title) credits, and who a closing
    #: credit names: two different teams mean two stories run together.
    lead_byline: str | None = None
    credit_byline: str | None = None
    #: Something printed after the last sentence closed the story: a source, a note.
    signed_off: bool = False
    #: The news service or paper named by a dateline lead-in (``据新华社…电``).
    lead_publication: str | None = None
    #: A jump line (``（上接第1版）``, ``（下转第3版）``) says the story goes on elsewhere.
    jumped: bool = False
    #: One of a column of briefs (under ``简讯``): it takes no headline.
    brief: bool = False
    #: The title is the wire's (``新华社…电 题：…``): a headline the paper printed right
    #: above the story replaces it.
    wire_titled: bool = False

    @property
    def body(self) -> str:
        return "".join(p.text for p in self.pieces if p.type != "table")


@dataclass
class Segmentation:
    """Segments in page order, the headline pool and the furniture found on the way."""

    segments: list[Segment]
    pool: list[int]
    furniture: list[str]
    #: Headlines over text on another subject than the story above (see
    #: :meth:`.Subject.changes_subject`): each most likely heads the text under it.
    subject_heads: set[int] = field(default_factory=set)
