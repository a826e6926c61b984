"""The library panel: every article, grouped by the page it was printed on, with a filter."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeView, QVBoxLayout, QWidget

from desktop.core.store import ArticleSummary

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
#: Libraries with at most this many pages open every page in the list.
EXPAND_ALL_UP_TO = 40
SearchTextRole = Qt.ItemDataRole.UserRole + 2

KIND_LABELS = {
    "article": "",
    "commentary": "评论",
    "brief": "简讯",
    "photo": "图片",
    "notice": "公告",
}

_Index = QModelIndex | QPersistentModelIndex


def short_kicker(kicker: str | None) -> str:
    """The column label of a kicker: 【头条聚焦】 from 【头条聚焦】关键词：…, or a short kicker."""
    if not kicker:
        return ""
    if kicker.startswith("【") and "】" in kicker:
        return kicker[: kicker.index("】") + 1]
    return f"【{kicker}】" if len(kicker) <= 8 else f"【{kicker[:7]}…】"


def article_label(s: ArticleSummary) -> str:
    """One line for the list: column label and title first, then kind, byline and paper."""
    extra = [x for x in (KIND_LABELS.get(s.kind, ""), s.byline, s.publication) if x]
    label = short_kicker(s.kicker) + (s.title or "（无标题）")
    if extra:
        label += "  · " + " · ".join(extra)
    return label


class LibraryModel(QAbstractItemModel):
    """Two levels: pages, then their articles.  Internal ids encode the level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[tuple[str, list[ArticleSummary]]] = []
        self._where: dict[int, tuple[int, int]] = {}  # article id → (page row, row)

    def set_summaries(self, summaries: list[ArticleSummary]) -> None:
        self.beginResetModel()
        grouped: dict[int, tuple[str, list[ArticleSummary]]] = {}
        for s in summaries:
            grouped.setdefault(s.page_id, (s.page_name, []))[1].append(s)
        self._pages = list(grouped.values())
        self._where = {
            s.id: (p, r) for p, (_name, arts) in enumerate(self._pages) for r, s in enumerate(arts)
        }
        self.endResetModel()

    def page_count(self) -> int:
        return len(self._pages)

    # Internal id: 0 for a page row, page number + 1 for an article row under that page.
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._pages) else QModelIndex()
        if parent.internalId() == 0 and row < len(self._pages[parent.row()][1]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._pages)
        if parent.internalId() == 0:
            return len(self._pages[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def summary(self, index: _Index) -> ArticleSummary | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._pages[index.internalId() - 1][1][index.row()]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self.summary(index)
        if s is None:
            name, arts = self._pages[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{name}（{len(arts)}）"
            if role == SearchTextRole:
                return name
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return article_label(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                x for x in (s.kicker, s.title, s.byline, s.publication, s.page_name) if x
            )
        if role == ArticleIdRole:
            return s.id
        if role == SearchTextRole:
            return " ".join(x for x in (s.kicker, s.title, s.byline, s.publication) if x)
        if role == Qt.ItemDataRole.ForegroundRole and s.duplicate_of:
            # Other printings of a story shown elsewhere are listed dimmed.
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def first_article_index(self) -> QModelIndex:
        for row, (_name, arts) in enumerate(self._pages):
            if arts:
                return self.index(0, 0, self.index(row, 0))
        return QModelIndex()

    def summary_by_id(self, article_id: int) -> ArticleSummary | None:
        """The listed summary of an article (what the list shows: no database round trip)."""
        where = self._where.get(article_id)
        return self._pages[where[0]][1][where[1]] if where else None

    def index_of_article(self, article_id: int) -> QModelIndex:
        where = self._where.get(article_id)
        if where is None:
            return QModelIndex()
        return self.index(where[1], 0, self.index(where[0], 0))


class _FilterProxy(QSortFilterProxyModel):
    """Keeps pages whose name or any article matches, and the matching articles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def needle(self) -> str:
        return self._needle

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        idx = model.index(row, 0, parent)
        if self._needle in str(model.data(idx, SearchTextRole) or "").casefold():
            return True
        return any(self.filterAcceptsRow(r, idx) for r in range(model.rowCount(idx)))


class LibraryPanel(QWidget):
    """The article list with its filter box."""

    article_activated = Signal(int)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter articles…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setObjectName("libraryView")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._expand)

    @Slot()
    def _expand(self) -> None:
        """Open every page of a small library or a filtered list; otherwise only as needed.

        Expanding thousands of pages would cost a start-up its first quarter second.
        """
        if self.model.page_count() <= EXPAND_ALL_UP_TO or self.proxy.needle():
            self.view.expandAll()

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text.strip())
        self._expand()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ArticleIdRole)
        if article_id is not None:
            self.article_activated.emit(int(article_id))

    def select_article(self, article_id: int) -> bool:
        src = self.model.index_of_article(article_id)
        idx = self.proxy.mapFromSource(src)
        if not idx.isValid():
            return False
        self.view.expand(idx.parent())
        self.view.setCurrentIndex(idx)
        self.view.scrollTo(idx)
        return True

    def selected_article_ids(self) -> list[int]:
        """Articles the user selected (Ctrl/Shift-click), for exporting several at once."""
        ids = (i.data(ArticleIdRole) for i in self.view.selectionModel().selectedIndexes())
        return sorted({int(i) for i in ids if i is not None})

    def select_first(self) -> bool:
        src = self.model.first_article_index()
        s = self.model.summary(src)
        return self.select_article(s.id) if s else False
