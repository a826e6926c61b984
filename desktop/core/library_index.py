"""The search index kept in step with the library: SQLite is the truth, the index derived.

The index folder lives beside the database.  It is rebuilt when missing, stale, damaged or out
of step with the store (different article count), and updated article by article after every
import, re-clean and note edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.core.models import Changes
from desktop.core.store import Library
from desktop.core.store.annotations import Annotations

if TYPE_CHECKING:
    from desktop.core.search import IndexDoc, SearchIndex, SearchResults

INDEX_FOLDER = "index"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class LibraryIndex:
    """Search over one library.  The search engine (whoosh) loads on first use, off start-up."""

    def __init__(self, library: Library, annotations: Annotations) -> None:
        self.library = library
        self.annotations = annotations

    @cached_property
    def index(self) -> SearchIndex:
        from desktop.core.search import SearchIndex

        return SearchIndex(self.library.home / INDEX_FOLDER)

    def docs(self, ids: Iterable[int] | None = None) -> Iterator[IndexDoc]:
        """Index documents for the given articles (all when None), with the user's notes."""
        from desktop.core.search import doc_from_article

        notes: dict[int, list[str]] = {}
        for ann in self.annotations.all(article_ids=ids):
            if ann.note and ann.article_id is not None:
                notes.setdefault(ann.article_id, []).append(ann.note)
        for article in self.library.articles(ids):
            assert article.id is not None
            yield doc_from_article(article, notes.get(article.id, ()))

    def ensure(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
        """Open the index, rebuilding it if needed; True if a rebuild ran."""
        from desktop.core.search import IndexStatus

        status = self.index.open()
        if status is IndexStatus.READY and self.index.doc_count() == self.library.article_count():
            return False
        total = self.library.article_count()
        self.index.rebuild(self.docs(), progress, cancelled, total=total)
        return True

    def apply(self, changes: Changes) -> None:
        """Re-index what a mutation touched: changed articles and articles whose notes changed."""
        ids = set(changes.articles) | set(changes.annotations)
        if not ids:
            return
        self.open()
        present = {a.id for a in self.library.articles(ids) if a.id is not None}
        if present:
            self.index.update(self.docs(present))
        gone = [i for i in ids if i not in present]
        if gone:
            self.index.delete(gone)

    def open(self) -> None:
        """Open the index if this is its first use (a missing one is then built on search)."""
        from desktop.core.search import IndexStatus

        if self.index.status is IndexStatus.CLOSED:
            self.index.open()

    def search(
        self,
        query: str,
        limit: int | None = 50,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> SearchResults:
        """Search; an index that is missing or out of step is first rebuilt (with progress)."""
        from desktop.core.search import SearchIndexError

        results = self.index.search(query, limit)
        if results.needs_rebuild:
            try:
                self.ensure(progress, cancelled)
            except SearchIndexError:  # another rebuild is under way: report the first answer
                return results
            results = self.index.search(query, limit)
        return results

    def close(self) -> None:
        if "index" in self.__dict__:  # never opened: nothing to close, nothing to import
            self.index.close()
