"""Stage 6 — headlines: attach titles, decks, kickers and captions to bodies by content.

Headlines are often printed away from their bodies (collected at the end of the page, or
after the story).  A headline shares words with its body, so each candidate is scored
against every body by the IDF-weighted share of its character bigrams found there, plus a
small bonus for sitting right next to the body.  Titles are assigned best-first (never a
``——`` deck); a deck next to an assigned title becomes its subtitle — of two headline
lines printed one above the other the upper is the title; a label or ``【…】`` line right
before a title becomes its kicker, unless it speaks of the body over a longer one-line
deck (then it is the title).  The pairing is then settled globally: bodies trade headlines
when the product of their fits gains (a headline that fits two bodies goes to the one no
other headline fits), a body hands its headline on to an untitled one when a leftover
headline fits it alone, and a one-line headline made of two headline-shaped halves is split
between two bodies when one would stay untitled.  A headline still left over that fits a
titled body shows two stories run together there (:mod:`.s06_ran_together` cuts it).  A
short picture caption printed under an end-block headline, or a line set apart by several
blank lines that describes a story, is that story's caption.  What matches nothing is page
furniture.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s05_segment import Piece, Segment, Segmentation
from desktop.core.cleaning.s06_ran_together import split_off_untitled, split_ran_together
from desktop.core.cleaning.textutil import (
    CUT_END,
    DECK_DASHES,
    HEADLINE_BREAK,
    bigrams,
    cuts_word,
    starts_mid_sentence,
    width,
)

#: A headline line this wide (in em) was filled by the compositor: when the line under it
#: is shorter, the two are one headline run over, not a title over its deck.
_FULL_HEADLINE = 16.0
#: Longest label (in em) taken as a kicker when it stands right before a title.
_KICKER_WIDTH = 8.0
_ADJACENT_BONUS = 0.12
#: For sitting right above a story that opens with a byline line: the place of a title.
_ABOVE_BYLINE_BONUS = 0.5
#: For sitting over text on another subject than the story above it (a title before its
#: body is the usual order; one printed after its body still wins on its words).
_OVER_NEW_SUBJECT_BONUS = 0.3
#: Longest picture caption (in em) folded into the story whose headline it sits under.
_CAPTION_WIDTH = 24.0
#: Least fit of a line set apart by blank lines to a story for it to be that story's caption.
_CAPTION_FIT = 0.5
#: How much a headline's fit to its best other body lowers its rank for this body.
_RIVAL_WEIGHT = 0.5
#: How much two bodies' total fit must gain before they trade headlines.
_SWAP_MARGIN = 0.1
#: The least fit counted when multiplying fits (a headline sharing nothing with a body).
_FIT_FLOOR = 0.03


def split_title(lines: list[str], wrapped: bool = False) -> tuple[str, str | None]:
    """A headline block as (title, subtitle): a ``——`` line or a longer second line is a deck;
    two lines broken after a colon, inside a word or a quotation, or a full first line over a
    shorter one are one title run over."""
    for k, ln in enumerate(lines):
        if k > 0 and _is_deck(ln):
            return "".join(lines[:k]), "".join(lines[k:])
    if len(lines) == 2 and lines[0].rstrip()[-1:] in HEADLINE_BREAK:
        return "".join(lines), None  # a headline broken after its colon or dash
    first_end = lines[0].rstrip()[-1:]
    if len(lines) == 2 and (
        cuts_word(lines[0], lines[1]) or _opens_quote(lines[0]) or first_end in CUT_END
    ):
        # wrapped inside a word (示范 / 性职工), a quotation (“区区通 / 地铁”) or a phrase
        # (…流动车向 / 户外劳动者…): one title
        return "".join(lines), None
    if len(lines) == 2:
        # a headline wrapped over two lines has a short line; a title over a longer
        # deck (smaller type, more characters a line) has two full phrases
        a, b = width(lines[0]), width(lines[1])
        if (a >= _FULL_HEADLINE or wrapped) and a > b:
            return "".join(lines), None  # the first line filled, the rest ran over
        if (b >= 12 and b >= a + 3 and a >= 6) or (a >= 12 and b >= 12):
            return lines[0], lines[1]
    return "".join(lines), None


def _opens_quote(line: str) -> bool:
    """The line leaves a quotation or bracket open that only the next line closes."""
    return any(line.count(a) > line.count(b) for a, b in (("“", "”"), ("《", "》"), ("（", "）")))


def side_by_side(line: str) -> tuple[str, str] | None:
    """Two headlines printed side by side on one line: two headline-shaped halves (each
    a phrase of 4–16 em with no inner clause punctuation; a headline's ``X：Y`` colon is
    fine) around one run of spaces."""
    m = re.fullmatch(r"(\S+)[ \u3000]+(\S+)", line.strip())
    if m is None:
        return None
    halves = (m.group(1), m.group(2))
    for h in halves:
        if not 4 <= width(h) <= 16 or re.search(r"[。，、；]|^：|：$", h) or len(bigrams(h)) < 2:
            return None
    return halves


def _trade_heads(a: Segment, b: Segment) -> None:
    """Swap the headlines (title, its own deck and label) of two bodies."""
    for name in ("title", "title_unit", "kicker"):
        va, vb = getattr(a, name), getattr(b, name)
        setattr(a, name, vb)
        setattr(b, name, va)
    # a deck printed with the headline (same or next unit) goes with it
    own_a = a.subtitle_unit >= 0 and abs(a.subtitle_unit - b.title_unit) <= 1
    own_b = b.subtitle_unit >= 0 and abs(b.subtitle_unit - a.title_unit) <= 1
    sub_a, sub_b = (a.subtitle, a.subtitle_unit), (b.subtitle, b.subtitle_unit)
    if own_a or own_b:
        (a.subtitle, a.subtitle_unit), (b.subtitle, b.subtitle_unit) = sub_b, sub_a


def _is_deck(text: str) -> bool:
    """A line opening with a dash is a deck (``——…``), never a main title."""
    return text.startswith(DECK_DASHES)


def _join_kicker(texts: list[str]) -> str:
    return "".join(texts)


def _promote_deck(seg: Segment) -> None:
    """A tiny label over a real headline (a place name, a rubric) is a kicker."""
    if seg.title and seg.subtitle and width(seg.title) <= 3 and width(seg.subtitle) >= 6:
        label = seg.title
        seg.title, seg.subtitle = seg.subtitle, None
        seg.kicker = f"{seg.kicker} {label}" if seg.kicker else label


class _Scorer:
    """IDF-weighted bigram overlap between headline candidates and bodies."""

    def __init__(self, segments: list[Segment]) -> None:
        self.bags = [bigrams(s.body[:20000]) for s in segments]
        df: Counter[str] = Counter()
        for bag in self.bags:
            df.update(bag)
        n = len(segments)
        self.idf = {g: math.log(1 + n / (1 + c)) + 0.05 for g, c in df.items()}
        self.default_idf = math.log(1 + n) + 0.05

    def fit(self, head: str, text: str) -> float:
        """Weighted share of the headline's bigrams found in *text* (any text, not a body)."""
        return self._share(bigrams(head), bigrams(text))

    def score(self, text: str, k: int) -> float:
        """Weighted share of the headline's bigrams found in body *k*."""
        return self._share(bigrams(text), self.bags[k])

    def _share(self, grams: set[str], found: set[str]) -> float:
        if not grams:
            return 0.0
        # math.fsum: exact, so the order a set happens to iterate in never tips a result
        total = math.fsum(self.idf.get(g, self.default_idf) for g in grams)
        return math.fsum(self.idf.get(g, self.default_idf) for g in grams if g in found) / total


def _distinctive_first(scores: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """(score, headline, body) best first, where a headline that fits another body almost
    as well (two common words) ranks lower: clear pairs are settled before ambiguous ones."""
    top: dict[int, list[float]] = {}
    for sc, i, _k in scores:
        top.setdefault(i, []).append(sc)
    two = {i: [*sorted(v, reverse=True)[:2], 0.0] for i, v in top.items()}

    def key(t: tuple[float, int, int]) -> tuple[float, int]:
        sc, i, _k = t
        best, second = two[i][0], two[i][1]
        rival = second if sc >= best else best
        return (-(sc - _RIVAL_WEIGHT * rival), i)

    return sorted(scores, key=key)


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
        self.scorer = _Scorer(self.segments)
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
                sc = self.scorer.score(self.units[i].text, k)
                # a story that closes with a credit has ended: a headline after the
                # credit heads what follows (a photo's title does follow its credit)
                ended = i > s.last and s.credit_byline is not None and s.kind != "photo"
                if _adjacent(s, i, self.between) and not ended:
                    sc += _ADJACENT_BONUS
                    if self._right_above_byline(i, s):
                        sc += _ABOVE_BYLINE_BONUS
                    elif i < s.first and i in self.seg.subject_heads:
                        sc += _OVER_NEW_SUBJECT_BONUS
                out.append((sc, i, k))
        return _distinctive_first(out)

    def _right_above_byline(self, i: int, s: Segment) -> bool:
        """Headline *i* is the last above the byline line opening *s* (a ``——`` deck may
        come between): where the story's own title is printed.  (A headline further up
        may be the title of the story above, printed after its body.)"""
        if i >= s.first or self.roles[s.first] != "byline":
            return False
        return all(_is_deck(self.units[j].text) for j in range(i + 1, s.first))

    def candidates(self, threshold: float) -> list[tuple[float, int, int]]:
        return [c for c in self.scores if c[0] >= threshold]

    def assign_titles(self, cands: list[tuple[float, int, int]]) -> None:
        for _sc, i, k in cands:
            s = self.segments[k]
            if i in self.used or self.roles[i] != "headline" or _is_deck(self.units[i].text):
                continue
            if s.title is None:
                self.give(i, k)

    def give(self, i: int, k: int) -> None:
        """Make headline unit *i* the title (and deck, label) of body *k*."""
        s = self.segments[k]
        lines = self._strip_label(self.units[i].lines, k, s)
        # a headline read as text first (it ended in ！) ran on as text does: one title
        wrapped = self.units[i].wrapped or self.units[i].kind == "text"
        title, sub = split_title(lines, wrapped and len(lines) == 2)
        s.title, s.title_unit = title, i
        if sub and s.subtitle is None:
            s.subtitle, s.subtitle_unit = sub, i
        self.used.add(i)

    def improve_titles(self) -> None:
        """Settle titles globally: two bodies trade the headlines they were given when
        the fits gain together (a greedy pick can take a headline that fits two bodies
        for the one whose own headline fits it alone).  Fits multiply: a pairing that
        gives a body a headline sharing nothing with it loses."""
        for _round in range(3):
            changed = False
            held = [k for k, s in enumerate(self.segments) if s.title_unit in self.pool_set]
            for x, ka in enumerate(held):
                for kb in held[x + 1 :]:
                    a, b = self.segments[ka], self.segments[kb]
                    i, j = a.title_unit, b.title_unit
                    if i != j and self._fit(i, kb) + self._fit(j, ka) > (
                        self._fit(i, ka) + self._fit(j, kb) + _SWAP_MARGIN
                    ):
                        _trade_heads(a, b)
                        changed = True
            if not changed:
                return

    def _fit(self, i: int, k: int) -> float:
        return math.log(max(self.raw.get((i, k), 0.0), _FIT_FLOOR))

    def hand_on(self) -> None:
        """A body whose headline also fits an untitled body hands it on when a headline
        left over fits this body well and no other better: every body gets one."""
        floor = self.opts.min_headline_overlap / 2.5
        for f in self.free():
            fits = {k: self.raw.get((f, k), 0.0) for k in range(len(self.segments))}
            ka = max(fits, key=lambda k: fits[k])
            a = self.segments[ka]
            if fits[ka] < self.opts.min_headline_overlap or a.title_unit not in self.pool_set:
                continue
            i = a.title_unit
            untitled = [
                k
                for k, b in enumerate(self.segments)
                if b.title is None and b.kind != "photo" and self.raw.get((i, k), 0.0) >= floor
            ]
            kb = max(untitled, key=lambda k: self.raw[(i, k)], default=None)
            if kb is not None and i != f:
                _trade_heads(a, self.segments[kb])
                a.title, a.title_unit, a.kicker = None, -1, None
                self.give(f, ka)

    def free(self) -> list[int]:
        """Headline units given to no body yet."""
        return [
            i
            for i in self.pool
            if i not in self.used
            and self.roles[i] == "headline"
            and not _is_deck(self.units[i].text)
        ]

    def _strip_label(self, lines: list[str], k: int, s: Segment) -> list[str]:
        """A short first line sharing no words with the body is a kicker, not the title."""
        if len(lines) < 2 or width(lines[0]) > _KICKER_WIDTH - 2 or s.kicker is not None:
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
            if any(_is_deck(t) for t in self.units[i].lines[1:]):
                continue  # a title over its own deck (``——记…``) heads a story of its own
            # a line set apart below the title by several blank lines is a caption
            apart = i > s.title_unit and self.units[i].gap >= 2
            if s.title_unit >= 0 and abs(s.title_unit - i) == 1 and not apart:
                s.subtitle, s.subtitle_unit = self.units[i].text, i
                self.used.add(i)
                if i < s.title_unit and self._main_above(i, s, k):
                    s.title, s.subtitle = s.subtitle, s.title
                    s.title_unit, s.subtitle_unit = i, s.title_unit

    def _main_above(self, i: int, s: Segment, k: int) -> bool:
        """Of two headline lines printed one above the other, the upper is the main title
        (the deck follows it) unless it is a tiny label (short, and not speaking of the
        body) or the title has a deck of its own."""
        text = self.units[i].text
        label = width(text) <= _KICKER_WIDTH and (
            width(text) < 5 or self.scorer.score(text, k) < self.opts.min_headline_overlap
        )
        return (
            s.subtitle_unit == i
            and s.title is not None
            and not label
            and not _is_deck(self.units[s.title_unit].text)
            and len(self.units[s.title_unit].lines) == 1
        )

    def assign_dash_decks(self) -> None:
        """A ``——`` line right under an assigned title is its deck, whatever it says."""
        for s in self.segments:
            j = s.title_unit + 1
            if s.title_unit < 0 or s.subtitle is not None or j not in self.pool_set:
                continue
            if j not in self.used and _is_deck(self.units[j].text):
                s.subtitle, s.subtitle_unit = self.units[j].text, j
                self.used.add(j)

    def assign_captions(self, cands: list[tuple[float, int, int]]) -> None:
        """A caption goes to the story it shares most words with (not to another photo)."""
        for _sc, i, k in cands:
            if i in self.used or self.roles[i] != "caption" or self.segments[k].kind == "photo":
                continue
            self.segments[k].pieces.append(Piece("caption", self.units[i].text, unit=i))
            self.used.add(i)

    def assign_kickers(self) -> None:
        for k, s in enumerate(self.segments):
            if s.title_unit < 0 or s.kicker is not None:
                continue
            head = min(x for x in (s.title_unit, s.subtitle_unit) if x >= 0)
            parts: list[str] = []
            j = head - 1
            while j >= 0 and j in self.pool_set and j not in self.used:
                role = self.roles[j]
                short_label = (
                    role == "headline"
                    and width(self.units[j].text) <= _KICKER_WIDTH
                    and not self._heads_elsewhere(j, k)
                )
                if short_label and not parts and self._title_over_deck(j, k, s):
                    s.subtitle, s.subtitle_unit = s.title, s.title_unit
                    s.title, s.title_unit = self.units[j].text, j
                    self.used.add(j)
                    j -= 1
                    continue
                if role in ("kicker", "kicker+") or (short_label and not parts):
                    parts.insert(0, self.units[j].text)
                    self.used.add(j)
                    if role == "kicker":
                        break
                    j -= 1
                    continue
                break
            if parts:
                s.kicker = _join_kicker(parts)

    def _heads_elsewhere(self, j: int, k: int) -> bool:
        """A short line sharing more words with an untitled story than with body *k* is
        that story's headline printed next to this one, not this one's label."""
        text = self.units[j].text
        here = self.scorer.score(text, k)
        floor = self.opts.min_headline_overlap / 2.5
        return any(
            kk != k
            and s.title is None
            and s.kind != "photo"
            and (sc := self.scorer.score(text, kk)) >= floor
            and sc > here
            for kk, s in enumerate(self.segments)
        )

    def _title_over_deck(self, j: int, k: int, s: Segment) -> bool:
        """A short line above a one-line title is the main title, not a kicker, when it
        speaks of the body (a rubric or place tag shares no words with it) and the line
        below is a longer deck."""
        if s.subtitle is not None or s.title is None or width(self.units[j].text) < 5:
            return False
        if len(self.units[s.title_unit].lines) != 1 or width(s.title) <= width(self.units[j].text):
            return False
        return self.scorer.score(self.units[j].text, k) >= self.opts.min_headline_overlap / 2.5

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
                and free
                and self.roles[j] == "headline"
                and not _is_deck(self.units[j].text)
            ):
                s.title, s.title_unit = split_title(self.units[j].lines)[0], j
                self.used.add(j)

    def last_pair_by_elimination(self) -> None:
        """One headline left over and one story left untitled: the headline is its title.
        Headlines collected away from their bodies are each some story's title; when all
        the others have found theirs, the last pairs by elimination, as a reader pairs
        them, even when it shares no word with the body (``“要为男儿争口气”`` over a
        report of the 10000 m final)."""
        free = self.free()
        untitled = [k for k, s in enumerate(self.segments) if s.title is None and s.kind != "photo"]
        # only a story that opens as one (a lead-in, a byline): untitled text may be
        # the rest of a story printed elsewhere on the page
        if len(free) != 1 or len(untitled) != 1 or not self._opens_story(untitled[0]):
            return
        # a headline that speaks of another body is that body's (two stories ran together)
        f, k = free[0], untitled[0]
        thr = self.opts.min_headline_overlap
        if all(self.raw.get((f, kk), 0.0) < thr for kk in range(len(self.segments)) if kk != k):
            self.give(f, k)

    def _opens_story(self, k: int) -> bool:
        """Body *k* opens a story: a lead-in or names line heads it, or it is the text at
        the top of the page and begins a sentence."""
        s = self.segments[k]
        first = next((p.text for p in s.pieces if p.type == "paragraph"), "")
        top = k == 0 and all(r in ("headline", "furniture") for r in self.roles[: s.first])
        return s.headed or (top and bool(first) and not starts_mid_sentence(first, strict=True))

    def split_side_by_side(self) -> None:
        """A one-line headline made of two headline-shaped halves is two headlines when
        a body is left untitled: the halves go to the two bodies (its holder and an
        untitled story, not a photo) that they fit best together, each fitting its own."""
        floor = self.opts.min_headline_overlap / 2.5
        for i in self.pool:
            halves = side_by_side(self.units[i].text) if len(self.units[i].lines) == 1 else None
            untitled = [
                k for k, s in enumerate(self.segments) if s.title is None and s.kind != "photo"
            ]
            if halves is None or not untitled or self.roles[i] != "headline":
                continue
            holders = [k for k, s in enumerate(self.segments) if s.title_unit == i]
            if len(holders) > 1 or (i in self.used and not holders):
                continue
            best: tuple[float, int, int] | None = None
            for ka in holders or untitled:
                for kb in untitled:
                    for a, b in ((0, 1), (1, 0)):
                        sa = self.scorer.score(halves[a], ka)
                        sb = self.scorer.score(halves[b], kb)
                        if (
                            ka != kb
                            and min(sa, sb) >= floor
                            and (best is None or sa + sb > best[0])
                        ):
                            best = (sa + sb, ka if a == 0 else kb, kb if a == 0 else ka)
            if best is not None:
                for half, k in zip(halves, best[1:], strict=True):
                    self.segments[k].title, self.segments[k].title_unit = half, i
                self.used.add(i)

    def set_apart_captions(self) -> None:
        """A leftover line set apart by several blank lines (how extraction leaves a photo
        caption), sharing most of its words with a titled story, is that story's caption.
        The page's last line is a trailing site name, not a caption."""
        last = len(self.units) - 1
        for i in self.free():
            u = self.units[i]
            if u.gap < 2 or i == last or len(u.lines) != 1:
                continue
            fits = [(self.raw.get((i, k), 0.0), k) for k, s in enumerate(self.segments)]
            sc, k = max(fits, default=(0.0, -1))
            s = self.segments[k] if k >= 0 else None
            if s is not None and sc >= _CAPTION_FIT and s.title is not None and s.kind != "photo":
                s.pieces.append(Piece("caption", u.text, unit=i))
                self.used.add(i)

    def fold_photo_captions(self) -> None:
        """An untitled one-line photo caption printed right under a headline that heads
        a story elsewhere (a headline block with its picture) is that story's caption."""
        heads = {s.title_unit: s for s in self.segments if s.kind != "photo"}
        for p in list(self.segments):
            story = heads.get(p.first - 1)
            if p.kind != "photo" or p.title is not None or story is None or p is story:
                continue
            if len(p.pieces) == 1 and width(p.pieces[0].text) <= _CAPTION_WIDTH:
                story.pieces.append(Piece("caption", p.pieces[0].text, unit=p.first))
                self.segments.remove(p)
                # the photographer is not the story's author: keep the name as furniture
                self.credits.extend(x for x in (p.byline, p.kicker, p.subtitle) if x)

    def return_titles_printed_after(self) -> None:
        """A headline printed under a story's end can be read as the next body's title;
        it goes back up when it fits the story above and not the body below, which has a
        headline of its own waiting in the pool."""
        floor = self.opts.min_headline_overlap / 2.5
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
        self.scorer = _Scorer(self.segments)
        self.scores = self._all_scores()
        self.raw = {(i, k): sc for sc, i, k in self.scores}

    def run(self) -> list[str]:
        self.return_titles_printed_after()
        strong = self.candidates(self.opts.min_headline_overlap)
        weak = self.candidates(self.opts.min_headline_overlap / 2.5)
        self.assign_titles(strong)
        self.leftovers_as_titles()
        self.improve_titles()
        self.assign_decks(strong)
        self.assign_dash_decks()
        self.assign_kickers()
        # a second, weaker pass: short headlines share few words with their bodies
        self.assign_decks(weak, best_only=True)
        self.assign_titles(weak)
        self.improve_titles()
        self.assign_kickers()
        self.hand_on()
        self.split_side_by_side()
        split_ran_together(self)
        split_off_untitled(self)
        self.last_pair_by_elimination()
        weak = self.candidates(self.opts.min_headline_overlap / 2.5)
        self.assign_decks(weak, best_only=True)
        self.assign_dash_decks()
        self.assign_kickers()
        self.assign_captions(weak)
        self.set_apart_captions()
        self.fold_photo_captions()
        for seg in self.segments:
            _promote_deck(seg)
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
