"""Stage 5b — split: two stories that ran together because nothing marked the seam.

A story with no lead-in of its own, printed after another one whose headlines are
collected elsewhere on the page, reads as more paragraphs of the story before it.  The
merged body then carries two bylines: the first story's lead-in (``记者A报道``) and the
second story's closing credit (``（通讯员B）``) naming other people (or a wire
dateline ``据新华社…电`` and a credit naming the paper's own staff).  Such a body is cut
where the words change most: at the paragraph break (or subhead) whose two sides share the
fewest (rare, IDF-weighted) character bigrams, or at the one headline-shaped line inside
whose words are those of the paragraph under it and not of the text above; a headline-shaped
line printed there becomes the second story's title.
"""

from __future__ import annotations

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s04_bylines import ROLE_WORDS_RE, other_people, people_named
from desktop.core.cleaning.s05_likeness import Idf
from desktop.core.cleaning.s05_model import Piece, Segment
from desktop.core.cleaning.textutil import (
    PERSON_RE,
    REFERS_BACK_RE,
    bigrams,
    ends_sentence,
)
from desktop.core.cleaning.wording import starts_mid_sentence

#: Fewest characters either side of a seam (a one-line brief still has this many).
MIN_STORY = 60


def two_teams(seg: Segment) -> bool:
    """The lead-in and the closing credit name different teams: neither list holds the
    other (a credit may add a name the lead-in left out, or repeat it), or a wire dateline
    names nobody and a credit of people the wire's story does not name closes the text: a
    paper quoting the wire (``据新华社…电``) names no reporter of its own at the end, and the
    agency's own dispatch (``新华社北京…电``) names its reporters there as reporters
    (``（记者…）``), never the paper's (``本报记者``) nor a bare name (``(缪克梯)``); a
    site's own news (``新浪科技讯``) may close on a bare name (``(李明)``)."""
    if not seg.credit_byline:
        return False
    if not seg.lead_byline:
        if not seg.lead_publication or not _names_people(seg.credit_byline):
            return False
        quoted = bool(seg.pieces) and seg.pieces[0].text.lstrip("【[（(").startswith("据")
        credit = seg.credit_byline
        bare = not ROLE_WORDS_RE.search(credit)
        return quoted or credit.startswith("本报") or (seg.lead_publication.endswith("社") and bare)
    return other_people(seg.lead_byline, seg.credit_byline)


def _names_people(credit: str) -> bool:
    """A credit that names people: a role word, or a name beginning with a surname (not a
    source abbreviated, ``（新体）``)."""
    return bool(ROLE_WORDS_RE.search(credit)) or any(
        PERSON_RE.match(n) for n in people_named(credit)
    )


def paragraph_idf(segments: list[Segment]) -> Idf:
    """Bigram rarity across the paragraphs of the page's segments."""
    return Idf([p.text for s in segments for p in s.pieces if p.type == "paragraph"])


def _sentence_seam(prev: Piece, cur: Piece) -> bool:
    """A story may start at *cur*: the text before ends a sentence, and *cur* neither
    goes on with a sentence nor refers back to what came before."""
    return (
        ends_sentence(prev.text)
        and not starts_mid_sentence(cur.text)
        and not REFERS_BACK_RE.match(cur.text)
    )


def seams(pieces: list[Piece]) -> list[tuple[int, bool]]:
    """(index of the second story's first piece, a headline line sits there)."""
    out: list[tuple[int, bool]] = []
    for k in range(1, len(pieces)):
        cur, prev = pieces[k], pieces[k - 1]
        if cur.type == "subhead":
            body_after = k + 1 < len(pieces) and pieces[k + 1].type == "paragraph"
            if body_after and any(p.type == "paragraph" for p in pieces[:k]):
                out.append((k, True))
        elif cur.type == "paragraph" and prev.type == "paragraph" and _sentence_seam(prev, cur):
            out.append((k, False))
    return out


def _text(pieces: list[Piece]) -> str:
    return "".join(p.text for p in pieces if p.type in ("paragraph", "subhead"))


#: How much a headline-shaped line that speaks only of what follows it lowers a seam's
#: cohesion (which runs from 0, nothing shared, to 1).
_HEADLINE_SEAM = 0.5
#: The same for a headline printed apart that speaks of the paragraph after the seam, used
#: only when cohesion cannot tell the seams apart: a weaker cue (a feature opens on a
#: quote, and its second paragraph echoes the headline).
_APART_SEAM = 0.05
#: Two seams whose cohesion differs by less than this are a close call.
_FLAT = 0.005


def _heads_after(line: str, before: str, rest: list[Piece]) -> float:
    """How much of *line* the opening under it shares, when it shares few words with the
    text above (a common word, at most): a title of the story that starts there; else 0.

    The opening is the first paragraph, or the first two (a headline often echoes the
    second paragraph rather than a one-sentence lead): then the headline cannot tell the
    two seams apart, and the words either side decide; it counts a little less, so that
    in text whose words never change it falls where its own paragraph begins."""
    head = bigrams(line)
    if len(head) < 3:
        return 0.0
    above = len(head & bigrams(before))
    paras = [p.text for p in rest if p.type == "paragraph"][:2]
    for n, weight in ((1, 1.0), (2, 0.95)):
        after = len(head & bigrams("".join(paras[:n])))
        if after >= 0.5 * len(head) and above <= 0.25 * len(head) and after >= 2 * above:
            return weight * after / len(head)
    return 0.0


def _best_seam(seg: Segment, idf: Idf, heads: list[str]) -> tuple[int, bool] | None:
    """The seam between the two stories: where the words change most.  A headline-shaped
    line inside (the only one) that speaks of what follows it, and not of what precedes,
    marks the seam too.  When the words barely change anywhere (two seams within
    :data:`_FLAT` of each other), *heads* — the page's headlines printed apart from any
    body — settle it: one of them may speak of the paragraph after the seam."""
    cands: list[tuple[float, int, bool]] = []
    sides: list[tuple[str, list[Piece]]] = []
    # one headline-shaped line inside: the second story's title (a series is subheads)
    lone = sum(p.type == "subhead" for p in seg.pieces) == 1
    for k, head in seams(seg.pieces):
        before = _text(seg.pieces[:k])
        rest = seg.pieces[k + 1 if head else k :]
        after = _text(rest)
        if min(len(before), len(after)) < MIN_STORY:
            continue  # too few words to judge; and no story is that short
        score = idf.cohesion(before, after)
        if head and lone and _heads_after(seg.pieces[k].text, before, rest):
            score -= _HEADLINE_SEAM  # a title over the words that follow it, none before
        cands.append((score, k, head))
        sides.append((before, rest))
    if not cands:
        return None
    scores = sorted(c[0] for c in cands)
    if len(scores) > 1 and scores[1] - scores[0] < _FLAT:
        cands = [
            (sc - _APART_SEAM * max((_heads_after(h, b, r) for h in heads), default=0.0), k, hd)
            for (sc, k, hd), (b, r) in zip(cands, sides, strict=True)
        ]
    _sc, k, head = min(cands)
    return k, head


def _cut(seg: Segment, k: int, head: bool) -> tuple[Segment, Segment]:
    pieces = seg.pieces
    first = Segment(seg.first, pieces[k - 1].unit, pieces[:k], headed=seg.headed, closed=True)
    first.title, first.title_unit = seg.title, seg.title_unit
    first.subtitle, first.subtitle_unit = seg.subtitle, seg.subtitle_unit
    first.kicker, first.kind = seg.kicker, seg.kind
    first.byline = first.lead_byline = seg.lead_byline
    second = Segment(pieces[k].unit, seg.last, pieces[k + 1 if head else k :], closed=seg.closed)
    second.byline = second.credit_byline = seg.credit_byline
    second.publication = seg.publication
    if head:
        second.title, second.title_unit, second.headed = pieces[k].text, pieces[k].unit, True
    return first, second


def split_merged(
    segments: list[Segment], options: CleanOptions | None = None, heads: list[str] | None = None
) -> list[Segment]:
    """Cut every body that carries two unrelated bylines into its two stories; *heads*
    are the page's headlines not printed with a body."""
    if not any(two_teams(s) for s in segments):
        return segments
    idf = paragraph_idf(segments)
    out: list[Segment] = []
    for s in segments:
        seam = _best_seam(s, idf, heads or []) if two_teams(s) else None
        if seam is None:
            out.append(s)
            continue
        out.extend(_cut(s, *seam))
    return out
