"""Odd queries never raise: they are searched literally or answered with a message."""

from __future__ import annotations

import pytest

from desktop.core.search import IndexDoc, SearchIndex, fold, parse_query
from desktop.core.search.query import MAX_QUERY_CHARS


@pytest.mark.parametrize("query", ["", " ", "　　", "\t\n", '""', '"  "'])
def test_empty_queries_get_a_message(
    library: tuple[SearchIndex, list[IndexDoc]], query: str
) -> None:
    results = library[0].search(query)
    assert results.hits == [] and results.total == 0
    assert results.message and "search for" in results.message


def test_only_exclusions_gets_a_message(library: tuple[SearchIndex, list[IndexDoc]]) -> None:
    results = library[0].search("-杭州 -title:科技")
    assert results.total == 0 and results.message and "exclude" in results.message


def test_punctuation_is_searched_literally_with_a_note(
    library: tuple[SearchIndex, list[IndexDoc]],
) -> None:
    index, docs = library
    results = index.search("，", limit=None)
    want = sum(any("," in fold(t) for t in d.texts().values()) for d in docs)
    assert results.total == want > 0
    assert results.message and "letters or digits" in results.message
    assert index.search("？！#@", limit=None).message


def test_ten_thousand_characters(library: tuple[SearchIndex, list[IndexDoc]]) -> None:
    index, docs = library
    body = docs[0].body
    results = index.search((body * (10_000 // len(body) + 1))[:10_000])
    assert results.message and f"{MAX_QUERY_CHARS:,}" in results.message
    results = index.search("字 " * 5000)
    assert results.message
    long_term = body[:200]
    if " " not in long_term:
        assert docs[0].id in [h.article_id for h in index.search(long_term, limit=None).hits]


@pytest.mark.parametrize("query", ['"科技', '科技"', '"科技" "创新', '"', 'a"b"c', '"""', "＂科技"])
def test_unbalanced_quotes(library: tuple[SearchIndex, list[IndexDoc]], query: str) -> None:
    results = library[0].search(query)
    assert results.total >= 0  # no exception is the point


def test_unclosed_quote_searches_the_rest_as_a_phrase() -> None:
    parsed = parse_query('机器人 "科技 创新')
    assert [t.text for t in parsed.positive_terms] == ["机器人", "科技 创新"]
    assert parsed.notes


@pytest.mark.parametrize(
    "query", ["OR", "OR OR", "a OR", "OR b", "a OR OR b", "- -", "title:", "paper:", "-title:"]
)
def test_stray_operators_are_literal(
    library: tuple[SearchIndex, list[IndexDoc]], query: str
) -> None:
    results = library[0].search(query)
    assert results.total >= 0


def test_or_or_is_searched_as_the_word_or() -> None:
    parsed = parse_query("OR OR")
    assert [t.folded for t in parsed.positive_terms] == ["or"]


def test_emoji_and_astral_characters(library: tuple[SearchIndex, list[IndexDoc]]) -> None:
    index, docs = library
    want = {d.id for d in docs if any("😀" in t for t in d.texts().values())}
    assert {h.article_id for h in index.search("😀", limit=None).hits} == want
    assert index.search("\ud800").total == 0  # a lone surrogate cannot crash the index
    assert index.search("𠀀𠀁").total == 0


def test_limit_zero_and_none(library: tuple[SearchIndex, list[IndexDoc]]) -> None:
    index = library[0]
    assert index.search("的", limit=0).hits == []
    assert index.search("的", limit=0).total == len(index.search("的", limit=None).hits)
