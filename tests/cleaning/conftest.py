"""Shared fixtures for the cleaner tests: the seed pages."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def seed_pages() -> list[tuple[str, str]]:
    """(source, text) of every seed page, in file order."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="session")
def seeds() -> list[tuple[str, str]]:
    return seed_pages()
