"""Shared fixtures: a temporary library home and the bundled seed pages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds() -> list[Path]:
    pages = sorted(SEEDS.glob("*.txt"))
    assert len(pages) == 5
    return pages


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("DUBAO_HOME", str(h))
    return h


@pytest.fixture
def library(home: Path) -> Iterator[object]:
    from desktop.core.store import Library

    lib = Library.open(home)
    yield lib
    lib.close()
