"""Test libraries for search: articles made from the seed pages plus mixed-script pieces."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.models import Article, Block
from desktop.core.search import IndexDoc, SearchIndex, doc_from_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Latin, digits, full-width forms, emoji, odd case: the parts of real pages that trip search.
MIXED = (
    "DeepSeek",
    "ＡＩ",
    "６５",
    "B1",
    "Ｃｈｉｎａ Ｄａｉｌｙ",
    "2025年",
    "😀",
    "İstanbul",
    "ﬁnance",
    "Wi-Fi",
    "３Ｄ打印",
    "　",
    "GDP增长5.2%",
    "iPhone 16",
)


def seed_paragraphs() -> list[str]:
    """Seed paragraphs with the raw text's hard line breaks joined, as the cleaner does."""
    paras: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            text = "".join(line.strip() for line in block.splitlines())
            if len(text) >= 6:
                paras.append(text)
    return paras


def _sprinkle(rng: random.Random, text: str) -> str:
    """Insert a mixed-script piece at a random place."""
    if rng.random() < 0.5:
        return text
    i = rng.randrange(len(text) + 1)
    return text[:i] + rng.choice(MIXED) + text[i:]


def make_articles(n: int, seed: int = 1) -> list[Article]:
    """``n`` stored articles (ids 1…n) with every searchable part filled now and then."""
    rng = random.Random(seed)
    paras = seed_paragraphs()
    articles = []
    for i in range(1, n + 1):
        blocks = [
            Block("paragraph", _sprinkle(rng, rng.choice(paras))) for _ in range(rng.randint(1, 4))
        ]
        if rng.random() < 0.3:
            blocks.append(Block("caption", _sprinkle(rng, rng.choice(paras)[:30])))
        if rng.random() < 0.3:
            cells = [rng.choice(paras)[:6] for _ in range(4)]
            blocks.append(
                Block("table", rows=(("项目", "数量"), tuple(cells[:2]), tuple(cells[2:])))
            )
        title = rng.choice(paras)
        start = rng.randrange(max(1, len(title) - 12))
        articles.append(
            Article(
                source=f"page{i // 5}.txt",
                title=_sprinkle(rng, title[start : start + rng.randint(6, 16)]),
                subtitle=rng.choice(paras)[:14] if rng.random() < 0.3 else None,
                kicker=rng.choice(paras)[:6] if rng.random() < 0.2 else None,
                byline=f"记者 {rng.choice(['吴晓静', '姚似璐', 'Li Ming'])}"
                if rng.random() < 0.5
                else None,
                publication=rng.choice(["人民日报", "杭州日报", "Ｃｈｉｎａ Ｄａｉｌｙ"]),
                blocks=blocks,
                id=i,
            )
        )
    return articles


def docs_of(articles: list[Article]) -> list[IndexDoc]:
    """Index documents, every third with two reader's notes taken from its own text."""
    docs = []
    for a in articles:
        text = a.text
        notes = [f"笔记：{text[:5]}", f"Note {a.id}: {text[-4:]}"] if (a.id or 0) % 3 == 0 else []
        docs.append(doc_from_article(a, notes))
    return docs


def texts_of(docs: list[IndexDoc]) -> dict[int, dict[str, str]]:
    """Article id → field → original text: the ground truth search must agree with."""
    return {d.id: d.texts() for d in docs}


def build_index(folder: Path, docs: list[IndexDoc], *, words: bool = True) -> SearchIndex:
    index = SearchIndex(folder, words=words)
    index.open()
    assert index.rebuild(docs)
    return index


@pytest.fixture(scope="session")
def library(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[SearchIndex, list[IndexDoc]]]:
    """A built index of 120 articles, shared by the read-only tests."""
    docs = docs_of(make_articles(120))
    index = build_index(tmp_path_factory.mktemp("lib") / "index", docs)
    yield index, docs
    index.close()
