"""Saved words ready for a flashcard export: with pinyin in marks and their source article."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.export.pinyin_marks import to_marks, to_numbers
from desktop.core.export.selection import ArticleMeta, article_metas
from desktop.core.store.library import Library
from desktop.core.store.vocabulary import VocabEntry, Vocabulary

#: Gives the traditional form of a word (None if unknown or the same); the reading module's
#: dictionary can supply one.  Export never depends on it.
Traditional = Callable[[str], str | None]


@dataclass(frozen=True)
class VocabCard:
    """One saved word with everything a flashcard shows."""

    entry_id: int
    word: str
    pinyin: str  # as saved
    definition: str
    sentence: str
    paper: str = ""
    title: str = ""
    article_id: int | None = None
    known: bool = False
    created_at: str = ""
    traditional: str | None = None

    @property
    def pinyin_marks(self) -> str:
        return to_marks(self.pinyin)

    @property
    def pinyin_numbers(self) -> str:
        return to_numbers(self.pinyin)

    @property
    def source(self) -> str:
        """``paper, article title`` (whichever is known)."""
        return ", ".join(part for part in (self.paper, self.title) if part)


def select_vocabulary(
    library: Library,
    entry_ids: Sequence[int] | None = None,
    known: bool | None = None,
    search: str | None = None,
    traditional: Traditional | None = None,
) -> list[VocabCard]:
    """The chosen saved words (all, or ``entry_ids``) as cards, oldest first."""
    entries = Vocabulary(library).all(search=search, known=known)
    if entry_ids is not None:
        wanted = set(entry_ids)
        entries = [e for e in entries if e.id in wanted]
    metas = article_metas(library, {e.article_id for e in entries if e.article_id is not None})
    return [_card(e, metas, traditional) for e in entries]


def _card(
    e: VocabEntry, metas: dict[int, ArticleMeta], traditional: Traditional | None
) -> VocabCard:
    meta = metas.get(e.article_id) if e.article_id is not None else None
    trad = traditional(e.word) if traditional is not None else None
    return VocabCard(
        entry_id=e.id,
        word=e.word,
        pinyin=e.pinyin,
        definition=e.definition,
        sentence=e.sentence,
        paper=meta.paper if meta else "",
        title=meta.title if meta else "",
        article_id=e.article_id,
        known=e.known,
        created_at=e.created_at,
        traditional=trad if trad and trad != e.word else None,
    )
