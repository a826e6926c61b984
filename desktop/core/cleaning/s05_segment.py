"""Stage 5 — segment: find where articles begin and end.

A new article starts at a byline/dateline lead-in, at a byline on a line of its own, at a
Markdown ``#`` heading, after a closing credit, after a cluster of headline lines, and at a
stand-alone photo caption.  A jump line (``（下转第3版）``) ends its part; ``（上接第1版）``
opens one; both are page furniture and mark the story incomplete.
Single short lines between paragraphs of an open article are its subheads, unless one
heads a story of its own (:mod:`.s05_subject` tells which).  A paragraph opening with a
particle that cannot start a sentence (``的``) is a part printed elsewhere; a conjunction
(``与``, ``并``) may open a sentence.  Box labels (``核心阅读``, ``相关链接``, ``【业界
声音】``) are read by :mod:`.s05_boxes`; the model is in :mod:`.s05_model`.  Where the
story came from, printed after its last sentence (``（据新华社郑州9月9日电）``), or an
editor's closing note (``（本系列评论到此结束）``) ends its last paragraph and the story.
Headline candidates that are not subheads go to a pool that stage 6 attaches by content.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s04_bylines import (
    parse_lead,
    split_credit,
    split_photo_credit,
)
from desktop.core.cleaning.s04_roles import (
    BARE_SOURCE_RE,
    CLOSING_NOTE_RE,
    PHOTO_WORDS_RE,
    SOURCE_NOTE_RE,
)
from desktop.core.cleaning.s05_features import cut_at
from desktop.core.cleaning.s05_model import Piece, Segment, Segmentation
from desktop.core.cleaning.s05_walk import Walk, merge_people
from desktop.core.cleaning.textutil import (
    ATTRIBUTION_RE,
    DECK_DASHES,
    EDITORS_NOTE_RE,
    EDITORS_NOTE_START_RE,
    EDITORS_SIGNATURE_RE,
    TITLE_LINE_RE,
    announces_column,
    ends_sentence,
    ends_with_editor_code,
    jump_from,
    jump_on,
    squeeze,
    width,
)
from desktop.core.cleaning.wording import starts_mid_sentence


class _Walker(Walk):
    """Reads each unit by its role: text, headings and headlines, boxes, photos."""

    def __init__(self, units: list[Unit], roles: list[str]) -> None:
        super().__init__(units, roles)
        self.handlers: dict[str, Callable[[int, Unit], None]] = {
            "heading": self.heading,
            "para": self.para,
            "item": lambda i, u: self.add(i, Piece("paragraph", u.text)),
            "table": lambda i, u: self.add(i, Piece("table", u.text, rows=u.rows)),
            "credit": self.credit_line,
            "photo": self.photo,
            "photocredit": self.photo_credit,
            "furniture": self.furniture_line,
            "byline": self.byline,
            "jump": self.jump,
            "signature": self.signature,
            "note": self.author_note,
            "source": self.source_note,
        }

    def under_deck(self, i: int) -> bool:
        """A label ending in a colon (and the line under it) between a title's ``——`` deck
        and the text: the story's first subhead, not a title, for a title block ends with
        its deck (``劳模，是他们共同的名字`` / ``——…群像素描`` / ``包起帆：`` / ``依靠聪明
        才智创造奇迹`` / text).  Any other line there is a subhead only at the top of the page:
        further down it may be the next story's title, the one above printed after its
        body."""
        if self.roles[i] != "headline" or self.units[i].text.startswith(DECK_DASHES):
            return False
        cur = self.cur
        if cur is not None and cur.first == i - 1 and [p.type for p in cur.pieces] == ["subhead"]:
            pass  # the second line of an opening subhead (包起帆： / 依靠…)
        elif not (
            i >= 2
            # no story above whose title, printed after it, the block might be
            and (self.units[i].text.rstrip()[-1:] in "：:" or not self.segments)
            and self.units[i - 1].text.startswith(DECK_DASHES)
            and {i - 2, i - 1} <= set(self.pool[-2:])
            and self.roles[i - 2] == "headline"
        ):
            return False
        k = i + 1
        if k < len(self.roles) and self.roles[k] == "headline":
            k += 1  # a two-part subhead
        return k < len(self.roles) and self.roles[k] == "para"

    def para(self, i: int, u: Unit) -> None:
        text = u.text
        # a source or a closing note set as a paragraph of its own under the last one,
        # however many lines the column cut it into (（…名单详见 / 本刊2、3版）)
        note = SOURCE_NOTE_RE.fullmatch(text.strip()) or CLOSING_NOTE_RE.fullmatch(text.strip())
        if note or self.bare_source(i):
            self.source_note(i, u)
            return
        opening = jump_from(text)
        if opening and opening.end() < len(text):
            self.furniture.append(opening.group(0).strip())
            text = text[opening.end() :]
            self.continued(i)
        closing = jump_on(text)
        if closing and closing.start() > 0:
            self.furniture.append(closing.group(0).strip())
            text = text[: closing.start()]
        else:
            closing = None
        self.para_text(i, u, text)
        if closing and self.cur is not None:
            self.cur.jumped = self.cur.closed = True

    def bare_source(self, i: int) -> bool:
        """``据新华社电`` alone under a story's text, with no text of its own under it (a
        lead-in or a headline follows, or nothing): where the story above came from."""
        if not BARE_SOURCE_RE.fullmatch(self.units[i].text.strip()) or self.cur is None:
            return False
        j = i + 1
        return j == len(self.units) or self.roles[j] != "para" or self.units[j].leadin

    def para_text(self, i: int, u: Unit, text: str) -> None:
        if u.leadin and self.boxes.in_named_box(i, self.cur):
            pass  # a brief in the box of the story above: its lead-in is its text
        elif u.leadin and self.boxes.adds_to_story_above(i, text):
            self.segments[-1].closed = False  # 又讯: more news under the same headline
        elif u.leadin:
            self.deck_over_lead()
            # a lead-in right under a title (or its names line) opens that title's story
            seg = self.fresh_or_new(i, headed=True)
            people, text = parse_lead(text)
            if (
                seg.byline
                and people.byline
                and merge_people(seg.byline, people.byline) == seg.byline
            ):
                self.furniture.append(people.byline)  # the lead-in repeats the names line
            seg.byline = merge_people(seg.byline, people.byline)
            seg.publication = merge_people(seg.publication, people.publication)
            seg.lead_byline, seg.lead_publication = seg.byline, seg.publication
            if self.wire_title(seg, i, text):
                return
        elif self.cur is not None and starts_mid_sentence(text, strict=True):
            self.new(i)  # the rest of a sentence printed elsewhere: a part of another story
        elif self.cur is not None and self.cur.pieces and EDITORS_NOTE_START_RE.match(text):
            self.new(i)  # an editor's note introduces the story it opens
        if self.dateline and self.cur is not None and not self.cur.pieces:
            text = f"{self.dateline} {text}"
        self.dateline = None
        text, credit = split_credit(text)
        if text:
            self.add(i, Piece("paragraph", text))
        if credit is not None and self.cur is not None:
            self.credit(credit.byline, credit.publication)
        elif self.cur is not None and ends_with_editor_code(text):
            cur = self.cur
            cur.closed = cur.signed_off = True  # the editor's code: the story ends

    def wire_title(self, seg: Segment, i: int, text: str) -> bool:
        """``新华社北京6月27日电 题：…`` opening story *seg*: its title (or the title printed
        over it once more), not a paragraph; the dateline opens the first paragraph."""
        titled = TITLE_LINE_RE.match(text)
        if titled is None or seg.pieces:
            return False
        title = text[titled.end() :].strip()
        if width(title) > 60 or ends_sentence(title):
            return False  # a sentence of the story glued on: leave the paragraph whole
        # the title line may carry the deck too: 题：亮亮百姓“粮仓家底” ——专访…
        title, dash, rest = title.partition("——")
        title, deck = title.strip(), (dash + rest).strip()
        if width(title) > 40:
            return False
        if seg.title is None:
            seg.title, seg.title_unit, seg.wire_titled = title, i, True
            if deck and seg.subtitle is None:
                seg.subtitle, seg.subtitle_unit = deck, i
        elif squeeze(seg.title) != squeeze(title):
            return False
        self.dateline = titled.group("dateline")
        return True

    def step(self, i: int) -> None:
        """Handle unit *i* according to its role."""
        if i <= self.skip:
            return
        role = self.roles[i]
        if role in ("headline", "heading", "byline", "kicker"):
            self.briefs = False  # a titled story: the column of briefs has ended
        elif self.briefs and role == "para":
            if self.cur is not None and self.cur.pieces:
                self.cur.closed = True
            if self.cur is None and not self.units[i].leadin:
                self.new(i, headed=True).brief = True
        u = self.units[i]
        if EDITORS_SIGNATURE_RE.match(u.text.strip()) and self.cur is not None and self.cur.pieces:
            self.sign_note(i, u)  # on a line of its own, whatever it was read as
            return
        self.handlers.get(role, self.short)(i, u)

    def heading(self, i: int, u: Unit) -> None:
        cur = self.cur
        # "# page name" straight above "## story": the stories are one level down.  A
        # heading at a level the page uses again titles a story, whose first section may
        # open right under it ("# title" then "## 核心阅读").
        above = self.units[i - 1] if i > 0 else None
        if (
            cur is not None
            and cur.title_unit == i - 1
            and not cur.pieces
            and above is not None
            and u.level > above.level
            and self.headings_at[above.level] == 1
        ):
            self.title_level = u.level
            self.furniture.append(cur.title or "")
            cur.title, cur.title_unit = u.text, i
        elif u.level <= self.title_level:
            seg = self.new(i, headed=True)
            seg.title, seg.title_unit = u.text, i
        elif cur is not None:
            self.add(i, Piece("subhead", u.text))
        elif self.boxes.under_heading_above(u):
            # a section after the credit (## 【业界声音】): still under the story's heading
            self.segments[-1].closed = False
            self.add(i, Piece("subhead", u.text))
            self.first_speaker(i)
        else:
            self.pool.append(i)

    def first_speaker(self, i: int) -> None:
        """The line under a box's label naming who speaks first (``恒波营销中心副总经理：
        张英铎``), over what they say: the box's first subhead."""
        j = i + 1
        if self.roles[j : j + 2] == ["headline", "para"] and len(self.units[j].lines) <= 2:
            self.add(j, Piece("subhead", self.units[j].text))
            self.skip = j

    def short(self, i: int, u: Unit) -> None:
        """Headlines, kickers, captions: subheads of the open story or the headline pool."""
        role = self.roles[i]
        nxt = self.roles[i + 1] if i + 1 < len(self.roles) else ""
        if self.feature_section(i):
            pass
        elif role == "kicker" and EDITORS_NOTE_RE.match(u.text) and nxt == "para":
            self.label, self.label_at = u.text, i  # 编者按 over the note opening a story
            if self.cur is not None:
                self.cur.closed = True
        elif (
            ATTRIBUTION_RE.match(u.text.strip())
            and self.cur is not None
            and self.roles[i - 1] in ("para", "item")
        ):
            self.add(i, Piece("paragraph", u.text))  # who said the words above
        elif self.boxes.opens_summary(i):
            if self.cur is None or self.cur.pieces:
                self.new(i)  # the summary box opens the story under it
            self.add(i, Piece("subhead", u.text))
        elif self.boxes.is_sidebar(i, self.cur):
            self.segments[-1].closed = False  # a box printed with the story above, after its credit
            self.add(i, Piece("subhead", u.text))
            self.first_speaker(i)
            for k in self.boxes.brief_headings(i, self.skip):
                self.add(k, Piece("subhead", self.units[k].text))
                self.skip = k
        elif self.boxes.titles_note_above(i, self.cur) and (note := self.note_above()):
            note.title, note.title_unit, note.closed = u.text, i, True
        elif self.boxes.opens_note(i):
            seg = self.new(i, headed=True)  # 开栏的话: the note opening a column
            seg.title, seg.title_unit = u.text, i
        elif role == "caption" and u.inserted and self.cur is not None:
            self.add(i, Piece("caption", u.text))
        elif self.subject.is_subhead(i, self.cur) or self.boxes.over_section_heading(
            i, self.cur, self.title_level
        ):
            self.add(i, Piece("subhead", u.text))
        elif self.subject.is_subhead_pair(i, self.cur) or self.series.is_label_pair(i, self.cur):
            self.add(i, Piece("subhead", u.text))
            self.add(i + 1, Piece("subhead", self.units[i + 1].text))
            self.skip = i + 1
        elif self.series.is_labelled_stack(i, self.cur):
            for j in range(i, i + 3):
                self.add(j, Piece("subhead", self.units[j].text))
            self.skip = i + 2
        elif self.under_deck(i):
            cur = self.cur
            if cur is None or cur.first != i - 1:
                self.new(i, headed=True)  # what follows a title's deck opens the text
            self.add(i, Piece("subhead", u.text))
        elif self.subject.is_labelled_subhead(i, self.cur):
            self.add(i, Piece("subhead", f"{u.text} {self.units[i + 1].text}"))
            self.skip = i + 1
        elif (cur := self.cur) is not None and self.subject.lead_goes_below(i, cur):
            # the new story opens on the open one's last paragraph: cut there, and the
            # line is the new story's first section heading
            k = max(j for j, p in enumerate(cur.pieces) if p.type == "paragraph")
            self.segments.append(cut_at(cur, k, cur.last))
            self.add(i, Piece("subhead", u.text))
        else:  # attached by content in stage 6
            self.pool.append(i)
            cur = self.cur
            if role != "caption" and cur is not None and (cur.pieces or cur.title is None):
                cur.closed = True

    def note_above(self) -> Segment | None:
        """The column's opening note printed at the end of the open story, cut from it (or
        the whole story, if it has no title of its own); None if there is none."""
        cur = self.cur
        assert cur is not None
        k = self.features.note_start(cur)
        if not announces_column(" ".join(p.text for p in cur.pieces[k:])):
            return None  # the title of a note printed elsewhere on the page
        if k == 0:
            return cur if cur.title is None else None
        note = cut_at(cur, k, cur.last)
        self.segments.append(note)
        return note

    def sign_note(self, i: int, u: Unit) -> None:
        """``——编者`` under an editor's note: the note opens a feature (cut from the story
        above it if it was printed there with nothing between), whose sections follow."""
        assert self.cur is not None
        note = self.features.cut_note(self.cur, i)
        if note is not None:
            self.segments.append(note)
        self.add(i, Piece("paragraph", u.text))
        self.features.open(self.cur)

    def feature_section(self, i: int) -> bool:
        """A section's header in the feature an editor's note opened: its heading lines
        are subheads, its reporter's line a paragraph."""
        feature = self.segments[-1] if self.segments else None
        end = self.features.section(i, feature)
        if end is None or feature is None:
            return False
        feature.closed = False  # a note closing the section above (（…参与采写）)
        for j in range(i, end):
            kind = "paragraph" if self.roles[j] == "byline" else "subhead"
            self.add(j, Piece(kind, self.units[j].text))
        self.skip = end - 1
        return True

    def photo(self, i: int, u: Unit) -> None:
        caption, who = split_photo_credit(u.text)
        cur = self.cur
        # a caption wedged into the text, or one that says it shows the open story's picture
        if cur is not None and (u.inserted or (cur.pieces and PHOTO_WORDS_RE.match(caption))):
            self.add(i, Piece("caption", caption))
            if who:
                self.furniture.append(who)  # the photographer, as for captions in stage 6
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
    return Segmentation(segs, w.pool, w.furniture, w.subject.heads)
