"""Full-text search: every literal substring of every article, ranked, with match offsets.

Wiring (the store is the truth; the index in the library folder is derived from it)::

    index = SearchIndex(library / "index")
    index.ensure(lambda: (doc_from_article(a, notes_of(a)) for a in store.articles()),
                 progress, cancelled)                      # background task at start-up
    index.update([doc_from_article(a, notes_of(a)) ...])   # after import, re-clean, note edit
    index.delete(ids)                                      # after articles are removed
    results = index.search(text, limit=50)                 # never raises; see .message
    json.dumps(results.to_dict())                          # for ``dubao search --json``

Import cost is small: jieba is loaded only when the index is written.
"""

from __future__ import annotations

from .documents import IndexDoc, doc_from_article
from .fold import fold
from .index import INDEX_VERSION, IndexStatus, SearchIndex, SearchIndexError
from .query import FIELDS, ParsedQuery, Term, parse_query
from .results import SearchHit, SearchResults, Snippet, Span

__all__ = [
    "FIELDS",
    "INDEX_VERSION",
    "IndexDoc",
    "IndexStatus",
    "ParsedQuery",
    "SearchHit",
    "SearchIndex",
    "SearchIndexError",
    "SearchResults",
    "Snippet",
    "Span",
    "Term",
    "doc_from_article",
    "fold",
    "parse_query",
]
