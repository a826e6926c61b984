"""Connects the window's actions and panels to the core: the app's decisions live here.

Mutations go through the undo stack and report a :class:`Changes`; :meth:`Controller.apply`
is the one place that tells every view, and the search index, what changed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog

from desktop.core import links
from desktop.core.library_index import LibraryIndex
from desktop.core.models import Changes
from desktop.core.store import ImportReport, Library
from desktop.core.store.annotations import AnnotationError, Annotations
from desktop.gui import commands, dialogs, theme
from desktop.gui.actions import A
from desktop.gui.mainwindow import MainWindow
from desktop.gui.settings import (
    HIGHLIGHT_COLOR,
    LANGUAGE,
    LAST_ARTICLE,
    SERIF,
    THEME,
    ZOOM,
    Option,
    Settings,
)
from desktop.gui.tasks import TaskHandle, TaskRunner, run_with_progress

if TYPE_CHECKING:
    from desktop.core.search import SearchHit, SearchResults

LAST_POSITION = Option("reader/last_position", 0)


class Controller(QObject):
    changed = Signal(object)  # Changes
    article_opened = Signal(object)  # Article

    def __init__(
        self,
        library: Library,
        annotations: Annotations,
        index: LibraryIndex,
        settings: Settings,
        runner: TaskRunner,
        window: MainWindow,
    ) -> None:
        super().__init__(window)
        self.library, self.annotations, self.index = library, annotations, index
        self.settings, self.runner, self.window = settings, runner, window
        self.undo = QUndoStack(self)
        self.current_id: int | None = None
        self._connect()

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        w, a = self.window, self.window.actions
        a[A.IMPORT_FILES].triggered.connect(self._on_import_files)
        a[A.IMPORT_FOLDER].triggered.connect(self._on_import_folder)
        a[A.QUIT].triggered.connect(w.close)
        a[A.UNDO].triggered.connect(self.undo.undo)
        a[A.REDO].triggered.connect(self.undo.redo)
        self.undo.canUndoChanged.connect(a[A.UNDO].setEnabled)
        self.undo.canRedoChanged.connect(a[A.REDO].setEnabled)
        a[A.UNDO].setEnabled(False)
        a[A.REDO].setEnabled(False)
        a[A.FIND].triggered.connect(w.find_bar.open_bar)
        a[A.FIND_LIBRARY].triggered.connect(self._on_find_library)
        a[A.HIGHLIGHT_NOTE].triggered.connect(lambda: self._highlight_selection(None, True))
        for color, act in a.highlight.items():
            act.triggered.connect(lambda _=False, c=color: self._highlight_selection(c, False))
        a[A.ZOOM_IN].triggered.connect(lambda: w.reader.set_zoom(w.reader.zoom + 1))
        a[A.ZOOM_OUT].triggered.connect(lambda: w.reader.set_zoom(w.reader.zoom - 1))
        a[A.ZOOM_RESET].triggered.connect(lambda: w.reader.set_zoom(0))
        a[A.SERIF].toggled.connect(self._on_serif)
        a[A.SHOW_ORIGINAL].triggered.connect(self._on_show_original)
        a[A.ABOUT].triggered.connect(lambda: dialogs.about(w))
        for name, act in a.themes.items():
            act.triggered.connect(lambda _=False, n=name: self.settings.set(THEME, n))
        for code, act in a.languages.items():
            act.triggered.connect(lambda _=False, c=code: self._on_language(c))
        w.reader.zoom_changed.connect(lambda z: self.settings.set(ZOOM, z))
        w.reader.highlight_requested.connect(self._on_highlight_requested)
        w.reader.annotation_action.connect(self._on_annotation_action)
        w.reader.annotation_clicked.connect(w.notes_panel.select)
        w.find_bar.hits_changed.connect(w.reader.set_find_spans)
        w.library_panel.article_activated.connect(self.open_article)
        w.search_panel.search_requested.connect(self.search)
        w.search_panel.hit_activated.connect(self._on_hit_activated)
        w.notes_panel.jump_requested.connect(self._on_jump)
        w.notes_panel.note_edited.connect(self._on_note_edited)
        w.notes_panel.recolour_requested.connect(self._on_recolour)
        w.notes_panel.delete_requested.connect(self._on_delete)
        w.notes_panel.scope_changed.connect(self._refresh_notes)
        w.files_dropped.connect(self.import_paths)
        w.closing.connect(self._on_closing)
        self.settings.changed.connect(self._on_setting_changed)
        self.changed.connect(self._on_changed)

    def apply_settings(self) -> None:
        w = self.window
        w.reader.serif = self.settings.get(SERIF)
        w.reader.zoom = self.settings.get(ZOOM)
        w.actions[A.SERIF].setChecked(w.reader.serif)
        w.actions.themes[self.settings.get(THEME)].setChecked(True)
        w.actions.languages[self.settings.get(LANGUAGE)].setChecked(True)
        self._apply_theme()

    def _apply_theme(self) -> None:
        from PySide6.QtWidgets import QApplication

        t = theme.resolve(self.settings.get(THEME))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_palette(app, t)
        self.window.set_theme(t)

    @Slot(str)
    def _on_setting_changed(self, key: str) -> None:
        if key == THEME.key:
            self._apply_theme()

    # -- library and reading -----------------------------------------------------------------

    def refresh_library(self) -> None:
        self.window.set_summaries(self.library.summaries())
        panel = self.window.library_panel
        if self.current_id is not None and panel.select_article(self.current_id):
            return
        last = self.settings.get(LAST_ARTICLE)
        if last and panel.select_article(last):
            # Once the window has its size: the offset's place depends on the line width.
            position = self.settings.get(LAST_POSITION)
            QTimer.singleShot(
                0, lambda: self.window.reader.scroll_to_offset(position, center=False)
            )
        else:
            panel.select_first()

    @Slot(int)
    def open_article(self, article_id: int) -> None:
        if article_id == self.current_id:
            return
        self._remember_position()
        article = self.library.article(article_id)
        self.current_id = article_id if article else None
        anns = self.annotations.for_article(article_id) if article else []
        w = self.window
        w.reader.show_article(article, anns)
        w.find_bar.set_text(article.text if article else "")
        if article is not None:
            w.setWindowTitle(f"{article.title or '（无标题）'} — Dubao 读报")
            self.settings.set(LAST_ARTICLE, article_id)
            self.article_opened.emit(article)
        self._refresh_notes()

    def _remember_position(self) -> None:
        if self.current_id is not None:
            self.settings.set(LAST_POSITION, self.window.reader.reading_position())

    @Slot()
    def _on_closing(self) -> None:
        self.window.notes_panel.flush()
        self._remember_position()

    def _refresh_notes(self) -> None:
        panel = self.window.notes_panel
        scope, color, text = panel.current_scope(), panel.current_color(), panel.current_text()
        if scope == "detached":
            items = self.annotations.detached()
        elif scope == "all":
            items = self.annotations.all(color=color or None, text=text or None)
        elif self.current_id is not None:
            items = self.annotations.all(
                color=color or None, text=text or None, article_ids=[self.current_id]
            )
        else:
            items = []
        titles: dict[int, str] = {}
        if scope != "article":
            model = self.window.library_model
            for ann in items:
                s = model.summary_by_id(ann.article_id) if ann.article_id is not None else None
                if s is not None:
                    titles[s.id] = s.title or "（无标题）"
        panel.set_items(items, titles)

    # -- changes -----------------------------------------------------------------------------

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self.current_id is not None and self.current_id in changes.annotations:
            self.window.reader.set_annotations(self.annotations.for_article(self.current_id))
        if changes.annotations:
            self._refresh_notes()
        if changes.library:
            self.refresh_library()
        if changes.annotations or changes.articles:
            self.runner.run("index", lambda: self.index.apply(changes))

    # -- annotations -------------------------------------------------------------------------

    def _highlight_selection(self, color: str | None, with_note: bool) -> None:
        span = self.window.reader.selection_span()
        if span is None:
            self.window.show_message(self.tr("Select some text of the article first."))
            return
        self._on_highlight_requested(span[0], span[1], color or "", with_note)

    @Slot(int, int, str, bool)
    def _on_highlight_requested(self, start: int, end: int, color: str, with_note: bool) -> None:
        if self.current_id is None:
            return
        color = color or self.settings.get(HIGHLIGHT_COLOR)
        self.settings.set(HIGHLIGHT_COLOR, color)
        try:
            ann = self.annotations.add(self.current_id, start, end, color)
        except AnnotationError as e:
            self.window.show_message(str(e))
            return
        self.undo.push(commands.AddHighlight(self.annotations, self.notify, ann))
        cursor = self.window.reader.textCursor()
        cursor.clearSelection()
        self.window.reader.setTextCursor(cursor)
        self.window.notes_panel.select(ann.uuid)
        if with_note:
            self.window.notes_dock.show()
            self.window.notes_panel.edit_note(ann.uuid)

    @Slot(str, str)
    def _on_annotation_action(self, uuid: str, action: str) -> None:
        if action == "note":
            self.window.notes_dock.show()
            self.window.notes_panel.edit_note(uuid)
        elif action == "delete":
            self._on_delete(uuid)
        else:
            self._on_recolour(uuid, action)

    @Slot(str, str, str)
    def _on_note_edited(self, uuid: str, old: str, new: str) -> None:
        self.undo.push(commands.EditNote(self.annotations, self.notify, uuid, old, new))

    @Slot(str, str)
    def _on_recolour(self, uuid: str, color: str) -> None:
        ann = self.annotations.get(uuid)
        if ann is not None and ann.color != color:
            self.undo.push(commands.Recolour(self.annotations, self.notify, uuid, ann.color, color))

    @Slot(str)
    def _on_delete(self, uuid: str) -> None:
        self.undo.push(commands.DeleteHighlight(self.annotations, self.notify, uuid))

    @Slot(str)
    def _on_jump(self, uuid: str) -> None:
        ann = self.annotations.get(uuid)
        if ann is None or ann.article_id is None or ann.detached:
            return
        self.window.library_panel.select_article(ann.article_id)
        self.open_article(ann.article_id)
        self.window.reader.scroll_to_span(ann.start, ann.end)

    # -- search ------------------------------------------------------------------------------

    @Slot()
    def _on_find_library(self) -> None:
        self.window.search_dock.show()
        self.window.search_dock.raise_()
        self.window.search_panel.focus_query()

    @Slot(str)
    def search(self, query: str) -> TaskHandle:
        """Search in the background; a progress bar appears only if the index must be rebuilt."""
        return run_with_progress(
            self.runner,
            self.window,
            self.tr("Searching… (the search index is being brought up to date)"),
            lambda progress, cancelled: self.index.search(query, 200, progress, cancelled),
            self._on_results,
            self.tr("Search failed"),
        )

    def _on_results(self, results: SearchResults) -> None:
        """Show the hits, each story once: an edition whose shown copy also matched is dropped."""
        model = self.window.library_model
        ids = {h.article_id for h in results.hits}

        def shown_elsewhere(article_id: int) -> bool:
            s = model.summary_by_id(article_id)
            return s is not None and s.duplicate_of in ids

        hits = [h for h in results.hits if not shown_elsewhere(h.article_id)]
        dropped = len(results.hits) - len(hits)
        if dropped:
            results = replace(results, hits=hits, total=results.total - dropped)
        self.window.search_panel.show_results(results)

    @Slot(object)
    def _on_hit_activated(self, hit: SearchHit) -> None:
        self.window.library_panel.select_article(hit.article_id)
        self.open_article(hit.article_id)
        spans = hit.matches.get("body", [])
        self.window.reader.set_find_spans([tuple(s) for s in spans], 0)
        self.window.show_message(self.tr("%n match(es) in this article", "", len(spans)))

    # -- importing ---------------------------------------------------------------------------

    @Slot()
    def _on_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import Pages"),
            str(Path.home()),
            self.tr("Pages (*.txt *.md);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    @Slot()
    def _on_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a Folder of Pages"))
        if folder:
            self.import_paths([Path(folder)])

    @Slot(list)
    def import_paths(self, paths: list[Path], quiet: bool = False) -> TaskHandle:
        """Import in the background, with progress shown only if it takes a while."""
        w = self.window

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            report = self.library.import_paths(paths, progress=progress, cancelled=cancelled)
            self.index.apply(report.changes)
            return report

        def done(report: ImportReport) -> None:
            w.statusBar().clearMessage()
            self.refresh_library()
            if not quiet:
                dialogs.import_report_box(report, w).open()

        return run_with_progress(
            self.runner, w, self.tr("Importing pages…"), work, done, self.tr("Import failed")
        )

    @Slot(int, str)
    def show_text_in_article(self, article_id: int, text: str) -> None:
        """Open an article and mark every occurrence of ``text`` (a saved word, say)."""
        if self.library.article(article_id) is None:
            self.window.show_message(self.tr("That article is no longer in the library."))
            return
        self.window.library_panel.select_article(article_id)
        self.open_article(article_id)
        article = self.window.reader.article
        if article is not None:
            from desktop.gui.reader.findbar import find_all

            self.window.reader.set_find_spans(find_all(article.text, text), 0)

    # -- links ----------------------------------------------------------------------------------

    @Slot(str)
    def open_link(self, url: str) -> None:
        """Open a ``dubao://`` link (from an exported note) at its article and highlight."""
        w = self.window
        w.showNormal()
        w.raise_()
        w.activateWindow()
        if url == "activate":
            return
        try:
            article_id, uuid = links.parse_link(url)
        except links.LinkError as e:
            w.show_message(str(e))
            return
        if self.library.article(article_id) is None:
            w.show_message(self.tr("That article is no longer in the library."))
            return
        w.library_panel.select_article(article_id)
        self.open_article(article_id)
        ann = self.annotations.get(uuid) if uuid else None
        if ann is not None and ann.article_id == article_id and not ann.deleted:
            w.reader.scroll_to_span(ann.start, ann.end)
            w.notes_dock.show()
            w.notes_panel.select(ann.uuid)

    # -- misc --------------------------------------------------------------------------------

    @Slot(bool)
    def _on_serif(self, serif: bool) -> None:
        self.settings.set(SERIF, serif)
        self.window.reader.set_serif(serif)

    def _on_language(self, code: str) -> None:
        self.settings.set(LANGUAGE, code)
        self.window.show_message(self.tr("The new language is used from the next start."))

    @Slot()
    def _on_show_original(self) -> None:
        article = self.window.reader.article
        if article is None or article.page_id is None:
            return
        page = self.library.page(article.page_id)
        raw = self.library.page_text(article.page_id)
        if page is not None and raw is not None:
            dialogs.OriginalPageDialog(page, raw, article, self.window).open()
