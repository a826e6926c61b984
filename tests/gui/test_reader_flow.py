"""A reader's session, driven through the real window: find, highlight, note, undo, restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import Dubao
from desktop.gui.actions import A


def type_text(widget: QWidget, text: str) -> None:
    """Type non-ASCII text: qtbot.keyClicks aborts on it, so send key events carrying it."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def select_body(app: Dubao, start: int, end: int) -> None:
    reader = app.window.reader
    cursor = reader.cursor_for(start, end)
    assert cursor is not None
    reader.setTextCursor(cursor)


def test_find_in_article_highlights_every_hit(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    article = w.reader.article
    assert article is not None
    needle = "工会"
    expected = article.text.count(needle)
    assert expected >= 2
    w.actions[A.FIND].trigger()
    assert w.find_bar.isVisible()
    type_text(w.find_bar.edit, needle)
    assert w.find_bar.count_label.text() == f"1 / {expected}"
    assert len(w.reader.find_spans) == expected
    for span in w.reader.find_spans:
        assert article.text[span.start : span.end] == needle
    w.find_bar.next()
    assert w.find_bar.count_label.text() == f"2 / {expected}"
    w.find_bar.previous()
    w.find_bar.previous()
    assert w.find_bar.count_label.text() == f"{expected} / {expected}"
    # Markers on the scroll bar show where the hits are.
    assert len(w.reader.verticalScrollBar().markers()) == expected
    w.find_bar.close_bar()
    assert w.reader.find_spans == []


def test_highlight_note_undo_redo_and_restart(qtbot, dubao: Dubao, home: Path) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    article = w.reader.article
    assert article is not None and article.id is not None
    select_body(dubao, 5, 15)
    w.actions.highlight["green"].trigger()
    anns = dubao.annotations.for_article(article.id)
    assert [(a.start, a.end, a.color, a.quote) for a in anns] == [
        (5, 15, "green", article.text[5:15])
    ]
    assert len(w.reader.extraSelections()) == 1
    assert w.notes_panel.model.rowCount() == 1
    # Write a note in the notes panel: it is saved while typing.
    w.notes_panel.select(anns[0].uuid)
    type_text(w.notes_panel.editor, "好句子")
    qtbot.waitUntil(
        lambda: dubao.annotations.for_article(article.id)[0].note == "好句子", timeout=3000
    )
    # Recolour from the reader's annotation actions.
    w.reader.annotation_action.emit(anns[0].uuid, "purple")
    assert dubao.annotations.get(anns[0].uuid).color == "purple"  # type: ignore[union-attr]
    # Undo recolour, note, highlight; redo them all.
    w.actions[A.UNDO].trigger()
    assert dubao.annotations.get(anns[0].uuid).color == "green"  # type: ignore[union-attr]
    w.actions[A.UNDO].trigger()
    assert dubao.annotations.get(anns[0].uuid).note == ""  # type: ignore[union-attr]
    w.actions[A.UNDO].trigger()
    assert dubao.annotations.for_article(article.id) == []
    assert w.reader.extraSelections() == []
    for _ in range(3):
        w.actions[A.REDO].trigger()
    restored = dubao.annotations.for_article(article.id)
    assert [(a.uuid, a.color, a.note) for a in restored] == [(anns[0].uuid, "purple", "好句子")]
    # A second highlight with the shortcut's colour, then quit.
    select_body(dubao, 20, 26)
    w.actions.highlight["yellow"].trigger()
    w.close()
    dubao.runner.wait()
    # A new process on the same home shows the same article with both highlights.
    code = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.app import Dubao\n"
        "from desktop.core.store import Library\n"
        "from desktop.gui.settings import Settings\n"
        "from pathlib import Path\n"
        "app = QApplication([])\n"
        "home = Path(sys.argv[1])\n"
        "d = Dubao(Library.open(home), Settings(home / 'settings.ini'))\n"
        "d.start()\n"
        "r = d.window.reader\n"
        "print(json.dumps({'article': r.article.id, 'anns': [[a.start, a.end, a.color, a.note]"
        " for a in r.annotations], 'selections': len(r.extraSelections())}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["article"] == article.id
    assert seen["anns"] == [[5, 15, "purple", "好句子"], [20, 26, "yellow", ""]]
    assert seen["selections"] == 2


def test_delete_from_context_action_is_undoable(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    article = w.reader.article
    assert article is not None and article.id is not None
    select_body(dubao, 0, 4)
    w.actions.highlight["blue"].trigger()
    uuid = dubao.annotations.for_article(article.id)[0].uuid
    w.reader.annotation_action.emit(uuid, "delete")
    assert dubao.annotations.for_article(article.id) == []
    tomb = dubao.annotations.get(uuid)
    assert tomb is not None and tomb.deleted  # kept as a tombstone
    w.actions[A.UNDO].trigger()
    assert [a.uuid for a in dubao.annotations.for_article(article.id)] == [uuid]


def test_library_search_opens_article_with_hits(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    w.actions[A.FIND_LIBRARY].trigger()
    type_text(w.search_panel.edit, "吸引")
    w.search_panel.edit.returnPressed.emit()
    qtbot.waitUntil(lambda: w.search_panel.model.rowCount() > 0, timeout=30000)
    shown_as = {a.id: a.duplicate_of for a in dubao.library.articles()}
    matching = {a.id for a in dubao.library.articles() if "吸引" in a.text}
    # Each story once: an edition is left out when the copy shown for it matches too.
    expected = [i for i in matching if shown_as[i] is None or int(shown_as[i]) not in matching]
    hits = [h.article_id for h in w.search_panel.model.hits]
    assert sorted(hits) == sorted(expected)
    w.search_panel.hit_activated.emit(w.search_panel.model.hits[0])
    article = w.reader.article
    assert article is not None and article.id == hits[0]
    assert w.reader.find_spans
    assert all(article.text[s.start : s.end] == "吸引" for s in w.reader.find_spans)


def test_selection_must_be_in_the_body(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    cursor = QTextCursor(w.reader.document())
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)  # inside the headline
    w.reader.setTextCursor(cursor)
    w.actions.highlight["yellow"].trigger()
    assert dubao.annotations.all() == []


def test_zoom_theme_and_original_page(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    size = w.reader.typography().point_size
    w.actions[A.ZOOM_IN].trigger()
    assert w.reader.typography().point_size > size
    w.actions[A.ZOOM_RESET].trigger()
    assert w.reader.typography().point_size == size
    w.actions.themes["dark"].trigger()
    assert w.reader.theme.name == "dark"
    w.actions.themes["sepia"].trigger()
    assert w.reader.theme.name == "sepia"
    w.actions[A.SHOW_ORIGINAL].trigger()
    from desktop.gui.dialogs import OriginalPageDialog

    dialogs = [d for d in w.findChildren(OriginalPageDialog) if d.isVisible()]
    assert len(dialogs) == 1
    article = w.reader.article
    assert article is not None and article.page_id is not None
    assert dialogs[0].text.toPlainText() == dubao.library.page_text(article.page_id)
    assert dialogs[0].text.extraSelections()  # the article's first words are marked
    dialogs[0].close()


def test_search_shows_each_story_once(qtbot, dubao: Dubao) -> None:  # type: ignore[no-untyped-def]
    w = dubao.window
    w.search_panel.edit.setText("滋养更多")
    w.search_panel.edit.returnPressed.emit()
    qtbot.waitUntil(lambda: w.search_panel.model.rowCount() > 0, timeout=30000)
    editions = [a for a in dubao.library.articles() if "滋养更多" in a.text]
    assert len(editions) == 2  # the lead story is printed on two pages
    assert [h.article_id for h in w.search_panel.model.hits] == [
        a.id for a in editions if a.duplicate_of is None
    ]
