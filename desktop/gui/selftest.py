"""``dubao --self-test``: the whole app, offscreen, on a throw-away library.

Used to check an installed or frozen build: it imports the bundled pages, opens an article,
searches, looks up a word, writes a highlight and reads it back, and exits 0 — or prints what
failed and exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _wait(app: object, done: Callable[[], bool], timeout: float) -> bool:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if done():
            return True
        time.sleep(0.01)
    return False


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.app import SETTINGS_FILE, Dubao
    from desktop.core import reading
    from desktop.core.store import Library
    from desktop.gui.settings import Settings

    t0 = time.perf_counter()

    def step(message: str) -> None:
        print(f"self-test: {message} ({time.perf_counter() - t0:.2f} s)", flush=True)

    def fail(message: str) -> int:
        print(f"self-test FAILED: {message}", file=sys.stderr, flush=True)
        return 1

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="dubao-self-test-") as tmp:
        home = Path(tmp)
        dubao = Dubao(Library.open(home), Settings(home / SETTINGS_FILE))
        try:
            dubao.start()
            if not _wait(app, lambda: dubao.window.reader.article is not None, 120):
                return fail("no article was shown (were the bundled pages found?)")
            article = dubao.window.reader.article
            assert article is not None and article.id is not None
            step(f"imported {dubao.library.page_count()} pages, showing “{article.title}”")
            results = dubao.index.search("工会")
            if not results.hits:
                return fail(f"search found nothing ({results.message})")
            step(f"search for 工会 found {results.total} articles")
            pos = next(i for i, c in enumerate(article.text) if "\u4e00" <= c <= "\u9fff")
            info = reading.lookup(article.text, pos)
            if not info.pinyin or not any(info.pinyin):
                return fail(f"no pinyin for {info.word}")
            step(f"lookup {info.word}: {info.pinyin_marks}, {len(info.definitions)} entries")
            ann = dubao.annotations.add(article.id, pos, pos + len(info.word), "green", "自检")
            back = dubao.annotations.get(ann.uuid)
            if back is None or back.note != "自检":
                return fail("a highlight could not be written and read back")
            step("highlight written and read back")
        finally:
            dubao.window.close()
            dubao.shutdown()
    print("self-test: ok", flush=True)
    return 0
