"""Opening a long article with many highlights in the reader pane.

Builds an article of about 5,000 characters from the seed pages, gives it 200 highlights (a
quarter with notes), and times ``ReaderView.show_article`` followed by a full paint of the
viewport, median of several runs, offscreen.

    uv run python benchmarks/reader.py [--chars 5000] [--highlights 200] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.core import cleaning
from desktop.core.models import COLORS, Annotation, Article, Block
from desktop.gui.reader.view import ReaderView

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def long_article(chars: int) -> Article:
    paragraphs: list[str] = []
    for page in sorted(SEEDS.glob("*.txt")):
        text, _ = cleaning.decode(page.read_bytes())
        for art in cleaning.clean_page(text, page.name).articles:
            paragraphs += [b.text for b in art.blocks if b.type == "paragraph"]
    blocks, total = [], 0
    for i, p in enumerate(paragraphs):
        if total >= chars:
            break
        blocks.append(Block("subhead" if i % 9 == 8 else "paragraph", p))
        total += len(p) + 1
    return Article(source="bench", title="长文章基准测试", byline="记者 基准", blocks=blocks, id=1)


def highlights(article: Article, n: int, rng: random.Random) -> list[Annotation]:
    text = article.text
    anns = []
    for i in range(n):
        start = rng.randrange(0, len(text) - 20)
        end = start + rng.randrange(2, 20)
        anns.append(
            Annotation(
                f"u{i}",
                1,
                start,
                end,
                text[start:end],
                color=COLORS[i % 5],
                note="笔记" if i % 4 == 0 else "",
            )
        )
    return anns


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--highlights", type=int, default=200)
    ap.add_argument("--runs", type=int, default=15)
    a = ap.parse_args()
    app = QApplication([])
    view = ReaderView()
    view.resize(900, 800)
    view.show()
    article = long_article(a.chars)
    anns = highlights(article, a.highlights, random.Random(1))
    other = Article(source="bench", title="另一篇", blocks=[Block("paragraph", "短文。")], id=2)
    times = []
    for _ in range(a.runs + 1):
        view.show_article(other, [])
        app.processEvents()
        t0 = time.perf_counter()
        view.show_article(article, anns)
        view.viewport().repaint()
        times.append(time.perf_counter() - t0)
    times = times[1:]  # the first run warms fonts and caches
    print(f"article {len(article.text)} chars, {len(anns)} highlights, {a.runs} runs")
    print(
        f"open + paint: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
