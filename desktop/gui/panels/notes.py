"""The notes panel: the article's highlights and notes, or all of them, with filters.

A note is saved as it is typed (a short pause after the last key, and at once when the
selection changes or the panel loses focus), so nothing typed is lost if the app is killed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import COLORS, Annotation
from desktop.gui.theme import LIGHT, Theme

UuidRole = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 300

_Index = QModelIndex | QPersistentModelIndex


class AnnotationModel(QAbstractListModel):
    """Annotations as list rows: the quote, then the note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Annotation] = []
        self.titles: dict[int, str] = {}
        self.theme: Theme = LIGHT

    def set_items(self, items: list[Annotation], titles: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.items = items
        self.titles = titles or {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = a.quote if len(a.quote) <= 60 else a.quote[:58] + "…"
            lines = [f"“{quote}”"]
            if a.note:
                lines.append("✎ " + a.note.splitlines()[0][:80])
            if a.article_id in self.titles:
                lines.append("— " + self.titles[a.article_id])
            if a.detached:
                lines.append("⚠ " + self.tr("detached: its text is no longer in the article"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.theme.highlight(a.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.note or a.quote
        if role == UuidRole:
            return a.uuid
        return None

    def row_of(self, uuid: str) -> int:
        return next((i for i, a in enumerate(self.items) if a.uuid == uuid), -1)


class _NoteEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class NotesPanel(QWidget):
    """Lists annotations and edits the selected one."""

    jump_requested = Signal(str)  # uuid
    note_edited = Signal(str, str, str)  # uuid, old note, new note
    recolour_requested = Signal(str, str)  # uuid, colour
    delete_requested = Signal(str)  # uuid
    scope_changed = Signal()

    SCOPES = ("article", "all", "detached")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnotationModel(self)
        self._editing: Annotation | None = None
        self._saved_note = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This article"), "article")
        self.scope.addItem(self.tr("All notes"), "all")
        self.scope.addItem(self.tr("Detached"), "detached")
        self.color_filter = QComboBox(self)
        self.color_filter.addItem(self.tr("All colours"), "")
        for c in COLORS:
            self.color_filter.addItem(c, c)
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Filter notes…"))
        self.text_filter.setClearButtonEnabled(True)
        self.view = QListView(self)
        self.view.setObjectName("notesView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.editor = _NoteEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Write a note for the selected highlight…"))
        self.editor.setMaximumHeight(120)
        self.status = QLabel(self)
        swatches = QHBoxLayout()
        self.color_buttons: dict[str, QPushButton] = {}
        for c in COLORS:
            b = QPushButton(self)
            b.setFixedSize(22, 22)
            b.setToolTip(c)
            b.clicked.connect(lambda _=False, col=c: self._on_recolour(col))
            self.color_buttons[c] = b
            swatches.addWidget(b)
        swatches.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        swatches.addWidget(self.delete_button)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.color_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.text_filter)
        layout.addWidget(self.view, 1)
        layout.addLayout(swatches)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        self.set_theme(LIGHT)
        self._set_editing(None)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.focus_lost.connect(self.flush)
        self.delete_button.clicked.connect(self._on_delete)
        self.scope.currentIndexChanged.connect(lambda _i: self.scope_changed.emit())
        self.color_filter.currentIndexChanged.connect(lambda _i: self.scope_changed.emit())
        self.text_filter.textChanged.connect(lambda _t: self.scope_changed.emit())

    def set_theme(self, theme: Theme) -> None:
        self.model.theme = theme
        for c, b in self.color_buttons.items():
            b.setStyleSheet(
                f"background: {QColor(theme.highlight(c)).name()}; border: 1px solid #888;"
            )
        self.view.viewport().update()

    # -- state the controller reads ---------------------------------------------------------

    def current_scope(self) -> str:
        return str(self.scope.currentData())

    def current_color(self) -> str:
        return str(self.color_filter.currentData() or "")

    def current_text(self) -> str:
        return self.text_filter.text().strip()

    def set_items(self, items: list[Annotation], titles: dict[int, str] | None = None) -> None:
        """Show these annotations, keeping the selection and the note being typed."""
        self.flush()
        selected = self._editing.uuid if self._editing else None
        self.model.set_items(items, titles)
        row = self.model.row_of(selected) if selected else -1
        if row >= 0:
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row))
            self.view.selectionModel().blockSignals(False)
            self._editing = self.model.items[row]
        else:
            self._set_editing(None)
        self.status.setText(self.tr("%n note(s)", "", len(items)))

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def edit_note(self, uuid: str) -> None:
        """Select the annotation and put the cursor in its note."""
        self.select(uuid)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing ------------------------------------------------------------------------------

    def _set_editing(self, ann: Annotation | None) -> None:
        self._editing = ann
        self.editor.blockSignals(True)
        self.editor.setPlainText(ann.note if ann else "")
        self.editor.blockSignals(False)
        self._saved_note = ann.note if ann else ""
        for w in (self.editor, self.delete_button, *self.color_buttons.values()):
            w.setEnabled(ann is not None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()
        self._set_editing(self.model.items[current.row()] if current.isValid() else None)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump_requested.emit(str(index.data(UuidRole)))

    @Slot()
    def _on_text_changed(self) -> None:
        self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Save the note being typed now, if it changed."""
        self._timer.stop()
        if self._editing is None:
            return
        text = self.editor.toPlainText()
        if text != self._saved_note:
            old, self._saved_note = self._saved_note, text
            self.note_edited.emit(self._editing.uuid, old, text)

    def _on_recolour(self, color: str) -> None:
        if self._editing is not None:
            self.recolour_requested.emit(self._editing.uuid, color)

    def _on_delete(self) -> None:
        if self._editing is not None:
            self.flush()
            self.delete_requested.emit(self._editing.uuid)
