"""Quality gate on stories the cleaner was never developed on: ``benchmarks/relay.py
--source cpp`` (synthetic news built from benchmarks/data/cpp sentences by
benchmarks/relay_cpp.py), the first 40 pages of its confirm half.  Floors sit at today's
numbers: raise them, never lower them."""

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
    "segment_f1": 0.80,
    "title_acc": 0.94,
    "probe_acc": 0.998,
    "paras_exact": 0.849,
}


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    relay = _load(ROOT / "benchmarks" / "relay.py", "dubao_relay_benchmark_cpp")
    score = _load(ROOT / "tests" / "gold" / "score.py", "gold_score_cpp")
    pool = relay.cpp_pool(7)
    gold_dir = tmp_path_factory.mktemp("relay_cpp_gold")
    pred: list[dict[str, Any]] = []
    for n in range(1, 80, 2):  # the confirm half of ``relay.py --source cpp``'s default run
        name = f"{n:03d}_relay7c.txt"
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


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(summary: dict[str, Any], metric: str) -> None:
    assert summary[metric] >= FLOORS[metric] - 1e-9, summary


def test_no_spaced_out_runs(summary: dict[str, Any]) -> None:
    assert summary["spaced"] == 0
