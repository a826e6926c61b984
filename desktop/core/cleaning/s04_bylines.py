"""Stage 4, in part — who a story is by: lead-ins, credits and bylines.

The people and publications printed with a story: lead-ins glued to the first body line
(``本报讯 记者李凡报道 2月24日，…``, ``据新华社北京2月24日电 …``), credits at the end
(``（《浙江工人日报》记者吴晓静）``) and photographer credits (``通讯员王树成摄``), read
into a byline and a publication.  All cues are role words and punctuation, never the
words of a particular story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.cleaning.s03_ends import PHOTO_CREDIT_RE
from desktop.core.cleaning.textutil import (
    CREDIT_END_RE,
    DATED_TAG,
    FEATURE_ROLE,
    NEWS_TAG,
    ORNAMENTS,
    RANK,
    SOURCE_END,
    TITLED_OUTLET,
)

_PREFIX = rf"(?:{RANK}|驻\S{{1,4}})?"
_ROLE_WORD = _PREFIX + r"(?:记者|通讯员)"
ANY_ROLE_RE = re.compile(
    rf"(?:新华社|中新社|本报)?{_PREFIX}(?:摄影记者|记者|通讯员|评论员|编辑|读者)"
)
#: What opens one group of people in a byline: a role word or an author mark (``文/``).
_PEOPLE_MARK_RE = re.compile(rf"{ANY_ROLE_RE.pattern}|(?<![/／|｜])(?:文|图)(?=\s*[/／|｜])")
#: ``[本报讯] 记者X 通讯员Y、Z报道`` at the start of a paragraph.
_BYLINE_LEAD_RE = re.compile(
    rf"^(?P<head>{NEWS_TAG}|据?{DATED_TAG}|本报[^\s，。]{{0,10}}电)?\s*"
    rf"(?P<by>(?:本报|{TITLED_OUTLET}|[^\s，。；：“”]{{2,12}}?{SOURCE_END}[^\s，。；：“”]{{0,6}}?)?"
    rf"(?:{_ROLE_WORD}[^，。；：“]{{1,40}}?|{FEATURE_ROLE}[^，。；：“]{{1,70}}?))\s*报\s*道\s*[:：]?\s*"
)
#: ``据新华社北京2月24日电（记者 张三）``, ``东南网莆田1月17日讯（通讯员 卓丽双）``: a
#: dated lead-in, with the reporters in brackets.
_DATELINE_RE = re.compile(
    r"^(?:本报讯\s*)?据?(?P<pub>新华社|中新社|本报|本网|[^\s，。]{2,8}?"
    + SOURCE_END
    + r")[^\s，。]{0,12}?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?(?:电|讯|综合消息|消息|特稿)\s*"
    r"(?P<bracket>[（(]\s*(?P<by>[^（）()]{0,12}?(?:记者|通讯员)[^（）()]{1,30}|"
    r"[\u4e00-\u9fff]{2,4}(?:[ 、]+[\u4e00-\u9fff]{2,4})*)\s*[）)])?\s*"
)
#: A lead-in label alone (``本报讯``, ``中工网讯``); a dateline (``本报…电``) stays as printed.
_LABEL_RE = re.compile(rf"^{NEWS_TAG}\s*[:：]?\s*")
#: ``本报讯（记者 张三 通讯员 李四）`` or ``本报记者 张三 李四`` on a line of its own.
#: The label may be left out: ``（记者 张三）百年大计，…``.
_BRACKET_LEAD_RE = re.compile(
    rf"^(?:(?P<head>{NEWS_TAG}|本报[^\s，。]{{0,10}}电)\s*)?"
    rf"[（(](?P<by>[^（）()]{{0,8}}{_ROLE_WORD}[^（）()]{{1,40}})[）)]\s*"
)
_OWN_STAFF_RE = re.compile(
    rf"^本报(?P<by>{_ROLE_WORD}\s*[\u4e00-\u9fff]{{2,4}}(?:[ 、]+(?:{_ROLE_WORD})?\s*"
    rf"[\u4e00-\u9fff]{{2,4}})*)\s+"
)
#: The last of several names glued to 报道 (``本报记者 皮树义 张锦力报道 …``): the
#: whole lead-in is read up to 报道.
_LAST_NAME_REPORTS_RE = re.compile(r"[\u4e00-\u9fff]{2,4}\s*报\s*道")
#: A note after the text on who took the story's pictures (``（本文图片 李刚 拍摄）``,
#: ``（图片由受访者提供）``): it stays with the text, neither a caption nor a byline.
PICTURE_NOTE_RE = re.compile(r"[（(]\s*(?:本文|文中|本版)?(?:图片|照片|配图)[^（）()]{0,24}[）)]$")
#: How the name of a paper, site or channel ends, before the 讯 or 消息 of its label.
_NAMES_SOURCE_RE = re.compile(rf"(?:{SOURCE_END}|频道|体育|财经|科技)$")
#: A paper's label with the city it was filed from (``东方今报郑州讯``): the paper's name.
_SOURCE_AND_CITY_RE = re.compile(rf"(.{{2,10}}?(?:{SOURCE_END}|频道))[\u4e00-\u9fff]{{2,3}}")
#: What a byline says of how the story was made, before its 报道 (``综合报道``).
_HOW_MADE_RE = re.compile(r"(?:综合|联合|专题|连线)\s*$")
_SOURCE_RE = re.compile(r"[（(]\s*(?:来源|稿源|据)[:：]?\s*(?P<pub>[^（）()]{2,20})[）)]$")
_PUB_RE = re.compile(r"《([^》]{1,20})》")


@dataclass
class People:
    """Byline and publication parsed from a lead-in or a credit."""

    byline: str | None = None
    publication: str | None = None


def tidy_byline(text: str) -> str:
    """One-line byline with a space before each role word after the first (``通讯员A记者B``
    → ``通讯员A 记者B``); what stands before the first one is the paper (``中工网记者 X``)."""
    t = re.sub(r"\s+", " ", text).strip(" /" + ORNAMENTS)
    out, pos = "", 0
    for k, m in enumerate(_PEOPLE_MARK_RE.finditer(t)):
        out += t[pos : m.start()]
        if k and out and out[-1] not in " 、，/／|｜":
            out += " "
        pos = m.start()
    out += t[pos:]
    return re.sub(r"\s+", " ", out).strip()


def parse_lead(text: str) -> tuple[People, str]:
    """Split a byline/dateline lead-in off the first paragraph: (people, rest of text)."""
    m = _DATELINE_RE.match(text)
    if m and not m.group("by") and _BYLINE_LEAD_RE.match(text):
        m = None  # the reporters follow the dateline unbracketed (…电 记者张三报道)
    if m:
        # the dateline (place and date) stays in the text as printed; only the
        # reporter in brackets moves to the byline
        by = tidy_byline(m.group("by")) if m.group("by") else None
        head = text[: m.start("bracket")] if m.group("by") else text[: m.end()]
        pub = m.group("pub") if not m.group("pub").startswith("本报") else None
        return People(by, pub), head.rstrip() + " " + text[m.end() :]
    m = _BRACKET_LEAD_RE.match(text)
    if m:
        head = m.group("head") or ""
        # a label (本报讯, 云上咸宁报道) goes; a dateline (本报北京3月1日电) stays
        label = not head or head.endswith(("讯", "报道"))
        rest = text[m.end() :] if label else f"{head} {text[m.end() :]}"
        return People(tidy_byline(m.group("by")), _tag_source(head)), rest
    m = _OWN_STAFF_RE.match(text)
    whole = _BYLINE_LEAD_RE.match(text)
    reports = m is not None and (
        m.group("by").endswith("报道")
        or bool(_LAST_NAME_REPORTS_RE.match(text, m.end()))
        # more of the paper's staff glued to 报道 (…薛汇础 本报记者余雯雯报道)
        or (whole is not None and whole.end() > m.end())
    )
    if m and not reports:
        return People(tidy_byline(m.group("by"))), text[m.end() :]
    m = _BYLINE_LEAD_RE.match(text)
    if m:
        head = m.group("head") or ""
        # a dateline (place and date) stays as printed; a label (本报讯) goes
        dated = head.endswith("电") or bool(re.search(r"\d日", head))
        rest = f"{head} {text[m.end() :]}" if dated else text[m.end() :]
        by = m.group("by")
        if _HOW_MADE_RE.search(by):
            by += "报道"  # 综合报道, 联合报道: how the story was made, the byline's to keep
        return People(tidy_byline(by), _tag_source(head)), rest
    m = _LABEL_RE.match(text)
    if m:
        return People(None, _tag_source(m.group(0).strip())), text[m.end() :]
    return People(), text


#: A news agency's dispatch, undated (``据新华社电``).
_AGENCY_DISPATCH_RE = re.compile(r"^据?([^\s，。]{2,8}?社)电$")


def _tag_source(head: str) -> str | None:
    """The paper or site a label names (``生活报讯`` → ``生活报``); None for the page's own
    paper (``本报讯``, ``本报扬州讯``, ``本网讯``) and for datelines."""
    head = head.rstrip(":： ").removeprefix("【").removesuffix("】")
    dated = _DATELINE_RE.match(head)
    if dated:  # 新华社北京2月24日电, 东南网莆田1月17日讯
        pub = dated.group("pub")
        return None if pub.startswith(("本报", "本网")) else pub
    agency = _AGENCY_DISPATCH_RE.match(head)
    if agency:  # 据新华社电
        return agency.group(1)
    if not head.endswith(("讯", "消息", "报道")) or head.startswith(("本报", "本网")):
        return None
    name = head.removesuffix("讯").removesuffix("消息").removesuffix("报道")
    if head.endswith("报道"):
        return name  # an app's or a site's report (云上咸宁报道（记者…）)
    if _NAMES_SOURCE_RE.search(name):
        return name
    # the paper and its city (东方今报郑州); a dispatch named by its place alone
    # (芬兰赫尔辛基消息) names no paper
    city = _SOURCE_AND_CITY_RE.fullmatch(name)
    return city.group(1) if city else None


#: A role word, which :func:`people_named` reads past.
ROLE_WORDS_RE = re.compile(rf"(?:{RANK}|本报)?(?:记者|通讯员|评论员|摄影|编辑)")


def people_named(byline: str) -> set[str]:
    """The names a byline holds, role words left out (``本报记者 张三 通讯员李四`` →
    张三, 李四)."""
    return {n for n in re.split(r"[\s、，,/]+", ROLE_WORDS_RE.sub(" ", byline)) if len(n) >= 2}


def other_people(a: str, b: str) -> bool:
    """Two bylines name different teams: neither list holds the other (a credit may add a
    name the lead-in left out, or repeat it)."""
    x, y = people_named(a), people_named(b)
    return bool(x) and bool(y) and not (x <= y or y <= x)


def parse_credit(text: str) -> People:
    """``（《劳动报》记者李嘉宝 展翔/摄影）`` → byline and publication."""
    inner = text.strip()[1:-1].strip() if text.strip()[:1] in "（(" else text.strip()
    # the reporters in brackets after the paper: （《南方工报》（记者 王青山））
    inner = re.sub(r"[（(]([^（）()]*(?:记者|通讯员|评论员)[^（）()]*)[）)]$", r" \1", inner)
    # a note of its own (（除署名外）) and the word 报道 are no part of the names
    inner = re.sub(r"\s*报\s*道\s*(?:[（(][^（）()]*[）)])?$|\s*[（(][^（）()]*[）)]$", "", inner)
    pub = _PUB_RE.search(inner)
    rest = _PUB_RE.sub("", inner).strip()
    rest = re.sub(r"/?摄影?$", "", rest).strip()
    return People(tidy_byline(rest) or None, pub.group(1) if pub else None)


def split_credit(text: str) -> tuple[str, People | None]:
    """Text with a trailing credit removed, and the credit parsed (or None)."""
    m = _SOURCE_RE.search(text.rstrip())
    if m and m.start() > 0:
        return text[: m.start()].rstrip(), People(None, m.group("pub").strip("《》 "))
    if PICTURE_NOTE_RE.search(text.rstrip()):
        return text, None  # who took the story's pictures: a note of the text, no byline
    m = CREDIT_END_RE.search(text.rstrip())
    if not m or m.start() == 0:
        return text, None
    return text[: m.start()].rstrip(), parse_credit(m.group(0))


def split_photo_credit(text: str) -> tuple[str, str | None]:
    """``…物流保障。 通讯员王树成摄`` → (caption, ``通讯员王树成``)."""
    m = PHOTO_CREDIT_RE.search(text.rstrip())
    if not m:
        return text, None
    credit = re.sub(r"\s*/?\s*摄影?$", "", m.group(0).strip("（）()")).strip()
    return text[: m.start()].rstrip(), tidy_byline(credit)
