"""The library database: SQLite through sqlite-utils, the source of truth."""

from desktop.core.store.db import BrokenDatabaseError, NewerDatabaseError, StoreError
from desktop.core.store.library import (
    ArticleSummary,
    ImportOutcome,
    ImportReport,
    Library,
    PageInfo,
)

__all__ = [
    "ArticleSummary",
    "BrokenDatabaseError",
    "ImportOutcome",
    "ImportReport",
    "Library",
    "NewerDatabaseError",
    "PageInfo",
    "StoreError",
]
