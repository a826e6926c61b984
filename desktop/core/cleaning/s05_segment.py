"""Stage 5 — segment: find where articles begin and end.

A new article starts at a byline/dateline lead-in, at a Markdown ``#`` heading, after a
closing credit, after a cluster of headline lines, and at a stand-alone photo caption.
Single short lines between paragraphs of an open article are its subheads.  Headline
candidates that are not subheads go to a pool that stage 6 attaches by content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s04_roles import (
    parse_credit,
    parse_lead,
    split_credit,
    split_photo_credit,
    tidy_byline,
)


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

    @property
    def body(self) -> str:
        return "".join(p.text for p in self.pieces if p.type != "table")


@dataclass
class Segmentation:
    """Segments in page order, the headline pool and the furniture found on the way."""

    segments: list[Segment]
    pool: list[int]
    furniture: list[str]


def _merge_people(old: str | None, new: str | None) -> str | None:
    """Keep both when a credit names someone the lead-in did not."""
    if not old or not new or new in old:
        return old or new
    return f"{old} {new}"


class _Walker:
    def __init__(self, units: list[Unit], roles: list[str]) -> None:
        self.units = units
        self.roles = roles
        self.segments: list[Segment] = []
        self.pool: list[int] = []
        self.furniture: list[str] = []

    @property
    def cur(self) -> Segment | None:
        s = self.segments[-1] if self.segments else None
        return s if s is not None and not s.closed else None

    def new(self, i: int, headed: bool = False) -> Segment:
        if self.cur is not None:
            self.cur.closed = True
        s = Segment(i, i, headed=headed)
        self.segments.append(s)
        return s

    def add(self, i: int, piece: Piece) -> None:
        s = self.cur or self.new(i)
        piece.unit = i
        s.pieces.append(piece)
        s.last = i

    def is_subhead(self, i: int) -> bool:
        """A lone short line between two paragraphs of the open article."""
        if self.cur is None or not self.cur.pieces or self.roles[i] != "headline":
            return False
        if i == 0 or self.roles[i - 1] not in ("para", "item", "table"):
            return False
        nxt = i + 1
        return (
            nxt < len(self.units)
            and self.roles[nxt] in ("para", "item")
            and not self.units[nxt].leadin
            and len(self.units[i].lines) <= 2
        )

    def para(self, i: int, u: Unit) -> None:
        text = u.text
        if u.leadin:
            seg = self.new(i, headed=True)
            people, text = parse_lead(text)
            seg.byline, seg.publication = people.byline, people.publication
        text, credit = split_credit(text)
        if text:
            self.add(i, Piece("paragraph", text))
        if credit is not None and self.cur is not None:
            self.credit(credit.byline, credit.publication)

    def credit(self, byline: str | None, publication: str | None) -> None:
        s = self.cur
        if s is None:
            return
        s.byline = _merge_people(s.byline, byline)
        s.publication = _merge_people(s.publication, publication)
        s.closed = True

    def step(self, i: int) -> None:
        u, role = self.units[i], self.roles[i]
        if role == "heading":
            if u.level == 1:
                seg = self.new(i, headed=True)
                seg.title, seg.title_unit = u.text, i
            elif self.cur is not None:
                self.add(i, Piece("subhead", u.text))
            else:
                self.pool.append(i)
        elif role == "para":
            self.para(i, u)
        elif role == "item":
            self.add(i, Piece("paragraph", u.text))
        elif role == "table":
            self.add(i, Piece("table", u.text, rows=u.rows))
        elif role == "credit":
            p = parse_credit(u.text)
            if self.cur is not None:
                self.credit(p.byline, p.publication)
            else:
                self.furniture.append(u.text)
        elif role == "photo":
            self.photo(i, u)
        elif role == "photocredit":
            _, who = split_photo_credit(u.text)
            if self.cur is not None:
                self.cur.byline = _merge_people(self.cur.byline, who)
                self.cur.kind = "photo" if not self.cur.headed else self.cur.kind
                self.cur.closed = True
            else:
                self.furniture.append(u.text)
        elif role == "furniture":
            self.furniture.append(u.text)
        elif role == "byline" and self.cur is not None and not self.cur.pieces:
            self.cur.byline = tidy_byline(u.text)
        elif role == "signature" and self.cur is not None:
            self.cur.byline = self.cur.byline or tidy_byline("".join(u.lines[:-1]))
            self.furniture.append(u.lines[-1])
            self.cur.closed = True
        elif role == "caption" and u.inserted and self.cur is not None:
            self.add(i, Piece("caption", u.text))
        elif self.is_subhead(i):
            self.add(i, Piece("subhead", u.text))
        else:  # headline, kicker, caption: attached by content in stage 6
            self.pool.append(i)
            cur = self.cur
            if role != "caption" and cur is not None and (cur.pieces or cur.title is None):
                cur.closed = True

    def photo(self, i: int, u: Unit) -> None:
        caption, who = split_photo_credit(u.text)
        if u.inserted and self.cur is not None:
            self.add(i, Piece("caption", caption))
            return
        seg = self.new(i, headed=True)
        seg.kind, seg.byline = "photo", who
        self.add(i, Piece("paragraph", caption))
        seg.closed = True


def segment(
    units: list[Unit], roles: list[str], options: CleanOptions | None = None
) -> Segmentation:
    """Group units into article bodies; collect headline candidates and furniture."""
    w = _Walker(units, roles)
    for i in range(len(units)):
        w.step(i)
    segs = [s for s in w.segments if s.pieces or s.title]
    for s in w.segments:
        if not (s.pieces or s.title):  # a lead-in or credit with no story: keep its words
            w.furniture.extend(x for x in (s.byline, s.publication) if x)
    return Segmentation(segs, w.pool, w.furniture)
