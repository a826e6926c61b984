"""General behaviours on the seed pages without gold (checked by eye, pinned here)."""

from __future__ import annotations

import re

from desktop.core.cleaning import clean_pages
from desktop.core.models import CleanedPage

SPACED = re.compile(r"[\u4e00-\u9fff，。、“”] [\u4e00-\u9fff，。、“”] [\u4e00-\u9fff，。、“”]")


def _pages(seeds: list[tuple[str, str]]) -> list[CleanedPage]:
    return clean_pages(seeds)


def test_no_spaced_out_runs_left(seeds: list[tuple[str, str]]) -> None:
    for page in _pages(seeds):
        for a in page.articles:
            for b in a.blocks:
                assert not SPACED.search(b.text), (a.key, b.text[:40])


def test_duplicate_lead_story_reaches_the_reader_once(seeds: list[tuple[str, str]]) -> None:
    arts = [a for p in _pages(seeds) for a in p.articles]
    shown = [a for a in arts if a.title == "用匠心沃土滋养更多“小龙”" and a.duplicate_of is None]
    assert len(shown) == 1
    (main,) = shown
    assert main.source.startswith("000") and main.complete
    dups = [a for a in arts if a.duplicate_of == main.key]
    assert [d.source[:3] for d in dups] == ["001"]
    assert dups[0].complete is False
    assert main.editions == [{"source": dups[0].source, "key": dups[0].key}]


def test_every_article_has_a_body(seeds: list[tuple[str, str]]) -> None:
    for page in _pages(seeds):
        for a in page.articles:
            assert a.blocks, a.key


def test_credits_name_the_publication(seeds: list[tuple[str, str]]) -> None:
    pubs = {a.publication for p in _pages(seeds) for a in p.articles if a.publication}
    assert {"浙江工人日报", "劳动报", "南方工报", "新华社"} <= pubs


def test_out_of_order_rider_story_is_one_article(seeds: list[tuple[str, str]]) -> None:
    page = next(p for p in _pages(seeds) if p.source.startswith("001"))
    rider = [a for a in page.articles if "骑手" in (a.title or "")]
    assert len(rider) == 1
    text = rider[0].text
    assert "以他自身所缴纳的社保标准为参照" in text
    assert text.index("2025年或将成为") < text.index("针对不愿缴纳社保的骑手")
