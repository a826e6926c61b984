"""Stage 4 — roles: what each unit is (body, kicker, credit, caption, furniture …).

Who a story is by (lead-ins, credits, bylines) is read in :mod:`.s04_bylines`.  All cues
are role words and punctuation, never the words of a particular story.
"""

from __future__ import annotations

import re

from desktop.core.cleaning.options import CleanOptions
from desktop.core.cleaning.s03_ends import PHOTO_CREDIT_RE, closes, ends_photo_credit
from desktop.core.cleaning.s03_reflow import Unit
from desktop.core.cleaning.s04_bylines import (
    ANY_ROLE_RE,
    PICTURE_NOTE_RE,
    parse_lead,
    split_photo_credit,
)
from desktop.core.cleaning.textutil import (
    ADDRESS_LINE,
    ATTRIBUTION_RE,
    AUTHOR_NOTE,
    BARE_CREDIT_RE,
    BYLINE_LINE_RE,
    CREDIT_END_RE,
    DATE_ALONE_RE,
    DATE_LINE,
    DECK_DASHES,
    EDITORS_NOTE_RE,
    EDITORS_SIGNATURE_RE,
    FURNITURE_LINE_RE,
    GUEST_RE,
    INDEX_ENTRY_RE,
    ISSUE_LINE,
    JUMP_FROM_RE,
    JUMP_ON_RE,
    LABEL,
    ORG_CREDIT,
    ORNAMENTS,
    PAGE_STAFF,
    PERSON_RE,
    PLACE_AND_NAME_RE,
    SOURCE_END,
    SOURCE_NOTE,
    bigrams,
    ends_sentence,
    han_chars,
    is_han,
    width,
)
from desktop.core.cleaning.wording import names_who_acts

_ORG_CREDIT_RE = re.compile(ORG_CREDIT)
#: A note in brackets that says something (a colon or a comma inside): no headline.
_NOTE_LINE_RE = re.compile(r"[（(][^（）()]*[：:，,][^（）()]*[）)]")
_CREDIT_FULL_RE = re.compile(r"^" + CREDIT_END_RE.pattern)
_FURNITURE_RE = re.compile(
    rf"^(?:{PAGE_STAFF}|(?:本版|本期)?(?:设计|邮箱|电话|传真|热线))\s*[:：]"
    rf"|{ISSUE_LINE}|{ADDRESS_LINE}|{DATE_LINE}"
)
_IMAGE_CREDIT_RE = re.compile(r"^[（(][^（）()]{0,20}(?:图片|照片|图)[^（）()]{0,20}[）)]$")
#: A note on who the author is, closing a commentary: ``（作者系某大学教授）``,
#: ``（作者单位：…）``, or unbracketed on a line of its own (``作者系…研究员``).
AUTHOR_NOTE_RE = re.compile(
    # (the note may hold brackets of its own: （作者为某市广播电视台（集团）总编辑）)
    rf"[（(]{AUTHOR_NOTE}(?:[^（）()]|[（(][^（）()]{{1,12}}[）)]){{2,40}}[）)]"
    rf"|{AUTHOR_NOTE}[^（）()，。；！？]{{2,40}}"
)
#: Where a story came from, on a line of its own after it: ``（据新华社郑州9月9日电）``,
#: the dateline set at the end (``（本报布鲁塞尔、莫斯科、马德里8月22日电）``).
SOURCE_NOTE_RE = re.compile(rf"[（(](?:{SOURCE_NOTE})[）)]")
#: Where a story came from, on a line of its own without brackets (``据新华社电``).
BARE_SOURCE_RE = re.compile(r"据[^（）()，。\s]{2,12}(?:电|讯|消息|报道)")
#: The paper or site a story is taken from, alone under its title (``据北部湾晨报``): who
#: the story is by.
_SOURCE_ALONE_RE = re.compile(rf"据[^（）()，。\s]{{2,12}}?{SOURCE_END}")
#: An editor's note closing a story (``（本系列评论到此结束）``, ``（未完待续）``, ``（完）``),
#: who else helped report it (``（龙驰参与采写）``), or where to read more
#: (``（…名单详见本刊2、3版）``).
CLOSING_NOTE_RE = re.compile(
    r"[（(](?:(?:本(?:系列|栏|文|版|组)|完|全文完|未完|待续|注[:：])[^（）()]{0,24}"
    r"|[^（）()]{1,20}(?:参与采写|参与采访|亦有贡献)"
    r"|[^（）()]{0,30}(?:详见|参见|见本报|见本刊)[^（）()]{0,16})[）)]"
)
#: A caption that says it describes a picture: ``图为…``, ``上图：…``, ``图①：…``.
PHOTO_WORDS_RE = re.compile(
    r"^(?:图为|[上下左右中]图[为：:]?|图[一二三四五六1-9①②③④⑤⑥⑦⑧⑨][：:]|[①②③④⑤⑥⑦⑧⑨][：:])"
)
#: A column label in lenticular brackets at the start of a line.
COLUMN_LABEL_RE = re.compile(rf"^{LABEL}\s*")


def after_label(text: str) -> str | None:
    """What *text* says after the column label it opens on (``【记者核实】垃圾占了…`` →
    ``垃圾占了…``; ``【点评】`` → ``""``), or None when it opens on no label."""
    t = text.strip()
    m = COLUMN_LABEL_RE.match(t)
    return t[m.end() :] if m else None


_KICKER_RE = re.compile(rf"{COLUMN_LABEL_RE.pattern}|关键词[:：]|{EDITORS_NOTE_RE.pattern}")
#: A paper's name (``工人日报``) or a page number with the page's section (``3 要闻``,
#: ``要闻 A3``): the masthead, when printed next to other furniture.
_MASTHEAD_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|时报|商报|工人报|周报)$"
    r"|^[A-Z]?\d{1,2}\s*[\u4e00-\u9fff·]{2,6}$|^[\u4e00-\u9fff·]{2,6}\s*[A-Z]?\d{1,2}$"
)
#: The heading of a column of briefs (``简讯``, ``新闻速递``): each brief under it is an item
#: of its own, so the heading is page furniture, not the first brief's title.
BRIEFS_HEAD_RE = re.compile(
    r"^[【\[]?(?:简讯|快讯|短讯|速读|新闻速递|新闻快递|一句话新闻|简明新闻|要闻速览)[】\]]?$"
)


def _role_of_short(u: Unit) -> str:
    t = u.text.strip()
    if JUMP_FROM_RE.fullmatch(t) or JUMP_ON_RE.fullmatch(t):
        return "jump"
    if CLOSING_NOTE_RE.fullmatch(t) and not _IMAGE_CREDIT_RE.match(t):
        return "source"  # before credits: who helped report it is no byline
    if _CREDIT_FULL_RE.match(t):
        return "credit"
    if AUTHOR_NOTE_RE.fullmatch(t):
        return "note"
    if SOURCE_NOTE_RE.fullmatch(t):
        return "source"
    if _IMAGE_CREDIT_RE.match(t):
        return "furniture"
    if _FURNITURE_RE.search(t) or all(
        _FURNITURE_RE.search(x) or FURNITURE_LINE_RE.match(x) for x in u.lines
    ):
        return "furniture"
    if len(u.lines) >= 2 and all(INDEX_ENTRY_RE.match(x) for x in u.lines):
        return "furniture"  # the page's index: headlines of other pages, each with its page
    if PHOTO_CREDIT_RE.fullmatch(t):
        return "photocredit"
    if BRIEFS_HEAD_RE.match(t):
        return "furniture"
    if _KICKER_RE.search(t) and not _label_then_headline(t):
        return "kicker"
    if len(u.lines) >= 2 and DATE_ALONE_RE.match(u.lines[-1].strip()):
        return "signature"
    if u.inserted:
        return "caption"
    return "headline"


#: Widest line (in em) read as the body or group signing a letter.
_SIGNER_WIDTH = 14
#: How a group of people or a body that signs a letter ends: its members (…部分职工,
#: 全体村民) or its committee (…工会宣委会, …党支部).
_SIGNERS_RE = re.compile(r"(?:职工|工人|员工|群众|居民|村民|党员|读者|委会|工会|支部|小组)$")


def _signs(text: str) -> bool:
    """A short line that only names a group of people or a body (no verb, no mark): who
    signs a letter or a statement, printed under its title (``东方机械厂工会宣委会``)."""
    t = text.strip()
    return width(t) <= _SIGNER_WIDTH and bool(_SIGNERS_RE.search(t)) and names_who_acts(t)


def _label_then_headline(t: str) -> bool:
    """A column label with a headline after it on its line (``【发现最美铁路】“数”看江西
    革命老区的“高铁时代”``): that headline, printed with its label."""
    rest = after_label(t) or ""
    return len(han_chars(rest)) >= 4 and not rest.startswith("关键词")


def _opens_labelled_text(units: list[Unit], j: int) -> bool:
    """Unit *j* is a short labelled line over a paragraph that opens on a label too: the
    first of a story's labelled parts (``【关键词】智慧养老`` / ``【故事】“我想问问…``,
    ``投诉人：徐先生`` / ``投诉内容：…``), text and no headline."""
    if j + 1 >= len(units) or units[j].kind != "short" or units[j + 1].kind != "text":
        return False
    if _form_fields(units[j].text, units[j + 1].text):
        return True
    rest = after_label(units[j].text)
    return bool(rest and han_chars(rest)) and after_label(units[j + 1].text) is not None


#: A form's field: a name and a colon (``投诉人：``, ``投诉内容：``).
_FIELD_RE = re.compile(r"^([\u4e00-\u9fff]{2,5})[：:]")


def _form_fields(line: str, text: str) -> bool:
    """A short line and the paragraph under it each open on a field of one form, named
    alike (``投诉人：徐先生`` / ``投诉内容：…``): a complaint or a request set out as the
    form has it, text and no headline (a headline ``专家：…`` is not followed by more of
    its fields)."""
    a, b = _FIELD_RE.match(line.strip()), _FIELD_RE.match(text.strip())
    return a is not None and b is not None and a.group(1)[:2] == b.group(1)[:2]


def _is_caption_text(
    units: list[Unit], i: int, options: CleanOptions, line_a_paragraph: bool = False
) -> bool:
    """A one-line sentence set apart from the text: a photo caption.

    *line_a_paragraph*: the page sets each paragraph on one line (text saved from the web),
    where one line between two headlines is as much a story as a caption."""
    u = units[i]
    if len(u.lines) != 1 or width(u.text) > options.max_headline_width or u.leadin:
        return False
    if u.gap >= 2 or PHOTO_WORDS_RE.match(u.text):
        return True
    if i > 0 and units[i - 1].kind == "text" and ends_photo_credit(units[i - 1].text):
        return True  # right after another photo's caption
    if line_a_paragraph:
        return False  # a page that sets each paragraph on one line: a brief's one paragraph
    prev_kind = units[i - 1].kind if i > 0 else "text"
    next_kind = units[i + 1].kind if i + 1 < len(units) else "text"
    return prev_kind == "short" and next_kind == "short"


#: Share of a headline's bigrams found in the story's first paragraph for it to speak
#: of that story.
_NAMES_STORY = 0.3


def _heads_byline(units: list[Unit], i: int, options: CleanOptions) -> bool:
    """A line or two ending in ``！`` or ``？`` right over a byline line is the title of
    the story the byline opens when it speaks of that story's first paragraph and not of
    the text above (``暖心！工会圆梦“微心愿” 困难职工秒变幸福“收货人”！`` / ``记者/周斐 …``
    / ``日前，沧州市总工会面向困难职工发起“微心愿”征集活动…``)."""
    return _exclaims_over(units, i, options, units[i + 2].text)


def _heads_lead(units: list[Unit], roles: list[str], i: int, options: CleanOptions) -> bool:
    """The same over a lead-in, after a finished paragraph or a headline (the story
    above's, printed after it; a deck may come between):
    the title of the story the lead-in opens when it speaks of that story's first two
    paragraphs and not of the text above (``“厨艺竞拍”能让餐饮业掀起“创新热”吗？`` /
    ``电视美食真人秀节目热播…`` / ``本报讯（本报记者祝瑶）…``).  So is a line or two
    that stops without any mark right over the lead-in (``南果北果都能在这里结出好果，`` /
    ``黄冈渐成水果之乡`` / ``湖北日报讯…``): text never stops so before a new story."""
    j = i + 2 if roles[i + 1] == "headline" else i + 1  # past the deck
    if j >= len(units) or not units[j].leadin:
        return False
    if roles[i - 1] == "headline" and j == i + 1 and len(units[i].lines) == 1:
        # one line stopping without a mark under a headline, right over a lead-in: that
        # headline's deck, whichever story it speaks of (its own title may be printed
        # after its story: ``“俺们社区有群热心人”`` / ``维护花坛、…，他们啥都干`` / 本报…讯)
        return _exclaims(units[i], options, unstopped=True)
    if not (ends_sentence(units[i - 1].text) or roles[i - 1] == "headline"):
        return False
    opening = "".join(u.text for u in units[j : j + 2] if u.kind == "text")
    return _exclaims_over(units, i, options, opening, unstopped=j == i + 1)


#: Widest label (in em) over a list of guests (``对话嘉宾：``).
_GUESTS_LABEL = 8


def _list_guests(units: list[Unit], roles: list[str]) -> None:
    """People each named with their posts on a line of their own, two or more in a row or
    under a label ending in a colon (``对话嘉宾：`` / ``鲍虎军 全国政协委员、…教授`` / …): the
    guests a dialogue lists, items of its text (the label too), not headlines."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].kind == "short" and GUEST_RE.match(units[j].text.strip()):
            j += 1
        if j == i:
            i += 1
            continue
        label = i > 0 and units[i - 1].kind == "short" and roles[i - 1] == "headline"
        label = label and units[i - 1].text.rstrip()[-1:] in "：:"
        label = label and width(units[i - 1].text) <= _GUESTS_LABEL
        if j - i >= 2 or label:
            for k in range(i - 1 if label else i, j):
                roles[k] = "item"
        i = j


def _over_dash_deck(units: list[Unit], roles: list[str], i: int, options: CleanOptions) -> bool:
    """A line or two of headline width with no full stop in it, after a finished
    paragraph, right over a ``——`` deck over text or another headline
    (``【新闻特写】“师傅们,你们辛苦了!”`` / ``——乌鲁木齐市总“送清凉”活动记事`` / text):
    the title the deck is under, whatever it ends in, printed over its story or after it.
    (A ``——`` line naming who said the words above is no deck.)"""
    u, deck = units[i], units[i + 1]
    after = roles[i + 2] if i + 2 < len(units) else "headline"
    if roles[i + 1] != "headline" or after not in ("para", "headline"):
        return False
    line = deck.text.strip()
    if not line.startswith(DECK_DASHES) or ATTRIBUTION_RE.match(line):
        return False
    if EDITORS_SIGNATURE_RE.match(line) or not closes(units[i - 1].text):
        return False
    if len(u.lines) > 2 or u.leadin or any(c in u.text for c in "。；;"):
        return False
    return all(width(t) <= options.max_headline_width for t in u.lines)


def _exclaims(u: Unit, options: CleanOptions, unstopped: bool = False) -> bool:
    """A line or two of headline width ending in ``！`` or ``？`` (or, *unstopped*, in a
    character of a word), no full stop in it."""
    end = u.text.rstrip()[-1:]
    if len(u.lines) > 2 or u.leadin or not (end in "！？!?" or (unstopped and is_han(end))):
        return False
    if any(c in u.text for c in "。；"):
        return False
    return all(width(t) <= options.max_headline_width for t in u.lines)


def _exclaims_over(
    units: list[Unit], i: int, options: CleanOptions, below_text: str, unstopped: bool = False
) -> bool:
    """Unit *i* is a line or two of headline width ending in ``！`` or ``？`` (see
    :func:`_exclaims`) whose words are *below_text*'s rather than the paragraph's above."""
    u = units[i]
    if not _exclaims(u, options, unstopped):
        return False
    head = bigrams(u.text)
    if not head:
        return False
    below = len(head & bigrams(below_text)) / len(head)
    above = len(head & bigrams(units[i - 1].text)) / len(head)
    # lines stopping without a mark over a lead-in need only lean towards the story
    return below >= (0.0 if unstopped else _NAMES_STORY) and below > above


#: Share of a page's paragraphs set on one line each for it to be a page of one line a
#: paragraph.
_ONE_LINE = 0.8


def _asks(u: Unit) -> bool:
    """Unit *u* is one short line asking or crying out (``商场是什么样的？``)."""
    return u.kind == "short" and len(u.lines) == 1 and u.text.rstrip()[-1:] in "？！?!"


def _text_at(units: list[Unit], j: int) -> bool:
    """Unit *j* is running text, no lead-in (which opens a story of its own)."""
    return j < len(units) and units[j].kind == "text" and not units[j].leadin


def _opens_text(units: list[Unit], roles: list[str], i: int, marked: bool, one_line: bool) -> bool:
    """Short unit *i* stands where a story's text begins: under its byline, over its
    text — or under its heading or byline on a page that marks its headings (#) and
    sets a paragraph a line."""
    if marked and one_line and roles[-1:] in (["heading"], ["byline"]):
        return True
    return roles[-1:] == ["byline"] and _text_at(units, i + 1)


def assign_roles(units: list[Unit], options: CleanOptions | None = None) -> list[str]:
    """One role per unit: para, caption, photo, credit, photocredit, kicker, headline,
    heading, table, item, jump, note, furniture."""
    opts = options or CleanOptions()
    roles: list[str] = []
    texts = [u for u in units if u.kind == "text"]
    one_line = len(texts) >= 3 and sum(len(u.lines) == 1 for u in texts) >= _ONE_LINE * len(texts)
    marked = any(u.kind == "heading" for u in units)
    for i, u in enumerate(units):
        if u.kind == "short":
            role = "para" if _opens_labelled_text(units, i) else _role_of_short(u)
            # a short question or cry right under a story's byline, over its text, opens
            # that text (张伟 / 商场是什么样的？ / text): no section is headed before the
            # text begins; so it does under a heading, on a page that marks its headings
            # (#) and sets a paragraph a line (# 标题 / 商场是什么样的？)
            if role == "headline" and _asks(u) and _opens_text(units, roles, i, marked, one_line):
                role = "para"
            after_title = roles[-1:] in (["heading"], ["headline"]) and units[i - 1].level <= 1
            text = u.text.strip()
            names = role == "headline" and bool(BYLINE_LINE_RE.match(text))
            # … or a lead-in's names with nothing after them (见习记者倪雨晴广州报道)
            if role == "headline" and not names and text.endswith("报道"):
                people, rest = parse_lead(text)
                names = people.byline is not None and not rest.strip()
            # one name alone on a line between a title and the text under it (a
            # commentary's author: 李洪兴, or a reader with where they write from:
            # 河南省漯河市 张玉胜) is a byline too
            # … or the body or the group who signs a letter (东方机械厂工会宣委会)
            alone = (
                after_title
                and role == "headline"
                and bool(
                    PERSON_RE.match(text)
                    or PLACE_AND_NAME_RE.match(text)
                    or _signs(text)
                    or _SOURCE_ALONE_RE.fullmatch(text)
                )
            )
            if alone and i + 1 < len(units):
                names = units[i + 1].kind == "text" or _opens_labelled_text(units, i + 1)
                # … or over a question opening the text (尚嵘峥 / 商场是什么样的？ / text)
                names = names or (_asks(units[i + 1]) and _text_at(units, i + 2))
                # under a Markdown heading, whatever follows (a heading marks a title)
                names = names or roles[-1:] == ["heading"]
            # (under a Markdown heading of any level: a section may have its own reporter)
            under_heading = roles[-1:] == ["heading"]
            # … or under its deck, a line that ends no sentence (# 标题 / 副题 / 本报记者 张三)
            under_heading = under_heading or (
                roles[-2:] == ["heading", "para"]
                and len(units[i - 1].lines) == 1
                and not ends_sentence(units[i - 1].text)
            )
            # … or over text at the top of the page, or after a story closed by a note
            # or a credit of its own
            after_close = not roles or roles[-1:] in (["source"], ["credit"], ["note"])
            if names and (after_title or under_heading or after_close or text[:1] in ORNAMENTS):
                role = "byline"  # under a title, or marked as one (■本报记者 张三)
            elif names and roles[-1:] == ["para"] and ANY_ROLE_RE.search(u.text):
                role = "credit"  # 记者 张三 under the last paragraph
            # where a reader writes from and their name under the last sentence of a letter
            if role == "headline" and PLACE_AND_NAME_RE.match(text) and roles[-1:] == ["para"]:
                role = "credit" if ends_sentence(units[i - 1].text) else role
            # names alone in brackets under the last sentence, on a line of their own:
            # the closing credit (…活动。 / （广文）), as they would be at the line's end
            # (or a body that sent the story in: （城东区总工会）)
            bare = BARE_CREDIT_RE.fullmatch(text) or _ORG_CREDIT_RE.fullmatch(text)
            if role == "headline" and bare and roles[-1:] == ["para"]:
                role = "credit" if ends_sentence(units[i - 1].text) else role
            # a note in brackets under the last sentence (（案例来源：…，本报记者…整理）): a
            # paragraph of the story, never a headline
            if role == "headline" and _NOTE_LINE_RE.fullmatch(text) and roles[-1:] == ["para"]:
                role = "para" if ends_sentence(units[i - 1].text) else role
            if role == "headline" and roles and roles[-1] == "kicker" and "；" in u.text:
                role = "kicker+"  # a keyword list continued after a column break
            roles.append(role)
        elif u.kind == "text":
            if _CREDIT_FULL_RE.match(u.text):
                roles.append("credit")
            elif ends_photo_credit(u.text) and not PICTURE_NOTE_RE.search(u.text):
                roles.append("photo" if han_chars(split_photo_credit(u.text)[0]) else "photocredit")
            elif _IMAGE_CREDIT_RE.match(u.text):
                roles.append("furniture")
            elif ends_sentence(u.text) and _is_caption_text(units, i, opts, one_line):
                roles.append("caption")
            else:
                roles.append("para")
        else:
            roles.append(u.kind)
    for i in range(1, len(units) - 2):
        names_below = roles[i + 1] == "byline" or (
            roles[i + 1] == "credit" and bool(BYLINE_LINE_RE.match(units[i + 1].text.strip()))
        )
        if roles[i] == "para" and names_below and _heads_byline(units, i, opts):
            roles[i], roles[i + 1] = "headline", "byline"
    _list_guests(units, roles)
    for i in range(1, len(units) - 1):
        if roles[i] == "para" and (
            _heads_lead(units, roles, i, opts) or _over_dash_deck(units, roles, i, opts)
        ):
            roles[i] = "headline"
    # … and so is one among the headlines collected away from their bodies, whatever it
    # ends in if it holds no full stop (3亿美元一架！美军第六代战斗机造价吓住国会)
    for i in range(1, len(units)):
        after = roles[i + 1] if i + 1 < len(units) else "headline"
        among = roles[i - 1] == "headline" and after == "headline"
        if roles[i] == "para" and among and _exclaims(units[i], opts, unstopped=True):
            roles[i] = "headline"
    # an entry of the page's index on a line of its own, next to the index's label or
    # another entry (one line ending in 2版 alone may be a headline)
    for i, u in enumerate(units):
        if roles[i] == "headline" and INDEX_ENTRY_RE.match(u.text.strip()):
            near = [units[j].text.strip() for j in (i - 1, i + 1) if 0 <= j < len(units)]
            if any(INDEX_ENTRY_RE.match(t) or FURNITURE_LINE_RE.match(t) for t in near):
                roles[i] = "furniture"
    # a paper's name or page number printed with the date line or the editors: the masthead
    for i, u in enumerate(units):
        near = roles[max(0, i - 1) : i + 2]
        if roles[i] == "headline" and "furniture" in near and _MASTHEAD_RE.match(u.text):
            roles[i] = "furniture"
    return roles
