"""``dubao notes import``: bring W3C Web Annotations into the library.

Each annotation is placed by its TextQuoteSelector (a TextPositionSelector refines it) on the
article its ``dubao://article/<id>`` source names.  When that article is missing or no longer
has the quote — or the source is not a Dubao link, as in a Hypothesis export — the library is
searched for the one article that has the quote.  What cannot be placed is listed with the
reason, never silently dropped; an annotation whose uuid is already stored is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.anchoring import Anchor, make_anchor, reanchor
from desktop.core.export.progress import Cancelled, ExportCancelled, Progress, Ticker
from desktop.core.export.w3c import Candidate, read_candidates
from desktop.core.links import LinkError, parse_link
from desktop.core.models import COLORS, Annotation, Changes
from desktop.core.store.annotations import Annotations
from desktop.core.store.library import Library, now

BATCH = 500


@dataclass(frozen=True)
class NotAnchored:
    """An annotation of the file that was not imported, and why."""

    index: int  # position in the file
    uuid: str
    quote: str
    reason: str


@dataclass
class ImportNotesReport:
    """What ``import_notes`` did; every annotation of the file is in exactly one list."""

    imported: list[str] = field(default_factory=list)
    already_present: list[str] = field(default_factory=list)
    #: Imported, but the quote was only found approximately (the text differs a little).
    fuzzy: list[str] = field(default_factory=list)
    #: Imported onto another article than the one the file names (found by the quote).
    moved: list[str] = field(default_factory=list)
    not_anchored: list[NotAnchored] = field(default_factory=list)
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)

    @property
    def total(self) -> int:
        return len(self.imported) + len(self.already_present) + len(self.not_anchored)

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported"]
        if self.fuzzy:
            parts.append(f"{len(self.fuzzy)} of them re-anchored approximately")
        if self.moved:
            parts.append(f"{len(self.moved)} placed on another article by their quote")
        parts.append(f"{len(self.already_present)} already present")
        parts.append(f"{len(self.not_anchored)} not anchored")
        text = ", ".join(parts) + (" (cancelled)" if self.cancelled else "")
        lines = [text] + [
            f"  #{n.index} {_short(n.quote)!r}: {n.reason}" for n in self.not_anchored
        ]
        return "\n".join(lines)


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(frozen=True)
class _Placement:
    article_id: int
    start: int
    end: int
    fuzzy: bool
    moved: bool


class _Texts:
    """Article texts, loaded once each; and a search for the articles holding a quote."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._texts: dict[int, str | None] = {}
        self._titles: dict[int, str] = {}

    def text(self, article_id: int) -> str | None:
        if article_id not in self._texts:
            art = self.library.article(article_id)
            self._texts[article_id] = art.text if art else None
            self._titles[article_id] = (art.title or "") if art else ""
        return self._texts[article_id]

    def title(self, article_id: int) -> str:
        self.text(article_id)
        return self._titles.get(article_id, "")

    def holding(self, quote: str) -> list[int]:
        rows = self.library.query(
            "SELECT id FROM articles WHERE instr(text, ?) > 0 ORDER BY id", [quote]
        )
        return [int(r["id"]) for r in rows]


def _place_in(c: Candidate, text: str) -> tuple[int, int, bool] | None:
    """(start, end, fuzzy) of the candidate in ``text``."""
    if not c.exact:
        if c.start is not None and c.end is not None and c.end <= len(text):
            return c.start, c.end, False
        return None
    if c.start is not None and c.end is not None and text[c.start : c.end] == c.exact:
        return c.start, c.end, False
    anchor = Anchor(c.start or 0, c.end or 0, c.exact, c.prefix, c.suffix)
    span = reanchor(anchor, text)
    if span is None:
        return None
    return span[0], span[1], text[span[0] : span[1]] != c.exact


def _named_article(source: str) -> int | None:
    try:
        return parse_link(source)[0]
    except LinkError:
        return None


def place(c: Candidate, texts: _Texts) -> _Placement | str:
    """Where the candidate goes in this library, or why it cannot go anywhere."""
    named = _named_article(c.source)
    why = f"{c.source or 'its source'} is not a Dubao article link"
    if named is not None:
        text = texts.text(named)
        if text is None:
            why = f"article {named} is not in this library"
        else:
            spot = _place_in(c, text)
            if spot is not None:
                return _Placement(named, *spot, moved=False)
            why = f"the quote is not in article {named}"
    if not c.exact:
        return why
    found = texts.holding(c.exact)
    if len(found) > 1 and c.title:
        found = [a for a in found if texts.title(a) == c.title] or found
    if len(found) > 1:
        return f"{why}, and {len(found)} articles have the quote"
    if not found:
        return f"{why}, and no article has the quote"
    text = texts.text(found[0]) or ""
    spot = _place_in(c, text)
    if spot is None:  # pragma: no cover - the article was found by this very quote
        return why
    return _Placement(found[0], *spot, moved=True)


def _annotation(c: Candidate, where: _Placement, text: str) -> Annotation:
    a = make_anchor(text, where.start, where.end)
    stamp = now()
    return Annotation(
        uuid=c.uuid,
        article_id=where.article_id,
        start=a.start,
        end=a.end,
        quote=a.quote,
        prefix=a.prefix,
        suffix=a.suffix,
        color=c.color if c.color in COLORS else COLORS[0],
        note=c.note,
        created_at=c.created or stamp,
        updated_at=c.modified or c.created or stamp,
    )


def import_notes(
    library: Library,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportNotesReport:
    """Import the annotations of a W3C Web Annotation JSON file (W3CFormatError if unreadable)."""
    candidates, refused = read_candidates(Path(path))
    report = ImportNotesReport(not_anchored=[NotAnchored(i, "", "", why) for i, why in refused])
    store, texts = Annotations(library), _Texts(library)
    tick = Ticker(len(candidates), progress, cancelled)
    touched: set[int] = set()
    try:
        tick.start()
        for i in range(0, len(candidates), BATCH):
            with library.transaction():
                for c in candidates[i : i + BATCH]:
                    _import_one(c, store, texts, report, touched)
                    tick.step()
    except ExportCancelled:
        report.cancelled = True
    report.not_anchored.sort(key=lambda n: n.index)
    report.changes = Changes(annotations=frozenset(touched))
    return report


def _import_one(
    c: Candidate,
    store: Annotations,
    texts: _Texts,
    report: ImportNotesReport,
    touched: set[int],
) -> None:
    existing = store.get(c.uuid)
    if existing is not None and not existing.deleted:
        report.already_present.append(c.uuid)
        return
    where = place(c, texts)
    if isinstance(where, str):
        report.not_anchored.append(NotAnchored(c.index, c.uuid, c.exact, where))
        return
    store.save(_annotation(c, where, texts.text(where.article_id) or ""))
    touched.add(where.article_id)
    report.imported.append(c.uuid)
    if where.fuzzy:
        report.fuzzy.append(c.uuid)
    if where.moved:
        report.moved.append(c.uuid)
