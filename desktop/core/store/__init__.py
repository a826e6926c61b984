"""The library database: SQLite through sqlite-utils, the source of truth."""

from desktop.core.store.db import BrokenDatabaseError, NewerDatabaseError, StoreError
from desktop.core.store.importing import ImportOutcome, ImportReport
from desktop.core.store.library import ArticleSummary, Library, PageInfo

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
