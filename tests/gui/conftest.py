"""The real app on a temporary home, started the way a user starts it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app import Dubao
from desktop.core.store import Library
from desktop.gui.settings import Settings


def start_app(qtbot, home: Path) -> Dubao:  # type: ignore[no-untyped-def]
    """Open the library at ``home``, start the app and wait for the first article."""
    app = Dubao(Library.open(home), Settings(home / "settings.ini"))
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.window.library_model.rowCount() > 0, timeout=30000)
    qtbot.waitUntil(lambda: app.window.reader.article is not None, timeout=30000)
    return app


@pytest.fixture
def dubao(qtbot, home: Path) -> Iterator[Dubao]:  # type: ignore[no-untyped-def]
    app = start_app(qtbot, home)
    yield app
    app.window.word_popup.hide()
    app.window.close()
    app.shutdown()
