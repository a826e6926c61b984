"""The index on disk: built when missing, rebuilt when stale or damaged, kept in step."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.search import IndexDoc, IndexStatus, SearchIndex, SearchIndexError, fold
from desktop.core.search.index import MARKER

from .conftest import build_index, docs_of, make_articles

DOCS = docs_of(make_articles(30, seed=5))


def ids(index: SearchIndex, query: str) -> set[int]:
    return {h.article_id for h in index.search(query, limit=None).hits}


def test_missing_index_is_reported_and_built(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    assert index.open() is IndexStatus.MISSING
    results = index.search("科技")
    assert results.needs_rebuild and results.message and results.hits == []
    assert index.update(DOCS[:1]) == 0  # nothing to do: the rebuild reads the store
    progress: list[tuple[int, int]] = []
    status = index.ensure(lambda: DOCS, progress=lambda d, t: progress.append((d, t)))
    assert status is IndexStatus.MISSING
    assert index.status is IndexStatus.READY and index.doc_count() == len(DOCS)
    assert progress[-1] == (len(DOCS), len(DOCS))
    assert SearchIndex(tmp_path / "index").open() is IndexStatus.READY


def test_stale_version_is_rebuilt(tmp_path: Path) -> None:
    index = build_index(tmp_path / "index", DOCS)
    (tmp_path / "index" / MARKER).write_text(json.dumps({"version": 0}), encoding="utf-8")
    index = SearchIndex(tmp_path / "index")
    assert index.open() is IndexStatus.STALE
    assert index.search("的").needs_rebuild
    index.rebuild(DOCS)
    assert index.status is IndexStatus.READY and index.doc_count() == len(DOCS)


def test_changing_the_words_option_makes_the_index_stale(tmp_path: Path) -> None:
    build_index(tmp_path / "index", DOCS, words=True)
    assert SearchIndex(tmp_path / "index", words=False).open() is IndexStatus.STALE


def _garble(folder: Path, pattern: str) -> None:
    for p in folder.glob(pattern):
        p.write_bytes(b"\x00garbage" * 10)


def test_damaged_table_of_contents_is_reported_as_corrupt(tmp_path: Path) -> None:
    build_index(tmp_path / "index", DOCS)
    _garble(tmp_path / "index", "_MAIN_*.toc")
    index = SearchIndex(tmp_path / "index")
    assert index.open() is IndexStatus.CORRUPT
    assert index.search("的").needs_rebuild
    assert index.rebuild(DOCS)
    assert ids(index, "的") and index.status is IndexStatus.READY


def test_damaged_segment_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    build_index(tmp_path / "index", DOCS)
    for seg in (tmp_path / "index").glob("*.seg"):
        data = bytearray(seg.read_bytes())
        data[len(data) // 3 :] = b"\x00" * (len(data) - len(data) // 3)
        seg.write_bytes(bytes(data))
    index = SearchIndex(tmp_path / "index")
    if index.open() is IndexStatus.READY:
        results = index.search("的")
        assert results.needs_rebuild and results.message
    assert index.status is IndexStatus.CORRUPT


def test_folder_deleted_while_open(tmp_path: Path) -> None:
    index = build_index(tmp_path / "index", DOCS)
    shutil.rmtree(tmp_path / "index")
    results = index.search("的")
    assert results.needs_rebuild and results.message
    assert index.status is IndexStatus.MISSING
    assert index.update(DOCS[:1]) == 0  # left to the rebuild, which reads the store
    assert index.open() is IndexStatus.MISSING
    index.rebuild(DOCS)
    assert index.doc_count() == len(DOCS)


def test_update_replaces_and_delete_removes(tmp_path: Path) -> None:
    index = build_index(tmp_path / "index", DOCS)
    doc = DOCS[0]
    index.update([replace(doc, title="全新的标题", body="改写后的正文", notes="读者笔记")])
    assert ids(index, "全新的标题") == {doc.id}
    assert doc.id not in ids(index, f'"{doc.body[:8]}"') or any(
        doc.body[:8] in d.body for d in DOCS[1:]
    )
    assert index.search("读者笔记").hits[0].matched_notes
    assert index.doc_count() == len(DOCS)
    assert index.delete([doc.id, 9999]) == 1
    assert ids(index, "全新的标题") == set()
    assert index.doc_count() == len(DOCS) - 1
    added = IndexDoc(id=500, title="新增文章", body="新导入的一页")
    index.update([added])
    assert ids(index, "新导入") == {500}


def test_many_small_updates_keep_results_exact(tmp_path: Path) -> None:
    index = build_index(tmp_path / "index", DOCS[:10])
    for doc in DOCS[10:]:
        index.update([doc])
    index.delete([DOCS[3].id])
    live = [d for d in DOCS if d.id != DOCS[3].id]
    for probe in ("的", "工会", "机器人", "ai"):
        want = {d.id for d in live if any(probe in fold(t) for t in d.texts().values())}
        assert ids(index, probe) == want, probe


def test_cancelled_rebuild_leaves_the_old_index(tmp_path: Path) -> None:
    index = build_index(tmp_path / "index", DOCS)
    assert index.rebuild([IndexDoc(id=1, body="x")] * 100, cancelled=lambda: True) is False
    assert index.doc_count() == len(DOCS)
    assert not (tmp_path / "index.new").exists()


def test_updates_during_a_rebuild_are_replayed(tmp_path: Path) -> None:
    index = build_index(tmp_path / "index", DOCS)
    late = IndexDoc(id=777, title="重建期间导入")
    many = DOCS * 5
    index.rebuild(
        [replace(d, id=i) for i, d in enumerate(many, 1)],
        progress=lambda done, total: index.update([late]) if done == 100 else None,
    )
    assert ids(index, "重建期间") == {777}
    assert index.doc_count() == len(many) + 1


def test_refuses_to_delete_a_folder_with_foreign_files(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "my-notes.txt").write_text("keep me", encoding="utf-8")
    index = SearchIndex(folder)
    assert index.open() is IndexStatus.MISSING
    with pytest.raises(SearchIndexError):
        index.rebuild(DOCS)
    assert (folder / "my-notes.txt").read_text(encoding="utf-8") == "keep me"


def test_updates_during_a_cancelled_rebuild_reach_the_old_index(tmp_path: Path) -> None:
    index = build_index(tmp_path / "index", DOCS)
    late = IndexDoc(id=888, title="取消期间导入")
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        if calls == 2:
            index.update([late])
            return True
        return False

    assert index.rebuild(DOCS * 3, cancelled=cancel) is False
    assert ids(index, "取消期间") == {888}


def test_a_failing_search_on_a_healthy_index_does_not_ask_for_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.core.search.index as index_module

    index = build_index(tmp_path / "index", DOCS)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(index_module, "evaluate", broken)
    results = index.search("的")
    assert not results.needs_rebuild and results.message and "boom" in results.message
    assert index.status is IndexStatus.READY
