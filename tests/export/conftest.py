"""A real library on disk with highlights, notes and saved words to export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.store import Library
from desktop.core.store.annotations import Annotations
from desktop.core.store.vocabulary import Vocabulary

from .support import HOSTILE_NOTE, Annotated


def _multiline_span(text: str) -> tuple[int, int]:
    """A span that crosses a paragraph break, so quotes have several lines."""
    nl = text.index("\n")
    return max(0, nl - 6), min(len(text), nl + 6)


@pytest.fixture
def annotated(home: Path, seeds: list[Path]) -> Iterator[Annotated]:
    library = Library.open(home)
    library.import_paths(seeds)
    notes = Annotations(library)
    arts = [a for a in library.articles() if len(a.text) > 80 and "\n" in a.text]
    first, second, third = arts[0], arts[1], arts[-1]
    assert first.id and second.id and third.id
    made = [
        notes.add(first.id, 0, 12, "yellow", "第一条笔记\n第二行"),
        notes.add(first.id, *_multiline_span(first.text), "green", ""),
        notes.add(second.id, 10, 30, "pink", HOSTILE_NOTE),
        notes.add(third.id, 5, 25, "blue", "蓝色的笔记"),
        notes.add(third.id, 40, 60, "purple", "紫色"),
    ]
    gone = notes.add(third.id, 61, 70, "yellow", "deleted, never exported")
    notes.delete(gone.uuid)
    yield Annotated(library, notes, [first, second, third], made)
    library.close()


@pytest.fixture
def words(annotated: Annotated) -> Vocabulary:
    vocab = Vocabulary(annotated.library)
    art = annotated.articles[0]
    assert art.id
    vocab.add(
        "创新", "chuang4 xin1", "innovation;\nto innovate", "科技创新成为关键词，创新无止境", art.id
    )
    vocab.add("机器人", "jī qì rén", "robot", "春晚上的机器人扭秧歌", art.id)
    vocab.add("绿色", "lu:4 se4", "green <colour> & eco", "", None)
    return vocab


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for export files (the library home lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
