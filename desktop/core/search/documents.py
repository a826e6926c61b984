"""What goes into the index for one article, and the whoosh schema that holds it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from whoosh.fields import ID, STORED, Schema

from ..models import Article
from .analysis import GramField, WordField
from .fold import fold
from .query import FIELDS

__all__ = ["IndexDoc", "doc_from_article", "make_schema", "to_whoosh"]


@dataclass(frozen=True)
class IndexDoc:
    """The searchable text of one article; ``body`` is ``Article.text`` (captions and table
    cells included) and ``notes`` the reader's notes on it joined by newlines."""

    id: int
    title: str = ""
    deck: str = ""
    kicker: str = ""
    byline: str = ""
    paper: str = ""
    body: str = ""
    notes: str = ""

    def texts(self) -> dict[str, str]:
        """Field name → original text, in :data:`FIELDS` order."""
        return {f: getattr(self, f) for f in FIELDS}


def doc_from_article(article: Article, notes: Iterable[str] = ()) -> IndexDoc:
    """The index document of a stored article (it must have an ``id``)."""
    if article.id is None:
        raise ValueError("only stored articles (with an id) can be indexed")
    return IndexDoc(
        id=int(article.id),
        title=article.title or "",
        deck=article.subtitle or "",
        kicker=article.kicker or "",
        byline=article.byline or "",
        paper=article.publication or "",
        body=article.text,
        notes="\n".join(n for n in notes if n),
    )


def make_schema() -> Schema:
    """``all`` holds every field (for plain terms); ``title`` and ``paper`` serve filters and
    the title boost; ``words`` holds jieba words for ranking; ``data`` the original texts."""
    return Schema(
        id=ID(stored=True, unique=True),
        all=GramField(),
        title=GramField(),
        paper=GramField(),
        words=WordField(),
        data=STORED(),
    )


def to_whoosh(doc: IndexDoc, *, words: bool) -> dict[str, object]:
    """The keyword arguments for whoosh's ``add_document``/``update_document``."""
    texts = [getattr(doc, f) for f in FIELDS]
    folded = [fold(t) for t in texts]
    fields: dict[str, object] = {
        "id": str(doc.id),
        "all": folded,
        "title": folded[0],
        "paper": folded[FIELDS.index("paper")],
        # The folded copy spares every search a fold of each hit (~0.1 ms each); it is
        # left out where folding changed nothing, and zlib shares the rest with the original.
        "data": (
            tuple(texts),
            tuple(f if f != t else None for f, t in zip(folded, texts, strict=True)),
        ),
    }
    if words:
        fields["words"] = "\n".join(folded)
    return fields
