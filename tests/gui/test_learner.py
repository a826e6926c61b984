"""Learner tools in the real window: hover a word, read its pinyin, keep it, correct it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from desktop.app import Dubao
from desktop.gui.actions import A
from desktop.gui.settings import TONE_SANDHI


def hover(app: Dubao, offset: int) -> None:
    """Move the pointer onto the character (from elsewhere: Qt ignores a move to the same spot)."""
    viewport = app.window.reader.viewport()
    QTest.mouseMove(viewport, QPoint(1, 1))
    QTest.mouseMove(viewport, point_of(app, offset))


def point_of(app: Dubao, offset: int) -> QPoint:
    """Viewport coordinates of the middle of the character at body ``offset``."""
    reader = app.window.reader
    assert reader.rendered is not None
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.rendered.to_document(offset))
    reader.scroll_to_offset(offset)
    rect = reader.cursorRect(cursor)
    return QPoint(rect.x() + 8, rect.center().y())


def test_hover_shows_pinyin_in_context_and_star_saves(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    article = w.reader.article
    assert article is not None
    offset = article.text.index("行动力")
    hover(dubao, offset)
    qtbot.waitUntil(w.word_popup.isVisible, timeout=60000)
    info = w.word_popup.info
    assert info is not None and info.start <= offset < info.end
    assert "行" in info.word
    assert info.pinyin[offset - info.start] == "xing2"
    assert "xíng" in w.word_popup.pinyin_label.text()
    assert "#" in w.word_popup.pinyin_label.text()  # tone colours
    qtbot.mouseClick(w.word_popup.star_button, Qt.MouseButton.LeftButton)
    saved = dubao.learner.vocabulary.all()
    assert [(e.word, e.article_id) for e in saved] == [(info.word, article.id)]
    assert info.word in saved[0].sentence and saved[0].pinyin.startswith("xing2")
    assert w.vocabulary_panel.model.rowCount() == 1
    assert w.word_popup.star_button.text() == "★"


def test_correcting_a_reading_is_kept_for_that_occurrence(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    article = w.reader.article
    assert article is not None and article.id is not None
    offset = article.text.index("行动力")
    hover(dubao, offset)
    qtbot.waitUntil(w.word_popup.isVisible, timeout=60000)
    info = w.word_popup.info
    assert info is not None
    wrong = ["hang2"] + [s for s in info.pinyin[1:] if s]
    w.word_popup.reading_chosen.emit(info, wrong)
    assert dubao.learner.overrides.for_article(article.id)[info.start] == "hang2"
    shown = w.word_popup.info
    assert shown is not None and shown.pinyin[0] == "hang2" and shown.overridden
    w.word_popup.reading_reset.emit(shown)
    assert dubao.learner.overrides.for_article(article.id) == {}


def test_keyboard_lookup_and_tone_change_hint(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    dubao.settings.set(TONE_SANDHI, True)
    article = w.reader.article
    assert article is not None and article.id is not None
    offset = next(i for i, c in enumerate(article.text) if c == "不")
    cursor = w.reader.cursor_for(offset, offset)
    assert cursor is not None
    w.reader.setTextCursor(cursor)
    w.actions[A.LOOKUP_WORD].trigger()
    qtbot.waitUntil(w.word_popup.isVisible, timeout=60000)
    info = w.word_popup.info
    assert info is not None and info.start <= offset < info.end
    nxt = (
        info.pinyin[offset - info.start + 1] if offset - info.start + 1 < len(info.pinyin) else None
    )
    if nxt and nxt.endswith("4"):
        assert "bù → bú" in w.word_popup.hint_label.text()


def test_saved_word_leads_back_to_its_article(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    target = dubao.library.summaries()[4]
    article = dubao.library.article(target.id)
    assert article is not None and article.id is not None
    word = next(
        article.text[i : i + 2]
        for i in range(len(article.text))
        if all("\u4e00" <= c <= "\u9fff" for c in article.text[i : i + 2])
    )
    dubao.learner.vocabulary.add(word, "", "", "", article.id)
    dubao.learner.refresh_vocabulary()
    index = w.vocabulary_panel.model.index(0)
    w.vocabulary_panel.view.activated.emit(index)
    assert w.reader.article is not None and w.reader.article.id == article.id
    assert w.reader.find_spans and all(
        article.text[s.start : s.end] == word for s in w.reader.find_spans
    )
