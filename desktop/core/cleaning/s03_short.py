"""Stage 3, first half, in part — short chunks: what reads as a headline by its shape.

* :func:`is_short_chunk` — one to three short lines that end no sentence: a headline
  candidate, unless the lines fill the column as running text does; two full lines with
  no stop between them, or lines over a byline line, are a title however full;
* :func:`is_question_head` — a short question or exclamation on a line of its own;
* :func:`is_line_over_headline` — one line with no stop right over a headline: its
  kicker or deck, however wide;
* :func:`word_runs_on` — lines whose last word a column break cut: text, not a headline.
"""

from __future__ import annotations

import re

from desktop.core.cleaning.columns import pushed
from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s03_chunks import (
    LABEL_QUOTE_RE,
    LEAD_START_RE,
    STRONG_LEAD_RE,
    Chunk,
    is_special,
    names_only,
    unbalanced,
)
from desktop.core.cleaning.s03_ends import PHOTO_CREDIT_RE, SENTENCE_THEN_BRACKET_RE
from desktop.core.cleaning.textutil import (
    COLUMN_TAG_RE,
    HEADLINE_BREAK,
    LABEL_RE,
    NOTE_IN_BRACKETS,
    PERSON_RE,
    PERSONS_RE,
    ends_continuing,
    ends_sentence,
    width,
)
from desktop.core.cleaning.wording import cuts_word, ends_open


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
    # (the first perhaps indented, on a page that indents its paragraphs)
    full = len(texts) >= 2 and all(
        width(t) >= w - options.short_margin - (indent if k == 0 else 0)
        for k, t in enumerate(texts)
    )
    # … or one full line whose words after the label run on in a clause, the column
    # cut after it (``【案情】隔夜醉驾，一般是指行为人在饮酒`` / blank / ``当日没有…``)
    label = LABEL_RE.match(texts[0])
    clause = label is not None and "，" in texts[0][label.end() :]
    cut = len(texts) == 1 and clause and w != float("inf") and width(texts[0]) >= w - 0.5
    if texts[0].startswith(("【", "[")) and not (full or cut):
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
    if len(texts) == 1 and LABEL_QUOTE_RE.match(texts[0]):
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
    if unbalanced(joined) or ends_open(joined):
        return False  # a quotation or phrase left open: running text cut by a column break
    # several lines of prose ending on a full-width line: text cut by a column break,
    # even when it ends on a word glossed in brackets (…结合AI（人工智能）)
    prose = any(c in "".join(texts) for c in "，。、；：！？")
    wider = w != float("inf") and width(texts[0]) > w + 2  # set across columns: no body text
    cut = prose and len(texts) >= 2 and width(last) > w - options.short_margin and not wider
    if tagged and not cut:
        return True
    if nxt is not None and len(nxt.lines) == 1 and names_only(nxt.texts[0]):
        return True  # a byline line under it: a title, however full its lines
    if phrases_spaced(texts):
        return True
    if cut:
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


#: Words and quotation marks only (no comma, no stop).
_QUOTED_WORDS_RE = re.compile(r"[\u4e00-\u9fff“”‘’]+")


def phrases_spaced(texts: list[str]) -> bool:
    """Two full lines holding two phrases set apart by a space: a headline, not prose
    that happens to fill the column.  Running text has no space between words but in a
    quoted slogan (``“人民城市 百年工运”``) or after a lead-in or a name.  So is one full
    line of two such phrases with no mark but quotes (``楼道难下脚 两小时被清理``)."""
    joined = "".join(texts)
    if len(texts) == 1:
        halves = joined.strip().split(" ")
        return (
            len(halves) == 2
            and all(width(h) >= 4 and _QUOTED_WORDS_RE.fullmatch(h) for h in halves)
            and not names_only(joined)
        )
    if len(texts) != 2:
        return False
    m = _PHRASE_SPACE_RE.search(texts[0]) or _PHRASE_SPACE_RE.search(texts[1])
    if m is None or joined.count(" ") != 1 or names_only(joined):
        return False
    before = joined[: joined.index(" ")]
    return not unbalanced(before) and width(before) >= 4


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


def is_question_head(ch: Chunk, w: float = float("inf")) -> bool:
    """A short question or exclamation on a line of its own: a headline or subhead.  One
    ending on a particle of speech (``这到底是怎么回事呢？``, ``快来吧！``) is a sentence
    of the text: headlines ask plainly (``…怎么解？``, ``…错了吗？``).  A comma is a
    speaker's (dialogue) unless the question is cut in two lines, the first well short of
    the column *w*: running text fills it (``业主私搭“花园”，`` / ``物业有权清理吗？``)."""
    t = "".join(ch.texts)
    cut = len(ch.texts) == 2 and (
        _clearly_short(ch.texts[0], w) or _short_of_narrow_column(ch.texts[0], w)
    )
    return (
        len(ch.texts) <= 2
        and width(t) <= (_CUT_QUESTION if cut else 16)
        and t[-1:] in "？！?!"
        and t[-2:-1] not in _SPOKEN_PARTICLES
        and not any(c in t for c in ("。；：;:" if cut else "，。；：,;:"))
    )


#: Widest question (in em) cut in two lines that reads as a headline.
_CUT_QUESTION = 24


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
