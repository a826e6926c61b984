"""Search benchmark: whoosh index vs. an SQLite FTS5 bigram table on synthetic libraries.

    uv run python benchmarks/search.py [--sizes 1000,10000,50000] [--queries 60]

Each size runs in its own process so peak RSS is per size.  Articles are re-mixed seed
paragraphs (seeds/*.txt, line breaks inside paragraphs joined as the cleaner does).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.search import IndexDoc, SearchIndex, fold
from desktop.core.search.analysis import query_grams

ROOT = Path(__file__).resolve().parent.parent
PAPERS = ("人民日报", "杭州日报", "工人日报", "浙江日报", "中国青年报", "Ｃｈｉｎａ Ｄａｉｌｙ")
NAMES = ("吴晓静", "姚似璐", "李善科", "王海峰", "陈丽", "张伟", "刘洋", "Ｌｉ Ｍｉｎｇ")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


def seed_paragraphs() -> list[str]:
    """Paragraphs of the seed pages with the hard line breaks of the raw text removed."""
    paras: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            text = "".join(line.strip() for line in block.splitlines())
            if len(text) >= 8:
                paras.append(text)
    return paras


def synthetic_docs(n: int, seed: int = 7) -> Iterator[IndexDoc]:
    """``n`` articles of 3–12 random seed paragraphs each (~1,000 characters on average)."""
    paras = seed_paragraphs()
    rng = random.Random(seed)
    for i in range(n):
        title_src = rng.choice(paras)
        cut = rng.randrange(max(1, len(title_src) - 20))
        body = "\n".join(rng.choice(paras) for _ in range(rng.randint(3, 12)))
        yield IndexDoc(
            id=i + 1,
            title=title_src[cut : cut + rng.randint(8, 20)],
            byline=f"记者 {rng.choice(NAMES)}",
            paper=rng.choice(PAPERS),
            body=body,
        )


def sample_queries(count: int, seed: int = 11) -> dict[str, list[str]]:
    """2-, 3-, 4-character substrings of Han runs, and two-word queries."""
    rng = random.Random(seed)
    runs = [m.group() for p in seed_paragraphs() for m in _HAN_RUN.finditer(p)]

    def piece(k: int) -> str:
        run = rng.choice([r for r in runs if len(r) >= k])
        start = rng.randrange(len(run) - k + 1)
        return run[start : start + k]

    return {
        "2 chars": [piece(2) for _ in range(count)],
        "3 chars": [piece(3) for _ in range(count)],
        "4 chars": [piece(4) for _ in range(count)],
        "2 words": [f"{piece(2)} {piece(rng.choice((2, 3)))}" for _ in range(count)],
    }


def _bigram_column(text: str) -> str:
    t = fold(text)
    return " ".join(t[i : i + 2] for i in range(len(t) - 1) if t[i : i + 2].isalnum())


def build_fts(path: Path, docs: list[IndexDoc]) -> float:
    start = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(title, grams)")
    db.executemany(
        "INSERT INTO fts(rowid, title, grams) VALUES (?, ?, ?)",
        (
            (d.id, _bigram_column(d.title), _bigram_column("\n".join(d.texts().values())))
            for d in docs
        ),
    )
    db.commit()
    db.close()
    return time.perf_counter() - start


def fts_query(text: str) -> str:
    phrases = []
    for word in text.split():
        grams = query_grams(fold(word))
        phrases.append('grams:"' + " ".join(grams) + '"')
    return " AND ".join(phrases)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _time_queries(run: Callable[[str], object], queries: list[str]) -> tuple[float, float]:
    for q in queries[:5]:
        run(q)  # warm caches
    samples = []
    for q in queries:
        start = time.perf_counter()
        run(q)
        samples.append((time.perf_counter() - start) * 1000)
    return _percentiles(samples)


def _current_rss_mb() -> float:
    """Resident memory now (Linux), as opposed to ``ru_maxrss``, the high-water mark."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return float("nan")
    return pages * resource.getpagesize() / 2**20


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def worker(size: int, nqueries: int, words: bool) -> dict[str, object]:
    """Benchmark one library size in this process; returns the figures as a dict."""
    tmp = Path(tempfile.mkdtemp(prefix="dubao-bench-"))
    try:
        docs = list(synthetic_docs(size))
        chars = sum(len(d.body) for d in docs)
        index = SearchIndex(tmp / "index", words=words)
        index.open()
        start, cpu = time.perf_counter(), time.process_time()
        index.rebuild(docs)
        build_s, build_cpu_s = time.perf_counter() - start, time.process_time() - cpu
        index.open()
        rss_build = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        fts_s = build_fts(tmp / "fts.db", docs)
        db = sqlite3.connect(tmp / "fts.db")

        def run_fts(q: str) -> object:
            m = fts_query(q)
            db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (m,)).fetchone()
            return db.execute(
                "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 50", (m,)
            ).fetchall()

        latency: dict[str, dict[str, float]] = {}
        totals: dict[str, float] = {}
        for kind, queries in sample_queries(nqueries).items():
            p50, p95 = _time_queries(lambda q: index.search(q, limit=50), queries)
            f50, f95 = _time_queries(run_fts, queries)
            latency[kind] = {"p50": p50, "p95": p95, "fts_p50": f50, "fts_p95": f95}
            totals[kind] = statistics.mean(index.search(q, limit=1).total for q in queries)
        rss_now = _current_rss_mb()
        page = [
            IndexDoc(id=d.id, title=d.title, byline=d.byline, paper=d.paper, body=d.body + "更新")
            for d in docs[:10]
        ]
        update_s = []
        for _ in range(3):
            start = time.perf_counter()
            index.update(page)
            update_s.append(time.perf_counter() - start)
        return {
            "size": size,
            "body_chars": chars,
            "build_s": build_s,
            "build_cpu_s": build_cpu_s,
            "words": words,
            "fts_build_s": fts_s,
            "index_mb": _dir_size(tmp / "index") / 1e6,
            "fts_mb": (tmp / "fts.db").stat().st_size / 1e6,
            "rss_build_mb": rss_build,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_now_mb": rss_now,
            "update_page_s": max(update_s),
            "latency_ms": latency,
            "mean_total": totals,
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def print_table(rows: list[dict[str, object]]) -> None:
    print(
        "\nsize    words  build s  CPU s  CPU s/1k  FTS build s  index MB  FTS MB"
        "  peak RSS MB build/all  RSS MB after queries  update 10 docs s"
    )
    for r in rows:
        size = int(r["size"])  # type: ignore[call-overload]
        cpu = float(r["build_cpu_s"])  # type: ignore[arg-type]
        print(
            f"{size:<7} {r['words']!s:6} {r['build_s']:7.1f} {cpu:6.1f} {cpu / size * 1000:9.2f}"
            f" {r['fts_build_s']:12.1f} {r['index_mb']:9.1f} {r['fts_mb']:7.1f}"
            f" {r['rss_build_mb']:10.0f}/{r['rss_mb']:<10.0f} {r['rss_now_mb']:20.0f}"
            f" {r['update_page_s']:17.2f}"
        )
    print("\nsize    query     mean hits  p50 ms  p95 ms  FTS p50  FTS p95  p50 ratio  p95 ratio")
    for r in rows:
        lat: dict[str, dict[str, float]] = r["latency_ms"]  # type: ignore[assignment]
        totals: dict[str, float] = r["mean_total"]  # type: ignore[assignment]
        for kind, m in lat.items():
            print(
                f"{r['size']:<7} {kind:9} {totals[kind]:9.0f} {m['p50']:7.1f} {m['p95']:7.1f}"
                f" {m['fts_p50']:8.2f} {m['fts_p95']:8.2f}"
                f" {m['p50'] / max(m['fts_p50'], 1e-3):10.1f}"
                f" {m['p95'] / max(m['fts_p95'], 1e-3):10.1f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--queries", type=int, default=60, help="queries per kind")
    parser.add_argument("--no-words", action="store_true", help="index without jieba words")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.queries, not args.no_words)))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--worker", str(size), "--queries", str(args.queries)]
        if args.no_words:
            cmd.append("--no-words")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"{size}: done", file=sys.stderr, flush=True)
    print_table(rows)


if __name__ == "__main__":
    main()
