"""Stage 3 — reflow: physical lines to logical units (paragraphs, short lines, tables).

Narrow newspaper columns cut lines every 11–25 characters.  The column width is estimated
locally from the lines inside blocks (the median of all lines but the last of each block),
and then:

* a blank line after a line that stops mid-sentence is a column break — the paragraph goes
  on; after a finished sentence it is a paragraph break;
* with no blank line, a paragraph ends where a sentence ends on a visibly short line, or
  where the next line is indented (short) and the paragraph goes on after it;
* short blocks of one to three lines that do not end a sentence are kept apart as
  headline candidates (titles, decks, kickers, subheads, captions, furniture);
* a short block met while a paragraph is still open (mid-sentence) is an insert — a
  caption wedged into the text — and the paragraph continues after it;
* Markdown headings, tab-separated tables and list items are recognised as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s02_normalize import Line
from desktop.core.cleaning.textutil import (
    CREDIT_END_RE,
    ends_continuing,
    ends_sentence,
    median,
    width,
)

_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM_RE = re.compile(r"^(?:[-*+•·]|\d{1,2}[.)、])\s+")
#: A lead-in: news-service dateline or byline ending in 报道, at the start of a block.
LEAD_START_RE = re.compile(
    r"^(?:本报讯|本报[^\s，。]{0,10}电|据?(?:新华社|中新社)|据[^\s，。]{2,8}社[^\s，。]{0,12}电|"
    r"(?:(?:见习|实习|特约|全媒体|首席)?(?:记者|通讯员)[^，。；]{1,30}?报\s*道))"
)
#: A lead-in that always starts a new article, even without a blank line above it.
STRONG_LEAD_RE = re.compile(r"^(?:本报讯|本报[^\s，。]{0,10}电|据[^\s，。]{2,8}社[^\s，。]{0,12}电)")
#: A photographer credit closing a caption: ``通讯员王树成摄``, ``记者X/摄``.
PHOTO_CREDIT_RE = re.compile(
    r"(?:(?:见习|特约|全媒体|首席)?(?:记者|通讯员|摄影记者)\s*[^\s，。]{2,12}(?:\s*[、 ]\s*"
    r"[^\s，。]{2,4})*\s*/?\s*摄(?:影)?)$"
)


@dataclass
class Unit:
    """A logical unit of the page: a paragraph, a short line group, a heading or a table."""

    kind: str  # "text" | "short" | "heading" | "table" | "item"
    text: str
    no: int
    lines: list[str] = field(default_factory=list)
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)
    #: The block opens with a byline or dateline lead-in (a new article starts here).
    leadin: bool = False
    #: A short unit found while a paragraph was open: a caption wedged into the text.
    inserted: bool = False
    #: Blank lines above the unit (2+ often sets off a photo caption).
    gap: int = 0
    #: The unit starts a new text frame (the extractor indented it).
    frame: bool = False
    #: Wider than the surrounding column: a caption or a frame spanning columns.
    wide: bool = False


@dataclass
class _Chunk:
    lines: list[Line]

    @property
    def texts(self) -> list[str]:
        return [ln.text for ln in self.lines]


def _chunks(lines: list[Line]) -> list[_Chunk]:
    out: list[_Chunk] = []
    for ln in lines:
        joins = out and ln.blank_before == 0 and not ln.frame and not _is_special(ln.text)
        joins = joins and not STRONG_LEAD_RE.match(ln.text)
        if joins and not _is_special(out[-1].lines[-1].text):
            out[-1].lines.append(ln)
            continue
        out.append(_Chunk([ln]))
    return out


def _is_special(text: str) -> bool:
    """Markdown lines that never share a chunk with running text."""
    return bool(_HEADING_RE.match(text)) or "\t" in text or bool(_ITEM_RE.match(text))


def column_widths(chunks: list[_Chunk], options: CleanOptions) -> list[float]:
    """Estimated column width at each chunk (``inf`` in one-line-per-paragraph text)."""
    samples: list[tuple[int, float]] = []
    for i, ch in enumerate(chunks):
        if len(ch.lines) >= 3:
            samples.extend((i, width(t)) for t in ch.texts[:-1])
    all_w = [width(ln.text) for ch in chunks for ln in ch.lines]
    if not samples or median(all_w) > options.prose_width:
        return [float("inf")] * len(chunks)
    out: list[float] = []
    lo = 0
    for i in range(len(chunks)):
        near = [w for j, w in samples[lo:] if abs(j - i) <= 6][:80]
        while lo < len(samples) and samples[lo][0] < i - 6:
            lo += 1
        w = median(near) if len(near) >= 3 else median([w for _, w in samples])
        out.append(w if w <= options.prose_width else float("inf"))
    return out


def closes(text: str) -> bool:
    """True when a line ends a paragraph: a finished sentence, a credit or a photo credit."""
    t = text.rstrip()
    return ends_sentence(t) or bool(CREDIT_END_RE.search(t)) or bool(PHOTO_CREDIT_RE.search(t))


def _is_short_chunk(ch: _Chunk, w: float, options: CleanOptions) -> bool:
    texts = ch.texts
    if len(texts) > 3 or any(width(t) > options.max_headline_width for t in texts):
        return False
    if LEAD_START_RE.match("".join(texts)):
        return False
    last = texts[-1]
    if ends_sentence(last) or ends_continuing(last) or PHOTO_CREDIT_RE.search(last):
        return False
    if len(texts) > 1 and any(ends_sentence(t) or ends_continuing(t) for t in texts[:-1]):
        return False
    if texts[0].startswith(("【", "[")):
        return True
    joined = "".join(texts)
    if any(c in joined[:-1] for c in "。！？") or ("，" in joined and width(joined) > 20):
        return False
    # several lines of prose ending on a full-width line: text cut by a column break
    prose = any(c in "".join(texts) for c in "，。、；：！？")
    return not (prose and len(texts) >= 2 and width(last) > w - options.short_margin)


def _split_chunk(texts: list[str], w: float, margin: float) -> list[list[str]]:
    """Split a block of lines into paragraphs at short sentence-final lines and indents."""
    paras: list[list[str]] = [[]]
    for j, t in enumerate(texts):
        paras[-1].append(t)
        if j == len(texts) - 1 or not closes(t):
            continue
        first = len(paras[-1]) == 1
        short = width(t) <= w - margin - (2 if first else 0)
        nxt = texts[j + 1]
        goes_on = j + 1 < len(texts) - 1 or not closes(nxt)
        indent_next = goes_on and width(nxt) <= w - margin
        if short or indent_next:
            paras.append([])
    return [p for p in paras if p]


@dataclass
class _Open:
    lines: list[str]
    no: int
    gap: int
    frame: bool
    leadin: bool


class _Reflow:
    """Walks the chunks, keeping at most one paragraph open across column breaks."""

    def __init__(self, options: CleanOptions) -> None:
        self.options = options
        self.units: list[Unit] = []
        self.open: _Open | None = None
        self.inserts: list[Unit] = []

    def close(self) -> None:
        if self.open is not None:
            o = self.open
            text = "".join(o.lines)
            self.units.append(
                Unit("text", text, o.no, list(o.lines), gap=o.gap, frame=o.frame, leadin=o.leadin)
            )
            self.open = None
        self.units.extend(self.inserts)
        self.inserts = []

    def is_open(self) -> bool:
        return self.open is not None and not closes(self.open.lines[-1])

    def add_text(self, ch: _Chunk, w: float) -> None:
        first = ch.lines[0]
        lead = bool(LEAD_START_RE.match("".join(ch.texts[:3])))
        paras = _split_chunk(ch.texts, w, self.options.short_margin)
        if self.is_open() and not first.frame and not lead:
            assert self.open is not None
            self.open.lines.extend(paras[0])
            paras = paras[1:]
        for k, p in enumerate(paras):
            self.close()
            start = k == 0
            self.open = _Open(
                p,
                first.no,
                first.blank_before if start else 0,
                first.frame and start,
                lead and start,
            )
        if self.open is not None and closes(self.open.lines[-1]):
            self.close()

    def add_short(self, ch: _Chunk, w: float) -> None:
        first = ch.lines[0]
        u = Unit(
            "short",
            "".join(ch.texts),
            first.no,
            ch.texts,
            gap=first.blank_before,
            frame=first.frame,
            wide=w != float("inf") and max(width(t) for t in ch.texts) > w + 3,
        )
        if self.is_open() and not first.frame:
            u.inserted = True
            self.inserts.append(u)
        else:
            self.close()
            self.units.append(u)


def _special_unit(ch: _Chunk) -> Unit:
    t = ch.lines[0].text
    m = _HEADING_RE.match(t)
    first = ch.lines[0]
    if m:
        return Unit("heading", m.group(2), first.no, [m.group(2)], level=len(m.group(1)))
    if "\t" in t:
        rows = [[c.strip() for c in ln.split("\t")] for ln in ch.texts]
        return Unit("table", "\n".join(ch.texts), first.no, ch.texts, rows=rows)
    return Unit("item", _ITEM_RE.sub("", t, count=1), first.no, [t], gap=first.blank_before)


def _merge_specials(chunks: list[_Chunk]) -> list[_Chunk]:
    """Consecutive table rows (no blank between) form one table chunk."""
    out: list[_Chunk] = []
    for ch in chunks:
        t = ch.lines[0].text
        prev = out[-1].lines[-1] if out else None
        if "\t" in t and prev is not None and "\t" in prev.text and ch.lines[0].blank_before == 0:
            out[-1].lines.extend(ch.lines)
        else:
            out.append(ch)
    return out


def reflow(lines: list[Line], options: CleanOptions | None = None) -> list[Unit]:
    """Normalised lines to logical units in page order."""
    opts = options or CleanOptions()
    chunks = _merge_specials(_chunks(lines))
    widths = column_widths(chunks, opts)
    r = _Reflow(opts)
    for ch, w in zip(chunks, widths, strict=True):
        if _is_special(ch.lines[0].text):
            r.close()
            r.units.append(_special_unit(ch))
        elif _is_short_chunk(ch, w, opts):
            r.add_short(ch, w)
        else:
            r.add_text(ch, w)
    r.close()
    return r.units
