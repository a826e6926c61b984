"""Stage 3, first half — chunks: the page's lines in blocks, and what a block's shape says.

A chunk is a run of lines with no blank line between them, cut further where a new frame,
a lead-in, a byline line or page furniture begins (:func:`chunks`).  The predicates here
read one chunk (and the one after it) as a compositor set it:

* :func:`is_short_chunk` — one to three short lines that end no sentence: a headline
  candidate, unless the lines fill the column as running text does; two full lines with
  no stop between them, or lines over a byline line, are a title however full;
* :func:`word_runs_on`, :func:`is_fragment`, :func:`fills_column`, :func:`glued_on` — text
  that a column break cut: its sentence, or its word, goes on in the next chunk;
* :func:`is_set_apart`, :func:`is_question_head` — a caption or a question set on its own.

Where a line ends its paragraph is :mod:`.s03_ends`.  Stage 3's second half
(:mod:`.s03_reflow`) walks the chunks and makes them paragraphs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from desktop.core.cleaning.columns import pushed
from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s02_normalize import Line
from desktop.core.cleaning.s03_ends import PHOTO_CREDIT_RE, SENTENCE_THEN_BRACKET_RE, closes
from desktop.core.cleaning.textutil import (
    COLUMN_TAG_RE,
    DATED_TAG,
    ENUM_HEAD_RE,
    FEATURE_ROLE,
    FURNITURE_LINE_RE,
    HEADLINE_BREAK,
    MARK_PAIRS,
    MARKED_BYLINE_RE,
    NEWS_TAG,
    NOTE_IN_BRACKETS,
    ORNAMENTS,
    PERSON_RE,
    PERSONS_RE,
    RANK,
    ROLE_RE,
    SOURCE_END,
    ends_continuing,
    ends_sentence,
    ends_with_editor_code,
    width,
)
from desktop.core.cleaning.wording import cuts_word, ends_open, starts_mid_sentence

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
    # a reporter of another paper or site: 齐鲁晚报·齐鲁壹点记者 王媛报道
    rf"[^\s，。；“”（(]{{2,12}}?{SOURCE_END}[^\s，。；“”]{{0,6}}?(?:记者|通讯员)\s*"
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


def is_short_chunk(
    ch: Chunk, w: float, options: CleanOptions, nxt: Chunk | None = None, indent: float = 0
) -> bool:
    """One to three short lines that end no sentence: a headline candidate.

    *nxt* is the chunk after it and *indent* how far an indented first line stops short
    (0 on a page set flush): lines that fill the column as a compositor fills it are
    running text however unpunctuated."""
    texts = ch.texts
    if len(texts) > 3 or any(width(t) > options.max_headline_width for t in texts):
        return False
    if len(texts) == 1 and names_only(texts[0]):
        return True
    joined = "".join(texts)
    # a lead-in goes on into its text (a dated one always does); a headline that opens
    # with a reporter's words (本报通讯员乌镇采风 / 接受革命传统教育) holds neither stop
    # nor space
    lead = STRONG_LEAD_RE.match(joined) or (
        LEAD_START_RE.match(joined) and any(c in _STOPS or c.isspace() for c in joined)
    )
    if lead or _SALUTATION_RE.match(texts[0]):
        return False
    if _question_with_tag(texts):
        return True
    if _label_over_short(texts, w, options, nxt):
        return True
    last = texts[-1]
    # a kicker leading into the title under it ends in a dash, its line well short of the
    # column (``木镟技艺传承人李师傅——``) or set wider than it, or alone over a headline:
    # running text stops short only at its end, is never wider, and a dash at a column
    # break runs on into more text
    leads_in = last.rstrip().endswith("——") and (
        _clearly_short(last, w)
        or (w != float("inf") and width(last) > w + 2)
        or (len(texts) == 1 and nxt is not None and is_short_chunk(nxt, w, options))
    )
    if ends_sentence(last) or (ends_continuing(last) and not leads_in):
        return False
    if PHOTO_CREDIT_RE.search(last):
        return False
    if SENTENCE_THEN_BRACKET_RE.search(last):
        return False  # a sentence and its credit (…拿了下来！（远德亮孙丽梅）): text
    # a line may end in a headline's colon or dash (``大学生村官黎锦林：`` / ``秀水河畔的
    # 时代足音``, ``一场跨越三年的生态文明考试——`` / ``保山东河流域…纪实``)
    # … or after a comma, where the line stops visibly short of the column: wrapped text
    # fills every line but its last (``为了赶走烂物业，`` / ``我被举报到纪委了``,
    # ``重点整治“大字吸睛、`` / ``小字免责”等广告乱象``)
    comma_break = (
        len(texts) == 2
        and texts[0].rstrip()[-1:] in "，,、"
        and (_clearly_short(texts[0], w) or _short_of_narrow_column(texts[0], w))
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
    # a label in lenticular brackets heads what follows it, unless its text runs on in
    # full lines after it (``【说法】《民法典》第五百七十八条规定：`` / ``“当事人…``)
    full = len(texts) >= 2 and all(width(t) >= w - options.short_margin for t in texts)
    if texts[0].startswith(("【", "[")) and not full:
        return True
    joined = "".join(texts)
    # a line set across columns (a deck spanning the page, a headline over several
    # columns) may hold a comma; so may a headline whose first line stops well short of
    # the column in mid-phrase (running text fills every line but its last)
    across = w != float("inf") and width(texts[0]) > w + 2
    across = across or (
        len(texts) == 2 and _clearly_short(texts[0], w) and not ends_continuing(texts[0])
    )
    # a section heading on a place or a name and a comma (``淮河畔，再次阐释…``), one line
    # well short of the column: no line of running text stops there without a stop
    across = across or (
        len(texts) == 1 and bool(_LABEL_COMMA_RE.match(texts[0])) and _clearly_short(texts[0], w)
    )
    # a title bearing its column's name (``这个村，小田变大用上`` / ``旋耕机（春耕进行时）``):
    # a paragraph ends on a stop, not on a name in brackets
    if len(texts) == 1 and _LABEL_QUOTE_RE.match(texts[0]):
        return True  # a section heading: a label and a quotation, no stop
    tag = COLUMN_TAG_RE.search(joined) if len(texts) <= 2 else None
    tagged = tag is not None and joined[tag.start()] not in "？！?!"  # questions: below
    # (a tagged title may ask and answer: ``六十五岁以上不接待？银发消费岂能一拒了之（民生观）``)
    name = tag["name"] if tag is not None else ""
    asks = tagged and "。" not in joined and not _names_people(name)
    if any(c in joined[:-1] for c in ("。" if asks else "。！？")) or (
        _has_comma(texts)
        and width(joined) > 16
        and not (comma_break or across or tagged or (leads_in and len(texts) == 1))
    ):
        return False
    if _unbalanced(joined) or ends_open(joined):
        return False  # a quotation or phrase left open: running text cut by a column break
    if tagged:
        return True
    if nxt is not None and len(nxt.lines) == 1 and names_only(nxt.texts[0]):
        return True  # a byline line under it: a title, however full its lines
    if _phrases_spaced(texts):
        return True
    # several lines of prose ending on a full-width line: text cut by a column break
    prose = any(c in "".join(texts) for c in "，。、；：！？")
    wider = w != float("inf") and width(texts[0]) > w + 2  # set across columns: no body text
    if prose and len(texts) >= 2 and width(last) > w - options.short_margin and not wider:
        return False
    if _unstopped_title(texts, w, nxt):
        return True
    # several lines exactly as wide as the column: running text, however unpunctuated
    return not (len(texts) >= 2 and _set_full(texts, w, nxt, indent))


#: A letter's salutation with its first words (``编辑同志：多年来，…``): the letter's text.
_SALUTATION_RE = re.compile(
    r"^(?:编辑同志|编辑部|亲爱的[^：:，,]{1,8}|尊敬的[^：:，,]{1,12})[：:]\s*\S"
)


def _unstopped_title(texts: list[str], w: float, nxt: Chunk | None) -> bool:
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


#: Two phrases of a headline set apart by a space where prose has a comma
#: (``“管家”罢工 小区乱套``, ``家长穿红衣“送考” 心情比孩子紧张``).
_PHRASE_SPACE_RE = re.compile(r"[\u4e00-\u9fff”」》] [“「《]?[\u4e00-\u9fff]{2}")


def _phrases_spaced(texts: list[str]) -> bool:
    """Two full lines holding two phrases set apart by a space: a headline, not prose
    that happens to fill the column.  Running text has no space between words but in a
    quoted slogan (``“人民城市 百年工运”``) or after a lead-in or a name."""
    if len(texts) != 2:
        return False
    joined = "".join(texts)
    m = _PHRASE_SPACE_RE.search(texts[0]) or _PHRASE_SPACE_RE.search(texts[1])
    if m is None or joined.count(" ") != 1 or names_only(joined):
        return False
    before = joined[: joined.index(" ")]
    return not _unbalanced(before) and width(before) >= 4


#: Any comma or stop, full-width or ASCII.
_STOPS = frozenset("，。、；：！？,;:!?")


def _label_over_short(texts: list[str], w: float, options: CleanOptions, nxt: Chunk | None) -> bool:
    """A label ending in a colon over a short line (``北京：`` / ``服务再升级，带来新变化``,
    ``小学校长刘恩和：`` / ``山崖上那棵倔强的老树``): one subhead in two parts.  A speaker's
    colon (``李某：``) is followed by what was said, running text."""
    t = texts[0].rstrip()
    if len(texts) != 1 or t[-1:] not in "：:" or width(t) > _LABEL_WIDTH:
        return False
    if any(c in _STOPS for c in t[:-1]) or nxt is None:
        return False
    return is_short_chunk(nxt, w, options)


#: Widest label (in em) read as the first part of a two-part subhead.
_LABEL_WIDTH = 24.0


#: A short label and a comma opening a heading (``淮河畔，``, ``长三角，``).
_LABEL_COMMA_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}，[^，。！？；]{8,}$")
#: A section heading on a label, a colon and a quotation closing the line with no stop in
#: it (``敲诈风波：“根据‘行规’，一口价500万元”``): words quoted in running text end on a
#: stop inside the marks.
_LABEL_QUOTE_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]“[^“”。！？]{4,}”$")


#: A comma typed half-width between words (``行动,记者``), not in a digit group.
_HALF_COMMA_RE = re.compile(r"(?<=[\u4e00-\u9fff”’）》]),(?=[\u4e00-\u9fff“‘（《])")


def _has_comma(texts: list[str]) -> bool:
    """The lines hold a comma: full-width, or typed half-width in lines the column cut
    (a deck on one line may be typed so: ``去年帮了58名职工讨薪,涉及金额90余万元``)."""
    joined = "".join(texts)
    return "，" in joined or (len(texts) > 1 and bool(_HALF_COMMA_RE.search(joined)))


def _clearly_short(text: str, w: float) -> bool:
    """A line stopping well short of the column's width (three em or more)."""
    return w != float("inf") and width(text) <= w - 3


#: A column this narrow (in em) or narrower shows a line two em short as plainly as a
#: wider one shows three.
_NARROW_COLUMN = 14


def _short_of_narrow_column(text: str, w: float) -> bool:
    """A line two em or more short of a narrow column."""
    return w <= _NARROW_COLUMN and width(text) <= w - 2


def _set_full(texts: list[str], w: float, nxt: Chunk | None, indent: float) -> bool:
    """Every line as full as a compositor makes it: exactly the column's width, the first
    one perhaps indented, a line short only because the next one's opening could not fit
    on it (``…列为`` / ``“匪谋”…``)."""
    # the allowances hold only where the text visibly goes on in the next chunk
    # (a bullet opens an item of its own: nothing goes on into it)
    goes_on = (
        nxt is not None
        and len(nxt.lines) >= 2
        and not is_special(nxt.lines[0].text)
        and not nxt.lines[0].bullet
    )
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
MAX_INDENT = 2.0


def _unbalanced(text: str) -> bool:
    """An opening quote or bracket without its closing one (or the reverse)."""
    return any(text.count(a) != text.count(b) for a, b in MARK_PAIRS)


#: Punctuation that never starts a paragraph.
CLOSING = frozenset("”’）》」』、，。；：！？")
_CLOSING_MARKS = "".join(sorted(CLOSING))


def glued_on(text: str) -> bool:
    """*text* cannot start a paragraph or headline: it opens with closing punctuation or
    with a particle standing alone (``的``, not ``过氧化钙`` or ``地处``)."""
    return text[:1] in CLOSING or starts_mid_sentence(text, strict=True)


def is_question_head(ch: Chunk) -> bool:
    """A short question or exclamation on a line of its own: a headline or subhead.  One
    ending on a particle of speech (``这到底是怎么回事呢？``, ``快来吧！``) is a sentence
    of the text: headlines ask plainly (``…怎么解？``, ``…错了吗？``)."""
    t = "".join(ch.texts)
    return (
        len(ch.texts) <= 2
        and width(t) <= 16
        and t[-1:] in "？！?!"
        and t[-2:-1] not in _SPOKEN_PARTICLES
        and not any(c in t for c in "，。；：,;:")  # a speaker (李某：…？) is dialogue
    )


#: A question with its column's name (``训练受伤，只能自担风险？（以案说法）``), which may
#: name a series too (``（政策问答·稳就业，政策有哪些）``).
_QUESTION_TAG_RE = re.compile(
    rf"[^。！？!?（）()]{{6,24}}[？?][（(](?!{NOTE_IN_BRACKETS})([^（）()。！？!?；;：:]{{2,20}})[）)]"
)


def _question_with_tag(texts: list[str]) -> bool:
    """A question title bearing its column's name, on a line or two: not a sentence of
    the text and its credit, which names people (``…是谁？（远德亮孙丽梅）``)."""
    m = _QUESTION_TAG_RE.fullmatch("".join(texts)) if len(texts) <= 2 else None
    return m is not None and not _names_people(m.group(1))


def _names_people(bracketed: str) -> bool:
    """What a title's brackets hold names people, comma or not (``远德亮孙丽梅``, ``张三，
    李四``): a credit after a sentence, not a column's name."""
    return any(PERSONS_RE.match(x) for x in re.split("[，,]", bracketed))


#: Sentence-final particles of speech (not 吗, which headlines ask with).
_SPOKEN_PARTICLES = frozenset("呢吧啊呀嘛哇啦")


def is_line_over_headline(ch: Chunk, nxt: Chunk | None, w: float, options: CleanOptions) -> bool:
    """One line with no stop, after a finished paragraph and right over a headline: a
    kicker or a deck however wide (``截至去年底，全国已开通定制客运班线约6600条`` /
    ``“定制”班车 出行更便捷``).  Text a column break cut runs on into more text, not into
    a headline."""
    if len(ch.texts) != 1 or nxt is None:
        return False
    t = ch.texts[0]
    if width(t) > options.max_headline_width or any(c in t for c in "。！？；!?;"):
        return False
    if ends_continuing(t) or ends_sentence(t) or is_special(nxt.lines[0].text):
        return False
    if LEAD_START_RE.match(t) or STRONG_LEAD_RE.match(t):
        return False  # a lead-in (a wire title line: 新华社…电 题：…) runs on
    if len(nxt.texts) == 1 and names_only(nxt.texts[0]):
        return False  # over a byline: a deck the segmenter reads there (deck_over_byline)
    return is_short_chunk(nxt, w, options)


def word_runs_on(ch: Chunk, nxt: Chunk | None, w: float, options: CleanOptions) -> bool:
    """Lines whose last word is cut by a column break and ends in the running text of
    the next chunk (``…新就业形态劳动者权`` / ``益保障的历史性节点。``): text, not a
    headline."""
    if nxt is None or is_special(nxt.lines[0].text) or ends_sentence(ch.texts[-1]):
        return False
    if names_only(ch.texts[-1]) or (len(ch.texts) == 1 and PERSON_RE.match(ch.texts[0])):
        return False  # a name ends its line (本报记者 王五 / 天刚亮，…, 李洪兴 / 文博…)
    # lines that would not read as a headline anyway are text: spare the dictionary
    if not is_short_chunk(ch, w, options, nxt) or not cuts_word(ch.texts[-1], nxt.lines[0].text):
        return False
    return not is_short_chunk(nxt, w, options)


def is_fragment(
    ch: Chunk, nxt: Chunk | None, w: float, after_text: bool, flush: bool = False
) -> bool:
    """A line as wide as an indented first line, followed by a full (not indented) line:
    the opening line of a paragraph cut off by a column break, not a subhead.

    A subhead is followed by the indented first line of its paragraph.  On a page that
    sets its paragraphs flush (*flush*) an opening line is full."""
    if w == float("inf") or nxt is None or len(ch.texts) > 2 or is_special(nxt.lines[0].text):
        return False
    if ENUM_HEAD_RE.match(ch.texts[0]) or _LABEL_QUOTE_RE.match(ch.texts[0]):
        return False  # a numbered heading (一、…) or a label and a quotation, however wide
    first = nxt.lines[0].text
    # a lead-in (记者X报道) may be cut after 报: read it across the line break
    if width(first) < w - 0.5 or LEAD_START_RE.match("".join(nxt.texts[:2])):
        return False
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
