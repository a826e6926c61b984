"""Reading corrections are kept per occurrence and follow their text on rebuild."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.store import Library
from desktop.core.store.overrides import ReadingOverrides


def test_set_clear_and_follow_rebuild(library: Library, seeds: list[Path]) -> None:
    library.import_paths(seeds[:1])
    art = library.articles()[0]
    assert art.id is not None and art.page_id is not None
    store = ReadingOverrides(library)
    pos = 10
    store.set(art.id, pos, ["xing2", "hang2"])
    assert store.for_article(art.id) == {pos: "xing2", pos + 1: "hang2"}
    store.set(art.id, pos, ["hang2"])
    assert store.for_article(art.id)[pos] == "hang2"
    # An older cleaner had an extra paragraph in front: the corrections move with the text.
    blocks = [{"type": "paragraph", "text": "多出的一段。"}] + [b.to_dict() for b in art.blocks]
    library.db.execute(
        "UPDATE articles SET blocks = ?, text = ? WHERE id = ?",
        [json.dumps(blocks, ensure_ascii=False), "多出的一段。\n" + art.text, art.id],
    )
    library.db.execute('UPDATE reading_overrides SET start = start + 7, "end" = "end" + 7')
    library.rebuild_articles([art.page_id])
    assert store.for_article(art.id) == {pos: "hang2", pos + 1: "hang2"}
    store.clear(art.id, pos, pos + 2)
    assert store.for_article(art.id) == {}
    with pytest.raises(ValueError):
        store.set(art.id, 10**6, ["a1"])
