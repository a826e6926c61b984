"""Finding other printings of a story cheaply, however large the library grows.

Each article keeps a few content-defined fingerprints: CRC-32 values of 8-character runs of
its Han text, kept only where the value is 0 modulo 16.  Because the choice depends on the
text, not on positions, two printings of the same story share most fingerprints even when one
starts mid-story or is cut differently — so candidates come from an indexed lookup, and only
they are handed to the cleaner's :func:`link_editions`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

RUN = 8
KEEP_ONE_IN = 16
#: Fingerprints two articles must share to be compared as possible editions.
MIN_SHARED = 3


def fingerprints(text: str) -> set[int]:
    han = "".join(c for c in text if "\u4e00" <= c <= "\u9fff")
    found = set()
    for i in range(len(han) - RUN + 1):
        value = zlib.crc32(han[i : i + RUN].encode("utf-8"))
        if value % KEEP_ONE_IN == 0:
            found.add(value)
    return found


def write_fingerprints(db: Database, article_id: int, text: str) -> None:
    db.execute("DELETE FROM article_fingerprints WHERE article_id = ?", [article_id])
    db.conn.executemany(
        "INSERT INTO article_fingerprints(fingerprint, article_id) VALUES (?, ?)",
        [(f, article_id) for f in fingerprints(text)],
    )


def candidates(db: Database, article_ids: Iterable[int]) -> set[int]:
    """Other articles sharing enough fingerprints with any of ``article_ids``."""
    ids = sorted(set(article_ids))
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT other.article_id
            FROM article_fingerprints mine
            JOIN article_fingerprints other ON other.fingerprint = mine.fingerprint
            WHERE mine.article_id IN ({marks}) AND other.article_id NOT IN ({marks})
            GROUP BY mine.article_id, other.article_id
            HAVING count(*) >= ?""",
        [*ids, *ids, MIN_SHARED],
    ).fetchall()
    return {int(r[0]) for r in rows}
