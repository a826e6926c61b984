"""The whoosh index in the library folder: open, rebuild, keep in step, search.

The store is the truth and the index is derived from it, so any index trouble (missing,
built by an older Dubao, damaged) is answered by rebuilding it from the store; nothing the
reader made is ever lost.  A rebuild writes a fresh index beside the old one and swaps it in.
"""

from __future__ import annotations

import enum
import json
import logging
import shutil
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sized
from pathlib import Path
from typing import Any

from whoosh import index as windex

from .analysis import jieba_words
from .documents import IndexDoc, make_schema, to_whoosh
from .engine import evaluate
from .fold import fold
from .locate import best_snippet, locate, term_count
from .query import FIELDS, ParsedQuery, Term, parse_query
from .results import SearchHit, SearchResults
from .storage import index_storage

__all__ = ["INDEX_VERSION", "IndexStatus", "SearchIndex", "SearchIndexError"]

log = logging.getLogger(__name__)

#: Bump whenever analysis, schema or stored data change shape: older indexes are rebuilt.
INDEX_VERSION = 2
MARKER = "dubao-index.json"
_PROGRESS_EVERY = 100
#: Articles per segment written by a rebuild (see ``_write_segment``).
BUILD_BATCH = 1000
BUILD_MB = 512
#: Segments smaller than this are merged by updates once there are MAX_TINY_SEGMENTS.
TINY_SEGMENT = 100
MAX_TINY_SEGMENTS = 8

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class IndexStatus(enum.Enum):
    """The state of the index folder; anything but READY needs a rebuild from the store."""

    READY = "ready"
    MISSING = "missing"
    STALE = "stale"
    CORRUPT = "corrupt"
    CLOSED = "closed"


class SearchIndexError(Exception):
    """An index problem to show the reader (the library itself is untouched)."""


def _merge_tiny_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """whoosh merge policy for incremental updates: fold the small segments that imports
    leave behind together once there are many, but never touch a big segment, so an
    import stays well under a second.  (whoosh's MERGE_SMALL sometimes merges a
    thousand-article segment during a ten-article import.)"""
    from whoosh.reading import SegmentReader

    tiny = [seg for seg in segments if seg.doc_count_all() < TINY_SEGMENT]
    if len(tiny) < MAX_TINY_SEGMENTS:
        return segments
    for seg in tiny:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg.doc_count_all() >= TINY_SEGMENT]


def _is_index_file(p: Path) -> bool:
    return p.is_file() and (p.name == MARKER or p.name.lstrip("_").startswith("MAIN"))


def _check_ours(path: Path) -> None:
    """Raise unless ``path`` is absent or holds only files whoosh or Dubao wrote."""
    if not path.is_dir():
        return
    foreign = [p.name for p in path.iterdir() if not _is_index_file(p)]
    if foreign:
        raise SearchIndexError(
            f"{path} holds files that are not part of a search index ({', '.join(foreign[:3])}); "
            "move them elsewhere so the index can be rebuilt."
        )


def _remove_index_dir(path: Path) -> None:
    """Delete an index folder, refusing if it holds anything whoosh or Dubao did not write."""
    if path.exists():
        _check_ours(path)
        shutil.rmtree(path)


def _folded_texts(stored: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Field → original text, and field → folded text, from a stored document."""
    originals, folded = stored["data"]
    texts = dict(zip(FIELDS, originals, strict=True))
    return texts, {
        f: t if k is None else k for (f, t), k in zip(texts.items(), folded, strict=True)
    }


def _only_punctuation(parsed: ParsedQuery) -> bool:
    chars = "".join(t.text for t in parsed.positive_terms)
    return not any(unicodedata.category(c)[0] in "LN" for c in chars)


class SearchIndex:
    """Full-text search over the library: every literal substring, ranked, with offsets.

    Thread-safe: one lock serialises writes and searches; a rebuild builds outside the lock
    and replays any update or delete that arrived meanwhile.
    """

    def __init__(self, folder: Path, *, words: bool = True) -> None:
        self.folder = Path(folder)
        self.words = words
        self._lock = threading.RLock()
        self._ix: Any = None
        self._searcher: Any = None
        self._status = IndexStatus.CLOSED
        self._rebuilding = False
        self._pending: list[tuple[str, Any]] = []

    # -- state ---------------------------------------------------------------------------

    @property
    def status(self) -> IndexStatus:
        return self._status

    @property
    def needs_rebuild(self) -> bool:
        return self._status is not IndexStatus.READY

    def _marker(self) -> dict[str, Any]:
        return {"version": INDEX_VERSION, "words": self.words}

    def _check_folder(self) -> IndexStatus:
        if not self.folder.is_dir():
            return IndexStatus.MISSING
        try:
            if not windex.exists_in(str(self.folder)):
                return IndexStatus.MISSING
        except Exception:  # a damaged table of contents
            return IndexStatus.CORRUPT
        try:
            marker = json.loads((self.folder / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return IndexStatus.STALE
        if marker != self._marker():
            return IndexStatus.STALE
        return IndexStatus.READY

    def open(self) -> IndexStatus:
        """Open the index; report MISSING, STALE or CORRUPT when it must be rebuilt first."""
        fold("Ａ")  # builds the folding table now rather than during the first search
        with self._lock:
            self._close_searcher()
            self._ix = None
            status = self._check_folder()
            if status is IndexStatus.READY:
                try:
                    ix = index_storage(self.folder).open_index()
                    if set(ix.schema.names()) != set(make_schema().names()):
                        status = IndexStatus.STALE
                    else:
                        ix.searcher().close()  # reads every segment's table of contents
                        self._ix = ix
                except Exception:  # whoosh raises many types on damaged files
                    log.warning("search index at %s is damaged", self.folder, exc_info=True)
                    status = IndexStatus.CORRUPT
            if status is not IndexStatus.READY:
                log.info("search index at %s needs a rebuild: %s", self.folder, status.value)
            self._status = status
            return status

    def close(self) -> None:
        with self._lock:
            self._close_searcher()
            self._ix = None
            self._status = IndexStatus.CLOSED

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def _mark_corrupt(self) -> None:
        """After whoosh failed on the index: note why, and drop it until rebuilt."""
        missing = not self.folder.is_dir()
        log.warning("search index at %s is %s", self.folder, "gone" if missing else "damaged")
        log.debug("index failure", exc_info=True)
        try:
            self._close_searcher()
        except Exception:
            self._searcher = None
        self._ix = None
        self._status = IndexStatus.MISSING if missing else IndexStatus.CORRUPT

    def doc_count(self) -> int:
        """Number of indexed articles (0 while the index needs a rebuild)."""
        with self._lock:
            if self._ix is None:
                return 0
            try:
                return int(self._ix.doc_count())
            except Exception:
                self._mark_corrupt()
                return 0

    # -- building ------------------------------------------------------------------------

    def ensure(
        self,
        load_docs: Callable[[], Iterable[IndexDoc]],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> IndexStatus:
        """Open the index and rebuild it from ``load_docs()`` if it is missing, stale or
        damaged.  Meant for a background task at start-up."""
        status = self.open()
        if status is not IndexStatus.READY:
            self.rebuild(load_docs(), progress, cancelled)
        self.warm_up()
        return status

    def warm_up(self) -> None:
        """Load jieba (~0.5 s) and the segment readers now, off the UI thread, so the first
        import and the first search after start-up are not slowed by them."""
        if self.words:
            jieba_words("预热")
        with self._lock:
            if self._ix is not None and self._searcher is None:
                try:
                    self._searcher = self._ix.searcher()
                except Exception:
                    self._mark_corrupt()

    def rebuild(
        self,
        docs: Iterable[IndexDoc],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        total: int | None = None,
    ) -> bool:
        """Build a fresh index from ``docs`` and swap it in; False if cancelled (the old
        index is then left as it was).  ``progress(done, total)`` gets total 0 if unknown."""
        if total is None:
            total = len(docs) if isinstance(docs, Sized) else 0
        staging = self.folder.with_name(self.folder.name + ".new")
        _check_ours(self.folder)  # fail before minutes of work, not at the swap
        with self._lock:
            if self._rebuilding:
                raise SearchIndexError("the search index is already being rebuilt")
            self._rebuilding = True
            self._pending = []
        try:
            _remove_index_dir(staging)
            if not self._build(staging, docs, progress, cancelled, total):
                _remove_index_dir(staging)
                return False
            self._swap_in(staging)
            return True
        finally:
            self._finish_rebuild()

    def _finish_rebuild(self) -> None:
        """Apply what arrived during the rebuild, to the new index or (if the rebuild was
        cancelled or failed) to the old one."""
        with self._lock:
            self._rebuilding = False
            pending, self._pending = self._pending, []
            for kind, arg in pending:
                try:
                    (self.update if kind == "update" else self.delete)(arg)
                except SearchIndexError:
                    log.warning("could not apply a change made during the rebuild")

    def _build(
        self,
        staging: Path,
        docs: Iterable[IndexDoc],
        progress: Progress | None,
        cancelled: Cancelled | None,
        total: int,
    ) -> bool:
        staging.mkdir(parents=True)
        ix = index_storage(staging).create_index(make_schema())
        writer = self._segment_writer(ix)
        done = 0
        try:
            for doc in docs:
                if cancelled is not None and done % 20 == 0 and cancelled():
                    writer.cancel()
                    return False
                writer.add_document(**to_whoosh(doc, words=self.words))
                done += 1
                if done % BUILD_BATCH == 0:
                    writer.commit(merge=False)
                    writer = self._segment_writer(ix)
                if progress is not None and done % _PROGRESS_EVERY == 0:
                    progress(done, total)
            writer.commit(merge=False)
        except BaseException:
            writer.cancel()
            raise
        finally:
            ix.close()
        (staging / MARKER).write_text(json.dumps(self._marker()), encoding="utf-8")
        if progress is not None:
            progress(done, max(total, done))
        return True

    @staticmethod
    def _segment_writer(ix: Any) -> Any:
        """A writer for one segment of a rebuild.  whoosh sorts all postings of a writer in
        Python before writing them (n log n, gigabytes for 10k articles); segments of
        BUILD_BATCH articles keep build time linear and memory flat, at a small cost per
        query."""
        return ix.writer(procs=1, limitmb=BUILD_MB)

    def _swap_in(self, staging: Path) -> None:
        with self._lock:
            self._close_searcher()
            self._ix = None
            _remove_index_dir(self.folder)  # refuses (raises) if it is not ours
            staging.rename(self.folder)
            self.open()

    # -- keeping in step -----------------------------------------------------------------

    def update(self, docs: Iterable[IndexDoc]) -> int:
        """Add or replace articles (after an import, a re-clean or a note edit); returns how
        many were written.  While the index needs a rebuild this does nothing (the rebuild
        reads the store), except during a rebuild, when it is replayed afterwards."""
        latest = {doc.id: doc for doc in docs}
        with self._lock:
            if self._rebuilding:
                self._pending.append(("update", list(latest.values())))
                return 0
            if self._ix is None or not latest:
                return 0
            self._write(latest.keys(), latest.values())
            return len(latest)

    def delete(self, ids: Iterable[int]) -> int:
        """Remove articles by id; returns how many index documents were deleted."""
        ids = set(ids)
        with self._lock:
            if self._rebuilding:
                self._pending.append(("delete", ids))
                return 0
            if self._ix is None or not ids:
                return 0
            return self._write(ids, ())

    def _write(self, delete_ids: Iterable[int], docs: Iterable[IndexDoc]) -> int:
        """Delete then add in one commit.  whoosh's ``update_document`` opens a searcher
        over every segment per document; one searcher for the batch keeps a page < 1 s."""
        try:
            writer = self._ix.writer(procs=1)
            try:
                deleted = 0
                with writer.searcher() as searcher:
                    for i in delete_ids:
                        for docnum in list(searcher.document_numbers(id=str(i))):
                            writer.delete_document(docnum)
                            deleted += 1
                for doc in docs:
                    writer.add_document(**to_whoosh(doc, words=self.words))
            except BaseException:
                writer.cancel()
                raise
            writer.commit(mergetype=_merge_tiny_segments)
        except Exception as exc:
            self._mark_corrupt()
            raise SearchIndexError(f"could not update the search index: {exc}") from exc
        if self._searcher is not None:
            # Reuses the readers of unchanged segments: reopening all costs ~0.5 s at 10k.
            self._searcher = self._searcher.refresh()
        return deleted

    # -- searching -----------------------------------------------------------------------

    def search(self, query: str, limit: int | None = 50) -> SearchResults:
        """Run a query; never raises: problems come back as ``SearchResults.message``."""
        parsed = parse_query(query)
        notes = list(parsed.notes)
        if not parsed.clauses:
            msg = (
                "Add a word to search for: a search cannot only exclude words."
                if parsed.excluded
                else "Type a word or name to search for."
            )
            return SearchResults(query, message=" ".join([*notes, msg]))
        if _only_punctuation(parsed):
            notes.append("The query has no letters or digits: it was searched exactly as typed.")
        with self._lock:
            if self._ix is None:
                return SearchResults(query, message=self._unavailable(), needs_rebuild=True)
            try:
                return self._run(query, parsed, limit, " ".join(notes) or None)
            except Exception as exc:
                if self._healthy():  # a bug, not damage: say so, and do not rebuild for it
                    log.exception("search for %r failed", query)
                    return SearchResults(query, message=f"This search failed: {exc}")
                self._mark_corrupt()
                return SearchResults(query, message=self._unavailable(), needs_rebuild=True)

    def _healthy(self) -> bool:
        """Can a fresh searcher read the index's terms and stored documents?"""
        try:
            with self._ix.searcher() as searcher:
                reader = searcher.reader()
                for docnum in reader.all_doc_ids():
                    searcher.stored_fields(docnum)
                    break
                for _ in reader.all_terms():
                    break
            return self._check_folder() is IndexStatus.READY
        except Exception:
            return False

    def _unavailable(self) -> str:
        if self._rebuilding:
            return "The search index is being rebuilt; search again in a moment."
        if self._status is IndexStatus.CORRUPT:
            return "The search index is damaged and needs to be rebuilt from your library."
        if self._status is IndexStatus.STALE:
            return "The search index is from an older version and needs to be rebuilt."
        return "The search index is not ready yet; it will be built from your library."

    def _run(
        self, query: str, parsed: ParsedQuery, limit: int | None, message: str | None
    ) -> SearchResults:
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        searcher = self._searcher
        folded_cache: dict[int, dict[str, str]] = {}

        def count(docnum: int, term: Term) -> int:
            if docnum not in folded_cache:
                folded_cache[docnum] = _folded_texts(searcher.stored_fields(docnum))[1]
            return term_count(term, folded_cache[docnum])

        result = evaluate(searcher.reader(), parsed, limit, words=self.words, count=count)
        hits = [self._hit(parsed, searcher.stored_fields(d), s) for d, s in result.top]
        return SearchResults(query, hits=hits, total=result.total, message=message)

    @staticmethod
    def _hit(parsed: ParsedQuery, stored: dict[str, Any], score: float | None) -> SearchHit:
        texts, folded = _folded_texts(stored)
        matches = locate(parsed, folded)
        return SearchHit(
            article_id=int(stored["id"]),
            score=float(score or 0.0),
            title=texts["title"],
            paper=texts["paper"],
            fields_matched=tuple(matches),
            snippet=best_snippet(texts, matches),
            matches=matches,
        )
