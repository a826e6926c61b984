"""Stage 5, in part — subject: is a line inside a story its subhead or the next story's title?

A single short line between two paragraphs of an open story is its subhead
(:meth:`Subject.is_subhead`) unless it heads a story of its own.  It does when it shares its
words with the text under it but none, or next to none, with the story so far: a subhead
names the story's people and things, a title what its own lead tells.  A news lead opening
on its date or a word for "recently" (``5月28日，…``, ``近日，…``) under a title naming it
starts a story even after one paragraph.  Whatever the line says, a new story starts there
when the text under it shares almost none of its words with the story above (IDF-weighted
bigrams, :class:`.s05_likeness.Cohesion`) — less than consecutive paragraphs of the same
page usually do.  A series outweighs both: a story that already has subheads of the line's
size takes one more, unless the text under the line runs to a closing credit while the open story's
byline was printed at its top (two teams, two stories).  A numbered heading (``一、``) is
always a subhead, an official notice's title (``…的通知``, ``招标公告``) or a line opening
on a column's label (``【幸福花开新边疆】…``) never; a tiny label (``数据``) or one ending in
a colon (``北京：``) over a short line is a subhead in two parts.  So is the first of a
series of headings built alike (``技术有人教，销售有保障`` … ``引来山泉水，用水不再愁``:
:mod:`.s05_series` reads series), a section's header of several lines opening on an
hour or a number (``9：00`` / ``麦浪沟`` / …), and a heading with the line under it that
says what the section tells, when neither heads the next story and they speak of the text
under them more than of the text above (a title printed after its story speaks of that
story).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s04_bylines import split_credit
from desktop.core.cleaning.s04_roles import COLUMN_LABEL_RE
from desktop.core.cleaning.s05_likeness import (
    Cohesion,
    heads_in_pairs,
    set_like_its_subheads,
    words,
)
from desktop.core.cleaning.s05_series import Series
from desktop.core.cleaning.textutil import (
    BYLINE_LINE_RE,
    COLUMN_TAG_RE,
    DECK_DASHES,
    ENUM_HEAD_RE,
    NEWS_OPENING_RE,
    NOTICE_TITLE_RE,
    REFERS_BACK_RE,
    bigrams,
    width,
)

if TYPE_CHECKING:
    from desktop.core.cleaning.s05_model import Segment

#: A paragraph opening on a speaker with their post in brackets and a colon
#: (``张某代表（某省高级人民法院院长）：…``, ``王某（某大学教授）：…``).
_SPEAKER_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:代表|委员)?[（(][^（）()]{2,40}[）)][:：]")
#: A headline between two spans of text that share this little of their words (weighted
#: cohesion, :meth:`.Idf.cohesion`) heads a new story: a story's parts name the same people
#: and things.  The page's own measure sets the scale: consecutive paragraphs of its text
#: share more or less, so the spans must also share less than this part of what they do.
SUBJECT_CHANGE = 0.02
_SUBJECT_CHANGE_PART = 0.4
#: In real news laid out by the relay (2,254 headlines between paragraphs), no subhead's
#: section shares less than 0.032 with its story, while the text under 430 of 774 titles
#: does: under this bound, a larger part of the page's usual sharing is still next to
#: nothing (on a page whose paragraphs share words at all).
_HEAD_OVER_CHANGE = 0.03
_LITTLE_PART = 0.6
#: How many times what a story's last paragraph shares with it that paragraph must share
#: with the text under a new story's heading to be that story's opening.
_LEADS_BELOW = 3
#: Least text (characters) on either side for cohesion to be measured (a brief's worth).
_COHESION_TEXT = 100
#: Share of a headline's bigrams found in the text under it for it to speak of that text
#: (a long headline names more than its lead does).
_AFTER_SHARE = 0.35
#: Share of a line's words the story above must hold for the line to be its title.
_OWN_SHARE = 0.5
#: … and of those, at most this share also found in the text under it, by chance
_STRAY = 0.25


#: How many times what two paragraphs of the page usually share the text under a line
#: that names only what follows it must share with the story above to be more of it (in
#: real news laid out by the relay, such lines over text above this were subheads about
#: 45 times in 50).
_GOES_ON = 1.5
#: … and at least this much: on a page whose paragraphs share next to nothing, a few
#: common words would be many times the usual.
_GOES_ON_LEAST = 0.05
#: Most lines a section's header holds.
_HEADER_LINES = 4


class Subject:
    """Whether headline line *i*, read while story *cur* is open, is a subhead of it or
    the title of the next story."""

    def __init__(self, units: list[Unit], roles: list[str]) -> None:
        self.units = units
        self.roles = roles
        self.cohesion = Cohesion(units)
        #: The sections a story sets alike, each under a heading.
        self.series = Series(units, roles, self)
        #: Headlines found over a change of subject.
        self.heads: set[int] = set()

    def is_subhead(self, i: int, cur: Segment | None) -> bool:
        """A lone short line between two paragraphs of the open article, or a section's
        header of several lines opening on a numbered heading or an hour (``9：00`` /
        ``麦浪沟`` / ``管护员卡日土保，30岁`` / text)."""
        if cur is None or not cur.pieces or self.roles[i] != "headline":
            return False
        if self._in_section_header(i, cur):
            return True
        if i == 0 or self.roles[i - 1] not in ("para", "item", "table"):
            return False
        if NOTICE_TITLE_RE.search(self.units[i].lines[0]):
            return False  # an official notice starts here
        text = self.units[i].text
        labelled = bool(COLUMN_LABEL_RE.match(text))
        if (labelled and not self.series.labelled_sections(i, cur)) or COLUMN_TAG_RE.search(text):
            return False  # a column's name (【幸福花开】…, …（自然讲堂）) heads a story
        nxt = i + 1
        return (
            nxt < len(self.units)
            and self.roles[nxt] in ("para", "item")
            and not self.units[nxt].leadin
            and len(self.units[i].lines) <= 2
            and not self.over_summary(i)
            # a numbered heading (一、…) is never a story's title, nor is the first of a
            # series of headings set alike further down the story
            and (
                bool(ENUM_HEAD_RE.match(self.units[i].text))
                or self.series.first_of_a_series(i)
                or not self.heads_next_story(i, cur)
            )
        )

    def over_summary(self, i: int) -> bool:
        """Line *i* stands over bulleted points (``■ 要深刻认识…``) with a lead-in right
        under them: the headline of a story whose summary box opens it."""
        j = i + 1
        while j < len(self.units) and self.roles[j] == "para" and self.units[j].bullet:
            if self.units[j].leadin:
                return False
            j += 1
        return j > i + 1 and j < len(self.units) and self.units[j].leadin

    def is_subhead_pair(self, i: int, cur: Segment | None) -> bool:
        """Two lines between paragraphs of the open story, a section's heading and the
        line under it that says what the section tells (``“不归我管”怎么管好？`` /
        ``一些资源统筹不到位…临时党组织解决棘手难题``), read as one subhead would be: a
        pair of the story's, unless it speaks of other things than the story does, or its
        upper line names the text above and its lower the text below (the title of the
        story above, printed after it, over the next story's)."""
        if cur is None or not cur.pieces or i == 0 or i + 2 >= len(self.units):
            return False
        if self.roles[i - 1] not in ("para", "item") or self.roles[i] != "headline":
            return False
        if self.roles[i + 1] != "headline" or self.roles[i + 2] != "para":
            return False
        if self.units[i + 2].leadin or any(len(self.units[j].lines) > 2 for j in (i, i + 1)):
            return False
        text = self.units[i].text
        if NOTICE_TITLE_RE.search(self.units[i].lines[0]) or COLUMN_LABEL_RE.match(text):
            return False
        if BYLINE_LINE_RE.match(self.units[i + 1].text.strip()):
            return False  # a title over its byline (肖凯凯 吕婷)
        if self.series.pair_in_series(i, cur):
            return True  # sections headed alike (经营菜棚，成致富能手 / “…”)
        if self.is_labelled_subhead(i, cur):
            return False  # one subhead in two parts (北京： / 服务再升级，带来新变化)
        if any(self.heads_next_story(j, cur) for j in (i, i + 1)):
            return False
        # a section's heading speaks of the text under it; a title printed after its story
        # (the page's custom for its lead story) speaks of the text above
        above = bigrams("".join(u.text for u in self.units[max(0, i - 2) : i] if u.kind == "text"))
        below = bigrams("".join(u.text for u in self.units[i + 2 : i + 4] if u.kind == "text"))
        upper, lower = words(self.units[i].text), words(self.units[i + 1].text)
        leads_on = self.units[i].text.rstrip()[-1:] in "：:"
        speaks_back = len(upper & above) > len(upper & below) and not leads_on
        if speaks_back and len(lower & below) > len(lower & above):
            return False  # the title of the story above, printed after it, over the next one's
        head = upper | lower
        if len(head & below) >= len(head & above):
            return True
        # … unless the text under the pair goes on with the story: a section heading may
        # sum up what the lead said (a title after its story heads another story)
        # (it shares more with the story than two paragraphs of the page usually do); a
        # line under a dash (——…) is a title's deck, the mark of a story's headline block
        if self.units[i + 1].text.lstrip().startswith(DECK_DASHES):
            return False
        return self.continues_story(i + 2, cur)

    def _words_under(self, i: int) -> AbstractSet[str]:
        """The bigrams of the text in the three lines under line *i* (its lead, for a
        title)."""
        after = "".join(u.text for u in self.units[i + 1 : i + 4] if u.kind == "text")
        return bigrams(after[:1500])

    def _in_section_header(self, i: int, cur: Segment) -> bool:
        """Line *i* is in a header of several lines, the first a numbered heading or an
        hour, between two paragraphs of the open story (the lines before it already
        taken as its subheads)."""
        j = i
        while j < len(self.roles) and self.roles[j] == "headline" and j - i < _HEADER_LINES:
            j += 1
        if j >= len(self.roles) or self.roles[j] != "para" or self.units[j].leadin:
            return False
        if ENUM_HEAD_RE.match(self.units[i].text) and self.roles[i - 1] in ("para", "item"):
            return j - i >= 2
        last = cur.pieces[-1]
        return last.type == "subhead" and last.unit == i - 1 and self.roles[i - 1] == "headline"

    def heads_next_story(self, i: int, cur: Segment | None) -> bool:
        """Line *i* shares no words with the open story but most with the text under it:
        the next story's title (in real news laid out by the relay, 70 times in 74) —
        unless the text under it plainly goes on with the story, or goes on with it as
        much as the page's paragraphs usually do while naming little of the line.  A
        series outweighs it: a story that already has subheads of this size takes one
        more — unless the text under it runs to a closing credit while the open story's
        byline was printed at its top (two teams), or shares next to nothing with the story
        (less than a share of what the page's paragraphs usually do)."""
        # the text under it, past the second line of a pair (底座更坚实 / 良种支撑…)
        j = i + 2 if self.roles[i + 1 : i + 3] == ["headline", "para"] else i + 1
        if cur is not None and self._speakers_round(i, j, cur):
            return False  # more of a round-up of speakers, under a heading
        if not self.opens_new_story(i, cur):
            if self.titles_story_above(i, cur):
                return True
            if not self.changes_subject(i, cur):
                return False
            self.heads.add(i)
        elif self.goes_on_with_story(j, cur):
            return False  # the text under it is plainly more of the story: a subhead
        elif cur is not None and not self._named_under(i) and self.continues_story(i + 1, cur):
            return False  # a word or two of it under it, and the text goes on with the story
        if not self.one_of_a_series(i, cur):
            return True
        # a closing credit ends the open story too, unless its byline was printed on top
        if cur is not None and cur.lead_byline is not None and self.runs_to_credit(i):
            return True
        # … and so does text under it that shares next to nothing with the story (on a
        # page whose paragraphs do share words: where they share none, this tells nothing)
        c = self.cohesion_under(i + 1, cur) if cur is not None else None
        usual = self.cohesion.usual()
        return c is not None and usual >= SUBJECT_CHANGE and self._shares_little(c)

    def _speakers_round(self, i: int, j: int, cur: Segment) -> bool:
        """The open story's last paragraph and the text under line *i* (from *j*) each open
        on a speaker named with their post in brackets and a colon (``李某代表（…院长）：``):
        a round-up of what people said, whose sections a heading only divides."""
        last = next((p.text for p in reversed(cur.pieces) if p.type == "paragraph"), "")
        below = self.units[j].text if j < len(self.units) and self.roles[j] == "para" else ""
        return bool(_SPEAKER_RE.match(last) and _SPEAKER_RE.match(below))

    def _shares_little(self, c: float) -> bool:
        """Cohesion *c* is little for the page: under a part of what its consecutive
        paragraphs usually share, or, on a page whose paragraphs do share words, under
        :data:`_HEAD_OVER_CHANGE` and a larger part of that."""
        usual = self.cohesion.usual()
        if c < _SUBJECT_CHANGE_PART * usual:
            return True
        return usual >= SUBJECT_CHANGE and c < _HEAD_OVER_CHANGE and c < _LITTLE_PART * usual

    def continues_story(self, j: int, story: Segment) -> bool:
        """The text from line *j* shares with *story* at least what two paragraphs of the
        page usually do: more of that story."""
        c = self.cohesion_under(j, story)
        return c is not None and c >= self.cohesion.usual() > 0

    def goes_on_with_story(self, j: int, cur: Segment | None) -> bool:
        """The text from line *j* shares far more with the open story than two paragraphs
        of the page usually do (and more than next to nothing): it names the same people
        and things, whatever the line over it says (a section's heading may name only what
        its section tells)."""
        if cur is None:
            return False
        c = self.cohesion_under(j, cur)
        return c is not None and c >= max(_GOES_ON * self.cohesion.usual(), _GOES_ON_LEAST)

    def titles_story_above(self, i: int, cur: Segment | None) -> bool:
        """Line *i* is the open story's title printed after it: its words are the story's
        (most of them), hardly any is the text's under it (no more than a
        quarter as many: a word found there by chance), and that text shares less with the
        story than two paragraphs of the page usually do (or almost nothing).  A subhead
        names what its section tells."""
        if cur is None:
            return False
        head = words(self.units[i].text)
        if len(head) < 4 or not cur.pieces:
            return False
        own = len(head & bigrams(cur.body))
        if len(head & self._words_under(i)) > _STRAY * own or own < _OWN_SHARE * len(head):
            return False
        c = self.cohesion_under(i + 1, cur)
        return c is not None and c < max(self.cohesion.usual(), SUBJECT_CHANGE)

    def changes_subject(self, i: int, cur: Segment | None) -> bool:
        """The text under line *i* (up to the next headline) shares almost none of its
        words with the open story: whatever the line says, a new story starts there."""
        if cur is None:
            return False
        c = self.cohesion_under(i + 1, cur)
        if c is None or not (c < _HEAD_OVER_CHANGE and self._shares_little(c)):
            return False
        return not self.echoes_title(i, cur)

    def lead_goes_below(self, i: int, cur: Segment) -> bool:
        """Line *i* heads a new story, and the open story's last paragraph is that
        story's opening, printed over its first section heading: it shares next to
        nothing with the story above and plainly more with the text under line *i*
        (``近年来，针对农村高额彩礼问题，…`` / ``党员干部带头示范树新风`` / text), on a page
        whose paragraphs do share words."""
        paras = [p for p in cur.pieces if p.type == "paragraph"]
        if len(paras) < 2 or cur.pieces[-1].type != "paragraph" or self.roles[i] != "headline":
            return False
        last = paras[-1]
        if last.unit < 0 or self.units[last.unit].leadin or REFERS_BACK_RE.match(last.text):
            return False
        above = [p.text for p in paras[:-1]]
        below = [
            self.units[k].text
            for k in range(i + 1, min(i + 4, len(self.units)))
            if self.roles[k] == "para"
        ]
        if sum(map(len, above)) < _COHESION_TEXT or sum(map(len, below)) < _COHESION_TEXT:
            return False
        if self.cohesion.usual() < SUBJECT_CHANGE:
            return False  # a page whose paragraphs share next to nothing: this tells nothing
        up = self.cohesion.shared([last.text], above)
        down = self.cohesion.shared([last.text], below)
        return up < SUBJECT_CHANGE and down >= _LEADS_BELOW * max(up, SUBJECT_CHANGE / 2)

    def cohesion_under(self, j: int, cur: Segment) -> float | None:
        """How much the text from line *j* up to the next headline shares with the open
        story (read on past a lone subhead while it is shorter than a brief: a one-line
        lead tells too little); None when either has too few words to tell."""
        span: list[str] = []
        k = j
        while k < len(self.roles):
            if self.roles[k] in ("para", "item"):
                span.append(self.units[k].text)
            elif not (sum(map(len, span)) < _COHESION_TEXT and self._lone_head(k)):
                break
            k += 1
        body = [p.text for p in cur.pieces if p.type != "table"]
        if sum(map(len, body)) < _COHESION_TEXT or sum(map(len, span)) < _COHESION_TEXT:
            return None
        return self.cohesion.shared(body, span)

    def _lone_head(self, k: int) -> bool:
        """Line *k* is one headline line between paragraphs, no lead-in under it."""
        return (
            0 < k < len(self.roles) - 1
            and self.roles[k] == "headline"
            and len(self.units[k].lines) == 1
            and self.roles[k - 1] == "para"
            and self.roles[k + 1] == "para"
            and not self.units[k + 1].leadin
        )

    def echoes_title(self, i: int, cur: Segment) -> bool:
        """Line *i* shares a rare word with the headline printed over the open story:
        a section of that story (``在火热奋斗一线聆听春天的故事`` … ``这个春天令人鼓舞``),
        whose parts may each tell of other people and places."""
        head = words(self.units[i].text)
        k = cur.first - 1
        while k >= 0 and k >= cur.first - 3 and self.roles[k] in ("byline", "kicker", "headline"):
            shared = head & bigrams(self.units[k].text)
            if self.roles[k] == "headline" and any(map(self.cohesion.rare, shared)):
                return True
            k -= 1
        return False

    def one_of_a_series(self, i: int, cur: Segment | None) -> bool:
        """The open story already has subheads and line *i* is set like them (one line of
        about their length, over a second line only if theirs are pairs too): the next in
        the series, not a new story's title."""
        if cur is None or len(self.units[i].lines) != 1:
            return False
        pair = self.roles[i - 1] in ("para", "item") and self.roles[i + 1 : i + 2] == ["headline"]
        if pair and not heads_in_pairs(cur):
            return False  # a title over its deck, after a story whose sections have one line
        return set_like_its_subheads(self.units[i].text, cur)

    def _named_under(self, i: int) -> bool:
        """The text under line *i* names it: holds a good share of its words."""
        head = words(self.units[i].text)
        return len(head & self._words_under(i)) >= _AFTER_SHARE * len(head)

    def opens_new_story(self, i: int, cur: Segment | None) -> bool:
        """A headline that shares its words with the text after it but none with the
        story so far: the title of the next story, not a subhead of this one.  A line
        sharing no word at all with the story above needs only one with the text under
        it (a feature's title names little of its lead; a subhead shares words with its
        story)."""
        if cur is None:
            return False
        paras = sum(p.type == "paragraph" for p in cur.pieces)
        head = words(self.units[i].text)
        if paras == 0 or len(head) < 4:
            return False
        before = bigrams(cur.body[-1500:])
        after = self._words_under(i)
        shared, ahead = len(head & before), len(head & after)
        named = ahead >= _AFTER_SHARE * len(head)
        # a news lead opens on when it happened (5月28日，… 近日，…): with a title over it
        # naming what it tells, a story starts even under one paragraph or a shared word
        dated = named and bool(NEWS_OPENING_RE.match(self.units[i + 1].text))
        if paras == 1:
            return dated and shared == 0
        if shared == 0 and ahead >= 1:
            return True
        return shared <= (0.2 if dated else 0.1) * len(head) and named

    def runs_to_credit(self, i: int) -> bool:
        """The text under line *i* runs on to a closing credit (before any lead-in or
        other kind of line): the credit of whatever story line *i* belongs to."""
        for j in range(i + 1, len(self.units)):
            role, u = self.roles[j], self.units[j]
            if role == "credit":
                return True
            if role in ("para", "item"):
                if u.leadin and j > i + 1:
                    return False
                if split_credit(u.text)[1] is not None:
                    return True
            elif not (
                role == "headline"
                and j + 1 < len(self.units)
                and self.roles[j + 1] == "para"
                and not COLUMN_LABEL_RE.match(u.text)  # another story's title
            ):
                return False
        return False

    def is_labelled_subhead(self, i: int, cur: Segment | None) -> bool:
        """A tiny label (``数据`` / ``受益群体有多大？``) or one ending in a colon (``北京：`` /
        ``服务再升级，带来新变化``) over a short subhead inside a story."""
        if i + 2 >= len(self.units) or self.roles[i] != "headline":
            return False
        label = self.units[i].text
        if width(label) > 4 and not (label[-1:] in "：:" and width(label) <= 24):
            return False
        if cur is None or not cur.pieces or self.roles[i - 1] != "para":
            return False
        head, after = self.units[i + 1], self.units[i + 2]
        return (
            self.roles[i + 1] == "headline"
            and width(head.text) <= 16
            and self.roles[i + 2] == "para"
            and not after.leadin
            and not self.opens_new_story(i + 1, cur)  # a kicker over the next story's title
        )
