"""The reading tests share one dictionary built once in a temporary cache folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.reading import dictionary


@pytest.fixture(scope="session", autouse=True)
def reading_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the shared dictionary at a fresh folder so tests never touch the user's cache."""
    folder = tmp_path_factory.mktemp("reading-cache")
    dictionary.set_cache_dir(folder)
    yield folder
    dictionary.set_cache_dir(folder)  # closes the shared connection


@pytest.fixture(scope="session")
def dic(reading_cache: Path) -> dictionary.Dictionary:
    return dictionary.get_dictionary()
