"""The reader pane: one article, typeset for comfortable Chinese reading."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.models import Article
from desktop.gui.reader.render import RenderedArticle, Typography, render_article

#: Longest comfortable line, in characters of the body font.
MAX_LINE_CHARS = 36


class ReaderView(QTextBrowser):
    """Read-only view of the current article, with a centred column of readable width."""

    #: Emitted once, the first time an article has been painted (start-up measurement).
    first_article_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.typography = Typography()
        self.article: Article | None = None
        self.rendered: RenderedArticle | None = None
        self._painted_once = False
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        self.setPlainText(self.tr("Choose an article from the library."))

    def show_article(self, article: Article | None) -> None:
        self.article = article
        if article is None:
            self.rendered = None
            self._show_placeholder()
            return
        self.rendered = render_article(article, self.typography)
        self.setDocument(self.rendered.document)
        self.rendered.document.setParent(self)
        self.verticalScrollBar().setValue(0)
        self._update_margins()

    def _update_margins(self) -> None:
        char_px = self.typography.point_size * 4 / 3
        column = int(MAX_LINE_CHARS * char_px + 2 * self.document().documentMargin())
        side = max(0, (self.width() - self.verticalScrollBar().width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once and self.article is not None:
            self._painted_once = True
            self.first_article_painted.emit()
