"""Where a query matched inside an article: spans per field and a marked snippet."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .query import FIELDS, ParsedQuery, Term
from .results import Snippet, Span

__all__ = [
    "best_snippet",
    "find_all",
    "locate",
    "make_snippet",
    "merge_spans",
    "term_count",
]

SNIPPET_CHARS = 90
_CONTEXT_BEFORE = 20
_SNIPPET_ORDER = ("body", "notes", "deck", "title", "kicker", "byline", "paper")


def find_all(haystack: str, needle: str) -> list[Span]:
    """Every occurrence of ``needle``, overlapping ones included."""
    spans: list[Span] = []
    if not needle:
        return spans
    i = haystack.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = haystack.find(needle, i + 1)
    return spans


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping ones joined, so each character is highlighted once."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def term_count(term: Term, folded: Mapping[str, str]) -> int:
    """Occurrences of ``term`` in the fields of its scope (non-overlapping, for ranking)."""
    needle = term.folded
    return sum(folded.get(f, "").count(needle) for f in term.scope())


def locate(query: ParsedQuery, folded: Mapping[str, str]) -> dict[str, list[Span]]:
    """Spans of every positive term in each field it may match in; fields without any left out."""
    found: dict[str, list[Span]] = {}
    for term in query.positive_terms:
        needle = term.folded
        for f in term.scope():
            spans = find_all(folded.get(f, ""), needle)
            if spans:
                found.setdefault(f, []).extend(spans)
    return {f: merge_spans(found[f]) for f in FIELDS if f in found}


def make_snippet(field: str, text: str, spans: list[Span], width: int = SNIPPET_CHARS) -> Snippet:
    """An excerpt of ``text`` around its first span, with every span inside it marked."""
    first = spans[0][0] if spans else 0
    start = max(0, min(first - _CONTEXT_BEFORE, len(text) - width))
    end = min(len(text), start + width)
    piece = text[start:end].replace("\n", " ").replace("\t", " ")
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shift = len(lead) - start
    marks = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return Snippet(field=field, text=lead + piece + tail, marks=marks, start=start)


def best_snippet(texts: Mapping[str, str], matches: Mapping[str, list[Span]]) -> Snippet | None:
    """The snippet a result list shows: from the body if it matched, else the notes, etc."""
    for f in _SNIPPET_ORDER:
        if matches.get(f):
            return make_snippet(f, texts.get(f, ""), matches[f])
    body = texts.get("body", "")
    return make_snippet("body", body, []) if body else None
