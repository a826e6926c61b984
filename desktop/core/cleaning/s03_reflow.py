"""Stage 3 — reflow: physical lines to logical units (paragraphs, short lines, tables).

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
    page_flush,
    page_indents,
    pushed,
)
from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s02_normalize import Line
from desktop.core.cleaning.textutil import (
    BYLINE_LINE_RE,
    CREDIT_END_RE,
    DATED_TAG,
    ENUM_HEAD_RE,
    FURNITURE_LINE_RE,
    HEADLINE_BREAK,
    MARKED_BYLINE_RE,
    NEWS_TAG,
    ORNAMENTS,
    RANK,
    ROLE_RE,
    SIGNATURE_END_RE,
    SOURCE_END,
    TITLE_LINE_RE,
    cuts_word,
    ends_continuing,
    ends_sentence,
    jump_on,
    starts_mid_sentence,
    width,
)

_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM_RE = re.compile(r"^(?:[-*+•·]|\d{1,2}[.)、])\s+")
#: A lead-in: news-service dateline or byline ending in 报道, at the start of a block.
LEAD_START_RE = re.compile(
    rf"^(?:{NEWS_TAG}|据?{DATED_TAG}|"
    r"本报[^\s，。]{0,10}电|据?(?:新华社|中新社)|据[^\s，。]{2,8}社[^\s，。]{0,12}电|"
    rf"本报{RANK}?(?:记者|通讯员)|"
    rf"(?:{RANK}?(?:记者|通讯员)[^，。；]{{1,30}}?报\s*道)|"
    # a reporter of another paper or site: 齐鲁晚报·齐鲁壹点记者 王媛报道
    rf"[^\s，。；“”]{{2,12}}?{SOURCE_END}[^\s，。；“”]{{0,6}}?(?:记者|通讯员)\s*"
    r"[\u4e00-\u9fff]{2,4}(?:[ 、]+[\u4e00-\u9fff]{2,4})*\s*报\s*道)"
)
#: A lead-in that always starts a new article, even without a blank line above it.
STRONG_LEAD_RE = re.compile(
    rf"^(?:{NEWS_TAG}|{DATED_TAG}|"
    r"本报[^\s，。]{0,10}电|据[^\s，。]{2,8}社[^\s，。]{0,12}电)"
)
#: A photographer credit closing a caption: ``通讯员王树成摄``, ``记者X/摄``.
PHOTO_CREDIT_RE = re.compile(
    rf"(?:(?:(?:{RANK}|本报|新华社)?(?:记者|通讯员|摄影记者)\s*[^\s，。]{{2,12}}"
    r"(?:\s*[、 ]\s*[^\s，。]{2,4})*\s*/?\s*摄(?:影)?)"
    # names (perhaps after the agency that sent the picture: 新华社发 张七 摄)
    r"|(?:(?<=[\s。）)”])|^)(?:[\u4e00-\u9fff]{2,6}社发\s*)?"
    r"[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4})*(?: |\s*/)摄(?:影)?"
    # a bare name glued to 摄 after the caption's last sentence (``…垂直。 潘颖平摄``)
    r"|(?<=[\s。！？”])(?:[\u4e00-\u9fff]{2,6}社发\s*)?(?!\S*拍摄)[\u4e00-\u9fff]{2,4}摄(?:影)?"
    r"|[（(][^（）()《》]{2,24}\s*/?摄(?:影)?[）)])$"
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


#: A reporter's byline lead-in (``通讯员X报道``), possibly cut after ``报``.
_BYLINE_LEAD_RE = re.compile(
    rf"^(?:本报)?{RANK}?(?:记者|通讯员)[^，。；：“”\s]{{1,12}}"
    r"(?:[ 、][^，。；：“”\s]{1,12}){0,4}?报\s*道"
)


def _chunks(lines: list[Line]) -> list[_Chunk]:
    out: list[_Chunk] = []
    for k, ln in enumerate(lines):
        if out and ln.blank_before == 0 and set(ln.text) <= _CLOSING:
            out[-1].lines[-1].text += ln.text  # a closing quote pushed onto a line of its own
            continue
        joins = out and ln.blank_before == 0 and not ln.frame and not _is_special(ln.text)
        joins = joins and not STRONG_LEAD_RE.match(ln.text)
        # on a page that indents its paragraphs, a short unpunctuated line between a finished
        # paragraph and an indented one is a headline (no blank lines around it)
        if joins and k + 1 < len(lines) and lines[k + 1].frame and lines[k + 1].blank_before == 0:
            joins = not (_bare_heading(ln.text) and ends_sentence(out[-1].lines[-1].text))
        # page furniture (责任编辑：…, the date line) is a block of its own
        if joins and (_furniture(ln.text) or _furniture(out[-1].lines[-1].text)):
            joins = False
        # a byline on a line of its own (本报记者 王晓东) is not the first line of the text,
        # unless it runs on into a lead-in (记者吴晓静 通讯员姚似 / 璐报道 …)
        if joins and len(out[-1].lines) == 1 and _names_only(out[-1].lines[0].text):
            joins = bool(_BYLINE_LEAD_RE.match(out[-1].lines[0].text + ln.text))
        # a byline lead-in (记者X报道) under a headline line with no blank between
        joins = joins and not (LEAD_START_RE.match(ln.text) and _headline_above(out))
        if joins and ln.text[:1] in "本见实特全首记通":  # cheap guard before the regexes
            # a byline lead-in right after a finished story: a new story, blank or not
            nxt = lines[k + 1].text if k + 1 < len(lines) else ""
            lead = _BYLINE_LEAD_RE.match(ln.text + nxt)
            joins = not (lead and closes(out[-1].lines[-1].text))
        if joins and not _is_special(out[-1].lines[-1].text):
            out[-1].lines.append(ln)
            continue
        out.append(_Chunk([ln]))
    return out


def _bare_heading(text: str) -> bool:
    """A short line with no sentence punctuation, ending neither a sentence nor a clause."""
    return (
        width(text) <= _HEADING_WIDTH
        and not any(c in text for c in "，。；！？")
        and not (ends_sentence(text) or ends_continuing(text))
    )


#: The widest line (in em) read as a headline when nothing but its shape sets it apart.
_HEADING_WIDTH = 20


def _furniture(text: str) -> bool:
    return text[:1] in _FURNITURE_START and bool(FURNITURE_LINE_RE.match(text))


#: What a furniture line can start with (a cheap guard before the regex).
_FURNITURE_START = frozenset("本责编美校组版制排图视专投主值0123456789第hHwWeE") | {
    chr(c) for c in range(ord("a"), ord("z") + 1)
}


def _names_only(text: str) -> bool:
    """A line of names only: a byline printed on a line of its own."""
    if len(text) > 40 or not (text[:1] in ORNAMENTS or _ROLE_HINT_RE.search(text)):
        return False  # a cheap guard before the full grammar
    return bool(MARKED_BYLINE_RE.match(text.strip()))


#: What a marked byline line holds when no ornament opens it.
_ROLE_HINT_RE = re.compile(r"记者|通讯员|评论员|编辑|实习生|作者|撰稿|撰文|[/／|｜:：]")


def _headline_above(out: list[_Chunk]) -> bool:
    """The line above could be a headline: it ends no sentence and names nobody."""
    if not out:
        return False
    prev = out[-1].lines[-1].text
    return not (
        ends_continuing(prev)
        or ends_sentence(prev)
        or STRONG_LEAD_RE.match(prev)
        or LEAD_START_RE.match(prev)
        or ROLE_RE.search(prev)
    )


def _is_special(text: str) -> bool:
    """Markdown lines that never share a chunk with running text."""
    return bool(_HEADING_RE.match(text)) or "\t" in text or bool(_ITEM_RE.match(text))


def closes(text: str) -> bool:
    """True when a line ends a paragraph: a finished sentence, a credit, a photo credit, a
    signature after the last sentence or a jump line (``（下转第3版）``)."""
    t = text.rstrip()
    if ends_sentence(t):
        return True
    # credits and jump lines end in a bracket, 摄, 影 or 版: skip the regexes for other lines
    if t[-1:] not in "）)摄影版":
        return _SIGNS_HINT_RE.search(t[-24:]) is not None and bool(SIGNATURE_END_RE.search(t))
    return bool(CREDIT_END_RE.search(t) or PHOTO_CREDIT_RE.search(t) or jump_on(t))


#: What a signature after the last sentence holds (a cheap guard before the full pattern).
_SIGNS_HINT_RE = re.compile(r"[。！？!?”]\s*\S*(?:记者|通讯员|读者|作者)")


def _is_short_chunk(
    ch: _Chunk, w: float, options: CleanOptions, nxt: _Chunk | None = None, indent: float = 0
) -> bool:
    """One to three short lines that end no sentence: a headline candidate.

    *nxt* is the chunk after it and *indent* how far an indented first line stops short
    (0 on a page set flush): lines that fill the column as a compositor fills it are
    running text however unpunctuated."""
    texts = ch.texts
    if len(texts) > 3 or any(width(t) > options.max_headline_width for t in texts):
        return False
    if len(texts) == 1 and _names_only(texts[0]):
        return True
    if LEAD_START_RE.match("".join(texts)):
        return False
    if _label_over_short(texts, w, options, nxt):
        return True
    last = texts[-1]
    if ends_sentence(last) or ends_continuing(last) or PHOTO_CREDIT_RE.search(last):
        return False
    # a line may end in a headline's colon or dash (``大学生村官黎锦林：`` / ``秀水河畔的
    # 时代足音``, ``一场跨越三年的生态文明考试——`` / ``保山东河流域…纪实``)
    # … or after a comma, where the line stops visibly short of the column: wrapped text
    # fills every line but its last (``为了赶走烂物业，`` / ``我被举报到纪委了``)
    comma_break = (
        len(texts) == 2 and texts[0].rstrip()[-1:] in "，," and _clearly_short(texts[0], w)
    )
    if (
        len(texts) > 1
        and not comma_break
        and any(
            ends_sentence(t) or (ends_continuing(t) and t.rstrip()[-1] not in HEADLINE_BREAK)
            for t in texts[:-1]
        )
    ):
        return False
    if texts[0].startswith(("【", "[")):
        return True
    joined = "".join(texts)
    if any(c in joined[:-1] for c in "。！？") or (
        "，" in joined and width(joined) > 16 and not comma_break
    ):
        return False
    if _unbalanced(joined) or joined[-1] in _CUT_END:
        return False  # a quotation or phrase left open: running text cut by a column break
    if nxt is not None and len(nxt.lines) == 1 and _names_only(nxt.texts[0]):
        return True  # a byline line under it: a title, however full its lines
    # several lines of prose ending on a full-width line: text cut by a column break
    prose = any(c in "".join(texts) for c in "，。、；：！？")
    wider = w != float("inf") and width(texts[0]) > w + 2  # set across columns: no body text
    if prose and len(texts) >= 2 and width(last) > w - options.short_margin and not wider:
        return False
    if _unstopped_title(texts, w, nxt):
        return True
    # several lines exactly as wide as the column: running text, however unpunctuated
    return not (len(texts) >= 2 and _set_full(texts, w, nxt, indent))


def _unstopped_title(texts: list[str], w: float, nxt: _Chunk | None) -> bool:
    """Two full lines with not a stop between them: a title, however full.  Prose does
    not run two lines of a column without a comma; a paragraph's fragment that does opens
    on an indented line, or stops short only because the opening quote of the next chunk
    did not fit (``…列为`` / ``“重点监管对象”…``)."""
    if len(texts) != 2 or w == float("inf") or any(c in _STOPS for c in "".join(texts)):
        return False
    if width(texts[0]) < w - 0.5:
        return False  # an indented first line opens a paragraph
    follow = nxt.lines[0].text if nxt is not None else ""
    short = width(texts[1]) < w - 0.5
    return not (short and follow[:1] in "“‘《（(「『" and pushed(texts[1], follow, w))


#: Any comma or stop, full-width or ASCII.
_STOPS = frozenset("，。、；：！？,;:!?")


def _label_over_short(
    texts: list[str], w: float, options: CleanOptions, nxt: _Chunk | None
) -> bool:
    """A label ending in a colon over a short line (``北京：`` / ``服务再升级，带来新变化``,
    ``小学校长刘恩和：`` / ``山崖上那棵倔强的老树``): one subhead in two parts.  A speaker's
    colon (``李某：``) is followed by what was said, running text."""
    t = texts[0].rstrip()
    if len(texts) != 1 or t[-1:] not in "：:" or width(t) > _LABEL_WIDTH:
        return False
    if any(c in _STOPS for c in t[:-1]) or nxt is None:
        return False
    return _is_short_chunk(nxt, w, options)


#: Widest label (in em) read as the first part of a two-part subhead.
_LABEL_WIDTH = 24.0


def _clearly_short(text: str, w: float) -> bool:
    """A line stopping well short of the column's width (three em or more)."""
    return w != float("inf") and width(text) <= w - 3


def _set_full(texts: list[str], w: float, nxt: _Chunk | None, indent: float) -> bool:
    """Every line as full as a compositor makes it: exactly the column's width, the first
    one perhaps indented, a line short only because the next one's opening could not fit
    on it (``…列为`` / ``“匪谋”…``)."""
    # the allowances hold only where the text visibly goes on in the next chunk
    goes_on = nxt is not None and len(nxt.lines) >= 2 and not _is_special(nxt.lines[0].text)
    after = [*texts[1:], nxt.lines[0].text if nxt is not None and goes_on else ""]
    for k, (t, t2) in enumerate(zip(texts, after, strict=True)):
        if w - 0.5 <= width(t) <= w + 1:
            continue
        if k == 0 and indent and goes_on and w - indent - 0.5 <= width(t) < w:
            continue
        if t2 and width(t) < w and pushed(t, t2, w):
            continue
        return False
    return True


#: The deepest first-line indent (in em) a paragraph is set with.
_MAX_INDENT = 2.0
#: Words that cannot end a headline: a line ending in one was cut mid-phrase.
_CUT_END = frozenset("的之和与及或把被将向从对")
_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("‘", "’"), ("(", ")"))


def _unbalanced(text: str) -> bool:
    """An opening quote or bracket without its closing one (or the reverse)."""
    return any(text.count(a) != text.count(b) for a, b in _PAIRS)


#: Punctuation that never starts a paragraph.
_CLOSING = frozenset("”’）》」』、，。；：！？")


def _glued_on(text: str) -> bool:
    """*text* cannot start a paragraph or headline: it opens with closing punctuation or
    with a particle standing alone (``的``, not ``过氧化钙`` or ``地处``)."""
    return text[:1] in _CLOSING or starts_mid_sentence(text, strict=True)


def _is_question_head(ch: _Chunk) -> bool:
    """A short question or exclamation on a line of its own: a headline or subhead."""
    t = "".join(ch.texts)
    return (
        len(ch.texts) <= 2
        and width(t) <= 16
        and t[-1:] in "？！?!"
        and not any(c in t for c in "，。；：,;:")  # a speaker (李某：…？) is dialogue
    )


def _word_runs_on(ch: _Chunk, nxt: _Chunk | None, w: float, options: CleanOptions) -> bool:
    """Lines whose last word is cut by a column break and ends in the running text of
    the next chunk (``…新就业形态劳动者权`` / ``益保障的历史性节点。``): text, not a
    headline."""
    if nxt is None or _is_special(nxt.lines[0].text) or ends_sentence(ch.texts[-1]):
        return False
    # lines that would not read as a headline anyway are text: spare the dictionary
    if not _is_short_chunk(ch, w, options, nxt) or not cuts_word(ch.texts[-1], nxt.lines[0].text):
        return False
    return not _is_short_chunk(nxt, w, options)


def _is_fragment(
    ch: _Chunk, nxt: _Chunk | None, w: float, after_text: bool, flush: bool = False
) -> bool:
    """A line as wide as an indented first line, followed by a full (not indented) line:
    the opening line of a paragraph cut off by a column break, not a subhead.

    A subhead is followed by the indented first line of its paragraph.  On a page that
    sets its paragraphs flush (*flush*) an opening line is full."""
    if w == float("inf") or nxt is None or len(ch.texts) > 2 or _is_special(nxt.lines[0].text):
        return False
    if ENUM_HEAD_RE.match(ch.texts[0]):
        return False  # a numbered heading (一、…), however wide
    first = nxt.lines[0].text
    # a lead-in (记者X报道) may be cut after 报: read it across the line break
    if width(first) < w - 0.5 or LEAD_START_RE.match("".join(nxt.texts[:2])):
        return False
    # an indented (or flush) opening line alone in its column, right after a paragraph
    lo = w - 0.5 if flush else w - 2.5
    return after_text and len(ch.texts) == 1 and lo <= width(ch.texts[0]) <= w + 0.5


def _fills_column(ch: _Chunk, w: float, options: CleanOptions) -> bool:
    """Every line as wide as the column (but not wider): running text, not a caption."""
    if w == float("inf") or ch.lines[0].blank_before >= 2:
        return False
    return all(w - options.short_margin < width(t) <= w + 1.5 for t in ch.texts)


def _is_set_apart(ch: _Chunk, options: CleanOptions) -> bool:
    """One short line with several blank lines above it: a caption, even if it ends in 。."""
    t = ch.texts
    return len(t) == 1 and ch.lines[0].blank_before >= 2 and width(t[0]) <= 24


def _split_chunk(
    texts: list[str], w: float, margin: float, indent: float | None = None
) -> list[list[str]]:
    """Split a block of lines into paragraphs at short sentence-final lines and indents.

    *indent* is how far short an indented first line stops (``None`` on a page set flush,
    where a short line holds half-width characters)."""
    paras: list[list[str]] = [[]]
    for j, t in enumerate(texts):
        paras[-1].append(t)
        if j == len(texts) - 1 or not closes(t):
            continue
        first = len(paras[-1]) == 1
        nxt = texts[j + 1]
        short = width(t) <= w - margin - (2 if first else 0) and not pushed(t, nxt, w)
        goes_on = j + 1 < len(texts) - 1 or not closes(nxt)
        # a short line that itself ends the sentence is this paragraph's last line, not
        # the indented first line of the next one
        indent_next = (
            indent is not None
            and goes_on
            and width(nxt) <= w - indent
            and not closes(nxt)
            and not (j + 2 < len(texts) and pushed(nxt, texts[j + 2], w))
            # the rest is a signature (…二十分钟左右。 / 齐鲁晚报记者 王 / 媛), not a paragraph
            and not _names_only("".join(texts[j + 1 :]))
        )
        if short or indent_next:
            paras.append([])
    return [p for p in paras if p]


def _list_item_end(line: str, w: float) -> bool:
    """A visibly short line ending in a semicolon or colon (``具体安排如下：``,
    ``…开展义诊活动；``) ends its paragraph: a column break falls after a full line, and a
    list of items sets each one as a paragraph."""
    t = line.rstrip()
    return t[-1:] in "；：;:" and width(t) <= w - 2


def _tail(lines: list[str]) -> str:
    """The end of a paragraph as read for :func:`closes`: its last three lines (a closing
    credit ``（记者杨明`` / ``清 通讯员宋洁）`` or a signature ``…就能到。`` / ``齐鲁晚报记者 王``
    / ``媛`` may be cut by the column)."""
    return "".join(lines[-3:])


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
                Unit("text", text, o.no, list(o.lines), gap=o.gap, frame=o.frame, leadin=o.leadin)
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
        if kinds[-1:] == ["short"] and _names_only(self.units[-1].text):
            return True
        # bare names under a title (沈琳 韦友 张晓燕): a byline too
        if kinds == ["short", "short"] and BYLINE_LINE_RE.match(self.units[-1].text.strip()):
            return True
        return kinds[-1:] == ["text"] or (kinds == ["text", "short"] and not self.inserts)

    def is_open(self) -> bool:
        return self.open is not None and not closes(_tail(self.open.lines))

    def add_text(self, ch: _Chunk, w: float) -> None:
        first = ch.lines[0]
        lead = bool(LEAD_START_RE.match("".join(ch.texts[:3])))
        indent = None if self.flush else self.indent
        paras = _split_chunk(ch.texts, w, self.options.short_margin, indent)
        if self.open is not None and not first.frame and not lead and self._goes_on(ch, w):
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

    def _goes_on(self, ch: _Chunk, w: float) -> bool:
        """Does the open paragraph continue with chunk *ch* after a blank line?

        Yes when it stopped mid-sentence, or when *ch* opens with punctuation that
        cannot start a line of its own.  A blank line after a finished sentence is a
        paragraph break even when both lines are full, unless the page indents the first
        line of its paragraphs: then a full line after a full line is a column break."""
        assert self.open is not None
        first = ch.lines[0]
        last = self.open.lines[-1]
        if first.text[:1] in _CLOSING:
            return True
        if self._title_line_open():
            return self._title_goes_on(ch, w)
        if _list_item_end(last, w):
            return False
        if not closes(_tail(self.open.lines)):
            return True
        if self.at in self.col_breaks:
            return True
        # both lines reach the column's edge (OCR columns wobble by an em: be strict)
        return self.indents and width(last) >= w - 0.5 and w <= width(first.text) <= w + 1.5

    def _title_line_open(self) -> bool:
        return self.open is not None and bool(TITLE_LINE_RE.match("".join(self.open.lines[:2])))

    def _title_goes_on(self, ch: _Chunk, w: float) -> bool:
        """A wire story's title line (…电 题：…) stands alone: it goes on only where the
        column cut it (its last line full) into a short rest of the title."""
        assert self.open is not None
        rest = len(ch.texts) <= 3 and not closes(ch.texts[-1])
        return rest and w - 0.5 <= width(self.open.lines[-1]) <= w + 1

    def add_short(self, ch: _Chunk, w: float) -> None:
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
        )
        if self.is_open() and _names_only(u.text):
            # a byline opens a story: the paragraph above has ended (its last line was cut
            # by the column), and short lines between are the new story's headline
            for h in self.inserts:
                h.inserted = False
            self.close()
            self.units.append(u)
        # a numbered heading (一、…) after a line announcing it (…提示：) is no caption
        elif self.is_open() and not first.frame and not ENUM_HEAD_RE.match(u.text):
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


_DATE_LINE_RE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _heading_like(t: str, options: CleanOptions) -> bool:
    return width(t) <= options.max_headline_width and not (ends_sentence(t) or ends_continuing(t))


def _prose_like(t: str, options: CleanOptions) -> bool:
    return not _heading_like(t, options) and not _DATE_LINE_RE.match(t)


def _split_prose_headings(
    chunks: list[_Chunk], widths: list[float], options: CleanOptions
) -> tuple[list[_Chunk], list[float]]:
    """In one-line-per-paragraph text, a short line that ends no sentence is a line of
    its own (a title or label above the text), not the start of a wrapped paragraph."""
    out_c: list[_Chunk] = []
    out_w: list[float] = []
    for ch, w in zip(chunks, widths, strict=True):
        if w != float("inf") or len(ch.lines) < 2 or _is_special(ch.lines[0].text):
            out_c.append(ch)
            out_w.append(w)
            continue
        cur: list[Line] = []
        for k, ln in enumerate(ch.lines):
            cur.append(ln)
            nxt = ch.lines[k + 1].text if k + 1 < len(ch.lines) else None
            if nxt is not None and _heading_like(ln.text, options) and _prose_like(nxt, options):
                out_c.append(_Chunk(cur))
                out_w.append(w)
                cur = []
        if cur:
            out_c.append(_Chunk(cur))
            out_w.append(w)
    return out_c, out_w


def reflow(lines: list[Line], options: CleanOptions | None = None) -> list[Unit]:
    """Normalised lines to logical units in page order."""
    opts = options or CleanOptions()
    chunks = _merge_specials(_chunks(lines))
    widths = column_widths([ch.texts for ch in chunks], opts)
    chunks, widths = _split_prose_headings(chunks, widths, opts)
    r = _Reflow(opts)
    r.indents = page_indents([ch.texts for ch in chunks], widths, opts)
    r.flush = page_flush([ch.texts for ch in chunks], widths, opts)
    r.indent = indent_margin([ch.texts for ch in chunks], widths, opts)
    r.col_breaks = column_breaks([ch.texts for ch in chunks], widths, closes)
    for n, (ch, w) in enumerate(zip(chunks, widths, strict=True)):
        r.at = n
        nxt = chunks[n + 1] if n + 1 < len(chunks) else None
        if _is_special(ch.lines[0].text):
            r.close()
            r.units.append(_special_unit(ch))
        elif r.is_open() and _fills_column(ch, w, opts):
            r.add_text(ch, w)  # one full line between two column breaks
        elif nxt is not None and _glued_on(nxt.lines[0].text) and not r.is_open():
            r.add_text(ch, w)  # the rest of its sentence follows after a column break
        elif not r.is_open() and _word_runs_on(ch, nxt, w, opts):
            r.add_text(ch, w)  # a word cut by a column break: its text goes on
        elif _is_fragment(ch, nxt, w, r.after_text(), r.flush) and not (
            nxt is not None and _is_short_chunk(nxt, w, opts)
        ):
            r.add_text(ch, w)
        elif (
            _is_short_chunk(ch, w, opts, nxt, 0 if r.flush else _MAX_INDENT)
            or (r.is_open() and _is_set_apart(ch, opts))
            or (not r.is_open() and _is_question_head(ch))
        ):
            r.add_short(ch, w)
        else:
            r.add_text(ch, w)
    r.close()
    return r.units
