"""Stage 3, second half — reflow: chunks to logical units (paragraphs, short lines, tables).

The lines come grouped in chunks, each read for its shape by :mod:`.s03_chunks`.

Narrow newspaper columns cut lines every 11–25 characters.  The column width is estimated
locally from the lines inside blocks (the median of all lines but the last of each block),
and then:

* a blank line after a line that stops mid-sentence is a column break — the paragraph goes
  on; after a finished sentence it is a paragraph break, unless the page indents its
  paragraphs and the lines either side of the blank both fill the column, or the blank
  falls where the page's columns end (they hold the same number of lines, see
  :func:`.column_breaks`) between two full lines;
* with no blank line, a paragraph ends where a sentence ends on a visibly short line, or
  where the next line is indented (short, not itself ending the sentence) and the
  paragraph goes on after it — by one em on pages that indent that little, never on
  pages set flush; a line is not short when the next line's opening (a quote mark with
  its first character) could not have fitted on it;
* a byline lead-in (``通讯员X报道``) right after a finished sentence starts a new block
  even without a blank line; a line of closing punctuation joins the line above;
* a short line whose sentence goes on after a column break (the next block opens with
  ``的`` or a closing mark), or several lines as full as a compositor sets them (exactly
  the column's width; the first perhaps indented, or a line short only because the next
  one's opening quote could not fit, when the text goes on in the next block), are text;
* short blocks of one to three lines that do not end a sentence are kept apart as
  headline candidates (titles, decks, kickers, subheads, captions, furniture);
* a short block met while a paragraph is still open (mid-sentence) is an insert — a
  caption wedged into the text — and the paragraph continues after it;
* Markdown headings, tab-separated tables and list items are recognised as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.cleaning.columns import (
    column_breaks,
    column_widths,
    indent_margin,
    openers,
    page_flush,
    page_indents,
)
from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s02_normalize import Line
from desktop.core.cleaning.s03_chunks import (
    CLOSING,
    HEADING_RE,
    ITEM_RE,
    LEAD_START_RE,
    MAX_INDENT,
    Chunk,
    chunks,
    fills_column,
    glued_on,
    is_fragment,
    is_set_apart,
    is_special,
    names_only,
    split_prose_headings,
)
from desktop.core.cleaning.s03_ends import closes
from desktop.core.cleaning.s03_paragraphs import (
    goes_on,
    list_item_end,
    paragraph_tail,
    split_chunk,
    stops_unfinished,
)
from desktop.core.cleaning.s03_short import (
    is_line_over_headline,
    is_question_head,
    is_short_chunk,
    phrases_spaced,
    word_runs_on,
)
from desktop.core.cleaning.textutil import (
    BYLINE_LINE_RE,
    DATED_TAG,
    EDITORS_NOTE_RE,
    ENUM_HEAD_RE,
    LABEL_ALONE_RE,
    PERSON_RE,
    TITLE_LINE_RE,
    width,
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
    #: Two lines, the first as wide as the column: one line of text the column wrapped.
    wrapped: bool = False
    #: The paragraph opened on a bullet (``■ 要…``): a point of a list or summary box.
    bullet: bool = False


def _opens_text_under_byline(prev: Chunk, ch: Chunk, w: float) -> bool:
    """Full lines right under a byline line are the story's first lines, cut by a column
    break, however unpunctuated: the byline stands between the title and the text
    (``读者 薛芳玲`` / ``陕工报日前推出的“高温酷暑`` / ``访一线”栏目中有一组反映企业``).
    So do full lines under an editor's note label (``编者的话`` / ``为了争取八小时工作
    制，十九世纪八十年代``)."""
    if len(prev.lines) != 1 or w == float("inf"):
        return False
    label = prev.texts[0].strip()
    if EDITORS_NOTE_RE.fullmatch(label):
        # the note's text follows its label: a line nearly as wide as the column is text
        return all(width(t) >= w - _NOTE_SLACK for t in ch.texts)
    return names_only(label) and len(ch.texts) >= 2 and all(width(t) >= w - 1 for t in ch.texts)


#: How far short of the column a line under an editor's note label may stop and still be
#: the note's text (half-width commas make a full line narrower).
_NOTE_SLACK = 3


@dataclass
class _Open:
    lines: list[str]
    no: int
    gap: int
    frame: bool
    leadin: bool
    bullet: bool = False


class _Reflow:
    """Walks the chunks, keeping at most one paragraph open across column breaks."""

    def __init__(self, options: CleanOptions) -> None:
        self.options = options
        self.units: list[Unit] = []
        self.open: _Open | None = None
        self.inserts: list[Unit] = []
        #: The page sets the first line of a paragraph in (see :func:`.page_indents`).
        self.indents = False
        #: The page surely sets every paragraph flush left (see :func:`.page_flush`).
        self.flush = False
        #: How far short of the column an indented first line stops.
        self.indent = options.short_margin
        #: Chunks that open a new column after a finished sentence (:func:`.column_breaks`).
        self.col_breaks: set[int] = set()
        #: Index of the chunk being read.
        self.at = 0

    def close(self) -> None:
        if self.open is not None:
            o = self.open
            text = "".join(o.lines)
            self.units.append(
                Unit(
                    "text",
                    text,
                    o.no,
                    list(o.lines),
                    gap=o.gap,
                    frame=o.frame,
                    leadin=o.leadin,
                    bullet=o.bullet,
                )
            )
            self.open = None
        self.units.extend(self.inserts)
        self.inserts = []

    def after_text(self) -> bool:
        """The last thing seen was running text (a paragraph, open or just finished), one
        short line right after it (a subhead: the next paragraph starts under it), or a
        byline on a line of its own (the story's first paragraph starts under it)."""
        if self.open is not None:
            return True
        kinds = [u.kind for u in self.units[-2:]]
        if kinds[-1:] == ["short"] and names_only(self.units[-1].text):
            return True
        # bare names under a title (沈琳 韦友 张晓燕): a byline too
        if kinds == ["short", "short"] and BYLINE_LINE_RE.match(self.units[-1].text.strip()):
            return True
        # (a closing credit is no subhead: a story has ended, and the next one's title
        # may stand over its text)
        under_short = kinds == ["text", "short"] and not closes(self.units[-1].text)
        return kinds[-1:] == ["text"] or (under_short and not self.inserts)

    def is_open(self) -> bool:
        return self.open is not None and not closes(paragraph_tail(self.open.lines))

    def add_text(self, ch: Chunk, w: float) -> None:
        first = ch.lines[0]
        lead = bool(LEAD_START_RE.match("".join(ch.texts[:3])))
        indent = None if self.flush else self.indent
        paras = split_chunk(ch.texts, w, self.options.short_margin, indent)
        if self._under_label():
            self._open_as_short()
        goes_on = self.open is not None and (
            self._lead_alone() or (not lead and self._goes_on(ch, w))
        )
        if self.open is not None and not first.frame and goes_on:
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
                first.bullet and start,
            )

    def _lead_alone(self) -> bool:
        """The open paragraph is a dateline alone (``本报兰州6月11日电``), the column cut
        after it: it goes on into the text, whatever opens that."""
        assert self.open is not None
        text = "".join(self.open.lines).strip()
        # (undated, 据新华社电 alone is where the story above came from)
        return _DATELINE_RE.fullmatch(text) is not None

    def _goes_on(self, ch: Chunk, w: float) -> bool:
        """Does the open paragraph continue with chunk *ch* after a blank line?

        Yes when it stopped mid-sentence, or when *ch* opens with punctuation that
        cannot start a line of its own.  A blank line after a finished sentence is a
        paragraph break even when both lines are full, unless the page indents the first
        line of its paragraphs: then a full line after a full line is a column break."""
        assert self.open is not None
        first = ch.lines[0]
        last = self.open.lines[-1]
        if first.text[:1] in CLOSING:
            return True
        if first.bullet:
            return False  # a bullet opens an item of its own (■ 要…)
        if _labelled(ch):
            return False  # a label alone (【在希望的田野上】) heads what is under it
        if self._title_line_open():
            return self._title_goes_on(ch, w)
        if list_item_end(last, w):
            return False
        if not closes(paragraph_tail(self.open.lines)):
            return not (self._stopped_short(ch, w) or self._indent_opens_paragraph(ch, w))
        if self.at in self.col_breaks:
            return True
        # both lines reach the column's edge (OCR columns wobble by an em: be strict)
        return self.indents and width(last) >= w - 0.5 and w <= width(first.text) <= w + 1.5

    def _indent_opens_paragraph(self, ch: Chunk, w: float) -> bool:
        """The open paragraph ends unfinished, and *ch* opens a paragraph all the same: a
        new paragraph, not the rest of a sentence.

        *ch* opens on an indented first line over full lines, on a page that indents its
        paragraphs (a column break falls inside running text, so the line after it is
        full), while the open paragraph ends on no mark asking for more (a summary that
        ends on a quotation, ``…就越能有效防止“跑冒滴漏”``) or on a dash leading into
        what follows (``一场智能化的作业随即展开——``; then a numbered scene, ``镜头一:
        …``, opens a paragraph too)."""
        assert self.open is not None
        last = self.open.lines[-1].rstrip()
        dash = last.endswith(("——", "—"))
        if dash and ENUM_HEAD_RE.match(ch.texts[0]):
            return True
        if not self.indents or w == float("inf") or len(ch.texts) < 2:
            return False
        first, second = width(ch.texts[0]), width(ch.texts[1])
        if first > w - self.indent or second < w - self.options.short_margin:
            return False  # no indented first line over a full one
        if closes(ch.texts[0]):
            return False  # the paragraph's last few words, then the next paragraph
        return dash or not goes_on(self.open.lines, ch.texts[0])

    def _stopped_short(self, ch: Chunk, w: float) -> bool:
        """The open paragraph's last line stops well short of the column, after full
        lines, with no mark asking for more, and a paragraph of full lines follows: the
        paragraph ended there, stop or none (a summary over the text, ``畅通消费渠道，…
        银龄群体将创造新的消费增长点``).  A column break falls after a full line; the few
        words a column carries over stand alone (``是通过两天三夜`` / ``拿了下来！``)."""
        assert self.open is not None
        margin = self.options.short_margin
        return len(ch.texts) >= 2 and stops_unfinished(self.open.lines, ch.texts[0], w, margin)

    def _open_as_short(self) -> None:
        """The open paragraph was a headline after all: a short unit of its lines."""
        o, self.open = self.open, None
        assert o is not None
        self.units.append(Unit("short", "".join(o.lines), o.no, list(o.lines), gap=o.gap))

    def _under_label(self) -> bool:
        """The open paragraph is one line set apart right under a label alone in
        lenticular brackets (``【破坏程度】`` / ``四大原因致北川遭到毁灭性破坏``): the
        heading the label stands over, however wide, not text the column cut."""
        o = self.open
        if o is None or len(o.lines) != 1 or o.gap == 0 or self.inserts or not self.units:
            return False
        above = self.units[-1]
        return above.kind == "short" and bool(LABEL_ALONE_RE.match(above.text.strip()))

    def _open_reads_as_title(self) -> bool:
        """The open paragraph is a line or two set apart by a blank line, with no lead-in,
        no mark ending a sentence and nothing wedged in, after a finished paragraph."""
        o = self.open
        if o is None or len(o.lines) > 2 or o.leadin or o.frame or self.inserts:
            return False
        if o.gap == 0 and self.units:
            return False
        if any(mark in line for line in o.lines for mark in "。！？；"):
            return False
        return not self.units or self.units[-1].kind != "text" or closes(self.units[-1].text)

    def _title_line_open(self) -> bool:
        return self.open is not None and bool(TITLE_LINE_RE.match("".join(self.open.lines[:2])))

    def _title_goes_on(self, ch: Chunk, w: float) -> bool:
        """A wire story's title line (…电 题：…) stands alone: it goes on only where the
        column cut it (its last line full) into a short rest of the title."""
        assert self.open is not None
        rest = len(ch.texts) <= 3 and not closes(ch.texts[-1])
        return rest and w - 0.5 <= width(self.open.lines[-1]) <= w + 1

    def add_short(self, ch: Chunk, w: float, nxt: Chunk | None = None) -> None:
        if self._title_line_open() and self._title_goes_on(ch, w):
            assert self.open is not None
            self.open.lines.extend(ch.texts)  # the rest of a wire title line
            return
        first = ch.lines[0]
        u = Unit(
            "short",
            "".join(ch.texts),
            first.no,
            ch.texts,
            gap=first.blank_before,
            frame=first.frame,
            wide=w != float("inf") and max(width(t) for t in ch.texts) > w + 3,
            wrapped=len(ch.texts) == 2 and w - 0.5 <= width(ch.texts[0]) <= w + 1,
        )
        # an unfinished line or two, then a short one over a lead-in (no text goes on after
        # a lead-in opens a story: 外交部回应… / 习近平致电… / 央视网消息…), or one name
        # alone under them (a title over its author: 专家：洪涝灾害影响有限，我 / 国粮食安全
        # 有保障 / 聂凤英): the lines were a headline, not a paragraph the column cut
        over_lead = nxt is not None and bool(LEAD_START_RE.match("".join(nxt.texts[:3])))
        under_title = over_lead or bool(PERSON_RE.match(u.text.strip()))
        if self.is_open() and under_title and self._open_reads_as_title():
            self._open_as_short()
            self.units.append(u)
        elif self.is_open() and names_only(u.text):
            # a byline opens a story: the paragraph above has ended (its last line was cut
            # by the column), and short lines between are the new story's headline
            for h in self.inserts:
                h.inserted = False
            self.close()
            self.units.append(u)
        # a numbered heading (一、…) after a line announcing it (…提示：) is no caption
        # … nor is a label alone over a line (【在希望的田野上】 / 全国夏粮…): a headline
        elif (
            self.is_open()
            and not first.frame
            and not ENUM_HEAD_RE.match(u.text)
            and not _labelled(ch)
        ):
            u.inserted = True
            self.inserts.append(u)
        else:
            self.close()
            self.units.append(u)


#: A dateline (``本报兰州6月11日电``, ``据新华社北京2月24日电``).
_DATELINE_RE = re.compile(rf"据?{DATED_TAG}")


def _special_unit(ch: Chunk) -> Unit:
    t = ch.lines[0].text
    m = HEADING_RE.match(t)
    first = ch.lines[0]
    if m:
        return Unit("heading", m.group(2), first.no, [m.group(2)], level=len(m.group(1)))
    if "\t" in t:
        rows = [[c.strip() for c in ln.split("\t")] for ln in ch.texts]
        return Unit("table", "\n".join(ch.texts), first.no, ch.texts, rows=rows)
    return Unit("item", ITEM_RE.sub("", t, count=1), first.no, [t], gap=first.blank_before)


def _merge_specials(chunks: list[Chunk]) -> list[Chunk]:
    """Consecutive table rows (no blank between) form one table chunk."""
    out: list[Chunk] = []
    for ch in chunks:
        t = ch.lines[0].text
        prev = out[-1].lines[-1] if out else None
        if "\t" in t and prev is not None and "\t" in prev.text and ch.lines[0].blank_before == 0:
            out[-1].lines.extend(ch.lines)
        else:
            out.append(ch)
    return out


def _labelled(ch: Chunk) -> bool:
    """The chunk opens on a label alone in lenticular brackets (``【在希望的田野上】``):
    it heads what follows, it does not go on with a paragraph above."""
    return bool(LABEL_ALONE_RE.match(ch.texts[0].strip()))


def reflow(lines: list[Line], options: CleanOptions | None = None) -> list[Unit]:
    """Normalised lines to logical units in page order."""
    opts = options or CleanOptions()
    blocks = _merge_specials(chunks(lines))
    widths = column_widths([ch.texts for ch in blocks], opts)
    blocks, widths = split_prose_headings(blocks, widths, opts)
    r = _Reflow(opts)
    gaps = openers([ch.texts for ch in blocks], widths)
    r.indents = page_indents(gaps, opts)
    r.flush = page_flush(gaps)
    r.indent = indent_margin(gaps, opts)
    r.col_breaks = column_breaks([ch.texts for ch in blocks], widths, closes)
    for n, (ch, w) in enumerate(zip(blocks, widths, strict=True)):
        r.at = n
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        is_open = r.is_open()  # (nothing below changes it before a branch is taken)
        if ch.lines[0].image:
            r.close()  # a picture's alt text: its caption, wherever it stands
            first = ch.lines[0]
            text = "".join(ch.texts)
            cap = Unit("short", text, first.no, ch.texts, gap=first.blank_before, inserted=True)
            r.units.append(cap)
        elif is_special(ch.lines[0].text):
            r.close()
            r.units.append(_special_unit(ch))
        elif is_open and fills_column(ch, w, opts) and not _labelled(ch):
            r.add_text(ch, w)  # one full line between two column breaks
        elif nxt is not None and glued_on(nxt.lines[0].text) and not is_open:
            r.add_text(ch, w)  # the rest of its sentence follows after a column break
        elif not is_open and word_runs_on(ch, nxt, w, opts):
            r.add_text(ch, w)  # a word cut by a column break: its text goes on
        elif (n > 0 and _opens_text_under_byline(blocks[n - 1], ch, w)) or (
            is_fragment(ch, nxt, w, r.after_text(), r.flush)
            and not (nxt is not None and is_short_chunk(nxt, w, opts))
            and not phrases_spaced(ch.texts)  # two phrases apart: a heading, however wide
        ):
            r.add_text(ch, w)
        elif (
            is_short_chunk(ch, w, opts, nxt, 0 if r.flush else MAX_INDENT)
            or (is_open and is_set_apart(ch, opts))
            or (not is_open and is_question_head(ch, w))
            or (not is_open and is_line_over_headline(ch, nxt, w, opts))
        ):
            r.add_short(ch, w, nxt)
        else:
            r.add_text(ch, w)
    r.close()
    return r.units
