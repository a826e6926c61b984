"""Export benchmark: every format on a library with 10,000 annotations (and 10,000 words).

    uv run python benchmarks/export.py [--annotations 10000] [--words 10000] [--repeat 3]

The library is the seed pages with annotations spread over their articles (every third one
with a note, all five colours), written straight into SQLite so setting up is quick.  Each
figure is the best of ``--repeat`` runs of the whole public call (``export_notes`` /
``export_vocabulary``: selection, writing, atomic rename).  The goal is under 5 s each.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop.core.anchoring import make_anchor
from desktop.core.export import (
    NOTE_FORMATS,
    VOCAB_FORMATS,
    export_notes,
    export_vocabulary,
    import_notes,
)
from desktop.core.models import COLORS
from desktop.core.store import Library
from desktop.core.store.library import now

ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 5.0


def build_library(home: Path, annotations: int, words: int) -> Library:
    library = Library.open(home)
    library.import_paths(sorted((ROOT / "seeds").glob("*.txt")))
    rng = random.Random(7)
    arts = [a for a in library.articles() if a.id is not None and len(a.text) > 40]
    stamp = now()
    ann_rows, word_rows = [], []
    for i in range(annotations):
        art = arts[i % len(arts)]
        text = art.text
        start = rng.randrange(0, len(text) - 30)
        a = make_anchor(text, start, start + rng.randrange(4, 30))
        note = f"第{i}条笔记：{text[start : start + 12]}" if i % 3 == 0 else ""
        ann_rows.append(
            {
                "uuid": str(uuid.uuid4()),
                "article_id": art.id,
                "start": a.start,
                "end": a.end,
                "quote": a.quote,
                "prefix": a.prefix,
                "suffix": a.suffix,
                "color": COLORS[i % len(COLORS)],
                "note": note,
                "detached": 0,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    for i in range(words):
        art = arts[i % len(arts)]
        start = rng.randrange(0, len(art.text) - 30)
        word = art.text[start : start + 2]
        word_rows.append(
            {
                "word": word,
                "pinyin": "ke1 ji4",
                "definition": f"meaning {i}",
                "sentence": art.text[max(0, start - 10) : start + 20],
                "article_id": art.id,
                "known": 0,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    with library.transaction() as db:
        db.table("annotations").insert_all(ann_rows, batch_size=1000)
        db.table("vocabulary").insert_all(word_rows, batch_size=1000)
    return library


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dubao-export-bench-") as tmp:
        folder = Path(tmp)
        library = build_library(folder / "home", args.annotations, args.words)
        print(f"{args.annotations} annotations, {args.words} words; best of {args.repeat}")
        rows: list[tuple[str, float, int]] = []
        for name, fmt in NOTE_FORMATS.items():
            dest = folder / f"notes{fmt.extension}"
            s = best_of(args.repeat, lambda n=name, d=dest: export_notes(library, n, d))
            rows.append((f"notes {name}", s, dest.stat().st_size))
        for name, fmt in VOCAB_FORMATS.items():
            dest = folder / f"words-{name}{fmt.extension}"
            s = best_of(args.repeat, lambda n=name, d=dest: export_vocabulary(library, n, d))
            rows.append((f"words {name}", s, dest.stat().st_size))
        fresh = Library.open(folder / "fresh")
        fresh.import_paths(sorted((ROOT / "seeds").glob("*.txt")))
        t = time.perf_counter()
        report = import_notes(fresh, folder / "notes.json")
        rows.append(("notes import (json, fresh library)", time.perf_counter() - t, 0))
        assert len(report.imported) == args.annotations, report.summary()
        for label, seconds, size in rows:
            mark = "ok" if seconds < GOAL_S else "SLOW"
            kb = f"{size / 1024:9.0f} KB" if size else " " * 12
            print(f"  {label:38} {seconds:6.2f} s {kb}  {mark}")
        fresh.close()
        library.close()


if __name__ == "__main__":
    main()
