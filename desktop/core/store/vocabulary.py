"""Saved words: the learner's vocabulary list, kept in the ``vocabulary`` table.

Each word keeps the sentence it was met in and the article it came from (the article link
is cleared, not the word, if that article is ever removed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.models import Changes
from desktop.core.store.library import Library, now

_COLUMNS = "id, word, pinyin, definition, sentence, article_id, known, created_at, updated_at"
_CHANGED = Changes(vocabulary=True)


class VocabularyError(ValueError):
    """A vocabulary request that cannot be carried out (empty word, unknown entry)."""


@dataclass(frozen=True)
class VocabEntry:
    """One saved word with its reading, meaning and the sentence it was found in."""

    id: int
    word: str
    pinyin: str = ""
    definition: str = ""
    sentence: str = ""
    article_id: int | None = None
    known: bool = False
    created_at: str = ""
    updated_at: str = ""


def _from_row(r: dict[str, Any]) -> VocabEntry:
    return VocabEntry(
        id=int(r["id"]),
        word=r["word"],
        pinyin=r["pinyin"],
        definition=r["definition"],
        sentence=r["sentence"],
        article_id=r["article_id"],
        known=bool(r["known"]),
        created_at=r["created_at"],
        updated_at=r["updated_at"],
    )


class Vocabulary:
    """Add, change, delete and list the saved words of one library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def get(self, entry_id: int) -> VocabEntry | None:
        rows = self.library.query(f"SELECT {_COLUMNS} FROM vocabulary WHERE id = ?", [entry_id])
        return _from_row(rows[0]) if rows else None

    def add(
        self,
        word: str,
        pinyin: str = "",
        definition: str = "",
        sentence: str = "",
        article_id: int | None = None,
    ) -> VocabEntry:
        word = word.strip()
        if not word:
            raise VocabularyError("the word is empty")
        if article_id is not None and self.library.article(article_id) is None:
            raise VocabularyError(f"no article {article_id}")
        stamp = now()
        row = {
            "word": word,
            "pinyin": pinyin.strip(),
            "definition": definition.strip(),
            "sentence": sentence.strip(),
            "article_id": article_id,
            "known": 0,
            "created_at": stamp,
            "updated_at": stamp,
        }
        with self.library.transaction() as db:
            new_id = db.table("vocabulary").insert(row).last_pk
        assert isinstance(new_id, int)
        entry = self.get(new_id)
        assert entry is not None
        return entry

    def update(
        self,
        entry_id: int,
        *,
        word: str | None = None,
        pinyin: str | None = None,
        definition: str | None = None,
        sentence: str | None = None,
    ) -> Changes:
        """Change the given fields of one entry."""
        if word is not None and not word.strip():
            raise VocabularyError("the word is empty")
        fields = {"word": word, "pinyin": pinyin, "definition": definition, "sentence": sentence}
        values: dict[str, Any] = {k: v.strip() for k, v in fields.items() if v is not None}
        return self._set(entry_id, values)

    def set_known(self, entry_id: int, known: bool = True) -> Changes:
        return self._set(entry_id, {"known": int(known)})

    def delete(self, entry_id: int) -> Changes:
        self._require(entry_id)
        with self.library.transaction() as db:
            db.execute("DELETE FROM vocabulary WHERE id = ?", [entry_id])
        return _CHANGED

    def all(self, search: str | None = None, known: bool | None = None) -> list[VocabEntry]:
        """Every saved word, oldest first; ``search`` matches word, pinyin or meaning."""
        where: list[str] = ["1"]
        params: list[Any] = []
        if search:
            where.append(
                "(instr(word, ?) > 0 OR instr(lower(pinyin), lower(?)) > 0 "
                "OR instr(lower(definition), lower(?)) > 0)"
            )
            params += [search, search, search]
        if known is not None:
            where.append("known = ?")
            params.append(int(known))
        sql = f"SELECT {_COLUMNS} FROM vocabulary WHERE {' AND '.join(where)} ORDER BY id"
        return [_from_row(r) for r in self.library.query(sql, params)]

    def _require(self, entry_id: int) -> None:
        if self.get(entry_id) is None:
            raise VocabularyError(f"no saved word {entry_id}")

    def _set(self, entry_id: int, values: dict[str, Any]) -> Changes:
        self._require(entry_id)
        values["updated_at"] = now()
        sets = ", ".join(f"{k} = ?" for k in values)
        with self.library.transaction() as db:
            db.execute(f"UPDATE vocabulary SET {sets} WHERE id = ?", [*values.values(), entry_id])
        return _CHANGED
