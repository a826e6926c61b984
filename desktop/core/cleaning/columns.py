"""Column geometry of a page in narrow newspaper columns: width and indentation.

Used by the reflow stage; a chunk here is the list of lines between two blank lines.
"""

from __future__ import annotations

import bisect

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


def page_indents(chunks: list[list[str]], widths: list[float], options: CleanOptions) -> bool:
    """Does the page indent paragraphs?  Look at lines that surely open a paragraph (after
    a short line ending a sentence): on an indenting page most are short themselves."""
    seen = indented = 0
    prev = ""
    for texts, w in zip(chunks, widths, strict=True):
        if w == float("inf"):
            return False
        for j, t in enumerate(texts):
            nxt = texts[j + 1] if j + 1 < len(texts) else None
            opener = bool(prev) and ends_sentence(prev) and width(prev) <= w - 3
            if opener and nxt is not None and not ends_sentence(t):
                seen += 1
                indented += width(t) <= w - options.short_margin
            prev = t
    return seen >= 3 and indented >= 0.75 * seen
