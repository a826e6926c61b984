"""The real window on a temporary home: first start imports the seeds, clicking reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.app import Dubao
from desktop.gui.panels.library import ArticleIdRole
from desktop.gui.settings import Settings


def test_first_start_lists_the_seed_pages(dubao: Dubao, seeds: list[Path]) -> None:
    model = dubao.window.library_model
    pages = [model.index(r, 0).data() for r in range(model.rowCount())]
    for seed in seeds:
        assert any(p.startswith(seed.name) for p in pages)
    total = sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount()))
    assert total == dubao.library.article_count()
    # The first article is open without the user doing anything.
    assert dubao.window.reader.article is not None


def test_clicking_an_article_shows_it_in_the_reader(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    panel = dubao.window.library_panel
    view = panel.view
    page = panel.proxy.index(0, 0)
    target = panel.proxy.index(1, 0, page)
    article_id = target.data(ArticleIdRole)
    article = dubao.library.article(article_id)
    assert article is not None
    rect = view.visualRect(target)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: (
            dubao.window.reader.article is not None and dubao.window.reader.article.id == article_id
        )
    )
    shown = dubao.window.reader.toPlainText()
    assert (article.title or "（无标题）") in shown
    first_paragraph = next(b.text for b in article.blocks if b.type == "paragraph")
    assert first_paragraph in shown


def test_filter_narrows_the_list(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    panel = dubao.window.library_panel
    some = dubao.library.summaries()[3]
    needle = (some.title or "")[:4]
    panel.filter_edit.setText(needle)
    proxy = panel.proxy
    shown = [
        proxy.index(i, 0, proxy.index(r, 0)).data(ArticleIdRole)
        for r in range(proxy.rowCount())
        for i in range(proxy.rowCount(proxy.index(r, 0)))
    ]
    assert some.id in shown
    assert len(shown) < dubao.library.article_count()


def test_import_from_the_app_reports_outcomes(qtbot, dubao: Dubao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    handle = dubao.controller.import_paths([empty])
    qtbot.waitUntil(lambda: handle.done, timeout=10000)
    boxes = [b for b in dubao.window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "1 refused" in boxes[0].text()
    assert "empty file" in boxes[0].detailedText()
    boxes[0].close()


def test_state_is_restored_after_restart(qtbot, dubao: Dubao, home: Path) -> None:  # type: ignore[no-untyped-def]
    chosen = dubao.library.summaries()[2].id
    dubao.window.library_panel.select_article(chosen)
    dubao.window.close()
    again = Dubao(dubao.library, Settings(home / "settings.ini"))
    qtbot.addWidget(again.window)
    again.start()
    try:
        assert again.window.reader.article is not None
        assert again.window.reader.article.id == chosen
    finally:
        again.window.close()
        again.runner.wait()


def test_dropping_files_imports_them(qtbot, dubao: Dubao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    page = tmp_path / "dropped.txt"
    page.write_text(
        "本报讯 记者王五报道 今天天气很好，职工们在公园里参加了健步走活动。\n", encoding="utf-8"
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dubao.window.dropEvent(event)
    qtbot.waitUntil(lambda: dubao.library.page_count() == 6, timeout=10000)
    qtbot.waitUntil(lambda: dubao.window.library_model.rowCount() == 6, timeout=10000)


def test_reading_position_is_restored(qtbot, dubao: Dubao, home: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import start_app

    article = max(dubao.library.articles(), key=lambda a: len(a.text))
    dubao.window.library_panel.select_article(article.id)
    reader = dubao.window.reader
    offset = reader.article.text.index("。", len(reader.article.text) // 2) + 1  # type: ignore[union-attr]
    reader.scroll_to_offset(offset, center=False)
    position = reader.reading_position()
    assert position > 100
    dubao.window.close()
    again = start_app(qtbot, home)
    try:
        qtbot.wait(50)  # the position is restored once the window is laid out
        assert again.window.reader.article is not None
        assert again.window.reader.article.id == article.id
        assert abs(again.window.reader.reading_position() - position) < 80
    finally:
        again.window.close()


def test_list_labels_show_column_title_kind_byline_paper() -> None:
    from desktop.core.store import ArticleSummary
    from desktop.gui.panels.library import article_label

    s = ArticleSummary(
        1,
        1,
        "p.txt",
        1,
        "commentary",
        "让劳模工匠进校园更有底气",
        "【工评荟】关键词：教育强国；职业启蒙",
        "特约评论员刘胜坤",
        "南方工报",
        None,
    )
    assert (
        article_label(s)
        == "【工评荟】让劳模工匠进校园更有底气  · 评论 · 特约评论员刘胜坤 · 南方工报"
    )
