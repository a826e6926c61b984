"""Stage 6 — headlines: attach titles, decks, kickers and captions to bodies by content.

Headlines are often printed away from their bodies (collected at the end of the page, or
after the story).  A headline shares words with its body, so each candidate is scored
against every body by the IDF-weighted share of its character bigrams found there
(:mod:`.s06_titles`), plus a small bonus for sitting right next to the body.  Titles are
assigned best-first (never a ``——`` deck); a deck next to an assigned title becomes its
subtitle — of two headline lines printed one above the other the upper is the title; a
label or ``【…】`` line right before a title becomes its kicker, unless it speaks of the
body over a longer one-line deck (then it is the title).  The pairing is then settled
globally (:mod:`.s06_settle`): bodies trade headlines when the product of their fits gains,
a body hands its headline on to an untitled one when a leftover headline fits it alone, and
a one-line headline made of two headline-shaped halves is split between two bodies when one
would stay untitled.  A headline still left over that fits a titled body shows two stories
run together there (:mod:`.s06_ran_together` cuts it).  A headline left over right above a
story's title, the story above having its own, is the main title over it.  The briefs of a
column (``简讯``) take no headline.  A short picture caption printed
under an end-block headline, or a line set apart by several blank lines that describes a
story, is that story's caption.  What matches nothing is page furniture.
"""

from __future__ import annotations

import re

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s05_likeness import set_like_its_subheads
from desktop.core.cleaning.s05_model import Piece, Segment, Segmentation
from desktop.core.cleaning.s06_captions import (
    assign_captions,
    fold_photo_captions,
    set_apart_captions,
)
from desktop.core.cleaning.s06_kickers import (
    KICKER_WIDTH,
    LEADS_INTO_RE,
    assign_kickers,
    title_of_two_lines,
)
from desktop.core.cleaning.s06_ran_together import split_off_untitled, split_ran_together
from desktop.core.cleaning.s06_settle import (
    closing_cries,
    hand_on,
    improve_titles,
    last_pair_by_elimination,
    split_side_by_side,
)
from desktop.core.cleaning.s06_titles import (
    Scorer,
    distinctive_first,
    is_deck,
    promote_deck,
    split_title,
)
from desktop.core.cleaning.textutil import (
    squeeze,
    width,
)

_ADJACENT_BONUS = 0.12
#: For sitting right above a story that opens with a byline line: the place of a title.
_ABOVE_BYLINE_BONUS = 0.5
#: For sitting over text on another subject than the story above it (a title before its
#: body is the usual order; one printed after its body still wins on its words).
_OVER_NEW_SUBJECT_BONUS = 0.3
#: What part of the words a headline needs for the strong pass it needs for the weak one.
_WEAK_PART = 2.5


def _adjacent(seg: Segment, i: int, between: set[int]) -> bool:
    """True when only headline candidates, credits or furniture separate *i* from the body."""
    if i < seg.first:
        return all(j in between for j in range(i + 1, seg.first))
    if i > seg.last:
        return all(j in between for j in range(seg.last + 1, i))
    return False


class Attacher:
    def __init__(self, units: list[Unit], roles: list[str], seg: Segmentation, opts: CleanOptions):
        self.units, self.roles, self.seg, self.opts = units, roles, seg, opts
        self.segments = seg.segments
        self.pool = list(seg.pool)
        self.pool_set = set(seg.pool)
        self.used: set[int] = set()
        self.credits: list[str] = []
        #: Leftover headlines that cut a body in two (:mod:`.s06_ran_together`).
        self.cut_titles: set[int] = set()
        #: Stories whose wire title (``题：…``) gave way to a printed headline, and that title.
        self.wire_titles: list[tuple[Segment, str]] = []
        self.scorer = Scorer(self.segments)
        quiet = ("credit", "photocredit", "furniture", "signature")
        self.between = self.pool_set | {j for j, r in enumerate(roles) if r in quiet}
        self.scores = self._all_scores()
        self.raw = {(i, k): sc for sc, i, k in self.scores}

    def _all_scores(self) -> list[tuple[float, int, int]]:
        out: list[tuple[float, int, int]] = []
        for i in self.pool:
            if self.roles[i] not in ("headline", "caption"):
                continue
            for k, s in enumerate(self.segments):
                if s.brief:
                    continue  # a brief of a column takes no headline
                sc = self.scorer.score(self.units[i].text, k)
                # a story that closes with a credit has ended: a headline after the
                # credit heads what follows (a photo's title does follow its credit)
                signed = s.credit_byline is not None or s.signed_off
                ended = i > s.last and signed and s.kind != "photo"
                # a story whose lead-in opens right under a headline has its title there
                ended = ended or (i > s.last and self._headed_over_lead(s))
                if _adjacent(s, i, self.between) and not ended:
                    sc += _ADJACENT_BONUS
                    if self._right_above_byline(i, s):
                        sc += _ABOVE_BYLINE_BONUS
                    elif i < s.first and i in self.seg.subject_heads:
                        sc += _OVER_NEW_SUBJECT_BONUS
                out.append((sc, i, k))
        return distinctive_first(out)

    def _headed_over_lead(self, s: Segment) -> bool:
        """Body *s* opens on a lead-in printed right under a headline."""
        j = s.first
        return j > 0 and self.units[j].leadin and self.roles[j - 1] == "headline"

    def _right_above_byline(self, i: int, s: Segment) -> bool:
        """Headline *i* is the last above the byline line opening *s* (a ``——`` deck may
        come between): where the story's own title is printed.  (A headline further up
        may be the title of the story above, printed after its body.)"""
        if i >= s.first or self.roles[s.first] != "byline":
            return False
        return all(is_deck(self.units[j].text) for j in range(i + 1, s.first))

    @property
    def weak(self) -> float:
        """The weak pass's threshold: a short headline shares few words with its body, and
        a line sharing less than this with a text speaks of nothing there."""
        return self.opts.min_headline_overlap / _WEAK_PART

    def candidates(self, threshold: float) -> list[tuple[float, int, int]]:
        return [c for c in self.scores if c[0] >= threshold]

    def assign_titles(self, cands: list[tuple[float, int, int]]) -> None:
        for _sc, i, k in cands:
            s = self.segments[k]
            if i in self.used or self.roles[i] != "headline" or is_deck(self.units[i].text):
                continue
            if s.title is None or (s.wire_titled and _adjacent(s, i, self.between) and i < s.first):
                self.give(i, k)

    def give(self, i: int, k: int) -> None:
        """Make headline unit *i* the title (and deck, label) of body *k*.  A title the
        story took from its wire title line gives way to the headline printed over it and
        stays as the deck (or, with a deck there already, in the furniture)."""
        s = self.segments[k]
        lines = self._strip_label(self.units[i].lines, k, s)
        # a headline read as text first (it ended in ！) ran on as text does: one title
        wrapped = self.units[i].wrapped or self.units[i].kind == "text"
        title, sub = split_title(lines, wrapped and len(lines) == 2, s.body)
        if s.wire_titled and s.title:
            self.wire_titles.append((s, s.title))
        s.title, s.title_unit, s.wire_titled = title, i, False
        if sub and s.subtitle is None:
            s.subtitle, s.subtitle_unit = sub, i
        self.used.add(i)

    def keep_wire_titles(self) -> None:
        """A wire title a printed headline replaced is the story's deck when no deck was
        printed and neither headline says it already; else its words go to the furniture."""
        for s, wire in self.wire_titles:
            if squeeze(wire) in squeeze((s.title or "") + (s.subtitle or "")):
                continue
            if s.subtitle is None:
                s.subtitle = wire
            else:
                self.credits.append(wire)

    def free(self) -> list[int]:
        """Headline units given to no body yet."""
        return [
            i
            for i in self.pool
            if i not in self.used
            and self.roles[i] == "headline"
            and not is_deck(self.units[i].text)
        ]

    def _strip_label(self, lines: list[str], k: int, s: Segment) -> list[str]:
        """A short first line sharing no words with the body is a kicker, not the title."""
        if len(lines) < 2 or width(lines[0]) > KICKER_WIDTH - 2 or s.kicker is not None:
            return lines
        if self.scorer.score(lines[0], k) == 0 and self.scorer.score("".join(lines[1:]), k) > 0:
            s.kicker = lines[0]
            return lines[1:]
        return lines

    def assign_decks(self, cands: list[tuple[float, int, int]], best_only: bool = False) -> None:
        """A candidate right after (or before) an assigned title, scoring there, is its deck."""
        seen: set[int] = set()
        for _sc, i, k in cands:
            if best_only and i in seen:
                continue  # only the body this line matches best
            seen.add(i)
            s = self.segments[k]
            if i in self.used or self.roles[i] != "headline" or s.subtitle is not None:
                continue
            if any(is_deck(t) for t in self.units[i].lines[1:]):
                continue  # a title over its own deck (``——记…``) heads a story of its own
            if i < s.title_unit and is_deck(self.units[i].text):
                continue  # a ——deck belongs to the title over it, not to the one under it
            # a line set apart below the title by several blank lines is a caption
            apart = i > s.title_unit and self.units[i].gap >= 2
            if s.title_unit >= 0 and abs(s.title_unit - i) == 1 and not apart:
                s.subtitle, s.subtitle_unit = self.units[i].text, i
                self.used.add(i)
                if i < s.title_unit and self._main_above(i, s, k):
                    s.title, s.subtitle = s.subtitle, s.title
                    s.title_unit, s.subtitle_unit = i, s.title_unit

    def titles_over_titles(self) -> None:
        """A headline left over, printed right above a story's title that is right above
        its text, heads that story with it when the story above already has its title
        (so it is not that one's, printed after it): the upper line is the main title and
        the lower its deck unless the upper is a label (``贯彻阶级路线 大争一定胜利`` /
        ``吉水县干部会关于…的结论`` / text)."""
        free = set(self.free())
        thr = self.opts.min_headline_overlap
        for k, s in enumerate(self.segments):
            i = s.title_unit - 1
            if s.subtitle is not None or s.title_unit != s.first - 1 or i not in free:
                continue
            if self.units[s.title_unit].gap >= 2 or width(self.units[i].text) <= KICKER_WIDTH:
                continue  # set apart, or a label (stage 6's kickers)
            above = [kk for kk, t in enumerate(self.segments[:k]) if t.last < i]
            if above and self.segments[above[-1]].title is None:
                continue
            if above and self.scorer.score(self.units[i].text, above[-1]) >= self.weak:
                continue  # it may be the story above's, printed after it
            if any(self.raw.get((i, kk), 0.0) >= thr for kk in range(len(self.segments))):
                continue  # it speaks of a body: the word fit has placed it
            s.subtitle, s.subtitle_unit = self.units[i].text, i
            self.used.add(i)
            free.discard(i)
            if self._main_above(i, s, k):
                s.title, s.subtitle = s.subtitle, s.title
                s.title_unit, s.subtitle_unit = i, s.title_unit

    def decks_between(self) -> None:
        """A headline left over between a story's title and its text can belong to no
        other story: it is that story's deck (``…村党总支书记赵会杰`` / ``找准产业路  办好
        民生事`` / text), and :func:`.s06_kickers.title_of_two_lines` then reads which line
        is the title."""
        free = set(self.free())
        for s in self.segments:
            i = s.first - 1
            if s.title is None or s.subtitle is not None or s.title_unit != i - 1:
                continue
            if i in free and self.units[i].gap < 2:
                s.subtitle, s.subtitle_unit = self.units[i].text, i
                self.used.add(i)
                free.discard(i)

    def first_section_labels(self) -> None:
        """A short label taken as a story's deck, printed right above its text, is the
        text's first section label when the text has later sections labelled alike
        (``公交`` / text … ``轨交`` / text): it goes back into the body."""
        for s in self.segments:
            j = s.subtitle_unit
            if j < 0 or j != s.first - 1 or width(self.units[j].text) > KICKER_WIDTH:
                continue
            if set_like_its_subheads(self.units[j].text, s):
                s.pieces.insert(0, Piece("subhead", s.subtitle or "", unit=j))
                s.first, s.subtitle, s.subtitle_unit = j, None, -1

    def _main_above(self, i: int, s: Segment, k: int) -> bool:
        """Of two headline lines printed one above the other, the upper is the main title
        (the deck follows it) unless it is a tiny label (short, and not speaking of the
        body) or the title has a deck of its own."""
        text = self.units[i].text
        label = width(text) <= KICKER_WIDTH and (
            width(text) < 5 or self.scorer.score(text, k) < self.opts.min_headline_overlap
        )
        return (
            s.subtitle_unit == i
            and s.title is not None
            and not label
            and not is_deck(self.units[s.title_unit].text)
            and len(self.units[s.title_unit].lines) == 1
        )

    def titles_led_into(self) -> None:
        """A title ending in a colon or a dash leads into the headline right under it,
        still unused: that line is the title and the first the kicker
        (``…数字技术提升服务，江苏——`` / ``办好暖心餐 三招解难题（探访）``)."""
        for s in self.segments:
            i, j = s.title_unit, s.title_unit + 1
            if i < 0 or s.kicker is not None or s.title is None or j in self.used:
                continue
            if j not in self.pool_set or self.roles[j] != "headline":
                continue
            if not LEADS_INTO_RE.search(s.title) or LEADS_INTO_RE.search(self.units[j].text):
                continue
            s.kicker, s.title, s.title_unit = s.title, self.units[j].text, j
            self.used.add(j)

    def assign_dash_decks(self) -> None:
        """A ``——`` line right under an assigned title is its deck, whatever it says."""
        for s in self.segments:
            j = s.title_unit + 1
            if s.title_unit < 0 or s.subtitle is not None or j not in self.pool_set:
                continue
            if j not in self.used and is_deck(self.units[j].text):
                s.subtitle, s.subtitle_unit = self.units[j].text, j
                self.used.add(j)

    def leftovers_as_titles(self) -> None:
        """An unmatched headline directly above an untitled body is its title, unless
        another untitled body (say the photo whose caption it follows) claims it first."""
        best: dict[int, tuple[float, int]] = {}
        for sc, i, k in self.scores:
            if self.segments[k].title is None and i not in best:
                best[i] = (sc, k)
        for k, s in enumerate(self.segments):
            j = s.first - 1
            free = j in self.pool_set and j not in self.used and best.get(j, (0, k))[1] == k
            if (
                s.title is None
                and not s.brief
                and free
                and self.roles[j] == "headline"
                and not is_deck(self.units[j].text)
            ):
                self.give(j, k)  # its deck too, if the lines hold one

    def return_titles_printed_after(self) -> None:
        """A headline printed under a story's end can be read as the next body's title;
        it goes back up when it fits the story above and not the body below, which has a
        headline of its own waiting in the pool."""
        floor = self.weak
        for k in range(1, len(self.segments)):
            p, s = self.segments[k - 1], self.segments[k]
            i = s.title_unit
            if s.title is None or i < 0 or i in self.pool_set or p.title is not None:
                continue
            if not p.last < i <= s.first or p.kind == "photo":
                continue
            fits_above = self.scorer.score(s.title, k - 1) >= floor
            fits_here = self.scorer.score(s.title, k) >= floor
            waiting = any(
                sc >= self.opts.min_headline_overlap and kk == k and self.roles[f] == "headline"
                for sc, f, kk in self.scores
            )
            if fits_above and not fits_here and waiting:
                p.title, p.title_unit, s.title, s.title_unit = s.title, i, None, -1
                if s.subtitle_unit == i:
                    p.subtitle, p.subtitle_unit, s.subtitle, s.subtitle_unit = (
                        s.subtitle,
                        i,
                        None,
                        -1,
                    )

    def rescore(self) -> None:
        """Score every headline against every body again (after a body was cut in two)."""
        self.scorer = Scorer(self.segments)
        self.scores = self._all_scores()
        self.raw = {(i, k): sc for sc, i, k in self.scores}

    def repeated_titles(self) -> None:
        """A headline that repeats a title or deck a story already has (the title line of
        a wire story, ``新华社…电 题：…``, printed over it once more): set, not a leftover."""
        have = {
            squeeze(t)
            for s in self.segments
            for t in (s.title, s.subtitle, (s.title or "") + (s.subtitle or ""))
            if t
        }
        for i in self.pool:
            if self.roles[i] == "headline" and squeeze(self.units[i].text) in have:
                self.used.add(i)
                self.credits.append(self.units[i].text)  # its words stay in the furniture

    def run(self) -> list[str]:
        self.repeated_titles()
        self.return_titles_printed_after()
        strong = self.candidates(self.opts.min_headline_overlap)
        weak = self.candidates(self.weak)
        self.assign_titles(strong)
        self.leftovers_as_titles()
        improve_titles(self)
        self.titles_led_into()
        closing_cries(self)
        self.assign_decks(strong)
        self.assign_dash_decks()
        assign_kickers(self)
        # a second, weaker pass: short headlines share few words with their bodies
        self.assign_decks(weak, best_only=True)
        self.assign_titles(weak)
        improve_titles(self)
        self.titles_led_into()
        assign_kickers(self)
        hand_on(self)
        split_side_by_side(self)
        split_ran_together(self)
        split_off_untitled(self)
        last_pair_by_elimination(self)
        self.titles_over_titles()
        self.decks_between()
        self.first_section_labels()
        weak = self.candidates(self.weak)
        self.assign_decks(weak, best_only=True)
        self.assign_dash_decks()
        assign_kickers(self)
        assign_captions(self, weak)
        set_apart_captions(self)
        fold_photo_captions(self)
        self.keep_wire_titles()
        title_of_two_lines(self)
        for seg in self.segments:
            promote_deck(seg)
        return [self.units[i].text for i in self.pool if i not in self.used] + self.credits


def attach_headlines(
    units: list[Unit], roles: list[str], seg: Segmentation, options: CleanOptions | None = None
) -> list[str]:
    """Fill titles, subtitles, kickers and captions in place; return unattached texts."""
    opts = options or CleanOptions()
    if not seg.segments:
        return [units[i].text for i in seg.pool]
    left = Attacher(units, roles, seg, opts).run()
    return [re.sub(r"\s+", " ", t) for t in left]
