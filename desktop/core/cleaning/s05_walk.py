"""Stage 5 — the state of the segment walker, and the lines that name people.

:class:`Walk` holds what the walker of :mod:`.s05_segment` has found so far (the stories,
the headline pool, the page's furniture) and the steps that open, extend and close a
story.  It also reads the lines that credit people — a byline on a line of its own, a
closing credit, a photographer's credit, an author's or source note, a notice's signature
— which say who wrote a story and where it begins or ends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s04_bylines import (
    other_people,
    parse_credit,
    parse_lead,
    split_photo_credit,
    tidy_byline,
)
from desktop.core.cleaning.s04_roles import BRIEFS_HEAD_RE
from desktop.core.cleaning.s05_boxes import Boxes
from desktop.core.cleaning.s05_features import Features
from desktop.core.cleaning.s05_model import Piece, Segment
from desktop.core.cleaning.s05_subject import Subject
from desktop.core.cleaning.textutil import ends_sentence, jump_from, width


def merge_people(old: str | None, new: str | None) -> str | None:
    """Keep both when a credit names someone the lead-in did not."""
    if not old or not new or new.replace(" ", "") in old.replace(" ", ""):
        return old or new
    return f"{old} {new}"


class Walk:
    """The stories found so far on a page, read one unit at a time."""

    def __init__(self, units: list[Unit], roles: list[str]) -> None:
        self.units = units
        self.roles = roles
        self.segments: list[Segment] = []
        self.pool: list[int] = []
        self.furniture: list[str] = []
        #: The last unit already consumed together with one before it.
        self.skip = -1
        #: Under a briefs column's label (简讯): every paragraph opens a brief of its own.
        self.briefs = False
        #: A label (编者按) waiting for the story it opens.
        self.label: str | None = None
        #: The dateline of a wire story's title line, waiting for its first paragraph.
        self.dateline: str | None = None
        self.label_at = -1
        #: Is a headline inside the open story its subhead or the next story's title?
        self.subject = Subject(units, roles)
        self.series = self.subject.series
        self.boxes = Boxes(units, roles, self.subject, self.segments)
        #: A feature opened by an editor's note, and its sections.
        self.features = Features(units, roles, self.subject.cohesion)
        #: Markdown heading level of article titles (``#`` unless the page says otherwise).
        self.title_level = 1
        #: How many Markdown headings the page has at each level.
        self.headings_at = Counter(
            u.level for u, r in zip(units, roles, strict=True) if r == "heading"
        )

    def furniture_line(self, i: int, u: Unit) -> None:
        self.furniture.extend(u.lines or [u.text])
        if BRIEFS_HEAD_RE.match(u.text.strip()):
            # a column of briefs (简讯): each paragraph under it is a brief of its own
            self.briefs = True
            if self.cur is not None:
                self.cur.closed = True

    @property
    def cur(self) -> Segment | None:
        s = self.segments[-1] if self.segments else None
        return s if s is not None and not s.closed else None

    def new(self, i: int, headed: bool = False) -> Segment:
        if self.cur is not None:
            self.cur.closed = True
        # a label waiting for this story (编者按) is where it begins
        s = Segment(self.label_at if self.label else i, i, headed=headed, kicker=self.label)
        self.label = None
        self.segments.append(s)
        return s

    def add(self, i: int, piece: Piece) -> None:
        s = self.cur or self.new(i)
        piece.unit = i
        s.pieces.append(piece)
        s.last = i

    def jump(self, i: int, u: Unit) -> None:
        """``（上接第1版）`` opens a part of a story begun on another page; ``（下转第3版）``
        closes one that goes on there.  The jump line itself is page furniture."""
        self.furniture.append(u.text)
        if jump_from(u.text):
            self.continued(i)
        elif self.cur is not None:
            self.cur.jumped = self.cur.closed = True

    def continued(self, i: int) -> None:
        """A part continued from another page: under its own title, or a new segment."""
        self.fresh_or_new(i).jumped = True

    def fresh_or_new(self, i: int, headed: bool = False) -> Segment:
        """The open segment if it has a title or names line and no text yet (what follows
        opens its story), else a new one."""
        cur = self.cur
        if cur is not None and not cur.pieces and (cur.title is not None or cur.byline):
            return cur
        if cur is not None and cur.pieces and all(p.type == "subhead" for p in cur.pieces):
            return cur  # the subheads opening a story under its title's deck
        if cur is not None and self.summary_points(cur):
            return cur  # the points summed up over a story's lead-in (■ 要…)
        return self.new(i, headed)

    def summary_points(self, cur: Segment) -> bool:
        """The open story is only bulleted points right under a headline (``■ 要深刻认识…``):
        the box summing up the story whose lead-in comes next, not a story of its own."""
        if not cur.pieces or cur.brief or self.briefs or cur.first < 1:
            return False
        if self.roles[cur.first - 1] != "headline":
            return False
        return all(p.type == "paragraph" and self.units[p.unit].bullet for p in cur.pieces)

    def deck_over_lead(self) -> None:
        """A line that ends no sentence between a heading and the lead-in under it is the
        heading's deck (``# 有工匠精神才能创新发展`` / ``“大国工匠…论坛”热议：`` /
        ``本报北京12月16日电 …``; ``# 宁波江北区总工会 又收锦旗`` / ``去年帮了58名职工讨薪，
        涉及金额90余万元`` / ``本报讯 …``), not a paragraph: the lead-in opens the story."""
        self._deck_over(lambda text: not ends_sentence(text))

    def deck_over_byline(self) -> None:
        """A line that ends no sentence between a heading and the names line under it is
        the heading's deck (``# 一个小仓库…`` / ``社交平台和消费需求对接后，开出一片新天地``
        / ``本报记者 徐秀雰``): the names open the story under both."""
        self._deck_over(lambda text: not ends_sentence(text))

    def _deck_over(self, reads_as_deck: Callable[[str], bool]) -> None:
        """The one line of text under the open story's title becomes its deck if it
        *reads_as_deck*."""
        cur = self.cur
        if cur is None or cur.title is None or cur.subtitle is not None or len(cur.pieces) != 1:
            return
        p = cur.pieces[0]
        one_line = len(self.units[p.unit].lines) == 1 and width(p.text) <= 40
        if p.type == "paragraph" and one_line and reads_as_deck(p.text):
            cur.subtitle, cur.subtitle_unit = p.text, p.unit
            cur.pieces.clear()

    def credit(self, byline: str | None, publication: str | None) -> None:
        s = self.cur
        if s is None:
            return
        if byline and s.pieces:
            s.credit_byline = byline
        for had, new in ((s.byline, byline), (s.publication, publication)):
            if had and new and merge_people(had, new) == had:
                self.furniture.append(new)  # the names printed once more: keep their words
        s.byline = merge_people(s.byline, byline)
        s.publication = merge_people(s.publication, publication)
        s.closed = True

    def credit_line(self, i: int, u: Unit) -> None:
        p = parse_credit(u.text)
        if self.cur is None:
            self.furniture.append(u.text)
        elif self.names_next_story(i, u, p.byline):
            self.byline(i, u)
        else:
            self.credit(p.byline, p.publication)

    def names_next_story(self, i: int, u: Unit, names: str | None) -> bool:
        """A line of names, unbracketed, under a story that has a byline of its own naming
        others, with text right under it: the byline of the story below, which starts
        there (its title is printed elsewhere), not a credit closing the story above."""
        cur = self.cur
        if cur is None or not (names and cur.lead_byline) or u.text.strip()[:1] in "（(":
            return False
        below = self.roles[i + 1] if i + 1 < len(self.roles) else None
        return below == "para" and other_people(cur.lead_byline, names)

    def photo_credit(self, i: int, u: Unit) -> None:
        _, who = split_photo_credit(u.text)
        cur = self.cur
        if cur is None:
            self.furniture.append(u.text)
            return
        cur.byline = merge_people(cur.byline, who)
        cur.kind = "photo" if not cur.headed else cur.kind
        cur.closed = True

    def byline(self, i: int, u: Unit) -> None:
        if self.section_byline(i):
            self.add(i, Piece("paragraph", u.text))  # who wrote this section of the story
            return
        self.deck_over_byline()
        seg = self.cur if self.cur is not None and not self.cur.pieces else self.new(i, True)
        # a lead-in's names alone on their line (记者金钧胤报道) keep no 报道; names the story
        # already has (from a lead-in with no text after it) are kept beside these
        people, rest = parse_lead(u.text)
        names = people.byline if people.byline and not rest.strip() else tidy_byline(u.text)
        if seg.byline and names and merge_people(seg.byline, names) == seg.byline:
            self.furniture.append(u.text.strip())  # the names printed once more: keep them
        seg.byline = seg.lead_byline = merge_people(seg.byline, names)

    def section_byline(self, i: int) -> bool:
        """A byline right under a Markdown heading one level below the story's title, in
        a story that already has text: a section's author (a round-up of reports, each
        under its own ``##`` heading and reporter), not a new story."""
        cur = self.cur
        above = self.units[i - 1] if i > 0 else None
        return (
            cur is not None
            and any(p.type == "paragraph" for p in cur.pieces)
            and above is not None
            and above.kind == "heading"
            and above.level > self.title_level
            and cur.pieces[-1].unit == i - 1
        )

    def author_note(self, i: int, u: Unit) -> None:
        """``（作者系…）`` closes the story above it (a commentary): its last paragraph."""
        last = self.segments[-1] if self.segments else None
        if last is None or not last.pieces:
            self.furniture.append(u.text)
            return
        piece = Piece("paragraph", u.text, unit=i)
        last.pieces.append(piece)
        last.last = i
        last.closed = True

    def source_note(self, i: int, u: Unit) -> None:
        """``（据新华社郑州9月9日电）`` under the last paragraph of the story above: where it
        came from, printed after its last sentence (so is an editor's closing note,
        ``（本系列评论到此结束）``)."""
        last = self.segments[-1] if self.segments else None
        paras = [p for p in last.pieces if p.type == "paragraph"] if last else []
        if last is None or not paras:
            self.furniture.append(u.text)
            return
        paras[-1].text += u.text
        last.last = i
        last.closed = last.signed_off = True

    def signature(self, i: int, u: Unit) -> None:
        """Issuer and date under a notice: the issuer is its byline."""
        cur = self.cur
        if cur is None:
            self.furniture.extend(u.lines)
            return
        cur.byline = cur.byline or tidy_byline("".join(u.lines[:-1]))
        self.furniture.append(u.lines[-1])
        cur.closed = True
