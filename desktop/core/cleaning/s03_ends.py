"""Stage 3, in part — where a line ends its paragraph.

A paragraph ends on a finished sentence, and on what is set after the last one: a credit,
a photo credit, a signature, a source or a note in brackets, a jump line.  It also ends on
a line that is all one of these (a reader's signature under a letter, a note set as a
paragraph of its own, the editor's ``——编者``).  Text that ends on anything else ran on
past a column break.
"""

from __future__ import annotations

import functools
import re

from desktop.core.cleaning.textutil import (
    AUTHOR_NOTE,
    CREDIT_END_RE,
    EDITORS_SIGNATURE_RE,
    PLACE_AND_NAME_RE,
    RANK,
    SIGNATURE_END_RE,
    SOURCE_NOTE,
    ends_sentence,
    jump_on,
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


def ends_photo_credit(text: str) -> bool:
    """The text ends in a photographer's credit (:data:`PHOTO_CREDIT_RE`; every such
    credit ends in 摄, 影 or a bracket, so other text is spared the search)."""
    return text.rstrip("\n")[-1:] in "摄影）)" and PHOTO_CREDIT_RE.search(text) is not None


@functools.lru_cache(maxsize=4096)
def closes(text: str) -> bool:
    """True when a line ends a paragraph: a finished sentence, a credit, a photo credit, a
    signature after the last sentence, the editor's under a note (``——编者``) or a jump
    line (``（下转第3版）``)."""
    t = text.rstrip()
    if ends_sentence(t) or EDITORS_SIGNATURE_RE.match(t.strip()):
        return True
    if PLACE_AND_NAME_RE.match(t.strip()) or _NOTE_ALONE_RE.fullmatch(t.strip()):
        return True  # a reader's signature under a letter (河南沁阳市 萧凛然), or a note
    # credits and jump lines end in a bracket, 摄, 影 or 版: skip the regexes for other lines
    if t[-1:] not in "）)摄影版":
        return _SIGNS_HINT_RE.search(t[-24:]) is not None and bool(SIGNATURE_END_RE.search(t))
    return bool(
        CREDIT_END_RE.search(t)
        or _BRACKET_AFTER_END_RE.search(t)
        or _AUTHOR_NOTE_END_RE.search(t)
        or SENTENCE_THEN_BRACKET_RE.search(t)
        or PHOTO_CREDIT_RE.search(t)
        or _NAMES_RUN_TOGETHER_RE.search(t)
        or jump_on(t)
    )


#: Two photographers' names run together before 摄 after the last sentence (``…广泛好评。
#: 何昇洪刘谋强摄``): the paragraph ends there, whatever the names are taken for.
_NAMES_RUN_TOGETHER_RE = re.compile(r"(?<=[。！？”])(?!\S*拍摄)[\u4e00-\u9fff]{4,8}摄$")


#: A note on who the author is after the last sentence, or set as a paragraph of its own
#: (``（作者为某大学教授，本报记者王五采访整理）``).
_AUTHOR_NOTE_END_RE = re.compile(
    rf"(?:^|(?<=[。！？!?”]))\s*[（(]{AUTHOR_NOTE}[^（）()]{{2,60}}[）)]$"
)
#: A note set as a paragraph of its own, all in brackets (``（案例来源：最高人民法院，本报
#: 记者张天培整理）``).
_NOTE_ALONE_RE = re.compile(r"[（(][^（）()]{2,60}[）)]")
#: What a signature after the last sentence holds (a cheap guard before the full pattern).
_SIGNS_HINT_RE = re.compile(r"[。！？!?”]\s*\S*(?:记者|通讯员|读者|作者)")

#: A sentence's end and something in brackets after it (a credit, a note): text, for a
#: headline never ends so.
#: (A quotation's end is no sentence's: ``“为全球经济复苏提供支撑”（外媒看中国）`` is a headline.)
SENTENCE_THEN_BRACKET_RE = re.compile(r"[。！？!?][”’」』]?\s*[（(][^（）()]{1,30}[）)]$")
#: A few words in brackets after the last sentence: the writers' names run together
#: (``…拿了下来！（远德亮孙丽梅）``), ``（完）``, ``（待续）``.  Mid-paragraph asides are
#: longer and hold punctuation.
#: … or a code the editor left (``(c000)``), or the source (``（据新华社郑州9月9日电）``), or
#: the dateline set at the end (``（本报伊斯兰堡8月22日电）``).
_BRACKET_AFTER_END_RE = re.compile(
    r"(?:(?<=[。！？!?”])|^)\s*[（(](?:[\u4e00-\u9fff、 ]{1,10}|[A-Za-z]{0,3}\d{1,4}"
    rf"|{SOURCE_NOTE})[）)]$"
)
