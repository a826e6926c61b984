"""Stories for ``benchmarks/relay.py --source FILE.json``: real news you collected.

The file is a list of ``{"title", "subtitle", "kicker", "byline", "blocks": [[kind, text],
...]}``.  A story may print its own lead-in (``本报讯 记者X报道``, a dateline) or closing
credit (``（记者 王某）``): the relay then adds none, and the truth keeps them out of the
body text as the cleaner does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any


def story_pool(story: type[Any], path: Path) -> list[Any]:
    """Stories from a JSON file of your own (a list of ``{"title", "subtitle", "kicker",
    "byline", "blocks": [["paragraph"|"subhead", text], ...]}``), e.g. news you collected to
    check the cleaner on real text that is not in the repository, as *story* objects
    (``relay_story.Story``); untitled stories are skipped."""
    out: list[Any] = []
    for d in json.loads(path.read_text("utf-8")):
        blocks = [(k, t.strip()) for k, t in d.get("blocks") or [] if t and t.strip()]
        # a label alone (【点评】, 核心阅读) heads the part under it: a subhead, as the
        # cleaner gives it
        blocks = [
            ("subhead" if _LABEL_ALONE.fullmatch(t) or _SUMMARY_LABEL.fullmatch(t) else k, t)
            for k, t in blocks
        ]
        paras = [t for k, t in blocks if k == "paragraph"]
        if not d.get("title") or not paras:
            continue
        byline = d.get("byline") or None
        kind = "commentary" if byline and "评论员" in byline else "article"
        kicker = d.get("kicker") or None
        st = story(kind, d["title"], d.get("subtitle"), kicker, byline, blocks)
        # the text may print its own lead-in and credit: then the relay adds none
        lead = _OWN_LEAD.match(paras[0]) or _OWN_DATELINE.match(paras[0])
        credit = _OWN_CREDIT.search(paras[-1]) or _OWN_SIGNATURE.fullmatch(paras[-1])
        credit = credit or _OWN_STAFF.fullmatch(paras[-1]) or _OWN_NAMES.fullmatch(paras[-1])
        credit = credit or _OWN_PHOTO_CREDIT.search(paras[-1])
        st.lead_chars = lead.end() if lead else 0
        st.title_line = bool(lead) and bool(_TITLE_LINE.match(paras[0][st.lead_chars :]))
        st.credit_chars = len(paras[-1]) - credit.start() if credit else 0
        st.note_alone = len(paras) > 1 and bool(_NOTE_ALONE.fullmatch(paras[-1]))
        if lead or credit:
            st.byline = None
        out.append(st)
    return out


#: A lead-in the story's text prints itself: a dateline, ``…讯`` (perhaps in lenticular
#: brackets: ``【搜狐IT消息】``) or an app's ``…报道``, and perhaps a byline.
_OWN_LEAD = re.compile(
    r"^(?:\S{0,30}?(?:讯|电|消息|特稿|报道)】?[\s:：]*)?(?:[（(][^（）()]{2,40}[）)][\s:：]*)?"
    r"(?:(?:本报|新华社|中新社)?(?:见习|特约|首席|全媒体)?(?:记者|通讯员)"
    r"(?:[^，。]{2,40}?\s*报\s*道|[^，,。]{2,24}?)[\s:：]+)?(?<=[\s:：）)】])"
)
#: A note in brackets on where the story came from, who else reported it, or where to
#: read more (``（名单详见本刊2、3版）``).
_NOTE_ALONE = re.compile(
    r"[（(](?:据|摘编?自|节选自|选自|转载?自|原载)[^（）()]{2,60}[）)]|[（(][^（）()]{1,20}参与采写[）)]"
    r"|[（(][^（）()]{0,30}(?:详见|参见)[^（）()]{0,16}[）)]"
)
#: A label alone in lenticular brackets (``【编辑点评】``).
_LABEL_ALONE = re.compile(r"【[^】]{1,12}】")
#: The label of a summary box over the text (``核心阅读``).
_SUMMARY_LABEL = re.compile(r"核心阅读|阅读提示|核心提示|内容提要")
#: A reader's signature set alone under a letter: where they write from and their name
#: (``河南沁阳市 萧凛然``), a closing credit as names in brackets are.
_OWN_SIGNATURE = re.compile(r"[\u4e00-\u9fff]{2,12}[省市县区州旗镇乡村]\s+[\u4e00-\u9fff]{2,4}")
#: Who wrote the story, set alone under its text with no brackets: reporters with their
#: role (``郑州晚报记者 李爱琴``, ``记者：宋俊初 通讯员：杨荃琳 余军民``) or two names and more
#: (``李婷 赵宏``).
_OWN_NAMES = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?(?:记者|通讯员|实习生)[:：]?\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[ 、　]+[\u4e00-\u9fff]{2,4})*\s*)+"
    r"|[\u4e00-\u9fff]{2,4}(?:[ 、　]+[\u4e00-\u9fff]{2,4})+"
)
#: Who took the story's picture, glued to its last sentence (``…好评。何昇洪刘谋强摄``).
_OWN_PHOTO_CREDIT = re.compile(r"(?<=[。！？”])\s*[\u4e00-\u9fff]{2,8}\s*摄$")
#: The page's staff named under the last story (``本期统筹：崔 斌``): furniture, no text.
_OWN_STAFF = re.compile(r"(?:本版|本期)?(?:统筹|责任编辑|编辑|策划)\s*[:：]\s*\S.{0,15}")
#: What follows a wire dateline when the first paragraph only repeats the title.
_TITLE_LINE = re.compile(r"^题\s*[:：]")
#: A dateline glued to the first word (``本报讯广东…``, ``本报秦皇岛8月2日电由…``).
_OWN_DATELINE = re.compile(
    r"^(?:本报讯|本报[^，。\s]{0,12}?电|[^，。\s]{2,10}?(?:社|报|网|台)[^，。\s]{0,12}?电)"
)
#: A closing credit the story's text prints itself: ``（记者 王某）``, ``（张恩刚）``,
#: ``（图/李宏宇 文/晚山）``.
_OWN_CREDIT = re.compile(
    # (a note on the author is text, even naming the reporter who wrote it down)
    r"[（(](?!作者)(?:[^（）()]{0,30}(?:记者|通讯员|评论员|实习生)[^（）()]{1,30}"
    r"|(?:文图|图文|文|图)\s*[/／|｜][^（）()]{2,30}"
    # who wrote the text and took the pictures, named first: （陈向阳 文/图）
    r"|[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4})*\s*(?:文\s*[/／]\s*图|文图|图文)"
    # the dateline set at the end, or the source: （本报伊斯兰堡8月22日电）, （据新华社电）
    r"|[^（）()，。\s]{2,24}(?:电|讯)"
    # names run together; not a note on the author or the source (（作者为…）, （来源：…）)
    r"|(?!作者|来源|原载|本文|注)[\u4e00-\u9fff]{2,4}(?:[ 、]?[\u4e00-\u9fff]{2,4})*)[）)]\s*$"
)
