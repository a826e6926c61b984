"""An independent story source for ``benchmarks/relay.py``: news stories the cleaner never saw.

The relay's own stories are the cleaner's reading of the five seed pages, so they only ever
show the cleaner the text it was developed on.  This source builds synthetic stories from
the 9,893 Wikipedia-style sentences of ``benchmarks/data/cpp/dev.sent`` (the ``▁`` markers
removed; no sentence is printed twice, so every gold anchor is found in one story only):
paragraphs of 2–6 sentences (a consecutive run or a random draw), stories of 3–10
paragraphs, a headline made of salient words of the first paragraph (sharing words with
the body like a real one, never a verbatim sentence), sometimes a deck and a kicker
(``【栏目】关键词：…`` or a short column label), a byline with role words, sometimes
subheads, and photo stories whose caption ends in an ``X摄`` credit.  The relay's page
engine lays them out (narrow columns, column breaks, headlines at the end, spaced-out runs,
Markdown pages).

Usage::

    uv run python benchmarks/relay.py --source cpp [--pages 200] [--seed 7]
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import jieba

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "benchmarks" / "data" / "cpp" / "dev.sent"

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
    "彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦傅方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃"
    "武钱戴严莫孔向常汤"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娥建文"
    "辉力鹏宇浩凯俊帆晨欣怡佳琪雪梦婷颖嘉晓志永春海波鑫斌宁琳璐"
)
_LABELS = [
    "科技前沿",
    "文化视野",
    "史海钩沉",
    "环球速览",
    "城市笔记",
    "体坛风云",
    "自然观察",
    "读史札记",
]
_BRACKET = ["深度阅读", "观察", "视点", "纵览", "探访", "百科"]
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_STOP = set(
    re.findall(
        r"\S+",
        "一个 这个 那个 他们 我们 她们 它们 其中 以及 并且 但是 因为 所以 由于 如果 可以 没有 "
        "已经 进行 成为 之后 之前 以后 以来 时候 目前 当时 由此 此外 同时 开始 主要 这些 那些 "
        "位于 包括 之一 其他 通过 作为 并不 不是 就是 还是 这样 非常 曾经 一些 一直 "
        "因此 后来 第一 逐渐 能够 之所以 对于 关于 随着 方面 只能 自己 "
        "一起 不能 这里 那里 所有 许多 以上 以下 其后 然后 不过 只是 其实 最后",
    )
)


def sentences() -> list[str]:
    """The corpus sentences, markers removed, each closed by a full stop."""
    out = []
    for line in SENTENCES.read_text("utf-8").splitlines():
        s = line.replace("\u2581", "").strip()
        if len(s) < 6:
            continue
        if s[-1] not in "。！？”":
            s = s.rstrip("，、；：,;:") + "。"
        out.append(s)
    return out


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def _words(text: str) -> list[str]:
    """Content words of *text*: 2–4 Chinese characters, not function words, first use."""
    seen: list[str] = []
    for w in jieba.lcut(text):
        if _CJK_WORD.match(w) and w not in _STOP and w not in seen:
            seen.append(w)
    return seen


def _salient(text: str, body: str, n: int = 6) -> list[str]:
    """The *n* words of *text* the whole story uses most, in reading order."""
    words = _words(text)
    top = sorted(words, key=lambda w: -body.count(w))[:n]
    return [w for w in words if w in top]


def _phrase(words: list[str], rng: random.Random, lo: int, hi: int) -> str | None:
    """Words picked in reading order (the first, most salient, always) run together."""
    if len(words) < 2:
        return None
    for _ in range(20):
        k = rng.randint(2, min(4, len(words)))
        picked = sorted(rng.sample(range(len(words)), k))
        out = "".join(words[i] for i in picked)
        if lo <= len(out) <= hi:
            return out
    return None


def _headline(words: list[str], body: str, rng: random.Random) -> str | None:
    for _ in range(10):
        head = _phrase(words, rng, 6, 16)
        if head is None:
            return None
        if head in body:
            continue  # a verbatim stretch of the body: not a headline
        r = rng.random()
        if r < 0.15:
            w = next(w for w in words if w in head)
            head = head.replace(w, f"“{w}”", 1)
        elif r < 0.25 and len(head) <= 12:
            lead = rng.choice(words[-3:])
            if lead not in head:
                head = f"{lead}：{head}"
        return head
    return None


def _byline(rng: random.Random, kind: str) -> str | None:
    if kind == "commentary":
        return rng.choice(["评论员", "特约评论员"]) + _name(rng)
    r = rng.random()
    if r < 0.1:
        return None
    if r < 0.4:
        return "记者" + _name(rng)
    if r < 0.55:
        return "通讯员" + _name(rng)
    if r < 0.75:
        return f"记者{_name(rng)} 通讯员{_name(rng)}"
    if r < 0.85:
        return f"通讯员{_name(rng)} 见习记者{_name(rng)}"
    if r < 0.93:
        return f"全媒体记者{_name(rng)} {_name(rng)}"
    return f"{_name(rng)} {_name(rng)}"  # names only: printed under the title


class _Corpus:
    """The sentences and, for each content word, the sentences that use it."""

    def __init__(self) -> None:
        self.sents = sentences()
        index: dict[str, list[int]] = {}
        for k, sent in enumerate(self.sents):
            for w in _words(sent):
                index.setdefault(w, []).append(k)
        self.index = index
        self.topics = sorted(w for w, ks in index.items() if 6 <= len(ks) <= 300)
        #: Sentences already printed: no two stories (or paragraphs) share one, or the
        #: truth would be ambiguous (a gold anchor found in two stories).
        self.used: set[int] = set()

    def _take(self, k: int) -> int:
        if len(self.used) >= len(self.sents):
            self.used.clear()  # the corpus is spent: start over
        while k in self.used:
            k = (k + 1) % len(self.sents)
        self.used.add(k)
        return k

    def paragraphs(self, rng: random.Random) -> list[str]:
        """3–10 paragraphs of 2–6 sentences about one topic word, as a story keeps to its
        subject: each paragraph leads with a sentence naming the topic and goes on with
        more of them or with the sentences that follow it in the corpus."""
        topic = rng.choice(self.topics)
        pool = [k for k in self.index[topic] if k not in self.used]
        rng.shuffle(pool)
        out = []
        for _ in range(rng.randint(3, 10)):
            k = self._take(pool.pop() if pool else rng.randrange(len(self.sents)))
            run = [k]
            for _ in range(rng.randint(1, 5)):
                pool = [j for j in pool if j not in self.used]
                if pool and rng.random() < 0.5:
                    run.append(self._take(pool.pop()))
                else:
                    run.append(self._take((run[-1] + 1) % len(self.sents)))
            out.append("".join(self.sents[j] for j in run))
        return out


def make_story(story_cls: Any, corpus: _Corpus, rng: random.Random) -> Any:
    """One synthetic story as a ``relay_story.Story``."""
    r = rng.random()
    kind = "photo" if r < 0.08 else "commentary" if r < 0.16 else "article"
    if kind == "photo":
        para = corpus.paragraphs(rng)[0]
        cap = "".join(re.findall(r".+?[。！？]”?", para)[: rng.randint(1, 2)]) or para
        words = _salient(cap, cap)
        title = _headline(words, cap, rng)
        return story_cls(kind, title, None, None, _name(rng), [("paragraph", cap)])
    paras = corpus.paragraphs(rng)
    body = "".join(paras)
    words = _salient(paras[0], body)
    title = _headline(words, body, rng)
    subtitle = None
    if title and rng.random() < 0.25:
        deck = _phrase(_salient(paras[1], body), rng, 8, 18)
        if deck and re.sub(r"[“”：]", "", title).find(deck) < 0:  # a deck says more
            dashed = rng.random() < 0.3
            # … in more words, in smaller type (in real news collected for the relay, 17
            # decks in 21 run longer than their title, and 19 lines in 21 shorter than
            # the line over them are the main title, under its kicker): a shorter line
            # under a title is no deck unless a dash marks it
            if dashed or len(deck) >= len(title):
                subtitle = "——" + deck if dashed else deck
    kicker = None
    r = rng.random()
    if title and r < 0.15:
        keys = _salient(body, body, 5)
        keys = rng.sample(keys, min(3, len(keys)))
        kicker = f"【{rng.choice(_BRACKET)}】关键词：" + "；".join(keys)
    elif title and r < 0.25:
        kicker = rng.choice(_LABELS)
    blocks: list[tuple[str, str]] = []
    with_subs = kind == "article" and len(paras) >= 5 and rng.random() < 0.25
    for k, p in enumerate(paras):
        if with_subs and k > 0 and k % 2 == 1:
            words = _salient(p, body, 4)
            if rng.random() < 0.7:  # a section's subhead mostly names the story's subject
                top = _salient(body, body, 2)
                words = [w for w in top if w not in words][:1] + words
            sub = _phrase(words, rng, 4, 12)
            if sub:
                blocks.append(("subhead", sub))
        blocks.append(("paragraph", p))
    return story_cls(kind, title, subtitle, kicker, _byline(rng, kind), blocks)


def story_pool(story_cls: Any, seed: int, size: int = 250) -> list[Any]:
    """*size* stories drawn from the corpus with a stream of their own (seeded by *seed*)."""
    jieba.setLogLevel(60)
    corpus = _Corpus()
    rng = random.Random(f"cpp:{seed}")
    out = []
    while len(out) < size:
        st = make_story(story_cls, corpus, rng)
        if st.title:  # the relay lays out titled stories
            out.append(st)
    return out
