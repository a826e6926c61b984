"""The contract: for any substring of the stored articles, search returns exactly the
articles that contain it (after width and case folding)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.search import IndexDoc, SearchIndex, fold
from desktop.core.search.locate import find_all, merge_spans

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _truth(docs: list[IndexDoc], sub: str) -> set[int]:
    needle = fold(sub)
    return {d.id for d in docs if any(needle in fold(t) for t in d.texts().values())}


def _widen(s: str) -> str:
    """ASCII → full-width forms, as a reader's input method may type them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _variant(draw: st.DrawFn, sub: str) -> str:
    return draw(st.sampled_from([sub, sub.upper(), sub.lower(), _widen(sub)]))


@st.composite
def substrings(draw: st.DrawFn, docs: list[IndexDoc]) -> str:
    """A 1–6 character substring of some field of some article, in some width/case."""
    doc = draw(st.sampled_from(docs))
    texts = [t for t in doc.texts().values() if t]
    text = draw(st.sampled_from(texts))
    n = draw(st.integers(1, 6))
    start = draw(st.integers(0, max(0, len(text) - n)))
    return _variant(draw, text[start : start + n])


@st.composite
def random_strings(draw: st.DrawFn, docs: list[IndexDoc]) -> str:
    """1–6 characters drawn from the library's alphabet: mostly absent, sometimes present."""
    alphabet = sorted({c for d in docs[:20] for t in d.texts().values() for c in t})
    return draw(st.text(st.sampled_from(alphabet), min_size=1, max_size=6))


def _check(index: SearchIndex, docs: list[IndexDoc], sub: str, query: str) -> None:
    results = index.search(query, limit=None)
    assert {h.article_id for h in results.hits} == _truth(docs, sub), query
    assert results.total == len(results.hits)
    needle = fold(sub)
    by_id = {d.id: d.texts() for d in docs}
    for hit in results.hits:
        for field, spans in hit.matches.items():
            folded = fold(by_id[hit.article_id][field])
            assert spans == merge_spans(find_all(folded, needle))


def _quotable(s: str) -> bool:
    return bool(s.strip()) and '"' not in fold(s)


@SETTINGS
@given(data=st.data())
def test_quoted_substring_finds_exactly_the_articles_containing_it(
    library: tuple[SearchIndex, list[IndexDoc]], data: st.DataObject
) -> None:
    index, docs = library
    sub = data.draw(st.one_of(substrings(docs), random_strings(docs)).filter(_quotable))
    _check(index, docs, sub, f'"{sub}"')


def _plain(s: str) -> bool:
    f = fold(s)
    return (
        bool(s)
        and not any(c.isspace() for c in f)
        and '"' not in f
        and not f.startswith("-")
        and ":" not in f
        and s != "OR"
    )


@SETTINGS
@given(data=st.data())
def test_unquoted_substring_finds_exactly_the_articles_containing_it(
    library: tuple[SearchIndex, list[IndexDoc]], data: st.DataObject
) -> None:
    index, docs = library
    sub = data.draw(st.one_of(substrings(docs), random_strings(docs)).filter(_plain))
    _check(index, docs, sub, sub)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_and_of_two_substrings_is_the_intersection(
    library: tuple[SearchIndex, list[IndexDoc]], data: st.DataObject
) -> None:
    index, docs = library
    a = data.draw(substrings(docs).filter(_quotable))
    b = data.draw(substrings(docs).filter(_quotable))
    results = index.search(f'"{a}" "{b}"', limit=None)
    assert {h.article_id for h in results.hits} == _truth(docs, a) & _truth(docs, b)


def _in_scope(doc: IndexDoc, sub: str, field: str | None) -> bool:
    texts = doc.texts()
    scope = texts.values() if field is None else [texts[field]]
    return any(fold(sub) in fold(t) for t in scope)


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_combined_queries_match_a_plain_python_model(
    library: tuple[SearchIndex, list[IndexDoc]], data: st.DataObject
) -> None:
    """``"a" "b" OR title:"c" -"d"``: AND, OR, field filters and exclusion together."""
    index, docs = library
    subs = [data.draw(substrings(docs).filter(_quotable)) for _ in range(4)]
    fields = [data.draw(st.sampled_from([None, None, "title", "paper"])) for _ in range(4)]
    prefix = ["" if f is None else f"{f}:" for f in fields]
    a, b, c, d = (f'{p}"{s}"' for p, s in zip(prefix, subs, strict=True))
    query = f"{a} {b} OR {c} -{d}"

    def has(doc: IndexDoc, i: int) -> bool:
        return _in_scope(doc, subs[i], fields[i])

    want = {
        doc.id for doc in docs if has(doc, 0) and (has(doc, 1) or has(doc, 2)) and not has(doc, 3)
    }
    results = index.search(query, limit=None)
    assert {h.article_id for h in results.hits} == want, query
    assert results.total == len(want)
