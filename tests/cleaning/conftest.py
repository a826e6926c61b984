"""Shared fixtures for the cleaner tests: the seed pages and the gold scorer."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.models import Article

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def seed_pages() -> list[tuple[str, str]]:
    """(source, text) of every seed page, in file order."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="session")
def seeds() -> list[tuple[str, str]]:
    return seed_pages()


def load_module(path: Path, name: str) -> Any:
    """A script of the repository (the gold scorer, a benchmark) imported as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


Scorer = Callable[[list[Article], list[Path]], dict[str, Any]]


@pytest.fixture(scope="session")
def gold_score() -> Scorer:
    """Score articles against gold files with ``tests/gold/score.py``: the summary figures
    (segment F1, title, probe, paragraph, byline and completeness accuracy, spaced runs)."""
    score = load_module(ROOT / "tests" / "gold" / "score.py", "gold_score")

    def run(articles: list[Article], gold_files: list[Path]) -> dict[str, Any]:
        pred = [json.loads(json.dumps(a.to_dict())) for a in articles]
        _rows, t = score.score(pred, sorted(str(p) for p in gold_files))
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

    return run
