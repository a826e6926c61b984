"""Stage 3, first half — chunks: the page's lines in blocks, and what a block's shape says.

A chunk is a run of lines with no blank line between them, cut further where a new frame,
a lead-in, a byline line or page furniture begins (:func:`chunks`).  The predicates here
read one chunk (and the one after it) as a compositor set it:

* :func:`is_fragment`, :func:`fills_column`, :func:`glued_on` — text that a column break
  cut: its sentence goes on in the next chunk;
* :func:`is_set_apart` — a caption set on its own;
* :func:`split_prose_headings` — on a page of one line a paragraph, a short line that ends
  no sentence is a line of its own.

What reads as a headline by its shape (a short chunk, a question on its own line) is
:mod:`.s03_short`.

Where a line ends its paragraph is :mod:`.s03_ends`.  Stage 3's second half
(:mod:`.s03_reflow`) walks the chunks and makes them paragraphs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s02_normalize import Line
from desktop.core.cleaning.s03_ends import closes
from desktop.core.cleaning.textutil import (
    BARE_CREDIT_RE,
    DATE_ALONE_RE,
    DATED_TAG,
    ENUM_HEAD_RE,
    FEATURE_ROLE,
    FURNITURE_LINE_RE,
    MARK_PAIRS,
    MARKED_BYLINE_RE,
    NEWS_OPENING_RE,
    NEWS_TAG,
    ORNAMENTS,
    RANK,
    ROLE_RE,
    SOURCE_END,
    TITLED_OUTLET,
    ends_continuing,
    ends_sentence,
    ends_with_editor_code,
    width,
)
from desktop.core.cleaning.wording import starts_mid_sentence

HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
ITEM_RE = re.compile(r"^(?:[-*+•·]|\d{1,2}[.)、])\s+")
#: What the paper's reporter does in a sentence of the text (``本报记者问``, ``…了解到``).
_REPORTER_DOES = (
    r"问|说|看到|了解|获悉|注意到|发现|采访|调查|走访|走进|来到|从|在|随|跟随|暗访|蹲点|"
    r"一行|日前|近日|昨天|昨日|今天|当天|多次|再次|第一时间"
)
#: A lead-in: news-service dateline or byline ending in 报道, at the start of a block.
LEAD_START_RE = re.compile(
    rf"^(?:{NEWS_TAG}|据?{DATED_TAG}|"
    # the news service's own lead-in (新华社北京电, 据新华社报道), not its name in a
    # headline (新华社关注 …)
    r"本报[^\s，。]{0,10}电|据?(?:新华社|中新社)(?=记者|消息|讯|报道|[^\s，。]{0,12}?电|\s*[（(])|"
    r"据(?:新华社|中新社)|据[^\s，。]{2,8}社[^\s，。]{0,12}电|"
    # (not the paper's reporter asking, seeing or learning something in the text:
    # 本报记者问：“…”, 本报记者了解到)
    rf"本报(?:{RANK}|驻[^\s，。]{{1,6}}?)?(?:记者|通讯员)(?!{_REPORTER_DOES})|"
    # the reporters in brackets, the label left out: （记者冯芸）百年大计，…
    # (with text after them: alone they are a closing credit)
    rf"[（(](?:本报)?{RANK}?(?:记者|通讯员)[^（）()，。]{{1,30}}[）)](?=\s*[^\s（）()])|"
    rf"(?:{RANK}?(?:记者|通讯员)[^，。；]{{1,30}}?报\s*道)|"
    # a feature's credits: 专题策划 廖卓斌 专题撰文 …记者 彭博 专题摄影 …报道
    rf"{FEATURE_ROLE}[^，。；]{{0,70}}?报\s*道|"
    # a reporter of another paper or site: 齐鲁晚报·齐鲁壹点记者 王媛报道, 《环球人物》记者…
    rf"(?:[^\s，。；“”（(]{{2,12}}?{SOURCE_END}[^\s，。；“”]{{0,6}}?|{TITLED_OUTLET})"
    r"(?:记者|通讯员)\s*"
    r"[\u4e00-\u9fff]{2,4}(?:[ 、]+[\u4e00-\u9fff]{2,4})*\s*报\s*道)"
)
#: A lead-in that always starts a new article, even without a blank line above it.
STRONG_LEAD_RE = re.compile(
    rf"^(?:{NEWS_TAG}|{DATED_TAG}|"
    r"本报[^\s，。]{0,10}电|据[^\s，。]{2,8}社[^\s，。]{0,12}电)"
)


@dataclass
class Chunk:
    """Lines with no blank between them.  :func:`chunks` builds them; once built they are
    read, never changed (their texts are worked out once)."""

    lines: list[Line]

    @functools.cached_property
    def texts(self) -> list[str]:
        return [ln.text for ln in self.lines]


#: A reporter's byline lead-in (``通讯员X报道``, ``本报记者 李 纵 周小苑报道``), possibly cut
#: after ``报``.
_BYLINE_LEAD_RE = re.compile(
    rf"^(?:本报)?{RANK}?(?:记者|通讯员)\s*[^，。；：“”\s]{{1,12}}"
    r"(?:[ 、][^，。；：“”\s]{1,12}){0,4}?报\s*道"
)


def _code_goes_on(line: str, nxt: str) -> bool:
    """*nxt* is the number of an editor's code the column cut off *line* (``…选拔赛。②`` /
    ``11``)."""
    t = nxt.strip()
    if not (0 < len(t) <= 4 and t.isdecimal()) or line.rstrip()[-1:].isdecimal():
        return False  # (a code that has its number already takes no more)
    return ends_with_editor_code(line)


def chunks(lines: list[Line]) -> list[Chunk]:
    out: list[Chunk] = []
    for k, ln in enumerate(lines):
        if out and ln.blank_before == 0 and not ln.text.strip(_CLOSING_MARKS):
            out[-1].lines[-1].text += ln.text  # a closing quote pushed onto a line of its own
            continue
        if out and ln.blank_before == 0 and _code_goes_on(out[-1].lines[-1].text, ln.text):
            out[-1].lines[-1].text += ln.text.strip()  # the editor's code cut: 。② / 11
            continue
        joins = out and ln.blank_before == 0 and not ln.frame and not is_special(ln.text)
        joins = joins and not (ln.image or out[-1].lines[-1].image)  # a picture's caption
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
        if joins and len(out[-1].lines) == 1 and names_only(out[-1].lines[0].text):
            joins = bool(_BYLINE_LEAD_RE.match(out[-1].lines[0].text + ln.text))
        # names alone in brackets under a finished paragraph close its story: the line
        # after them (no blank between) opens the next (…意识。 / （韩媛媛） / 投诉人：…)
        if joins and len(out[-1].lines) == 1 and BARE_CREDIT_RE.fullmatch(out[-1].lines[0].text):
            joins = not (len(out) > 1 and closes(out[-2].lines[-1].text))
        # a byline lead-in (记者X报道) under a headline line with no blank between
        joins = joins and not (LEAD_START_RE.match(ln.text) and _headline_above(out))
        if joins and ln.text[:1] in "本见实特全首记通":  # cheap guard before the regexes
            # a byline lead-in right after a finished story: a new story, blank or not
            nxt = lines[k + 1].text if k + 1 < len(lines) else ""
            lead = _BYLINE_LEAD_RE.match(ln.text + nxt)
            joins = not (lead and closes(out[-1].lines[-1].text))
        if joins and not is_special(out[-1].lines[-1].text):
            out[-1].lines.append(ln)
            continue
        out.append(Chunk([ln]))
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


def names_only(text: str) -> bool:
    """A line of names only: a byline printed on a line of its own."""
    if len(text) > 40 or not (text[:1] in ORNAMENTS or _ROLE_HINT_RE.search(text)):
        return False  # a cheap guard before the full grammar
    return bool(MARKED_BYLINE_RE.match(text.strip()))


#: What a marked byline line holds when no ornament opens it.
_ROLE_HINT_RE = re.compile(
    r"记者|通讯员|评论员|编辑|总编|主编|实习生|读者|作者|撰稿|撰文|[/／|｜:：]"
)


def _headline_above(out: list[Chunk]) -> bool:
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


def is_special(text: str) -> bool:
    """Markdown lines that never share a chunk with running text."""
    if "\t" in text:
        return True  # a table row
    c = text[:1]  # (a cheap guard before the regexes: what a heading or an item starts with)
    return (c in "#-*+•·" or c.isdecimal()) and bool(HEADING_RE.match(text) or ITEM_RE.match(text))


#: A section heading on a label, a colon and a quotation closing the line with no stop in
#: it (``敲诈风波：“根据‘行规’，一口价500万元”``): words quoted in running text end on a
#: stop inside the marks.
LABEL_QUOTE_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]“[^“”。！？]{4,}”$")


#: The deepest first-line indent (in em) a paragraph is set with.
MAX_INDENT = 2.0


def unbalanced(text: str) -> bool:
    """An opening quote or bracket without its closing one (or the reverse)."""
    return any(text.count(a) != text.count(b) for a, b in MARK_PAIRS)


#: Punctuation that never starts a paragraph.
CLOSING = frozenset("”’）》」』、，。；：！？")
_CLOSING_MARKS = "".join(sorted(CLOSING))


def glued_on(text: str) -> bool:
    """*text* cannot start a paragraph or headline: it opens with closing punctuation or
    with a particle standing alone (``的``, not ``过氧化钙`` or ``地处``)."""
    return text[:1] in CLOSING or starts_mid_sentence(text, strict=True)


def is_fragment(
    ch: Chunk, nxt: Chunk | None, w: float, after_text: bool, flush: bool = False
) -> bool:
    """A line as wide as an indented first line, followed by a full (not indented) line:
    the opening line of a paragraph cut off by a column break, not a subhead.

    A subhead is followed by the indented first line of its paragraph.  On a page that
    sets its paragraphs flush (*flush*) an opening line is full."""
    if w == float("inf") or nxt is None or len(ch.texts) > 2 or is_special(nxt.lines[0].text):
        return False
    if ENUM_HEAD_RE.match(ch.texts[0]) or LABEL_QUOTE_RE.match(ch.texts[0]):
        return False  # a numbered heading (一、…) or a label and a quotation, however wide
    first = nxt.lines[0].text
    # a lead-in (记者X报道) may be cut after 报: read it across the line break
    if width(first) < w - 0.5 or LEAD_START_RE.match("".join(nxt.texts[:2])):
        return False
    if NEWS_OPENING_RE.match(first) and "，" in first[:12]:
        return False  # a news story's first sentence opens there (12月11日，…): no rest
    # an indented (or flush) opening line alone in its column, right after a paragraph
    lo = w - 0.5 if flush else w - 2.5
    return after_text and len(ch.texts) == 1 and lo <= width(ch.texts[0]) <= w + 0.5


def fills_column(ch: Chunk, w: float, options: CleanOptions) -> bool:
    """Every line as wide as the column (but not wider): running text, not a caption."""
    if w == float("inf") or ch.lines[0].blank_before >= 2:
        return False
    return all(w - options.short_margin < width(t) <= w + 1.5 for t in ch.texts)


def is_set_apart(ch: Chunk, options: CleanOptions) -> bool:
    """One short line with several blank lines above it: a caption, even if it ends in 。."""
    t = ch.texts
    return len(t) == 1 and ch.lines[0].blank_before >= 2 and width(t[0]) <= 24


def _heading_like(t: str, options: CleanOptions) -> bool:
    return width(t) <= options.max_headline_width and not (ends_sentence(t) or ends_continuing(t))


def _prose_like(t: str, options: CleanOptions) -> bool:
    return not _heading_like(t, options) and not DATE_ALONE_RE.match(t)


def split_prose_headings(
    chunks: list[Chunk], widths: list[float], options: CleanOptions
) -> tuple[list[Chunk], list[float]]:
    """In one-line-per-paragraph text, a short line that ends no sentence is a line of
    its own (a title or label above the text), not the start of a wrapped paragraph."""
    out_c: list[Chunk] = []
    out_w: list[float] = []
    for ch, w in zip(chunks, widths, strict=True):
        if w != float("inf") or len(ch.lines) < 2 or is_special(ch.lines[0].text):
            out_c.append(ch)
            out_w.append(w)
            continue
        cur: list[Line] = []
        for k, ln in enumerate(ch.lines):
            cur.append(ln)
            nxt = ch.lines[k + 1].text if k + 1 < len(ch.lines) else None
            if nxt is not None and _heading_like(ln.text, options) and _prose_like(nxt, options):
                out_c.append(Chunk(cur))
                out_w.append(w)
                cur = []
        if cur:
            out_c.append(Chunk(cur))
            out_w.append(w)
    return out_c, out_w
