"""Start-up time and memory: process start until the first article is painted, and peak RSS.

Runs the real app (offscreen unless --platform says otherwise) several times on a library that
already holds the seed pages ("warm": the usual start) and on an empty home ("first": the first
start, which imports the seeds), and prints the medians as a table.

    uv run python benchmarks/startup.py [--runs 7] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = "first-article-painted"


def run_once(home: Path, platform: str) -> tuple[float, float, float]:
    """(wall seconds to first paint as seen from outside, same seen inside, peak RSS MB)."""
    env = {
        **os.environ,
        "DUBAO_HOME": str(home),
        "DUBAO_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": platform,
    }
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = inner = float("nan")
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(PROBE):
            wall = time.perf_counter() - t0
            inner = float(line.split()[1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status != 0 or wall != wall:
        err = proc.stderr.read() if proc.stderr else ""
        raise SystemExit(f"app did not report a painted article (status {status}):\n{err}")
    return wall, inner, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--platform", default="offscreen")
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        run_once(Path(tmp) / "warm-up", a.platform)  # writes bytecode caches; not counted
        firsts = [run_once(Path(tmp) / f"first{i}", a.platform) for i in range(max(3, a.runs // 2))]
        warm_home = Path(tmp) / "warm"
        run_once(warm_home, a.platform)  # import the seeds once
        # ... and build the search index, as a first session would have done.
        subprocess.run(
            [sys.executable, "-m", "desktop", "--home", str(warm_home), "search", "工会"],
            capture_output=True,
            check=True,
        )
        warms = [run_once(warm_home, a.platform) for _ in range(a.runs)]
    for name, runs in (
        ("warm start (seeds imported)", warms),
        ("first start (imports seeds)", firsts),
    ):
        rows.append(
            (
                name,
                len(runs),
                statistics.median(r[0] for r in runs),
                statistics.median(r[1] for r in runs),
                statistics.median(r[2] for r in runs),
            )
        )
    own_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"python {sys.version.split()[0]}, platform {a.platform}, "
        f"{os.cpu_count()} cpus, benchmark RSS {own_rss} MB"
    )
    print(
        f"{'case':32} {'runs':>4} {'first paint s':>14} {'(app import→)':>13} {'peak RSS MB':>12}"
    )
    for name, n, wall, inner, rss in rows:
        print(f"{name:32} {n:>4} {wall:>14.3f} {inner:>13.3f} {rss:>12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
