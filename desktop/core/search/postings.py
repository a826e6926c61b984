"""Fast reads of whoosh posting lists, one block at a time.

whoosh's own phrase matching walks postings one document at a time in Python (70–90 ms for a
4-character query on 10k articles); reading whole blocks and intersecting with sets is ~10×
faster.  This leans on the block layout of whoosh 2.7.4's default codec (pinned in
pyproject.toml) and falls back to the public matcher API for anything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

__all__ = ["doc_frequency", "read_postings"]


def _blocks(m: Any, values: bool) -> Iterator[tuple[Any, Any]]:
    """(ids, weights-or-values) per block of a leaf matcher."""
    if isinstance(m, W3LeafMatcher):
        while m.is_active():
            m._read_ids()
            if values:
                m._read_values()
                yield m._ids, m._values
            else:
                m._read_weights()
                yield m._ids, m._weights
            m._next_block()
        return
    ids: list[int] = []
    out: list[Any] = []
    while m.is_active():
        ids.append(m.id())
        out.append(m.value() if values else m.weight())
        m.next()
    yield ids, out


def read_postings(reader: Any, field: str, term: str, values: bool = False) -> dict[int, Any]:
    """Docnum → posting value (``values=True``, bytes) or weight (a float: the frequency)
    for ``term`` in ``field`` across all segments, deleted documents left out."""
    btext = term.encode("utf-8")
    found: dict[int, Any] = {}
    for leaf, base in reader.leaf_readers():
        if (field, btext) not in leaf:
            continue
        m = leaf.postings(field, btext)
        deleted: frozenset[int] = frozenset()
        if isinstance(m, FilterMatcher):
            deleted, m = frozenset(m._ids), m.child
        for ids, vals in _blocks(m, values):
            if base:
                found.update(zip((i + base for i in ids), vals, strict=True))
            else:
                found.update(zip(ids, vals, strict=True))
        for d in deleted:
            found.pop(d + base, None)
    return found


def doc_frequency(reader: Any, field: str, term: str) -> int:
    """Number of documents containing ``term`` (deleted ones may still be counted)."""
    return int(reader.doc_frequency(field, term.encode("utf-8")))
