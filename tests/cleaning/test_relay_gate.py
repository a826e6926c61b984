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

A second exception: the ``cpp`` paragraph floor went from 0.85 to 0.84 when the relay
began printing some bylines on a line of their own behind an ornament (``■记者X``).  The
gate's pages changed with it; on the new pages the cleaner as it was before every change of
that session scores 0.848 too, and today's cleaner is at least as good on every measure.

A third exception: the ``cpp`` segment floor went from 0.91 to 0.90 when a headline between
two spans of text sharing almost none of their words became a new story's title (weighted
cohesion, against the page's own measure).  The synthetic source builds each story from
unrelated sentences, so the parts of one story share no more words than two stories do;
real stories name the same people and things throughout.  In real news laid out by the
relay, 31 stories more came out whole and none was lost (segment F1 +0.005 to +0.02); on
the re-laid seed pages nothing changed.  On the gate's pages ``cpp`` went from 0.919 to
0.905 (0.903 once the rule also weighed a brief's worth of text, 100 characters).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from desktop.core.cleaning import clean_page
from tests.cleaning.conftest import Scorer, load_module

ROOT = Path(__file__).resolve().parents[2]

FLOORS = {
    "seeds": {"segment_f1": 1.0, "title_acc": 0.98, "probe_acc": 0.995, "paras_exact": 0.99},
    "cpp": {"segment_f1": 0.90, "title_acc": 0.96, "probe_acc": 0.996, "paras_exact": 0.855},
}


def _summary(source: str, gold_dir: Path, gold_score: Scorer) -> dict[str, Any]:
    relay = load_module(ROOT / "benchmarks" / "relay.py", "dubao_relay_benchmark")
    pool = relay.cpp_pool(7) if source == "cpp" else relay.story_pool()
    suffix = "c" if source == "cpp" else ""
    articles = []
    for n in range(1, 80, 2):
        name = f"{n:03d}_relay7{suffix}.txt"
        text, gold = relay.make_page(pool, random.Random(7 * 100_003 + n), name)
        (gold_dir / name.replace(".txt", ".json")).write_text(json.dumps(gold), "utf-8")
        articles += clean_page(text, name).articles
    return gold_score(articles, list(gold_dir.glob("*.json")))


@pytest.fixture(scope="module", params=sorted(FLOORS))
def summary(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    gold_score: Scorer,
) -> tuple[str, dict[str, Any]]:
    source = str(request.param)
    return source, _summary(source, tmp_path_factory.mktemp(f"relay_{source}"), gold_score)


@pytest.mark.parametrize("metric", ["segment_f1", "title_acc", "probe_acc", "paras_exact"])
def test_floor(summary: tuple[str, dict[str, Any]], metric: str) -> None:
    source, numbers = summary
    assert numbers[metric] >= FLOORS[source][metric] - 1e-9, (source, numbers)


def test_no_spaced_out_runs(summary: tuple[str, dict[str, Any]]) -> None:
    assert summary[1]["spaced"] == 0
