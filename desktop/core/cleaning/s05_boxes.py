"""Stage 5, in part — boxes: what a story prints besides its text, and where.

A summary box's label (``核心阅读``) opens the story under it; a column's opening note
(``开栏的话``) is a piece of its own; a box's label inside a story (``相关链接``,
``【执纪者说】``) stays in it, and so does a label in lenticular brackets right after the
story's credit (``【业界声音】``) over text that goes on with the story — or, on a Markdown
page, a heading one level under the story's own.
"""

from __future__ import annotations

from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s05_model import Segment
from desktop.core.cleaning.s05_subject import Subject
from desktop.core.cleaning.textutil import (
    LABEL_ALONE_RE,
    OPENING_NOTE_RE,
    ORNAMENTS,
    SIDEBAR_RE,
    SUMMARY_RE,
)

#: Most heading lines a named box opens on.
_HEADING = 3
#: How a second item under a story's headline opens: "more news".
_MORE_NEWS = "又讯"


class Boxes:
    """Reads box labels for the walker of :mod:`.s05_segment`, which shares its list of
    *segments* (the last one is the story just read)."""

    def __init__(
        self, units: list[Unit], roles: list[str], subject: Subject, segments: list[Segment]
    ) -> None:
        self.units, self.roles, self.subject, self.segments = units, roles, subject, segments

    def is_sidebar(self, i: int, cur: Segment | None) -> bool:
        """``相关链接`` between paragraphs, the story above having text: its box.  So is a
        label alone in lenticular brackets (``【执纪者说】``) over text while the story above
        is still open: a column's label would stand over a title."""
        last = self.segments[-1] if self.segments else None
        text = self.units[i].text.strip()
        label = self.roles[i] == "kicker" and bool(LABEL_ALONE_RE.match(text))
        if last is not None and last.pieces and label and cur is not last:
            return self.box_after_story(i, last)
        named = bool(SIDEBAR_RE.match(text))
        if last is None or not last.pieces or not (named or label):
            return False
        j = self.box_text(i) if named else i + 1
        if (
            label
            and not named
            and self.roles[j : j + 2] == ["headline", "para"]
            and len(self.units[j].lines) <= 2
            and not self.units[j + 1].leadin
        ):
            # its own heading (【编辑点评】 / 春天，孕育丰收的希望。 / text): the box's if
            # the heading is a sentence or the text goes on with the story; a column's
            # label would stand over a title
            heading = self.units[j].text.rstrip()
            return heading[-1:] in "。！" or self.subject.continues_story(j + 1, last)
        return (
            j < len(self.units) and self.roles[j] in ("para", "item") and not self.units[j].leadin
        ) or (named and j > i + 1 and self.roles[j] == "para")

    def box_text(self, i: int) -> int:
        """Where the text of the box named at line *i* begins: a named box may open on its
        own heading lines (延伸阅读 / 这里的小商品成了大产业 / 浙江慈溪市 / 产出全球约六成
        小家电 / text) — and under them a brief of its own, its lead-in giving its date
        and reporters (链接 / …产业大会在广州举行 / 本报广州12月14日电 （记者…）…)."""
        j = i + 1
        while j < len(self.roles) and self.roles[j] == "headline" and j - i <= _HEADING:
            j += 1
        return j

    def box_after_story(self, i: int, last: Segment) -> bool:
        """A label in lenticular brackets right after a finished story (``【业界声音】``),
        over text that goes on with that story (perhaps under a line naming who speaks):
        the story's box, not a column's label over the next story."""
        j = i + 1
        if j < len(self.roles) and self.roles[j] == "headline" and len(self.units[j].lines) <= 2:
            j += 1  # who speaks (恒波营销中心副总经理：张英铎)
        if j >= len(self.roles) or self.roles[j] != "para" or self.units[j].leadin:
            return False
        if i - last.last > 2:
            return False  # only the credit between
        return self.subject.continues_story(j, last)

    def opens_summary(self, i: int) -> bool:
        """``核心阅读`` over text (its lead-in too): the box summing up the story under it,
        its first block."""
        nxt = i + 1
        return (
            nxt < len(self.roles)
            and self.roles[nxt] == "para"
            and bool(SUMMARY_RE.match(self.units[i].text.strip()))
        )

    def opens_note(self, i: int) -> bool:
        """``开栏的话`` over a paragraph: the title of the note opening a column.  (Over a
        lead-in it is the title of the note above, printed after it.)"""
        nxt = i + 1
        return (
            self.roles[i] == "headline"
            and nxt < len(self.roles)
            and self.roles[nxt] == "para"
            and not self.units[nxt].leadin
            and bool(OPENING_NOTE_RE.match(self.units[i].text))
        )

    def titles_note_above(self, i: int, cur: Segment | None) -> bool:
        """``开栏的话`` right after paragraphs of the open story, not over text of its own:
        the title of the column's opening note printed before it, at the end of that
        story (or all of it)."""
        return (
            cur is not None
            and any(p.type == "paragraph" for p in cur.pieces)
            and self.roles[i] == "headline"
            and self.roles[i - 1] == "para"
            and bool(OPENING_NOTE_RE.match(self.units[i].text))
            and not self.opens_note(i)
        )

    def brief_headings(self, i: int, done: int) -> range:
        """The heading lines (after line *done*) of a brief printed in the box named at
        line *i*, over the brief's lead-in (链接 / …产业大会在广州举行 / 本报广州…电): the
        box's subheads.  Empty when the box holds no brief."""
        j = self.box_text(i)
        named = SIDEBAR_RE.match(self.units[i].text.strip())
        if j < len(self.units) and self.units[j].leadin and named:
            return range(max(i, done) + 1, j)
        return range(0)

    def in_named_box(self, i: int, cur: Segment | None) -> bool:
        """Line *i* comes right under the open story's subheads, the first of them a box's
        name (链接 / …产业大会在广州举行 / *i*): it opens the box's text."""
        if cur is None:
            return False
        k = i - 1
        for p in reversed(cur.pieces):
            if p.type != "subhead" or p.unit != k:
                return False
            if SIDEBAR_RE.match(p.text.strip().lstrip(ORNAMENTS)):
                return True
            k -= 1
        return False

    def adds_to_story_above(self, i: int, text: str) -> bool:
        """``又讯 近日，…`` right under the text of the story above: a second item printed
        under that story's headline, more of it, not a story of its own."""
        last = self.segments[-1] if self.segments else None
        return (
            text.startswith(_MORE_NEWS)
            and last is not None
            and any(p.type == "paragraph" for p in last.pieces)
            and last.last == i - 1
        )

    def over_section_heading(self, i: int, cur: Segment | None, title_level: int) -> bool:
        """A line between paragraphs of the open story right over a Markdown heading of a
        section's level (deeper than *title_level*: ``怎样实现“环环抵扣”？`` / ``## 进一步
        完善增值税抵扣链条…``): the first line of that section's header."""
        j = i + 1
        return (
            cur is not None
            and bool(cur.pieces)
            and cur.pieces[-1].type == "paragraph"
            and cur.pieces[-1].unit == i - 1
            and j < len(self.units)
            and self.roles[j] == "heading"
            and self.units[j].level > title_level
        )

    def under_heading_above(self, u: Unit) -> bool:
        """Heading *u* sits one level under the Markdown heading that titles the last
        story, with no heading of that level between: a section of that story."""
        if not self.segments or not self.segments[-1].pieces:
            return False
        k = self.segments[-1].title_unit
        return k >= 0 and self.units[k].kind == "heading" and self.units[k].level < u.level
