"""Shared fixtures: a temporary library home and the bundled seed pages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# On CI the property tests replay the same examples every run, so a red run always means
# a change broke something; on a developer's machine they explore new examples each time
# (and keep the failures they find in .hypothesis/).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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
