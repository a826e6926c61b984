"""Stage 3, in part — where a block of lines breaks into paragraphs.

Inside running text every line but a paragraph's last is as wide as the column.  So a
block of lines with no blank between them breaks after a line that stops short, finished
(a sentence's end, a list item's ``；``) or not (a summary with no stop), and before an
indented first line; what ends a paragraph is read in :mod:`.s03_ends`.
"""

from __future__ import annotations

from desktop.core.cleaning.columns import pushed
from desktop.core.cleaning.s03_chunks import names_only
from desktop.core.cleaning.s03_ends import closes
from desktop.core.cleaning.textutil import (
    BARE_CREDIT_RE,
    LABEL_RE,
    ends_continuing,
    opens_more_than_it_closes,
    width,
)
from desktop.core.cleaning.wording import cuts_word


def split_chunk(
    texts: list[str], w: float, margin: float, indent: float | None = None
) -> list[list[str]]:
    """Split a block of lines into paragraphs at short sentence-final lines (or list
    items' ``；``) and indents.

    *indent* is how far short an indented first line stops (``None`` on a page set flush,
    where a short line holds half-width characters)."""
    paras: list[list[str]] = [[]]
    for j, t in enumerate(texts):
        paras[-1].append(t)
        if j == len(texts) - 1:
            continue
        if not (closes(t) or list_item_end(t, w)):
            # (a line stopping short over one that opens on a label in lenticular brackets
            # ends its paragraph: 【关键词】拒拆鸟巢 / 【事件】前不久，…)
            labelled = width(t) < w - margin and bool(LABEL_RE.match(texts[j + 1]))
            if labelled or stops_unfinished(paras[-1], texts[j + 1], w, margin):
                paras.append([])
            continue
        first = len(paras[-1]) == 1
        nxt = texts[j + 1]
        if BARE_CREDIT_RE.fullmatch(nxt.strip()):
            continue  # names in brackets under the last sentence: its credit (（王天恩）)
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
            and not names_only("".join(texts[j + 1 :]))
        )
        if short or indent_next:
            paras.append([])
    return [p for p in paras if p]


def stops_unfinished(para: list[str], nxt: str, w: float, margin: float) -> bool:
    """The paragraph's last line stops well short of the column, after a full line, with
    no mark asking for more, and a full line follows: the paragraph ended there, stop or
    none (a summary over a commentary, ``飞天与航天相遇，看似机缘巧合，实`` / ``则是文化
    传承在牵引`` / ``前不久，神舟十九号航天员乘组圆满``).  Inside running text every line
    but a paragraph's last is full."""
    if len(para) < 2 or w == float("inf"):
        return False
    t = para[-1]
    if width(t) > w - _STOPS_SHORT or width(nxt) < w - _STOPS_SHORT or width(para[-2]) < w - margin:
        return False
    return not (pushed(t, nxt, w) or goes_on(para, nxt))


def goes_on(para: list[str], nxt: str) -> bool:
    """The paragraph's lines ask for more, whatever their width: a clause (a comma, an
    opening mark), a word the column cut (``通讯员李四报`` / ``道…``, read with the
    dictionary, last), or a bracket or quotation left open (``本报讯（通讯员李四`` / ``王五）``)."""
    last = para[-1]
    return ends_continuing(last) or opens_more_than_it_closes("".join(para)) or cuts_word(last, nxt)


#: How far short of the column a line stops to end its paragraph with no stop.
_STOPS_SHORT = 3


def list_item_end(line: str, w: float) -> bool:
    """A visibly short line ending in a semicolon, a colon or a dash (``具体安排如下：``,
    ``…开展义诊活动；``, ``…全面净化社会面环境——``) ends its paragraph: a column break
    falls after a full line, and a list of items sets each one as a paragraph."""
    t = line.rstrip()
    return (t[-1:] in "；：;:" or t.endswith("——")) and width(t) <= w - 2


def paragraph_tail(lines: list[str]) -> str:
    """The end of a paragraph as read for :func:`closes`: its last three lines (a closing
    credit ``（记者杨明`` / ``清 通讯员宋洁）`` or a signature ``…就能到。`` / ``齐鲁晚报记者 王``
    / ``媛`` may be cut by the column) — or from the bracket a closing one answers, with
    the mark before it, when a narrow column cut a note into more lines (``（作者为中国气象局
    气象`` / ``宣传与科普中心高级工程`` / ``师，本报记者李红梅采访`` / ``整理）``)."""
    tail = "".join(lines[-3:])
    if tail.rstrip()[-1:] in "）)" and not any(b in tail for b in "（("):
        more = "".join(lines[-_NOTE_LINES:])
        k = max(more.rfind("（"), more.rfind("("))
        if k >= 0:
            return more[max(0, k - 1) :]
    return tail


#: Most lines of a paragraph read back for the bracket a note closing it opened on.
_NOTE_LINES = 8
