"""Pinyin in context on the CPP polyphone benchmark, and the cost of the reading stack.

Prints accuracy on the dev split (and on its two halves: even lines chose the combination
weights in ``desktop/core/reading/pinyin.py``, odd lines confirm them), the same for
pypinyin alone and g2pM alone, latency p50/p95 per sentence and per tooltip lookup, the
load time of each part and the process RSS.

    uv run python benchmarks/pinyin.py [--data benchmarks/data/cpp] [--limit N]
"""

from __future__ import annotations

import argparse
import importlib
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

MARK = "\u2581"


def load_split(folder: Path, name: str = "dev") -> list[tuple[str, int, str]]:
    """(sentence, position of the tested character, label with ü as v) per line."""
    sents = (folder / f"{name}.sent").read_text(encoding="utf-8").splitlines()
    labels = (folder / f"{name}.lb").read_text(encoding="utf-8").splitlines()
    out = []
    for sent, label in zip(sents, labels, strict=True):
        pos = sent.index(MARK)
        out.append((sent.replace(MARK, ""), pos, label.strip().replace("u:", "v")))
    return out


def rss_mb() -> float:
    """Current resident set size in MB (Linux), else peak RSS."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def accuracy(
    items: Sequence[tuple[str, int, str]], read: Callable[[str], Sequence[str | None]]
) -> tuple[float, float, float]:
    """Accuracy on all items, on the even-numbered half (A) and the odd-numbered half (B)."""
    hits = [read(sent)[pos] == label for sent, pos, label in items]
    return (
        sum(hits) / len(hits),
        sum(hits[0::2]) / len(hits[0::2]),
        sum(hits[1::2]) / len(hits[1::2]),
    )


def percentiles(samples: list[float]) -> str:
    qs = statistics.quantiles(samples, n=100)
    return f"p50 {qs[49] * 1000:6.2f} ms   p95 {qs[94] * 1000:6.2f} ms"


class Load:
    """Seconds and RSS deltas (MB) of loading each part of the reading stack."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.rss: dict[str, float] = {}
        self.cache = Path(tempfile.mkdtemp(prefix="dubao-bench-"))

    def step(self, name: str, fn: Callable[[], object]) -> None:
        rss, t = rss_mb(), time.perf_counter()
        fn()
        self.seconds[name] = time.perf_counter() - t
        self.rss[name] = rss_mb() - rss


def load_stack() -> Load:
    load = Load()
    load.step(
        "import desktop.core.reading", lambda: importlib.import_module("desktop.core.reading")
    )
    from desktop.core import reading
    from desktop.core.reading import dictionary, pinyin, segment

    reading.set_cache_dir(load.cache)
    load.step("dictionary build (once)", lambda: dictionary.build(load.cache))
    load.step("dictionary open", reading.get_dictionary)
    load.step("jieba", segment.warm_up)
    load.step("pypinyin + g2pM", pinyin.warm_up)
    return load


def report_accuracy(items: Sequence[tuple[str, int, str]]) -> list[float]:
    """Print accuracy of pypinyin, the model alone and the combination; return latencies."""
    from desktop.core.reading import pinyin

    stack = pinyin._get_stack()

    def g2pm_only(sent: str) -> list[str | None]:
        base, _ = stack.base(sent)
        for i, dist in stack.model.predict(sent).items():
            if dist and base[i]:
                base[i] = max(dist, key=dist.__getitem__)
        return base

    latencies: list[float] = []

    def timed(sent: str) -> Sequence[str | None]:
        t = time.perf_counter()
        out = pinyin.sentence_pinyin(sent)
        latencies.append(time.perf_counter() - t)
        return out

    print(f"{'':28}{'all':>8}{'A':>8}{'B':>8}")
    for name, fn in (
        ("pypinyin (sentence)", lambda s: stack.base(s)[0]),
        ("g2pM model alone", g2pm_only),
        ("dubao (combined)", timed),
    ):
        acc = accuracy(items, fn)
        print(f"{name:28}" + "".join(f"{a * 100:7.2f}%" for a in acc))
    return latencies


def report_lookups(items: Sequence[tuple[str, int, str]]) -> None:
    """Tooltip lookups at random positions: first on unseen sentences, then again."""
    from desktop.core import reading
    from desktop.core.reading import pinyin, segment

    rng = random.Random(0)
    sample = rng.sample(list(items), min(1000, len(items)))
    pinyin.clear_cache()
    pinyin._get_stack().word.cache_clear()  # conservative: no word read before either
    segment.clear_cache()
    for label in ("new sentence", "seen sentence"):
        wall: list[float] = []
        cpu: list[float] = []
        for sent, _, _ in sample:
            pos = rng.randrange(len(sent))
            t, c = time.perf_counter(), time.thread_time()
            reading.lookup(sent, pos)
            wall.append(time.perf_counter() - t)
            cpu.append(time.thread_time() - c)
        print(f"tooltip lookup, {label + ':':15} {percentiles(wall)}   (CPU {percentiles(cpu)})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).parent / "data" / "cpp")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N sentences")
    args = ap.parse_args(argv)
    items = load_split(args.data)
    if args.limit:
        items = items[: args.limit]
    rss0 = rss_mb()
    load = load_stack()
    rss1 = rss_mb()

    print(f"CPP dev split ({args.data}): {len(items)} sentences; halves A (even lines), B (odd)")
    latencies = report_accuracy(items)
    print(f"\nsentence_pinyin, uncached:     {percentiles(latencies)}")
    report_lookups(items)
    print("\nload (time, RSS added):")
    for name, seconds in load.seconds.items():
        print(f"  {name:30} {seconds * 1000:7.0f} ms  {load.rss[name]:+5.0f} MB")
    print(f"RSS: {rss0:.0f} MB before, {rss1:.0f} MB after loading, {rss_mb():.0f} MB at end")
    from desktop.core import reading

    reading.set_cache_dir(load.cache)  # closes the dictionary before its folder goes
    shutil.rmtree(load.cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
