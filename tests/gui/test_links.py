"""dubao:// links open the app at the highlight; a second start hands links to the first."""

from __future__ import annotations

from pathlib import Path

from desktop.app import Dubao
from desktop.core.links import annotation_link
from desktop.gui.single import SingleInstance


def test_link_opens_article_and_highlight(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    target = dubao.library.summaries()[5]
    article = dubao.library.article(target.id)
    assert article is not None and article.id is not None
    start = len(article.text) - 10
    ann = dubao.annotations.add(article.id, start, start + 4, "pink", "回看")
    dubao.controller.open_link(annotation_link(article.id, ann.uuid))
    reader = dubao.window.reader
    assert reader.article is not None and reader.article.id == article.id
    assert [a.uuid for a in reader.annotations] == [ann.uuid]
    current = dubao.window.notes_panel.view.currentIndex()
    assert (
        current.isValid() and dubao.window.notes_panel.model.items[current.row()].uuid == ann.uuid
    )


def test_bad_link_is_reported_not_raised(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    before = dubao.window.reader.article
    dubao.controller.open_link("dubao://article/999999")
    assert dubao.window.reader.article is before
    assert "no longer in the library" in dubao.window.statusBar().currentMessage()
    dubao.controller.open_link("dubao://nonsense")
    assert dubao.window.statusBar().currentMessage()


def test_second_start_forwards_links_to_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    first.listen()
    got: list[str] = []
    first.received.connect(got.append)
    second = SingleInstance(tmp_path)
    assert second.forward(["dubao://article/3#annotation=abc"])
    qtbot.waitUntil(lambda: got == ["dubao://article/3#annotation=abc"], timeout=5000)
    assert not SingleInstance(tmp_path / "other").forward([])  # no app on another library


def test_macos_file_open_event_opens_the_link(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from desktop.app import LinkOpener

    target = dubao.library.summaries()[3].id
    opener = LinkOpener(dubao)
    event = QFileOpenEvent(QUrl(f"dubao://article/{target}"))
    assert opener.eventFilter(QApplication.instance(), event)
    assert dubao.window.reader.article is not None and dubao.window.reader.article.id == target
