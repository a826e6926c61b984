"""Find in the current article: incremental, every hit highlighted, next/previous, a count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text``, ignoring case and full/half width."""
    if not needle:
        return []
    from desktop.core.search.fold import fold  # imported on first use: keeps start-up light

    hay, pat = fold(text), fold(needle)
    spans, i = [], hay.find(pat)
    while i >= 0:
        spans.append((i, i + len(pat)))
        i = hay.find(pat, i + max(1, len(pat)))
    return spans


class FindBar(QWidget):
    """A slim bar under the reader; hidden until Ctrl+F."""

    #: (spans, current index) to show; an empty list clears the hits.
    hits_changed = Signal(list, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self._setup_ui()
        self.hide()

    def _setup_ui(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(70)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("↑")
        self.prev_button.setToolTip(self.tr("Previous (Shift+F3)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next (F3)"))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for w in (self.edit, self.count_label, self.prev_button, self.next_button, close):
            layout.addWidget(w)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self.next)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, self.previous)

    def set_text(self, text: str) -> None:
        """The article text to search; re-runs the current query."""
        self._text = text
        self._search(self.edit.text(), keep=False)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._search(self.edit.text(), keep=True)

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.spans, self.current = [], -1
        self.hits_changed.emit([], -1)
        self.closed.emit()

    @Slot(str)
    def _on_text_changed(self, query: str) -> None:
        self._search(query, keep=False)

    def _search(self, query: str, keep: bool) -> None:
        if not self.isVisible():
            return
        self.spans = find_all(self._text, query)
        self.current = (
            (self.current if keep and 0 <= self.current < len(self.spans) else 0)
            if self.spans
            else -1
        )
        self._announce()

    def _announce(self) -> None:
        if not self.edit.text():
            self.count_label.setText("")
        elif self.spans:
            self.count_label.setText(f"{self.current + 1} / {len(self.spans)}")
        else:
            self.count_label.setText(self.tr("No matches"))
        self.hits_changed.emit(list(self.spans), self.current)

    @Slot()
    def next(self) -> None:
        if self.spans:
            self.current = (self.current + 1) % len(self.spans)
            self._announce()

    @Slot()
    def previous(self) -> None:
        if self.spans:
            self.current = (self.current - 1) % len(self.spans)
            self._announce()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)
