"""The composition root: builds the library, index, runner, window and controller.

Nothing else in Dubao creates these objects; every part receives what it needs through its
constructor.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.library_index import LibraryIndex
from desktop.core.paths import library_home, resources_dir, seeds_dir
from desktop.core.store import Library, StoreError
from desktop.core.store.annotations import Annotations
from desktop.gui.actions import A
from desktop.gui.controller import Controller
from desktop.gui.exporting import Exporter, format_label
from desktop.gui.learner import Learner
from desktop.gui.mainwindow import MainWindow
from desktop.gui.settings import LANGUAGE, Settings
from desktop.gui.single import SingleInstance
from desktop.gui.tasks import TaskRunner

#: Set to make the app print the time to first painted article and quit (benchmarks).
STARTUP_PROBE_ENV = "DUBAO_STARTUP_PROBE"
SETTINGS_FILE = "settings.ini"
TOMBSTONE_AGE = timedelta(days=30)
_T0 = time.perf_counter()


class Dubao(QObject):
    """Owns the long-lived objects of one running app."""

    def __init__(self, library: Library, settings: Settings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.annotations = Annotations(library)
        self.index = LibraryIndex(library, self.annotations)
        self.runner = TaskRunner(self)
        self.window = MainWindow(settings)
        self.controller = Controller(
            library, self.annotations, self.index, settings, self.runner, self.window
        )
        self.learner = Learner(library, settings, self.runner, self.window)
        self.controller.article_opened.connect(self.learner.article_opened)
        self.learner.show_word_in_article.connect(self.controller.show_text_in_article)
        self.exporter = Exporter(library, self.runner, self.window, self.controller.notify)
        self._connect_exports()

    def _connect_exports(self) -> None:
        w, a = self.window, self.window.actions
        a[A.EXPORT_NOTES].triggered.connect(
            lambda: self.exporter.export_notes(
                self.controller.current_id, w.library_panel.selected_article_ids()
            )
        )
        a[A.IMPORT_NOTES].triggered.connect(self.exporter.import_notes)
        # The export formats (and their libraries) load when the menu first opens.
        w.vocabulary_menu.aboutToShow.connect(self._fill_vocabulary_menu)

    def _fill_vocabulary_menu(self) -> None:
        from desktop.core import export

        w = self.window
        if w.vocabulary_menu.actions():
            return
        labels = {name: format_label(f.label) for name, f in export.VOCAB_FORMATS.items()}
        for name, act in w.actions.vocabulary_exports(w, labels).items():
            act.triggered.connect(lambda _=False, n=name: self.exporter.export_vocabulary(n))
            w.vocabulary_menu.addAction(act)

    def start(self) -> None:
        self.controller.apply_settings()
        self.learner.apply_settings()
        self.window.show()
        if self.library.is_empty():
            seeds = seeds_dir()
            if seeds is not None:
                self.window.show_message(self.tr("Importing the bundled pages…"))
                self.controller.import_paths([seeds], quiet=True)
                return
        self.controller.refresh_library()
        # Heavy work waits until the first article is on screen, and runs off the UI thread.
        if self.window.reader.article is not None:
            self.window.reader.first_article_painted.connect(self._background_start)
        else:
            QTimer.singleShot(0, self._background_start)

    def _background_start(self) -> None:
        # Deleted highlights stay as tombstones for a while (undo, export), then go.
        cutoff = (datetime.now(UTC) - TOMBSTONE_AGE).isoformat(timespec="milliseconds")
        self.runner.run("purge", lambda: self.annotations.purge(cutoff))
        if self.library.outdated_pages():
            self.runner.run(
                "rebuild", self.library.rebuild_articles, self.controller.notify, with_progress=True
            )
        # The search index opens (or is rebuilt) on the first search or change, not at start:
        # whoosh and its readers would cost ~30 MB for a window that may never search.

    def shutdown(self) -> None:
        self.runner.wait()
        self.index.close()
        self.library.close()


class LinkOpener(QObject):
    """macOS hands links clicked while Dubao runs to the app as FileOpen events."""

    def __init__(self, dubao: Dubao) -> None:
        super().__init__(dubao)
        self.dubao = dubao

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url().toString()
            if url.lower().startswith("dubao:"):
                self.dubao.controller.open_link(url)
                return True
        return super().eventFilter(watched, event)


def install_translations(app: QApplication, setting: str) -> list[QTranslator]:
    """Load Dubao's and Qt's translations for the chosen or system language."""
    locale = QLocale(setting) if setting != "system" else QLocale.system()
    translators = []
    res = resources_dir()
    sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if res is not None:
        sources.append(("dubao", str(res / "i18n")))
    for name, folder in sources:
        tr = QTranslator(app)
        if tr.load(locale, name, "_", folder):
            app.installTranslator(tr)
            translators.append(tr)
    return translators


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str], list[str]]:
    """(options, Qt's own arguments, dubao:// links to open)."""
    p = argparse.ArgumentParser(prog="dubao", add_help=False)
    p.add_argument("--home")
    args, rest = p.parse_known_args(list(argv))
    urls = [a for a in rest if a.lower().startswith("dubao:")]
    return args, [a for a in rest if a not in urls], urls


def _install_startup_probe(window: MainWindow) -> None:
    def painted() -> None:
        print(f"first-article-painted {time.perf_counter() - _T0:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.reader.first_article_painted.connect(painted)


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args, urls = _parse(sys.argv[1:] if argv is None else argv)
    home = library_home(args.home)
    QApplication.setApplicationName("Dubao")
    QApplication.setOrganizationName("Dubao")
    QApplication.setDesktopFileName("dubao")
    app = QApplication([sys.argv[0], *qt_args])
    single = SingleInstance(home)
    if not os.environ.get(STARTUP_PROBE_ENV) and single.forward(urls):
        return 0  # the running Dubao opens the links
    res = resources_dir()
    if res is not None and (res / "icons" / "dubao.svg").exists():
        app.setWindowIcon(QIcon(str(res / "icons" / "dubao.svg")))
    try:
        library = Library.open(home)
    except StoreError as e:
        QMessageBox.critical(None, "Dubao", str(e))
        return 2
    settings = Settings(home / SETTINGS_FILE)
    install_translations(app, settings.get(LANGUAGE))
    dubao = Dubao(library, settings)
    if os.environ.get(STARTUP_PROBE_ENV):
        _install_startup_probe(dubao.window)
    single.listen()
    single.received.connect(dubao.controller.open_link)
    app.installEventFilter(LinkOpener(dubao))
    dubao.start()
    for url in urls:
        QTimer.singleShot(0, lambda u=url: dubao.controller.open_link(u))
    code = app.exec()
    dubao.shutdown()
    return int(code)
