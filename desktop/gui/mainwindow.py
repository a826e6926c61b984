"""The main window: composes panels, reader, menus and toolbar; decides nothing.

The controller (:mod:`desktop.gui.controller`) connects the actions and panel signals to the
core.  Window, dock and splitter state are saved through :class:`Settings`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store import ArticleSummary
from desktop.gui.actions import A, Actions
from desktop.gui.panels.library import LibraryModel, LibraryPanel
from desktop.gui.panels.notes import NotesPanel
from desktop.gui.panels.search import SearchPanel
from desktop.gui.panels.vocabulary import VocabularyPanel
from desktop.gui.reader.findbar import FindBar
from desktop.gui.reader.view import ReaderView
from desktop.gui.reader.wordpopup import WordPopup
from desktop.gui.settings import Settings
from desktop.gui.theme import Theme


class MainWindow(QMainWindow):
    """Library and search on the left, the reader in the centre, notes on the right."""

    files_dropped = Signal(list)  # list[Path]
    closing = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library_model = LibraryModel(self)
        self.actions = Actions(self)
        self._setup_ui()
        self._setup_menus()
        self.setAcceptDrops(True)
        self._restore_state()

    def _setup_ui(self) -> None:
        self.setWindowTitle("Dubao 读报")
        self.library_panel = LibraryPanel(self.library_model, self)
        self.search_panel = SearchPanel(self)
        self.notes_panel = NotesPanel(self)
        self.vocabulary_panel = VocabularyPanel(self)
        self.reader = ReaderView(self)
        self.word_popup = WordPopup(self)
        self.find_bar = FindBar(self)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reader, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(centre)
        self.library_dock = self._dock(
            "libraryDock",
            self.tr("Library"),
            self.library_panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.search_dock = self._dock(
            "searchDock", self.tr("Search"), self.search_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.tabifyDockWidget(self.library_dock, self.search_dock)
        self.library_dock.raise_()
        self.notes_dock = self._dock(
            "notesDock", self.tr("Notes"), self.notes_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.vocabulary_dock = self._dock(
            "vocabularyDock",
            self.tr("Vocabulary"),
            self.vocabulary_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.tabifyDockWidget(self.notes_dock, self.vocabulary_dock)
        self.notes_dock.raise_()
        self.resizeDocks(
            [self.library_dock, self.notes_dock], [340, 300], Qt.Orientation.Horizontal
        )
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _setup_menus(self) -> None:
        a, bar = self.actions, self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for key in (A.IMPORT_FILES, A.IMPORT_FOLDER, A.IMPORT_NOTES):
            file_menu.addAction(a[key])
        file_menu.addSeparator()
        file_menu.addAction(a[A.EXPORT_NOTES])
        self.vocabulary_menu = file_menu.addMenu(self.tr("Export &Vocabulary"))
        file_menu.addSeparator()
        file_menu.addAction(a[A.QUIT])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(a[A.UNDO])
        edit.addAction(a[A.REDO])
        edit.addSeparator()
        edit.addAction(a[A.FIND])
        edit.addAction(a[A.FIND_LIBRARY])
        edit.addSeparator()
        for act in a.highlight.values():
            edit.addAction(act)
        edit.addAction(a[A.HIGHLIGHT_NOTE])
        view = bar.addMenu(self.tr("&View"))
        for key in (A.ZOOM_IN, A.ZOOM_OUT, A.ZOOM_RESET):
            view.addAction(a[key])
        view.addSeparator()
        themes = view.addMenu(self.tr("&Theme"))
        for act in a.themes.values():
            themes.addAction(act)
        view.addAction(a[A.SERIF])
        view.addSeparator()
        view.addAction(a[A.SHOW_ORIGINAL])
        view.addSeparator()
        for dock in (self.library_dock, self.search_dock, self.notes_dock, self.vocabulary_dock):
            view.addAction(dock.toggleViewAction())
        learner = bar.addMenu(self.tr("&Learner"))
        learner.addAction(a[A.LOOKUP_WORD])
        learner.addSeparator()
        for act in a.tooltip_modes.values():
            learner.addAction(act)
        learner.addSeparator()
        for act in a.tone_palettes.values():
            learner.addAction(act)
        learner.addAction(a[A.TONE_SANDHI])
        settings = bar.addMenu(self.tr("&Settings"))
        lang = settings.addMenu(self.tr("&Language"))
        for act in a.languages.values():
            lang.addAction(act)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a[A.ABOUT])
        toolbar = QToolBar(self.tr("Highlight"), self)
        toolbar.setObjectName("highlightToolbar")
        toolbar.setMovable(False)
        for act in a.highlight.values():
            toolbar.addAction(act)
        toolbar.addAction(a[A.HIGHLIGHT_NOTE])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.highlight_toolbar = toolbar

    def set_theme(self, theme: Theme) -> None:
        """Colour swatches on the highlight actions, and the panels' colours."""
        for color, act in self.actions.highlight.items():
            pix = QPixmap(16, 16)
            pix.fill(QColor(theme.highlight(color)))
            act.setIcon(QIcon(pix))
        self.reader.set_theme(theme)
        self.notes_panel.set_theme(theme)
        self.search_panel.model.mark_color = theme.find_hit

    def _restore_state(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.state("window")
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("window", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        self.save_state()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def set_summaries(self, summaries: list[ArticleSummary]) -> None:
        self.library_model.set_summaries(summaries)
        shown = sum(1 for s in summaries if not s.duplicate_of)
        pages = len({s.page_id for s in summaries})
        self.status_label.setText(
            self.tr("%n article(s)", "", shown) + " · " + self.tr("%n page(s)", "", pages)
        )

    def show_message(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)
