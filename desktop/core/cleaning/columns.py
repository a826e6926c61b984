"""Column geometry of a page in narrow newspaper columns: width, indentation and height.

Used by the reflow stage; a chunk here is the list of lines between two blank lines.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.textutil import ends_sentence, median, width


def column_widths(chunks: list[list[str]], options: CleanOptions) -> list[float]:
    """Estimated column width at each chunk (``inf`` in one-line-per-paragraph text).

    The width is the median of the lines inside blocks (all but each block's last line)
    of the chunks within six chunks either side, so pages with two column widths work.
    """
    sample_at: list[int] = []
    sample_w: list[float] = []
    all_w: list[float] = []
    for i, texts in enumerate(chunks):
        ws = [width(t) for t in texts]
        all_w.extend(ws)
        if len(ws) >= 3:
            sample_at.extend([i] * (len(ws) - 1))
            sample_w.extend(ws[:-1])
    if not sample_w or median(all_w) > options.prose_width:
        return [float("inf")] * len(chunks)
    overall = median(sample_w)
    out: list[float] = []
    for i in range(len(chunks)):
        lo = bisect.bisect_left(sample_at, i - 6)
        hi = min(bisect.bisect_right(sample_at, i + 6), lo + 80)
        w = median(sample_w[lo:hi]) if hi - lo >= 3 else overall
        out.append(w if w <= options.prose_width else float("inf"))
    return out


def page_indents(gaps: list[float], options: CleanOptions) -> bool:
    """Does the page indent paragraphs?  Look at lines that surely open a paragraph (after
    a short line ending a sentence, *gaps* from :func:`openers`): on an indenting page
    most are short themselves."""
    return len(gaps) >= 3 and _share(gaps, options.short_margin) >= 0.75


def page_flush(gaps: list[float]) -> bool:
    """Does the page surely set paragraphs flush left?  Nearly every line that opens a
    paragraph fills the column (an indent of even one em shows)."""
    return len(gaps) >= 3 and _share(gaps, _ONE_EM) <= 0.1


def indent_margin(gaps: list[float], options: CleanOptions) -> float:
    """How far short of the column a line must stop to read as an indented first line:
    the usual margin, or less on a page that sets paragraphs in by a single em."""
    one_em = len(gaps) >= 3 and _share(gaps, _ONE_EM) >= 0.75
    return _ONE_EM if one_em and _share(gaps, options.short_margin) < 0.75 else options.short_margin


#: A line this much short of the column is set in by (at least) one em.
_ONE_EM = 0.75


def _share(gaps: list[float], at_least: float) -> float:
    return sum(g >= at_least for g in gaps) / max(len(gaps), 1)


def openers(chunks: list[list[str]], widths: list[float]) -> list[float]:
    """How far short of the column each line that surely opens a paragraph stops."""
    gaps: list[float] = []
    prev = ""
    for texts, w in zip(chunks, widths, strict=True):
        if w == float("inf"):
            return []
        for j, t in enumerate(texts):
            nxt = texts[j + 1] if j + 1 < len(texts) else None
            opener = bool(prev) and ends_sentence(prev) and width(prev) <= w - 3
            if opener and nxt is not None and not ends_sentence(t):
                gaps.append(w - width(t))
            prev = t
    return gaps


def column_breaks(
    chunks: list[list[str]], widths: list[float], closes: Callable[[str], bool]
) -> set[int]:
    """Chunks that start a new column although the line above ends a sentence.

    A column holds the same number of lines all down the page, so the blank lines that
    surely are column breaks (they cut a sentence) recur every N lines.  A blank between
    two full lines, the upper one ending a sentence, that falls N lines (or two or three
    times N) from the nearest sure break is a column break too, unless the lower line opens
    like a paragraph (a label or an ordinal)."""
    at, pos = [], 0
    for texts, w in zip(chunks, widths, strict=True):
        at.append(pos)
        # headlines, bylines and captions take no room in the column count
        pos += 0 if _furniture(texts, w, closes) else len(texts)
    sure = [at[k] for k in range(1, len(chunks)) if _cut(chunks, widths, k, closes, False)]
    period = _period(sure)
    if period is None:
        return set()
    out: set[int] = set()
    for k in range(1, len(chunks)):
        if not _cut(chunks, widths, k, closes, True) or _OPENER_RE.match(chunks[k][0]):
            continue
        before = [at[k] - p for p in sure if p < at[k]][-1:]
        after = [p - at[k] for p in sure if p > at[k]][:1]
        if any(d <= 3 * period and d % period == 0 for d in before + after):
            out.add(k)
    return out


#: How a paragraph (rarely a sentence inside one) opens: a label (``观察：``) or an ordinal.
_OPENER_RE = re.compile(
    r"^(?:[^，。：“”\s]{1,5}：|第[一二三四五六七八九十]+|[一二三四五六七八九十]是|首先|其次|此外|最后)"
)


#: Opening marks a compositor never leaves at a line's end.
_OPENING = frozenset("“‘（《「『【(")


def pushed(line: str, nxt: str, w: float) -> bool:
    """The next line's first character (an opening mark with the one after it) did not
    fit on *line*: the line is as full as the compositor could make it."""
    lead = nxt[:2] if nxt[:1] in _OPENING else nxt[:1]
    return width(line) + width(lead) > w


def _cut(
    chunks: list[list[str]], widths: list[float], k: int, closes: Callable[[str], bool], ends: bool
) -> bool:
    """Full lines either side of the blank above chunk *k*; the one above ends a sentence
    (*ends*) or stops mid-sentence (not *ends*)."""
    prev, nxt, w = chunks[k - 1], chunks[k], widths[k]
    if w == float("inf") or len(prev) < 2 or len(nxt) < 2:
        return False
    # a sure break needs no more than a cut sentence; OCR columns wobble by an em
    slack = 0.5 if ends else 1.5
    full = w - slack <= width(nxt[0]) <= w + 1.5 and width(prev[-1]) <= w + 1.5
    full = full and (width(prev[-1]) >= w - slack or pushed(prev[-1], nxt[0], w))
    return full and closes(prev[-1]) == ends


def _furniture(texts: list[str], w: float, closes: Callable[[str], bool]) -> bool:
    """A few lines, none as wide as the column, that end no sentence: a headline or the
    like, set apart from the column's running text."""
    return (
        len(texts) <= 3
        and not closes(texts[-1])
        and not any(w - 0.5 <= width(t) <= w + 1.5 for t in texts)
    )


def _period(sure: list[int]) -> int | None:
    """The recurring distance (in lines) between sure column breaks, if there is one: a
    distance seen at least twice that divides most others (a break that fell at a
    sentence end leaves a gap of two or three columns)."""
    gaps = [b - a for a, b in itertools.pairwise(sure) if b - a >= 6]
    counts = Counter(gaps)
    best = max(
        ((sum(g % n == 0 for g in gaps), c, n) for n, c in counts.items() if c >= 2),
        default=None,
    )
    if best is None or best[0] < 0.4 * len(gaps):
        return None
    return best[2]
