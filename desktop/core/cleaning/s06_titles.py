"""Stage 6, in part — titles: how a headline block reads, and how well a headline fits a body.

Of two headline lines, the second is a deck (the subtitle) when it opens with a dash
(``——…纪实``), or when the two are whole phrases: a longer line of smaller type under a
short title, or two long lines.  They are one title run over when the first breaks after
a colon or dash, inside a word (``示范`` / ``性职工``), inside a quotation (``“区区通`` /
``地铁”``) or after a word that cannot end a phrase (``…流动车向`` / ``户外劳动者…``), or
when the first line filled its column and the second is shorter.  Two headline-shaped
halves around a run of spaces are two headlines printed side by side; a tiny label over a
real headline (a place name, a rubric) is its kicker.  A headline fits a body by the share
of its character bigrams found there, each weighted by how rare it is among the page's
bodies; a headline that fits two bodies almost as well (two common words) is paired after
the clear ones.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Set as AbstractSet

from desktop.core.cleaning.s05_model import Segment
from desktop.core.cleaning.textutil import (
    DECK_DASHES,
    HEADLINE_BREAK,
    bigrams,
    is_han,
    opens_more_than_it_closes,
    squeeze,
    width,
)
from desktop.core.cleaning.wording import cuts_word, ends_open
from desktop.core.reading.segment import dictionary_words, word_class

#: A headline line this wide (in em) was filled by the compositor: when the line under it
#: is shorter, the two are one headline run over, not a title over its deck.
_FULL_HEADLINE = 16.0
#: How much a headline's fit to its best other body lowers its rank for this body.
_RIVAL_WEIGHT = 0.5


def split_title(lines: list[str], wrapped: bool = False, body: str = "") -> tuple[str, str | None]:
    """A headline block as (title, subtitle): a ``——`` line or a longer second line is a deck;
    two lines broken after a colon, inside a word, a number or a quotation, across a phrase
    its *body* prints whole, a full first line over a shorter one, or two long lines of one
    length (a title set in two parallel lines) are one title run over."""
    for k, ln in enumerate(lines):
        if k > 0 and is_deck(ln):
            return "".join(lines[:k]), "".join(lines[k:])
    if len(lines) == 2 and lines[0].rstrip()[-1:] in _RUNS_ON:
        # a headline broken after its colon or dash, or after a comma: no title ends on one
        return "".join(lines), None
    if len(lines) == 2 and (
        cuts_word(lines[0], lines[1])
        or opens_more_than_it_closes(lines[0])  # a quotation only the next line closes
        or ends_open(lines[0])
        or _phrase_across(lines[0], lines[1], body)
        or _NUMBER_CUT_RE.search(lines[0].rstrip() + "\n" + lines[1].lstrip())
        or _verb_over_quote(lines[0], lines[1])
    ):
        # wrapped inside a word (示范 / 性职工), a number (1. / 2亿元), a quotation (“区区通 /
        # 地铁”) or a phrase (…流动车向 / 户外劳动者…): one title
        return "".join(lines), None
    if len(lines) == 2:
        # a headline wrapped over two lines has a short line; a title over a longer
        # deck (smaller type, more characters a line) has two full phrases
        a, b = width(lines[0]), width(lines[1])
        if (a >= _FULL_HEADLINE or wrapped) and a > b:
            return "".join(lines), None  # the first line filled, the rest ran over
        if a >= 12 and b >= 12 and abs(a - b) <= 1:
            return "".join(lines), None  # two phrases of one length: one title in two lines
        if (b >= 12 and b >= a + 3 and a >= 6) or (a >= 12 and b >= 12):
            return lines[0], lines[1]
    return "".join(lines), None


#: A number the line break cuts (``…预拨1.`` / ``2亿元…``, ``…突破1`` / ``500亿斤…``).
_NUMBER_CUT_RE = re.compile(r"\d[.．]?\n[.．]?\d")
#: What a headline line may end in where the headline goes on in the next line.
_RUNS_ON = HEADLINE_BREAK + "，,、"


def _verb_over_quote(first: str, second: str) -> bool:
    """A line ending on a verb over one opening on a quotation: the verb and what it
    does, one phrase (``…社区开展`` / ``“花灯璀璨 祈福中秋”活动``)."""
    words = dictionary_words(first.rstrip()[-6:])
    return second.lstrip()[:1] in "“‘《" and bool(words) and word_class(words[-1]) == "predicate"


def _phrase_across(first: str, second: str, body: str) -> bool:
    """The body prints, unbroken, the phrase the line break cuts (``…制止餐饮`` /
    ``浪费行为…`` over a body that says ``餐饮浪费``): a title and its deck are two
    phrases, and their seam is not a phrase of the story."""
    a, b = first.rstrip()[-2:], second.lstrip()[:2]
    if len(a) < 2 or len(b) < 2 or not all(map(is_han, a + b)):
        return False
    return a + b in squeeze(body)


def side_by_side(line: str) -> tuple[str, str] | None:
    """Two headlines printed side by side on one line: two headline-shaped halves (each
    a phrase of 4–16 em with no inner clause punctuation; a headline's ``X：Y`` colon is
    fine) around one run of spaces — not a space inside a quotation or brackets
    (``市总工会开展“最美劳动者 微笑带回家”公益活动``)."""
    m = re.fullmatch(r"(\S+)[ \u3000]+(\S+)", line.strip())
    if m is None or opens_more_than_it_closes(m.group(1)):
        return None
    halves = (m.group(1), m.group(2))
    for h in halves:
        if not 4 <= width(h) <= 16 or re.search(r"[。，、；]|^：|：$", h) or len(bigrams(h)) < 2:
            return None
    return halves


def is_deck(text: str) -> bool:
    """A line opening with a dash is a deck (``——…``), never a main title."""
    return text.startswith(DECK_DASHES)


def join_kicker(texts: list[str]) -> str:
    return "".join(texts)


def promote_deck(seg: Segment) -> None:
    """A tiny label over a real headline (a place name, a rubric) is a kicker; so is a line
    that leads into the headline under it with a dash (``中国农业大学教授丛汶峰——`` /
    ``扎根田间助农增产增收``: who the story is about, then what it says)."""
    if not seg.title or not seg.subtitle or is_deck(seg.subtitle):
        return
    tiny = width(seg.title) <= 3 and width(seg.subtitle) >= 6
    if tiny or seg.title.rstrip().endswith(DECK_DASHES):
        label = seg.title
        seg.title, seg.subtitle = seg.subtitle, None
        seg.kicker = f"{seg.kicker} {label}" if seg.kicker else label


class Scorer:
    """IDF-weighted bigram overlap between headline candidates and bodies."""

    def __init__(self, segments: list[Segment]) -> None:
        self.bags = [bigrams(s.body[:20000]) for s in segments]
        df: Counter[str] = Counter()
        for bag in self.bags:
            df.update(bag)
        n = len(segments)
        self.df = df
        # one logarithm per document frequency; a bigram is weighed when a headline has it
        self.logs = {c: math.log(1 + n / (1 + c)) + 0.05 for c in set(df.values())}
        self.default_idf = math.log(1 + n) + 0.05

    def fit(self, head: str, text: str) -> float:
        """Weighted share of the headline's bigrams found in *text* (any text, not a body)."""
        return self._share(bigrams(head), bigrams(text))

    def score(self, text: str, k: int) -> float:
        """Weighted share of the headline's bigrams found in body *k*."""
        return self._share(bigrams(text), self.bags[k])

    def _share(self, grams: AbstractSet[str], found: AbstractSet[str]) -> float:
        if not grams:
            return 0.0
        # math.fsum: exact, so the order a set happens to iterate in never tips a result
        total = math.fsum(map(self.idf, grams))
        return math.fsum(map(self.idf, grams & found)) / total

    def idf(self, gram: str) -> float:
        """How rare the bigram is among the page's bodies (rarest in none of them)."""
        c = self.df.get(gram)
        return self.default_idf if c is None else self.logs[c]


def distinctive_first(scores: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """(score, headline, body) best first, where a headline that fits another body almost
    as well (two common words) ranks lower: clear pairs are settled before ambiguous ones."""
    top: dict[int, list[float]] = {}
    for sc, i, _k in scores:
        top.setdefault(i, []).append(sc)
    two = {i: [*sorted(v, reverse=True)[:2], 0.0] for i, v in top.items()}

    def key(t: tuple[float, int, int]) -> tuple[float, int]:
        sc, i, _k = t
        best, second = two[i][0], two[i][1]
        rival = second if sc >= best else best
        return (-(sc - _RIVAL_WEIGHT * rival), i)

    return sorted(scores, key=key)
