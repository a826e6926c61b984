"""Quality gate: the gold scorer on the hand-made gold pages, with floors that only go up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core.cleaning import clean_pages
from tests.cleaning.conftest import Scorer

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


@pytest.fixture(scope="module")
def summary(seeds: list[tuple[str, str]], gold_score: Scorer) -> dict[str, Any]:
    pages = clean_pages(seeds)
    return gold_score([a for p in pages for a in p.articles], list(GOLD.glob("*.json")))


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(summary: dict[str, Any], metric: str) -> None:
    assert summary[metric] >= FLOORS[metric] - 1e-9, summary


def test_every_gold_item_found(summary: dict[str, Any]) -> None:
    assert summary["found"] == summary["gold"]


def test_no_spaced_out_runs(summary: dict[str, Any]) -> None:
    assert summary["spaced"] == 0
