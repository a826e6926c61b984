"""Cleaner throughput: pages per second and peak memory on synthetic re-laid pages.

The synthetic pages are made from the seed pages: their articles (as the cleaner reads
them) are laid out again in random narrow columns (11–25 characters), with column breaks
in mid-sentence, headlines collected at the end of the page, and spaced-out runs.

Usage::

    uv run python benchmarks/clean.py [--pages 3000] [--seed 1] [--repeat 1]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

from desktop.core.cleaning import clean_page, clean_pages
from desktop.core.models import Article

ROOT = Path(__file__).resolve().parents[1]


def _lay(text: str, width: int, rng: random.Random) -> list[str]:
    """One paragraph in a narrow column: indented first line, random column breaks."""
    lines: list[str] = []
    pos, first = 0, True
    while pos < len(text):
        w = width - 2 if first else width
        lines.append(text[pos : pos + w])
        pos += w
        first = False
        if pos < len(text) and rng.random() < 0.08:
            lines.append("")
    return lines


def _page(articles: list[Article], rng: random.Random) -> str:
    width = rng.randint(11, 25)
    body: list[str] = []
    heads: list[str] = []
    for a in articles:
        if a.byline:
            body.append(f"本报讯 {a.byline}报道 ")
        for b in a.blocks:
            if b.type == "paragraph":
                body.extend(_lay(b.text, width, rng))
                body.append("")
            elif b.type == "subhead":
                body += [b.text, ""]
        if a.title:
            heads += [a.title, ""]
    if rng.random() < 0.2 and len(body) > 3:
        k = rng.randrange(len(body))
        body[k] = " ".join(body[k])
    return "\n".join(body + heads)


def synthetic_pages(n: int, seed: int) -> list[tuple[str, str]]:
    """*n* (source, text) pages re-laid from the seed articles."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    pool = [a for p in seeds for a in clean_page(p.read_text("utf-8"), p.name).articles]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        arts = rng.sample(pool, k=min(len(pool), rng.randint(3, 7)))
        out.append((f"synthetic-{i:05d}.txt", _page(arts, rng)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="clean the pages this many times and report the fastest pass and the median "
        "(a shared machine's timings swing from run to run)",
    )
    args = ap.parse_args(argv)
    pages = synthetic_pages(args.pages, args.seed)
    chars = sum(len(t) for _, t in pages)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    passes = []
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        for source, text in pages:
            clean_page(text, source)
        passes.append(time.perf_counter() - t0)
    t1 = time.perf_counter()
    out = clean_pages(pages[: min(len(pages), 1000)])
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is KiB on Linux
    n_arts = sum(len(p.articles) for p in out)
    print(f"pages: {len(pages)} ({chars / len(pages):,.0f} chars each on average)")
    best = min(passes)
    print(f"clean_page: {best:.2f} s, {len(pages) / best:,.0f} pages/s", end="")
    if len(passes) > 1:
        median = sorted(passes)[len(passes) // 2]
        print(f" (fastest of {len(passes)} passes; median {median:.2f} s)", end="")
    print()
    n_linked = min(len(pages), 1000)
    linked = f"{n_linked:,} pages with edition linking, {n_arts} articles"
    print(f"clean_pages ({linked}): {t2 - t1:.2f} s")
    print(
        f"peak RSS: {rss * scale / 2**20:,.0f} MiB "
        f"(before cleaning {rss_before * scale / 2**20:,.0f} MiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
