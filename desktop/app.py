"""The composition root: builds the library, runner and window, and wires them together.

Nothing else in Dubao creates these objects; every part receives what it needs through its
constructor.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop.core.paths import library_home, resources_dir, seeds_dir
from desktop.core.store import ImportReport, Library, StoreError
from desktop.gui.mainwindow import MainWindow
from desktop.gui.tasks import TaskHandle, TaskRunner

#: Set to make the app print the time to first painted article and quit (benchmarks).
STARTUP_PROBE_ENV = "DUBAO_STARTUP_PROBE"
_T0 = time.perf_counter()


class Dubao(QObject):
    """Owns the long-lived objects and routes work between core and GUI."""

    def __init__(self, library: Library, settings: QSettings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.runner = TaskRunner(self)
        self.window = MainWindow(library, settings)
        self.window.import_requested.connect(self.import_paths)

    def start(self) -> None:
        self.window.show()
        if self.library.is_empty():
            seeds = seeds_dir()
            if seeds is not None:
                self.window.show_message(self.window.tr("Importing the bundled pages…"))
                self.import_paths([seeds], quiet=True)
                return
        self.refresh_library()
        if self.library.outdated_pages():
            self.runner.run(
                "rebuild",
                self.library.rebuild_articles,
                lambda _c: self.refresh_library(),
                with_progress=True,
            )

    def refresh_library(self) -> None:
        self.window.set_summaries(self.library.summaries())

    @Slot(list)
    def import_paths(self, paths: list[Path], quiet: bool = False) -> TaskHandle:
        """Import in the background, with progress shown only if it takes a while."""
        dialog = QProgressDialog(
            self.window.tr("Importing pages…"), self.window.tr("Cancel"), 0, 0, self.window
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        dialog.setAutoClose(True)

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return self.library.import_paths(paths, progress=progress, cancelled=cancelled)

        def done(report: ImportReport) -> None:
            dialog.reset()
            self.window.statusBar().clearMessage()
            self.refresh_library()
            if not quiet:
                self._show_report(report)

        def failed(error: BaseException) -> None:
            dialog.reset()
            QMessageBox.critical(self.window, self.window.tr("Import failed"), str(error))

        handle = self.runner.run("import", work, done, failed, with_progress=True)
        handle.progressed.connect(
            lambda d, t: (dialog.setMaximum(t), dialog.setValue(d)),
            Qt.ConnectionType.QueuedConnection,
        )
        dialog.canceled.connect(handle.cancel)
        return handle

    def _show_report(self, report: ImportReport) -> None:
        tr = self.window.tr
        lines = [f"{o.status}: {Path(o.path).name} — {o.message}" for o in report.outcomes]
        summary = (
            tr("%1 imported, %2 already present, %3 refused")
            .replace("%1", str(report.count("imported")))
            .replace("%2", str(report.count("skipped")))
            .replace("%3", str(report.count("refused")))
        )
        box = QMessageBox(
            QMessageBox.Icon.Information, tr("Import finished"), summary, parent=self.window
        )
        box.setDetailedText("\n".join(lines))
        box.open()


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    p = argparse.ArgumentParser(prog="dubao", add_help=False)
    p.add_argument("--home")
    return p.parse_known_args(list(argv))


def _install_startup_probe(window: MainWindow) -> None:
    def painted() -> None:
        print(f"first-article-painted {time.perf_counter() - _T0:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.reader.first_article_painted.connect(painted)


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = _parse(sys.argv[1:] if argv is None else argv)
    home = library_home(args.home)
    QApplication.setApplicationName("Dubao")
    QApplication.setOrganizationName("Dubao")
    app = QApplication([sys.argv[0], *qt_args])
    icons = resources_dir()
    if icons is not None and (icons / "icons" / "dubao.svg").exists():
        app.setWindowIcon(QIcon(str(icons / "icons" / "dubao.svg")))
    try:
        library = Library.open(home)
    except StoreError as e:
        QMessageBox.critical(None, "Dubao", str(e))
        return 2
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    dubao = Dubao(library, settings)
    if os.environ.get(STARTUP_PROBE_ENV):
        _install_startup_probe(dubao.window)
    dubao.start()
    code = app.exec()
    dubao.runner.wait()
    library.close()
    return int(code)
