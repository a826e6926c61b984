"""Library search: a query box and the matching articles with marked snippets."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.core.search import SearchHit, SearchResults

HitRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def hit_html(hit: SearchHit, mark_color: str) -> str:
    """Title and snippet as escaped rich text, matched text in bold on a marker colour."""
    title = html.escape(hit.title or "（无标题）")
    where = ""
    if hit.matched_notes:
        where = " <small>✎ 笔记 note</small>" if not hit.matched_article else " <small>✎</small>"
    parts = [f"<b>{title}</b>{where}"]
    if hit.paper:
        parts[0] += f" <small>· {html.escape(hit.paper)}</small>"
    if hit.snippet:
        text, out, pos = hit.snippet.text, [], 0
        for start, end in hit.snippet.marks:
            out.append(html.escape(text[pos:start]))
            marked = html.escape(text[start:end])
            out.append(f'<span style="background:{mark_color}"><b>{marked}</b></span>')
            pos = end
        out.append(html.escape(text[pos:]))
        parts.append("<span>" + "".join(out) + "</span>")
    return "<br>".join(parts)


class HitModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.mark_color = "#ffe36e"

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_html(hit, self.mark_color)
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return hit.title
        return None


class _RichDelegate(QStyledItemDelegate):
    """Draws the item's rich text, wrapped to the view's width."""

    def _doc(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole)))
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.topLeft().x() + 4, option.rect.topLeft().y() + 3)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)


class SearchPanel(QWidget):
    """Type a query, press Enter, open a result."""

    search_requested = Signal(str)
    hit_activated = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HitModel(self)
        self.last_query = ""
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setObjectName("librarySearchEdit")
        self.edit.setPlaceholderText(
            self.tr('Search the library: words, "phrases", OR, -word, title:')
        )
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_RichDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.edit.returnPressed.connect(self._on_return)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)

    def focus_query(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    @Slot()
    def _on_return(self) -> None:
        self.last_query = self.edit.text()
        self.status.setText(self.tr("Searching…"))
        self.search_requested.emit(self.last_query)

    def show_results(self, results: SearchResults) -> None:
        if results.query != self.last_query:
            return  # an older query finished after a newer one was typed
        self.model.set_hits(results.hits)
        lines = []
        if results.message:
            lines.append(results.message)
        if results.total or not results.message:
            count = self.tr("%n article(s) found", "", results.total)
            if results.total > len(results.hits):
                count += self.tr(" (showing %1)").replace("%1", str(len(results.hits)))
            lines.append(count)
        self.status.setText("\n".join(lines))
        if results.hits:
            self.view.setCurrentIndex(self.model.index(0))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(index.data(HitRole))
