"""What the words of a line say, read with jieba's dictionary (the app's one, loaded once
and shared with pinyin and lookup): whether text goes on a sentence begun elsewhere,
whether a line break cuts a word, whether one headline line names who acts and the next
what they did.  Only the dictionary's words and their tags are read, never a model.
"""

from __future__ import annotations

import re

from desktop.core.cleaning.textutil import POSTED_PERSON_RE, ends_sentence, is_han
from desktop.core.reading.segment import dictionary_words, word_class, word_frequency

#: Particles that never begin a sentence: text starting with one continues another.
PARTICLE_START = frozenset("的了着过地得之")
#: Characters that rarely begin a sentence (a conjunction or adverb may, after a subject
#: left out: ``与李某部配合…``, ``并于次年…``).
CONTINUATION_START = PARTICLE_START | frozenset("和与及或并就也都又才")


def starts_mid_sentence(text: str, strict: bool = False) -> bool:
    """Text that opens with a continuation character standing alone (``的社保标准…``,
    ``和他们一起…``) rather than inside a word that opens sentences (``之后``,
    ``过去``, ``地处``, ``并且``): the rest of a sentence begun elsewhere.

    *strict* looks only at particles that cannot open a sentence at all."""
    if text[:1] not in (PARTICLE_START if strict else CONTINUATION_START):
        return False
    if not is_han(text[1:2]):
        return True
    first = next(iter(dictionary_words(text[:12])), "")
    if len(first) >= 2:
        return False
    # a word of its own may open the text though its characters apart are likelier
    # (过道里 is cut 过 / 道 / 里): a word that common is no particle left over
    return not any(word_frequency(text[:k]) >= _OPENING_WORD_FREQ for k in (2, 3, 4))


#: How often (in jieba's counts) a word must occur to be read as opening a sentence
#: where its first character is a particle.
_OPENING_WORD_FREQ = 100


#: Last characters of words for bodies and people who act (体育局, 工会, 优胜者, 职工们).
_AGENT_ENDS = frozenset("局会厂司处院校委部站所队团者们人员工户家师组社")


def subject_over_predicate(upper: str, lower: str) -> bool:
    """Two headline lines that read as one clause: the upper only names who or what (no
    verb: ``宝鸡市总、市体育局``, ``华山厂六十名生产竞赛优胜者``), the lower opens on
    what they did (``联合举办全市职工运动会``, ``赴北京旅游观光``).  The subject is the
    kicker over the title, as a reporting verb is (``庆华厂厂长钱轶清在职代会上说``), and
    so is the news that a body issued a paper (``国办印发实施意见`` / ``完善全国统一电力
    市场体系``), and what was done over for whom it was (``省总工会慰问团分赴全省各地`` /
    ``为一线职工送清凉``).
    Words are told apart by jieba's dictionary tags (:func:`word_class`)."""
    up = [w for w in dictionary_words(upper.strip()) if w.strip()]
    if up and _SAYS_RE.search(upper.rstrip()) and word_class(up[-1]) == "predicate":
        return True
    issued = _ISSUED_RE.search(upper.rstrip())
    if issued and not any(c in upper for c in "，,：:"):
        # who issued what (国办印发实施意见): the news the title says more of — unless
        # the paper itself was issued (轻工业数字化转型实施方案印发): a title over its deck
        return not _PAPER_RE.search(upper[: issued.start()])
    low = [w for w in dictionary_words(lower.strip()) if is_han(w[:1])]
    if low and low[0] in _FOR_WHOM and not ends_sentence(upper):
        return True  # what was done, then for whom (…分赴全省各地 / 为一线职工送清凉)
    if not names_who_acts(upper):
        return False
    return bool(low) and word_class(low[0]) == "predicate"


def names_who_acts(line: str) -> bool:
    """*line* only names someone who acts, with no verb: a body, a place or people
    (``宝鸡市总、市体育局``, ``一航庆安``, ``商州市集体商业公司部分职工``), or a person by
    their post (``…村党总支书记赵会杰``)."""
    if POSTED_PERSON_RE.match(line.strip()):
        return True  # a person named by their post (…村党总支书记赵会杰): jieba cuts the name
    words = [w for w in dictionary_words(line.strip()) if w.strip()]
    if not words or any(c in line for c in "：:，,"):
        return False  # a headline of two parts (专家：…), or a clause
    if any(word_class(w) in ("predicate", "other") for w in words):
        return False
    return word_class(words[-1]) == "proper" or words[-1][-1:] in _AGENT_ENDS


#: Words opening a title that goes on from the line over it: for whom or towards what
#: something was done (``为一线职工送清凉``, ``向新而行``, ``给小店支招``).
_FOR_WHOM = frozenset(("为", "为了", "向", "给"))
#: A line ending on a verb of saying or showing leads into what was said.
_SAYS_RE = re.compile(r"(?:说|表示|显示|指出|认为|透露|强调|介绍|称)$")
#: What a body issues: a paper or the measures it sets out.
_PAPER = r"(?:意见|通知|方案|指南|办法|条例|规定|规划|决定|举措|措施|令)"
#: A line ending on a body's issuing a paper, a call or an order (``国办印发实施意见``,
#: ``五部门印发意见提出20条举措``, ``中消协倡议``, ``自然资源部部署``): the kicker over what
#: the paper says or the order asks.
_ISSUED_RE = re.compile(
    r"(?:印发|发布|出台|公布|下发|颁布|签署|提出|倡议|部署)"
    rf"(?:[^，。]{{0,8}}?{_PAPER})?$"
)
#: A paper named before the verb that issued it (``…实施方案印发``): the news itself.
_PAPER_RE = re.compile(rf"{_PAPER}$")


#: A line opening on a number that may open a paragraph: a year, a date, a time.
_OPENS_ON_NUMBER_RE = re.compile(r"\d{4}年|\d{1,2}月|\d{1,2}日|\d{1,2}[:：]\d{2}")
#: Words that cannot end a headline: a line ending in one was cut mid-phrase.
CUT_END = frozenset("的之和与及或把被将向从对")


def ends_open(text: str) -> bool:
    """*text* ends on a word that cannot end a phrase (``…流动车向``, ``…实施的``), not on a
    longer word that merely ends in the same character (``…指明方向``, ``…的目的``)."""
    t = text.rstrip()
    if t[-1:] not in CUT_END:
        return False
    words = dictionary_words(t[-6:])
    return bool(words) and len(words[-1]) == 1


def cuts_word(first: str, second: str) -> bool:
    """The break between two lines falls inside a dictionary word (``…劳动者权`` /
    ``益保障…``, ``…人民民主实`` / ``践点…``): the first line, read alone, ends in a
    character left over that makes a word with the start of the second.  One phrase
    wrapped, not a line that ends where a word does (``…莘庄全长`` / ``虹莘路…``)."""
    a, b = first.rstrip()[-6:], second.lstrip()[:6]
    if a[-1:].isdigit() and b[:1].isdigit() and not _OPENS_ON_NUMBER_RE.match(second.lstrip()):
        return True  # a number cut in two (…柳东营村80 / 0余亩…)
    if not (a and b and is_han(a[-1]) and is_han(b[0])):
        return False
    alone = dictionary_words(a)
    if not alone or len(alone[-1]) > 1:
        return False
    pos = 0
    for word in dictionary_words(a + b):
        if pos < len(a) < pos + len(word):
            return True
        pos += len(word)
    return False
