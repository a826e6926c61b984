"""Reading corrections: the user's pinyin for one occurrence of a character or word.

Stored per character with its quote and context, like annotations, so a correction follows
its text when the article is rebuilt.  Used by tooltips and exports.
"""

from __future__ import annotations

from desktop.core.anchoring import make_anchor
from desktop.core.models import Changes
from desktop.core.store.library import Library, now


class ReadingOverrides:
    def __init__(self, library: Library) -> None:
        self.library = library

    def for_article(self, article_id: int) -> dict[int, str]:
        """Body offset → numbered-tone syllable the user chose."""
        rows = self.library.query(
            "SELECT start, reading FROM reading_overrides WHERE article_id = ? ORDER BY id",
            [article_id],
        )
        return {int(r["start"]): str(r["reading"]) for r in rows}

    def set(self, article_id: int, start: int, readings: list[str]) -> Changes:
        """Correct the readings of the characters from ``start`` on (one syllable each)."""
        article = self.library.article(article_id)
        if article is None:
            raise ValueError(f"no article {article_id}")
        text = article.text
        if not 0 <= start <= start + len(readings) <= len(text):
            raise ValueError("the corrected characters are outside the article")
        with self.library.transaction() as db:
            for i, reading in enumerate(readings):
                pos = start + i
                a = make_anchor(text, pos, pos + 1)
                db.execute(
                    "DELETE FROM reading_overrides WHERE article_id = ? AND start = ?",
                    [article_id, pos],
                )
                db.execute(
                    'INSERT INTO reading_overrides(article_id, start, "end", quote, prefix, '
                    "suffix, reading, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [article_id, pos, pos + 1, a.quote, a.prefix, a.suffix, reading, now()],
                )
        return Changes(articles=frozenset({article_id}))

    def clear(self, article_id: int, start: int, end: int) -> Changes:
        with self.library.transaction() as db:
            db.execute(
                "DELETE FROM reading_overrides WHERE article_id = ? AND start >= ? AND start < ?",
                [article_id, start, end],
            )
        return Changes(articles=frozenset({article_id}))
