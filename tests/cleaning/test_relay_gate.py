"""Quality gates on pages the cleaner never saw, laid out by benchmarks/relay.py.

Two story sources: ``seeds`` (the seed stories re-laid) and ``cpp`` (synthetic news built by
benchmarks/relay_cpp.py from sentences the cleaner was never developed on).  The pages are
generated afresh from fixed random seeds — the first 40 pages of the ``confirm`` half of each
source's default run — cleaned, and scored with the gold scorer.  Floors sit at or just under
today's numbers: raise them, never lower them.

One exception, on the record: the ``cpp`` segment floor went from 0.925 to 0.90 in two
steps, when a line sharing no words with the story above it became a title (without a
credit under it; then with a single word in common with the text under it).  In real news
laid out by ``relay.py --source FILE.json`` such lines were titles 70 times in 74 (71 in
75 for the second step) and segment F1 rose by 0.01–0.03.  The synthetic source prints 30 %
of its subheads with no word of the story above and some of the text under them; on the
re-laid seed pages none of 213 subheads is like that.  One such story, laid out three times
in the gate's pages, accounts for most of the drop.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desktop.core.cleaning import clean_page

ROOT = Path(__file__).resolve().parents[2]

FLOORS = {
    "seeds": {"segment_f1": 0.99, "title_acc": 0.975, "probe_acc": 0.995, "paras_exact": 0.99},
    "cpp": {"segment_f1": 0.90, "title_acc": 0.95, "probe_acc": 0.996, "paras_exact": 0.85},
}


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def _summary(source: str, gold_dir: Path) -> dict[str, Any]:
    relay = _load(ROOT / "benchmarks" / "relay.py", "dubao_relay_benchmark")
    score = _load(ROOT / "tests" / "gold" / "score.py", "gold_score")
    pool = relay.cpp_pool(7) if source == "cpp" else relay.story_pool()
    suffix = "c" if source == "cpp" else ""
    pred: list[dict[str, Any]] = []
    for n in range(1, 80, 2):
        name = f"{n:03d}_relay7{suffix}.txt"
        text, gold = relay.make_page(pool, random.Random(7 * 100_003 + n), name)
        (gold_dir / name.replace(".txt", ".json")).write_text(json.dumps(gold), "utf-8")
        pred += [json.loads(json.dumps(a.to_dict())) for a in clean_page(text, name).articles]
    _rows, t = score.score(pred, sorted(str(p) for p in gold_dir.glob("*.json")))
    clean_rec = t["clean"] / max(t["gold"], 1)
    prec = t["pred_matched"] / max(t["pred"], 1)
    return {
        "segment_f1": 2 * clean_rec * prec / max(clean_rec + prec, 1e-9),
        "title_acc": t["title"] / max(t["titled"], 1),
        "probe_acc": t["probes_ok"] / max(t["probes"], 1),
        "paras_exact": t["paras_exact"] / max(t["matched"], 1),
        "spaced": t["spaced"],
    }


@pytest.fixture(scope="module", params=sorted(FLOORS))
def summary(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, Any]]:
    source = str(request.param)
    return source, _summary(source, tmp_path_factory.mktemp(f"relay_{source}"))


@pytest.mark.parametrize("metric", ["segment_f1", "title_acc", "probe_acc", "paras_exact"])
def test_floor(summary: tuple[str, dict[str, Any]], metric: str) -> None:
    source, numbers = summary
    assert numbers[metric] >= FLOORS[source][metric] - 1e-9, (source, numbers)


def test_no_spaced_out_runs(summary: tuple[str, dict[str, Any]]) -> None:
    assert summary[1]["spaced"] == 0
