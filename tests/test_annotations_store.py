"""Highlights and notes in the real database: saved at once, never lost on rebuild."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.store import Library
from desktop.core.store.annotations import AnnotationError, Annotations


@pytest.fixture
def annotated(library: Library, seeds: list[Path]) -> tuple[Library, Annotations]:
    library.import_paths(seeds[:1])
    return library, Annotations(library)


def test_add_edit_delete_restore(annotated: tuple[Library, Annotations]) -> None:
    library, notes = annotated
    art = library.articles()[0]
    assert art.id is not None
    ann = notes.add(art.id, 2, 10, "green", "first note")
    assert ann.quote == art.text[2:10]
    assert ann.prefix == art.text[:2]
    notes.update(ann.uuid, color="blue", note="edited")
    got = notes.get(ann.uuid)
    assert got is not None and (got.color, got.note) == ("blue", "edited")
    notes.delete(ann.uuid)
    assert notes.for_article(art.id) == []
    tomb = notes.for_article(art.id, include_deleted=True)
    assert len(tomb) == 1 and tomb[0].deleted
    notes.restore(ann.uuid)
    assert [a.uuid for a in notes.for_article(art.id)] == [ann.uuid]


def test_bad_requests_raise_clear_errors(annotated: tuple[Library, Annotations]) -> None:
    library, notes = annotated
    art = library.articles()[0]
    assert art.id is not None
    with pytest.raises(AnnotationError, match="outside"):
        notes.add(art.id, 5, 5_000_000)
    with pytest.raises(AnnotationError, match="colour"):
        notes.add(art.id, 0, 2, "chartreuse")
    with pytest.raises(AnnotationError, match="no article"):
        notes.add(987654, 0, 2)


def test_filters(annotated: tuple[Library, Annotations]) -> None:
    library, notes = annotated
    a, b = library.articles()[:2]
    assert a.id is not None and b.id is not None
    notes.add(a.id, 0, 4, "yellow", "工资")
    notes.add(b.id, 0, 4, "pink", "")
    assert len(notes.all()) == 2
    assert [x.color for x in notes.all(color="pink")] == ["pink"]
    assert [x.note for x in notes.all(text="工资")] == ["工资"]
    assert [x.article_id for x in notes.all(article_ids=[b.id])] == [b.id]


def test_rebuild_with_changed_text_moves_annotations(
    annotated: tuple[Library, Annotations],
) -> None:
    library, notes = annotated
    art = library.articles()[1]
    assert art.id is not None and art.page_id is not None
    start = len(art.text) // 2
    ann = notes.add(art.id, start, start + 6, "yellow", "keep")
    # Simulate an older cleaner whose text had an extra paragraph in front.
    blocks = [{"type": "paragraph", "text": "旧版多出的一段。"}] + [b.to_dict() for b in art.blocks]
    library.db.execute(
        "UPDATE articles SET blocks = ?, text = ? WHERE id = ?",
        [json.dumps(blocks, ensure_ascii=False), "旧版多出的一段。\n" + art.text, art.id],
    )
    library.db.execute('UPDATE annotations SET start = start + 9, "end" = "end" + 9')
    library.rebuild_articles([art.page_id])
    moved = notes.get(ann.uuid)
    assert moved is not None
    assert moved.article_id == art.id and not moved.detached
    assert (moved.start, moved.end) == (start, start + 6)
    assert moved.note == "keep"
