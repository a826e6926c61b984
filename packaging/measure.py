"""Size and start-up time of a built Dubao: the numbers to report for a release.

Start-up is measured as ``benchmarks/startup.py`` does for the source tree, but on the frozen
executable: wall time from process start until it prints ``first-article-painted``, and the
app's own figure (from the import of ``desktop.app``), medians over several runs, on a fresh
library ("first": imports the seed pages) and on one that already holds them ("warm").

    python packaging/measure.py [dist/dubao/dubao] [--deb dist/dubao_*.deb] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

PROBE = "first-article-painted"
ROOT = Path(__file__).resolve().parent.parent


def start_once(exe: str, home: Path) -> tuple[float, float]:
    """(wall seconds to the first painted article, the app's own figure)."""
    env = {**os.environ, "DUBAO_HOME": str(home), "DUBAO_STARTUP_PROBE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen([exe], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    wall = inner = float("nan")
    for line in proc.stdout:
        if line.startswith(PROBE.encode()):
            wall, inner = time.perf_counter() - t0, float(line.split()[1])
    _out, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or wall != wall:
        raise SystemExit(f"{exe} exited {proc.returncode} without '{PROBE}':\n{err.decode()}")
    return wall, inner


def tree_mb(path: Path) -> float:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("exe", nargs="?", default=str(ROOT / "dist" / "dubao" / "dubao"))
    ap.add_argument("--deb", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    exe = Path(a.exe).resolve()
    print(f"bundle  {exe.parent}: {tree_mb(exe.parent):.0f} MB")
    if a.deb:
        print(f"deb     {a.deb}: {a.deb.stat().st_size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        start_once(str(exe), Path(tmp) / "warm-up")  # fills the OS file cache; not counted
        firsts = [start_once(str(exe), Path(tmp) / f"first{i}") for i in range(a.runs)]
        warm = Path(tmp) / "warm"
        start_once(str(exe), warm)
        warms = [start_once(str(exe), warm) for _ in range(a.runs)]
    for name, runs in (("first start", firsts), ("warm start", warms)):
        wall = statistics.median(r[0] for r in runs)
        inner = statistics.median(r[1] for r in runs)
        print(f"{name:12} first article painted: {wall:.2f} s wall, {inner:.2f} s in-app")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
