"""Stage 5, in part — series: section headings a story sets alike.

Titles of different stories are not built to one pattern; a story's section headings are.
A line between paragraphs with a twin further down (before the next lead-in or credit) —
built alike (``技术有人教，销售有保障`` … ``引来山泉水，用水不再愁``), a pair of lines
asking alike (``如何…？`` / answer), a tiny label over a longer heading (``如何认证`` /
``开展田间检验，…``), a label in lenticular brackets over a heading (``【动力来源】`` /
``青藏高原和华南地块相对运动``), or a line opening on a label (``【记者核实】…``) — heads
one of the story's sections, not the next story.  So does a short label over a heading cut
in two lines (``记者调查`` / ``排档海鲜价`` / ``基本“顶格”标示``) when the text under it goes
on with the story.  :class:`.s05_subject.Subject` asks; the cohesion it measures decides
what the text under a heading goes on with.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s04_roles import COLUMN_LABEL_RE, after_label
from desktop.core.cleaning.s05_likeness import alike, shape, words
from desktop.core.cleaning.textutil import LABEL_ALONE_RE, bigrams, width

if TYPE_CHECKING:
    from desktop.core.cleaning.s05_model import Segment
    from desktop.core.cleaning.s05_subject import Subject

#: How many units down a twin heading is sought.
_SERIES_REACH = 40
#: Widest label (in em) of a pair of subheads, the label over a heading.
_PAIR_LABEL = 5
#: Widest label (in em) over a section's heading of two lines.
_STACK_LABEL = 6
#: … and widest line of that heading.
_STACK_HEADING = 10


class Series:
    """Whether headline line *i* heads one of a series of sections of the open story."""

    def __init__(self, units: list[Unit], roles: list[str], subject: Subject) -> None:
        self.units = units
        self.roles = roles
        self.subject = subject

    def labelled_sections(self, i: int, cur: Segment) -> bool:
        """Line *i* opens on a label and goes on (``【记者核实】垃圾占了四分之三的车道``), as
        a subhead of the story does or a line further down between paragraphs, before
        the next lead-in or credit (``【部门回应】市政：马上派人清扫``): the story's
        sections, each under its label.  A column's label over a title comes once."""
        if any(p.type == "subhead" and after_label(p.text) for p in cur.pieces):
            return True
        return any(
            self.roles[j] == "headline"
            and self.roles[j - 1] == "para"
            and j + 1 < len(self.roles)
            and self.roles[j + 1] == "para"
            and after_label(self.units[j].text)
            for j in self._ahead(i + 2, i)
        )

    def first_of_a_series(self, i: int) -> bool:
        """Lone line *i* has a twin further down, before the next lead-in or credit: another
        lone line between paragraphs built alike (``技术有人教，销售有保障`` … ``引来山泉水，
        用水不再愁``), the story's section headings.  Titles of different stories are not
        built to one pattern.  One run of words is too common a build to tell by one twin:
        it takes two, each of its very length (``办好群众盼望的事`` … ``找准产业发展之路`` …
        ``共创美好幸福生活``)."""
        built = shape(self.units[i].text)
        twins = 0
        for j in self._ahead(i + 2, i):
            u, role = self.units[j], self.roles[j]
            lone = self.roles[j - 1] == "para" and j + 1 < len(self.roles)
            lone = lone and role == "headline" and self.roles[j + 1] == "para"
            if not lone:
                continue
            if len(built) >= 3 and alike(built, shape(u.text)):
                return True
            twins += len(built) == 1 and shape(u.text) == built
        return twins >= 2

    def is_labelled_stack(self, i: int, cur: Segment | None) -> bool:
        """A short label over a heading of two lines, between paragraphs of the open story
        (``记者调查`` / ``排档海鲜价`` / ``基本“顶格”标示`` / text), the text under it going on
        with the story: a section's header.  A column's label over a title and its deck
        (``产改新征程`` / ``小书屋里的“大智造”`` / ``杭州临平工会助力…``) heads a story of its
        own: a deck runs longer than a heading cut in two."""
        if cur is None or not any(p.type == "paragraph" for p in cur.pieces) or i < 1:
            return False
        if self.roles[i - 1] not in ("para", "item") or i + 3 >= len(self.units):
            return False
        if self.roles[i : i + 4] != ["headline", "headline", "headline", "para"]:
            return False
        if self.units[i + 3].leadin or width(self.units[i].text) > _STACK_LABEL:
            return False
        if any(len(self.units[j].lines) > 1 for j in range(i, i + 3)):
            return False
        # a heading cut in two short lines; a title block's deck runs long — unless the
        # story already has a section headed by a label of this width over a heading
        # (烦  恼 / 滥用人脸识别… … 探  索 / 针对乱象，… / 如何应对刷脸乱象？)
        wide = any(width(self.units[j].text) > _STACK_HEADING for j in (i + 1, i + 2))
        if wide and not self._labelled_like(i, cur):
            return False
        # the heading speaks of the story it is a section of (排档, 海鲜)
        heading = words(self.units[i + 1].text + self.units[i + 2].text)
        if len(heading & bigrams(cur.body)) < 2:
            return False
        return self.subject.continues_story(i + 3, cur)

    def _labelled_like(self, i: int, cur: Segment) -> bool:
        """The open story has a subhead as wide as label *i* right over another subhead
        (or joined to it): a section headed by a label like it."""
        label = width(self.units[i].text)
        return any(
            p.type == q.type == "subhead" and width(p.text) == label
            for p, q in pairwise(cur.pieces)
        ) or any(  # (or the two joined into one: 烦恼 滥用人脸识别…)
            p.type == "subhead" and " " in p.text and width(p.text.split(" ")[0]) == label
            for p in cur.pieces
        )

    def is_label_pair(self, i: int, cur: Segment | None) -> bool:
        """A label alone in lenticular brackets over a heading, between paragraphs of the
        open story, when another such pair follows before the next lead-in or credit (or
        the story already has one)
        (``【动力来源】`` / ``青藏高原和华南地块相对运动`` / text … ``【地壳破裂】`` / …): the
        story's sections, each under its label and heading, and the text under it goes
        on with the story.  So does a story told in parts, each opening on its label
        (``【事件】前不久，…`` … ``【点评】`` / ``一件小事，为何触动万千网友？`` / text).
        A single labelled title heads a story of its own."""
        if cur is None or not any(p.type == "paragraph" for p in cur.pieces):
            return False
        if not self._label_pair_at(i) or self.roles[i - 1] not in ("para", "item"):
            return False
        if any(
            (p.type == "subhead" and LABEL_ALONE_RE.match(p.text))
            or (p.type == "paragraph" and COLUMN_LABEL_RE.match(p.text))
            for p in cur.pieces
        ):
            # the last of the series: unless the text under it is plainly on other things
            return not self.subject.changes_subject(i + 1, cur)
        for j in self._ahead(i + 3, i):
            if self.roles[j - 1] in ("para", "item") and self._label_pair_at(j):
                return self.subject.continues_story(i + 2, cur)
        return False

    def _ahead(self, start: int, i: int) -> Iterator[int]:
        """Lines from *start* on, within reach of line *i*, up to the next credit or
        lead-in (where another story begins): where a twin of line *i* is sought."""
        for j in range(start, min(len(self.units), i + _SERIES_REACH)):
            if self.roles[j] == "credit" or self.units[j].leadin:
                return
            yield j

    def _label_pair_at(self, i: int) -> bool:
        """Line *i* is a bracketed label alone, over one heading line over text."""
        return (
            bool(LABEL_ALONE_RE.match(self.units[i].text))
            and self.roles[i : i + 3] == ["kicker", "headline", "para"]
            and not self.units[i + 2].leadin
        )

    def pair_in_series(self, i: int, cur: Segment) -> bool:
        """The pair of lines at *i* is one of several built alike: another pair between
        paragraphs further down (before the next lead-in or credit), or subheads the story
        already has, whose first line is built like line *i* (``经营菜棚，成致富能手`` …
        ``养殖蛋鸡，助脱贫增收``).  Titles of different stories are not built to one
        pattern."""
        if self._asks_as_pairs_do(i, cur):
            return True
        built = shape(self.units[i].text)
        if self._label_over_heading(i):
            # a tiny label over a longer heading (如何认证 / 开展田间检验，把关…环节): twin
            # pairs of that build are the sections, however common a label's shape
            if any(
                p.type == q.type == "subhead"
                and q.unit == p.unit + 1
                and alike(built, shape(p.text))
                and width(q.text) >= 2 * width(p.text)
                for p, q in pairwise(cur.pieces)
            ):
                return True
            return any(
                self._pair_at(j) and self._label_over_heading(j) and alike(built, shape(u))
                for j in self._ahead(i + 3, i)
                for u in (self.units[j].text,)
            )
        if len(built) < 3:
            # one run of words: too common a shape to tell — unless the pair is two
            # halves of one width, as another pair is further down (赓续红色血脉 /
            # 坚守为民初心 … 推进公安改革 / 强化主防警务): parallel headings of sections
            return self._even_pair(i) and any(
                self._pair_at(j) and self._even_pair(j) for j in self._ahead(i + 3, i)
            )
        if any(p.type == "subhead" and alike(built, shape(p.text)) for p in cur.pieces):
            return True
        return any(
            self._pair_at(j) and alike(built, shape(self.units[j].text))
            for j in self._ahead(i + 3, i)
        )

    def _asks_as_pairs_do(self, i: int, cur: Segment) -> bool:
        """The pair at *i* opens on a question or an exclamation, as a pair of subheads the
        story already has does, or another pair further down (``如何鼓励药企“真创新”？`` /
        ``用医保数据为…导航`` … ``如何让老百姓用得上？`` / ``推动创新药加快进入…``): the
        story's sections, each a question over what the section answers."""
        end = self.units[i].text.rstrip()[-1:]
        if end not in "？！?!":
            return False
        if any(
            p.type == q.type == "subhead" and q.unit == p.unit + 1 and p.text.rstrip()[-1:] == end
            for p, q in pairwise(cur.pieces)
        ):
            return True
        return any(
            self._pair_at(j) and self.units[j].text.rstrip()[-1:] == end
            for j in self._ahead(i + 3, i)
        )

    def _label_over_heading(self, j: int) -> bool:
        """Line *j* is a label of a few characters, one run of words, over a heading at
        least twice its width."""
        label, heading = self.units[j].text.strip(), self.units[j + 1].text
        return (
            len(shape(label)) == 1
            and width(label) <= _PAIR_LABEL
            and width(heading) >= 2 * width(label)
        )

    def _even_pair(self, j: int) -> bool:
        """Lines *j* and *j + 1* are one line each, of one width (at least four em)."""
        a, b = self.units[j], self.units[j + 1]
        return len(a.lines) == len(b.lines) == 1 and width(a.text) == width(b.text) >= 4

    def _pair_at(self, j: int) -> bool:
        """Lines *j* and *j + 1* are two headlines between paragraphs."""
        return self.roles[j - 1] == "para" and self.roles[j : j + 3] == [
            "headline",
            "headline",
            "para",
        ]
