"""Stage 6b — stories that ran together, shown by a headline left over.

When nothing on the page marks where one story ends and the next begins (no lead-in, no
credit, both headlines collected elsewhere), the two bodies read as one and take one
headline; the other is left over.  A leftover that fits a body already titled shows the
seam: the body is cut at the paragraph break where the leftover's words begin (its story's
lead) and are absent before — or end and are absent after — with the body's own title
fitting the other side, and the leftover heads its side (on a few of its words, when the
cross is clean: neither headline names anything of the other side).  A story opening on a scene its
headline does not name is cut where the body's words change most, if the leftover names
that side.  A leftover printed right above a body whose title was set after it heads the
top of that body on fewer shared words: where it stands says which story it heads.  A
leftover printed right under a headline that cut a body is that headline's deck, not a
third story's title.  And when a headline is left over, a body whose title names only the
text after a seam where the words change (nothing before it), or after a seam where the
leftover names the text before and nothing after, is cut there: the text before is the
story whose title was left over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.cleaning.s05_likeness import Idf
from desktop.core.cleaning.s05_model import Segment
from desktop.core.cleaning.s05_split import MIN_STORY, paragraph_idf, seams
from desktop.core.cleaning.s05_subject import SUBJECT_CHANGE
from desktop.core.cleaning.s06_kickers import KICKER_WIDTH
from desktop.core.cleaning.textutil import SETTING_LINE_RE, bigrams, width

if TYPE_CHECKING:
    from desktop.core.cleaning.s06_headlines import Attacher


def split_ran_together(att: Attacher) -> None:
    """Cut bodies in two while a leftover headline shows a seam."""
    for _ in range(len(att.pool)):
        best = _best_cut(att)
        if best is None:
            return
        _cut(att, *best)


def _best_cut(att: Attacher) -> tuple[int, int, int, bool] | None:
    """(leftover, body, piece, the leftover heads the first side) of the clearest cut."""
    thr = att.opts.min_headline_overlap
    best: tuple[float, int, int, int, bool] | None = None
    idf: Idf | None = None
    free = att.free()
    for f in free:
        if len(bigrams(att.units[f].text)) < 3 or f - 1 in att.cut_titles:
            continue  # printed under a headline that just cut a body: its deck
        if width(att.units[f].text) <= KICKER_WIDTH and (f + 1 in free or f + 1 in att.cut_titles):
            continue  # a short label right over another headline: its kicker (以案说法)
        for k, s in enumerate(att.segments):
            # a leftover printed right above the body (its title set after it) needs
            # fewer of the body's words: where it stands says which story it heads
            need = thr * _ABOVE if f == s.first - 1 and s.title_unit > s.first else thr
            if s.kind == "photo" or s.title is None or att.raw.get((f, k), 0.0) < need:
                continue
            if _third_line_of_block(f, s):
                continue
            cands = [j for j, at_subhead in seams(s.pieces) if not at_subhead]
            scored = {j: _cut_score(att, f, s, j, need) for j in cands}
            leads = {j: c[0] for j, c in scored.items() if c is not None and c[0] is not None}
            if leads or not any(c is not None for c in scored.values()):
                cuts = [(lead, j) for j, lead in leads.items()]
            else:
                # no seam where the leftover names the first paragraph: the weakest seam
                idf = idf or paragraph_idf(att.segments)
                j = min(cands, key=lambda j: _cohesion(idf, s, j))
                weak = scored[j]
                cuts = [(weak[1], j)] if weak is not None and weak[1] is not None else []
            for (score, first), j in cuts:
                if best is None or score > best[0]:
                    best = (score, f, k, j, first)
    return None if best is None else best[1:]


def _third_line_of_block(f: int, s: Segment) -> bool:
    """Leftover *f* is printed right under the deck of body *s*'s headline block, whose
    first line only names a place or a setting (``裕园社区`` / ``“俺们社区有群热心人”`` /
    ``维护花坛、清理楼道垃圾和小广告,他们啥都干``): the block's third line — the kicker,
    the title and the deck — not the title of a story run into *s*."""
    return (
        s.subtitle_unit == f - 1
        and s.title_unit == f - 2
        and bool(SETTING_LINE_RE.match((s.title or "").strip()))
    )


def _cohesion(idf: Idf, s: Segment, j: int) -> float:
    return idf.cohesion(
        "".join(p.text for p in s.pieces[:j] if p.type == "paragraph"),
        "".join(p.text for p in s.pieces[j:] if p.type == "paragraph"),
    )


#: Share of the usual word overlap a leftover printed right above a body needs (the body's
#: title printed after it).
_ABOVE = 0.4
#: How much a cut at the body's weakest seam counts when the leftover names its side but
#: not that side's first paragraph (a feature opening on a scene): less than a lead it fits.
_WEAK_SEAM = 0.5


_Option = tuple[float, bool]


def _cut_score(
    att: Attacher, f: int, s: Segment, j: int, thr: float
) -> tuple[_Option | None, _Option | None] | None:
    """How clearly a cut before piece *j* gives leftover *f* one side and the body's
    title the other: the best ``(score, the leftover heads the first side)`` where the
    leftover speaks of its side's first paragraph, and the best where it does not (to
    be taken only at the seam where the body's words change most); None if neither."""
    before = "".join(p.text for p in s.pieces[:j] if p.type == "paragraph")
    after = "".join(p.text for p in s.pieces[j:] if p.type == "paragraph")
    if min(len(before), len(after)) < MIN_STORY:
        return None
    fit = att.scorer.fit
    head, title = att.units[f].text, s.title or ""
    fb, fa = fit(head, before), fit(head, after)
    tb, ta = fit(title, before), fit(title, after)
    # a headline speaks of its story's lead: the first paragraph on each side
    lead_a = next(p.text for p in s.pieces if p.type == "paragraph")
    lead_b = next(p.text for p in s.pieces[j:] if p.type == "paragraph")
    leads: list[_Option] = []
    weak: list[_Option] = []
    # a clean cross (each headline names its side and nothing of the other) needs only a
    # few of the leftover's words on its side
    least = att.weak
    # the leftover heads what follows; the title printed above the body keeps its top
    if (fa - fb >= thr or (fb == ta == 0 and fa >= least and tb >= thr)) and tb >= ta:
        f_lead, t_lead = fit(head, lead_b), fit(title, lead_a)
        if f_lead >= thr:
            leads.append((fa - fb + tb - ta + f_lead + t_lead, False))
        else:
            weak.append((_WEAK_SEAM * (fa - fb + tb - ta), False))
    # the leftover heads the top, unless the title was printed right above it
    above = 0 <= s.title_unit < s.first
    if not above and (fb - fa >= thr or (fa == tb == 0 and fb >= least and ta >= thr)) and ta >= tb:
        f_lead, t_lead = fit(head, lead_a), fit(title, lead_b)
        if f_lead >= thr:
            leads.append((fb - fa + ta - tb + f_lead + t_lead, True))
        else:
            weak.append((_WEAK_SEAM * (fb - fa + ta - tb), True))
    if not leads and not weak:
        return None
    return max(leads, default=None), max(weak, default=None)


def _cut(att: Attacher, f: int, k: int, j: int, leftover_first: bool) -> None:
    """Cut body *k* before piece *j*; leftover *f* heads one side, the title the other."""
    new = _split(att, k, j, title_first=not leftover_first)
    att.cut_titles.add(f)
    att.rescore()
    att.give(f, att.segments.index(new))


def _split(att: Attacher, k: int, j: int, title_first: bool) -> Segment:
    """Cut body *k* before piece *j*; its title, deck and kicker stay on one side.  The
    other side is returned, untitled."""
    s = att.segments[k]
    pieces = s.pieces
    first = Segment(s.first, pieces[j - 1].unit, pieces[:j], headed=s.headed, closed=True)
    second = Segment(pieces[j].unit, s.last, pieces[j:], headed=True, closed=s.closed)
    first.byline = first.lead_byline = s.lead_byline
    first.publication = first.lead_publication = s.lead_publication
    second.byline = second.credit_byline = s.credit_byline
    if s.publication != s.lead_publication:
        second.publication = s.publication
    if not (s.lead_byline or s.credit_byline):
        first.byline = s.byline  # a names line or a photo credit: it stays on top
    own, new = (first, second) if title_first else (second, first)
    own.title, own.title_unit = s.title, s.title_unit
    own.subtitle, own.subtitle_unit, own.kicker = s.subtitle, s.subtitle_unit, s.kicker
    att.segments[k : k + 1] = [first, second]
    return new


def split_off_untitled(att: Attacher) -> None:
    """A title that speaks of the text after a seam and of nothing before it, where the
    two sides share almost no words (or a leftover names only the text before), heads the
    text after the seam alone: the text before is another story, whose title is among the
    headlines left over (there must be one)."""
    for _ in range(len(att.pool)):
        if not att.free():
            return
        cut = _own_side(att)
        if cut is None:
            return
        _split(att, *cut, title_first=False)
        att.rescore()


def _own_side(att: Attacher) -> tuple[int, int] | None:
    """(body, piece) of the clearest such seam, or None."""
    thr = att.opts.min_headline_overlap
    fit = att.scorer.fit
    idf: Idf | None = None
    best: tuple[float, int, int] | None = None
    for k, s in enumerate(att.segments):
        if s.kind == "photo" or s.title is None or s.title_unit < 0 or _heads_lead(att, s):
            continue
        for j, at_subhead in seams(s.pieces):
            if at_subhead:
                continue
            # the title must name the lead after the seam: the cheapest test first
            lead = next(p.text for p in s.pieces[j:] if p.type == "paragraph")
            if fit(s.title, lead) < thr:
                continue
            before = "".join(p.text for p in s.pieces[:j] if p.type == "paragraph")
            after = "".join(p.text for p in s.pieces[j:] if p.type == "paragraph")
            if min(len(before), len(after)) < MIN_STORY or fit(s.title, before) >= att.weak:
                continue
            idf = idf or paragraph_idf(att.segments)
            c = idf.cohesion(before, after)
            if c >= SUBJECT_CHANGE and not _names_only(att, before, after):
                continue
            if best is None or c < best[0]:
                best = (c, k, j)
    return None if best is None else best[1:]


def _heads_lead(att: Attacher, s: Segment) -> bool:
    """The body's title is printed over it, and the body opens on a lead-in (``本报讯
    记者X报道 …``): the story begins where its title stands, whatever its first paragraph
    speaks of (a lead of dates and figures under a title on what the rest explains)."""
    return 0 <= s.title_unit < s.first and bool(s.pieces) and att.units[s.pieces[0].unit].leadin


def _names_only(att: Attacher, before: str, after: str) -> bool:
    """A headline left over names the text before a seam (some of its words) and none of
    the text after it: the other half of the cross the body's title makes."""
    fit = att.scorer.fit
    return any(
        fit(att.units[f].text, before) >= att.weak and fit(att.units[f].text, after) == 0
        for f in att.free()
    )
