"""Quality gate: the gold scorer on the hand-made gold pages, with floors that only go up."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desktop.core.cleaning import clean_pages

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"

#: Floors at (or just under) what the cleaner reaches today.  Raise them; never lower them.
FLOORS = {
    "segment_f1": 1.0,
    "title_acc": 1.0,
    "probe_acc": 1.0,
    "paras_exact": 1.0,
    "byline_acc": 1.0,
    "complete_acc": 1.0,
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def summary(seeds: list[tuple[str, str]]) -> dict[str, Any]:
    pages = clean_pages(seeds)
    pred = [json.loads(json.dumps(a.to_dict())) for p in pages for a in p.articles]
    score = _scorer()
    files = sorted(str(p) for p in GOLD.glob("*.json"))
    _rows, t = score.score(pred, files)
    clean_rec = t["clean"] / max(t["gold"], 1)
    prec = t["pred_matched"] / max(t["pred"], 1)
    return {
        "segment_f1": 2 * clean_rec * prec / max(clean_rec + prec, 1e-9),
        "title_acc": t["title"] / max(t["titled"], 1),
        "probe_acc": t["probes_ok"] / max(t["probes"], 1),
        "paras_exact": t["paras_exact"] / max(t["matched"], 1),
        "byline_acc": t["byline"] / max(t["bylined"], 1),
        "complete_acc": t["complete_ok"] / max(t["matched"], 1),
        "spaced": t["spaced"],
        "found": t["matched"],
        "gold": t["gold"],
    }


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(summary: dict[str, Any], metric: str) -> None:
    assert summary[metric] >= FLOORS[metric] - 1e-9, summary


def test_every_gold_item_found(summary: dict[str, Any]) -> None:
    assert summary["found"] == summary["gold"]


def test_no_spaced_out_runs(summary: dict[str, Any]) -> None:
    assert summary["spaced"] == 0
