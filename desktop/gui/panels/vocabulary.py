"""The vocabulary panel: saved words to review, search, edit, delete and mark known."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reading import tone_marks
from desktop.core.store.vocabulary import VocabEntry

EntryIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def marks(pinyin: str) -> str:
    """Numbered syllables ("yin2 hang2") as tone marks; anything else as given."""
    return " ".join(tone_marks(s) if s[-1:].isdigit() else s for s in pinyin.split())


class VocabularyModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[VocabEntry] = []

    def set_entries(self, entries: list[VocabEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first = e.definition.split(" / ")[0][:60]
            mark = "✓ " if e.known else ""
            return f"{mark}{e.word}  {marks(e.pinyin)}\n{first}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.definition}\n\n{e.sentence}"
        if role == Qt.ItemDataRole.FontRole and e.known:
            f = QFont()
            f.setItalic(True)
            return f
        if role == EntryIdRole:
            return e.id
        return None


class EntryDialog(QDialog):
    """Edit a saved word's pinyin, definition and sentence."""

    def __init__(self, entry: VocabEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(entry.word)
        self.pinyin = QLineEdit(entry.pinyin, self)
        self.definition = QPlainTextEdit(entry.definition, self)
        self.sentence = QPlainTextEdit(entry.sentence, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Pinyin"), self.pinyin)
        form.addRow(self.tr("Meaning"), self.definition)
        form.addRow(self.tr("Sentence"), self.sentence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {
            "pinyin": self.pinyin.text().strip(),
            "definition": self.definition.toPlainText().strip(),
            "sentence": self.sentence.toPlainText().strip(),
        }


class VocabularyPanel(QWidget):
    filters_changed = Signal()
    known_toggled = Signal(int, bool)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    open_requested = Signal(int)  # entry id: open the article it came from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VocabularyModel(self)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search saved words…"))
        self.search.setClearButtonEnabled(True)
        self.show_filter = QComboBox(self)
        self.show_filter.addItem(self.tr("All words"), None)
        self.show_filter.addItem(self.tr("Learning"), False)
        self.show_filter.addItem(self.tr("Known"), True)
        self.view = QListView(self)
        self.view.setObjectName("vocabularyView")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.known_button = QPushButton(self.tr("Known"), self)
        self.known_button.setCheckable(True)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_filter)
        buttons = QHBoxLayout()
        for b in (self.known_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.count)
        self.search.textChanged.connect(lambda _t: self.filters_changed.emit())
        self.show_filter.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.activated.connect(self._on_activated)
        self.known_button.clicked.connect(self._on_known)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self._on_current(QModelIndex(), QModelIndex())

    def filters(self) -> tuple[str | None, bool | None]:
        text = self.search.text().strip() or None
        known = self.show_filter.currentData()
        return text, known if isinstance(known, bool) else None

    def set_entries(self, entries: list[VocabEntry]) -> None:
        current = self.current_entry()
        self.model.set_entries(entries)
        if current is not None:
            for row, e in enumerate(entries):
                if e.id == current.id:
                    self.view.setCurrentIndex(self.model.index(row))
        self.count.setText(self.tr("%n word(s)", "", len(entries)))

    def current_entry(self) -> VocabEntry | None:
        idx = self.view.currentIndex()
        return self.model.entries[idx.row()] if idx.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entries[current.row()] if current.isValid() else None
        for b in (self.known_button, self.edit_button, self.delete_button):
            b.setEnabled(entry is not None)
        self.known_button.setChecked(bool(entry and entry.known))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(EntryIdRole)))

    def _on_known(self, checked: bool) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.known_toggled.emit(entry.id, checked)

    def _emit_current(self, signal: Signal) -> None:  # type: ignore[type-arg]
        entry = self.current_entry()
        if entry is not None:
            signal.emit(entry.id)  # type: ignore[attr-defined]
