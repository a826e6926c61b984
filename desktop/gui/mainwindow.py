"""The main window: composes the library panel, the reader and the menus; decides nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from desktop import __version__
from desktop.core.store import ArticleSummary, Library
from desktop.gui.panels.library import LibraryModel, LibraryPanel
from desktop.gui.reader.view import ReaderView


class MainWindow(QMainWindow):
    """Library on the left, reader in the centre."""

    import_requested = Signal(list)  # list[Path]

    def __init__(
        self, library: Library, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.library_model = LibraryModel(self)
        self._setup_ui()
        self._setup_actions()
        self._restore_state()

    def _setup_ui(self) -> None:
        self.setWindowTitle("Dubao 读报")
        self.library_panel = LibraryPanel(self.library_model, self)
        self.reader = ReaderView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.library_panel.article_activated.connect(self._on_article_activated)

    def _setup_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import Pages…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self._on_import)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Dubao"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.reader.article is not None and self.reader.article.id is not None:
            self.settings.setValue("reader/last_article", self.reader.article.id)
        self.settings.sync()
        super().closeEvent(event)

    # -- library -----------------------------------------------------------------------

    def set_summaries(self, summaries: list[ArticleSummary]) -> None:
        current = self.reader.article.id if self.reader.article else None
        self.library_model.set_summaries(summaries)
        shown = sum(1 for s in summaries if not s.duplicate_of)
        pages = len({s.page_id for s in summaries})
        self.status_label.setText(self.tr("%n article(s)", "", shown) + f" · {pages} pages")
        if current is None or not self.library_panel.select_article(current):
            last = self.settings.value("reader/last_article")
            if last is None or not self.library_panel.select_article(int(last)):
                self.library_panel.select_first()

    @Slot(int)
    def _on_article_activated(self, article_id: int) -> None:
        self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        article = self.library.article(article_id)
        self.reader.show_article(article)
        if article is not None:
            self.setWindowTitle(f"{article.title or '（无标题）'} — Dubao 读报")

    @Slot()
    def _on_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Pages"),
            str(Path.home()),
            self.tr("Pages (*.txt *.md);;All files (*)"),
        )
        if files:
            self.import_requested.emit([Path(f) for f in files])

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Dubao"),
            f"<h3>Dubao 读报 {__version__}</h3><p>Read and annotate Chinese newspaper pages.</p>",
        )

    def show_message(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)
