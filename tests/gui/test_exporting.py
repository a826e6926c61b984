"""Exporting and importing from the window runs in the background and reports back."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.app import Dubao
from desktop.gui.exporting import NotesExportDialog


def messages(app: Dubao) -> list[str]:
    return [b.text() for b in app.window.findChildren(QMessageBox) if b.isVisible()]


def test_export_notes_of_this_article_as_csv(qtbot, dubao: Dubao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = dubao.window.reader.article
    assert article is not None and article.id is not None
    dubao.annotations.add(article.id, 0, 6, "yellow", "开头")
    other = dubao.library.summaries()[4].id
    dubao.annotations.add(other, 0, 3, "pink", "")
    dialog = NotesExportDialog(article.id, [], dubao.window)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    opts = dialog.options()
    assert opts["article_ids"] == [article.id]
    dest = tmp_path / "notes.csv"
    handle = dubao.exporter.run_export_notes(dest, **opts)
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    raw = dest.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for Chinese
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 2 and "开头" in rows[1]
    assert any("Exported 1" in m for m in messages(dubao))


def test_vocabulary_to_anki_and_notes_json_back(qtbot, dubao: Dubao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = dubao.window.reader.article
    assert article is not None and article.id is not None
    dubao.learner.vocabulary.add(
        "创新", "chuang4 xin1", "to innovate", "科技创新当仁不让", article.id
    )
    apkg = tmp_path / "words.apkg"
    handle = dubao.exporter.run_export_vocabulary(apkg, "apkg")
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert zipfile.is_zipfile(apkg)
    ann = dubao.annotations.add(article.id, 2, 8, "green", "记下")
    dest = tmp_path / "notes.json"
    handle = dubao.exporter.run_export_notes(
        dest, fmt="json", article_ids=None, colors=None, since=None, until=None
    )
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    assert json.loads(dest.read_text(encoding="utf-8"))
    dubao.annotations.delete(ann.uuid)
    dubao.annotations.purge("9999")
    handle = dubao.exporter.run_import_notes(dest)
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    back = dubao.annotations.for_article(article.id)
    assert [(a.uuid, a.note) for a in back] == [(ann.uuid, "记下")]
    assert [a.uuid for a in dubao.window.reader.annotations] == [ann.uuid]  # the view refreshed
