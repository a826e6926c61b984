"""Import cost as the library grows: time per page at the start and at the end.

Pages are made of random Han text drawn from the seed pages' characters (five articles of six
paragraphs each, laid in 14-character lines with bylines), so no two articles are editions of
one story and the figure shows the per-page cost, which must not grow with the library.

    uv run python benchmarks/import.py [--pages 600]
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from desktop.core.store import Library

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def make_page(rng: random.Random, chars: list[str]) -> str:
    lines: list[str] = []
    for _ in range(5):
        lines.append("本报讯 记者王" + "".join(rng.choice(chars) for _ in range(2)) + "报道 ")
        for _ in range(6):
            para = "".join(rng.choice(chars) for _ in range(rng.randint(60, 200))) + "。"
            lines += [para[i : i + 14] for i in range(0, len(para), 14)] + [""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=600)
    a = ap.parse_args()
    seed_text = "".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    chars = [c for c in seed_text if "\u4e00" <= c <= "\u9fff"]
    rng = random.Random(1)
    pages = [make_page(rng, chars) for _ in range(a.pages)]
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp))
        times = []
        for i, text in enumerate(pages):
            t0 = time.perf_counter()
            lib.import_text(text, f"page{i}.txt")
            times.append(time.perf_counter() - t0)
        n = max(1, len(times) // 20)
        print(f"{a.pages} pages, {lib.article_count()} articles, total {sum(times):.1f} s")
        print(
            f"per page: first {n} {sum(times[:n]) / n * 1000:.0f} ms, "
            f"last {n} {sum(times[-n:]) / n * 1000:.0f} ms; "
            f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
        )
        lib.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
