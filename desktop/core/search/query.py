"""Dubao's query language, parsed by hand so that no user text can make it raise.

Syntax: words separated by spaces must all occur (AND); ``"quoted text"`` is one literal string,
spaces included; ``a OR b`` needs either; ``-word`` excludes; ``title:word`` and ``paper:word``
look only in the title or the paper's name.  Every term is a literal substring after
:func:`~desktop.core.search.fold.fold`.  Anything malformed is read as literal text: a lone
``-`` or ``title:``, a stray ``OR``, an unclosed quote (the rest of the query becomes a phrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .fold import fold

__all__ = ["FIELDS", "MAX_QUERY_CHARS", "Clause", "ParsedQuery", "Term", "parse_query"]

#: Searchable fields, in the order they are shown; ``body`` is ``Article.text``.
FIELDS: tuple[str, ...] = ("title", "deck", "kicker", "byline", "paper", "body", "notes")

#: Longer queries are cut here (with a message); a pasted page is still found by its opening.
MAX_QUERY_CHARS = 2000

_PREFIX = re.compile(r"(title|paper):", re.IGNORECASE)
_QUOTES = '"＂'


@dataclass(frozen=True)
class Term:
    """One literal string to look for: ``folded`` is what is compared with folded text."""

    text: str
    field: str | None = None  # None: any field; "title" or "paper": only there
    quoted: bool = False

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    def scope(self) -> tuple[str, ...]:
        """The fields this term may match in."""
        return FIELDS if self.field is None else (self.field,)


#: One OR-group: any of its terms may match.
Clause = tuple[Term, ...]


@dataclass(frozen=True)
class ParsedQuery:
    """AND of OR-clauses, minus excluded terms, plus notes on how odd input was read."""

    clauses: tuple[Clause, ...] = ()
    excluded: tuple[Term, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def positive_terms(self) -> tuple[Term, ...]:
        return tuple(t for clause in self.clauses for t in clause)


@dataclass
class _Item:
    term: Term | None  # None: the OR operator
    negated: bool = False
    raw: str = ""


def _read_quoted(query: str, i: int, notes: list[str]) -> tuple[str, int, bool]:
    """Read a quoted phrase whose opening quote is at ``i``; return (text, next index, closed)."""
    end = min((j for j in (query.find(q, i + 1) for q in _QUOTES) if j >= 0), default=-1)
    if end < 0:
        notes.append(
            "The closing quote is missing; the rest of the query was searched as one phrase."
        )
        return query[i + 1 :], len(query), False
    return query[i + 1 : end], end + 1, True


def _scan(query: str, notes: list[str]) -> Iterator[_Item]:
    """Split the query into terms and OR operators."""
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        start = i
        negated = query[i] == "-" and i + 1 < n and not query[i + 1].isspace()
        if negated:
            i += 1
        fieldname = None
        m = _PREFIX.match(query, i)
        if m and m.end() < n and not query[m.end()].isspace():
            fieldname = m.group(1).lower()
            i = m.end()
        if query[i] in _QUOTES:
            text, i, closed = _read_quoted(query, i, notes)
            if not text and not closed:
                text = query[i - 1 :]  # a lone trailing quote is just a character
            if text.strip():
                yield _Item(Term(text, fieldname, quoted=True), negated, query[start:i])
            continue
        j = i
        while j < n and not query[j].isspace():
            j += 1
        word = query[i:j]
        if word == "OR" and not negated and fieldname is None:
            yield _Item(None, raw=word)
        else:
            yield _Item(Term(word, fieldname), negated, query[start:j])
        i = j


def _is_positive(item: _Item | None) -> bool:
    return item is not None and item.term is not None and not item.negated


def _group(items: list[_Item]) -> tuple[list[list[Term]], list[Term]]:
    """Join positive terms around ``OR``; an ``OR`` without a term on both sides is a word."""
    items = [it for k, it in enumerate(items) if it.term or k == 0 or items[k - 1].term]
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for k, item in enumerate(items):
        term = item.term
        if term is None:
            before = items[k - 1] if k > 0 else None
            after = items[k + 1] if k + 1 < len(items) else None
            if _is_positive(before) and _is_positive(after):
                join_next = True
                continue
            term = Term(item.raw)
        if item.negated:
            excluded.append(term)
        elif join_next:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    return clauses, excluded


def parse_query(query: str) -> ParsedQuery:
    """Parse user text into a :class:`ParsedQuery`; never raises."""
    notes: list[str] = []
    if len(query) > MAX_QUERY_CHARS:
        notes.append(
            f"The query is {len(query):,} characters long; only the first "
            f"{MAX_QUERY_CHARS:,} were searched."
        )
        query = query[:MAX_QUERY_CHARS]
    clauses, excluded = _group(list(_scan(query, notes)))
    # A repeated term changes nothing but the cost (a pasted "字 字 字 …" would read the
    # same postings a thousand times).
    return ParsedQuery(
        clauses=tuple(dict.fromkeys(tuple(dict.fromkeys(c)) for c in clauses)),
        excluded=tuple(dict.fromkeys(excluded)),
        notes=tuple(notes),
    )
