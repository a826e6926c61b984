"""The reader pane: one article, typeset for comfortable Chinese reading.

Highlights, find hits and the current search hit are drawn as extra selections over the
document, so the text itself is never modified.  Everything the core knows as body offsets is
converted to document positions through :class:`RenderedArticle` here, and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget

from desktop.core.models import COLORS, Annotation, Article
from desktop.gui.reader.markers import MarkerScrollBar
from desktop.gui.reader.render import RenderedArticle, Typography, render_article
from desktop.gui.theme import LIGHT, Theme

#: Longest comfortable line, in characters of the body font.
MAX_LINE_CHARS = 36
BASE_POINT_SIZE = 15.0
HOVER_DELAY_MS = 350
COLOR_LABELS = {
    "yellow": "黄 Yellow",
    "green": "绿 Green",
    "blue": "蓝 Blue",
    "pink": "粉 Pink",
    "purple": "紫 Purple",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class ReaderView(QTextBrowser):
    """Read-only view of the current article, with a centred column of readable width."""

    #: Emitted once, the first time an article has been painted (start-up measurement).
    first_article_painted = Signal()
    #: (start, end, colour, ask for a note) in body offsets.
    highlight_requested = Signal(int, int, str, bool)
    #: (annotation uuid, action): action is "note", "delete" or a colour name.
    annotation_action = Signal(str, str)
    annotation_clicked = Signal(str)
    zoom_changed = Signal(int)
    #: (body offset, global position, from the keyboard): show the word popup there.
    word_requested = Signal(int, QPoint, bool)
    #: The pointer left the text: hide the word popup.
    word_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setVerticalScrollBar(MarkerScrollBar(self))
        self.theme: Theme = LIGHT
        self.serif = True
        self.zoom = 0
        self.article: Article | None = None
        self.rendered: RenderedArticle | None = None
        self.annotations: list[Annotation] = []
        self.find_spans: list[Span] = []
        self.current_find = -1
        self._painted_once = False
        self.tooltip_trigger = "hover"
        self._hover_pos = QPoint()
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(HOVER_DELAY_MS)
        self._hover_timer.timeout.connect(self._on_hover_timeout)
        self.viewport().setMouseTracking(True)
        self._show_placeholder()

    # -- content -------------------------------------------------------------------------

    def typography(self) -> Typography:
        t = self.theme
        return Typography(
            point_size=BASE_POINT_SIZE * (1.1**self.zoom),
            serif=self.serif,
            text_color=t.text,
            muted_color=t.muted,
            accent_color=t.accent,
        )

    def _show_placeholder(self) -> None:
        self.setPlainText(self.tr("Choose an article from the library."))

    def show_article(
        self, article: Article | None, annotations: list[Annotation] | None = None
    ) -> None:
        self.article = article
        self.annotations = list(annotations or [])
        self.find_spans, self.current_find = [], -1
        self._render()
        self.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        if self.article is None:
            self.rendered = None
            self._show_placeholder()
            return
        scroll = self.verticalScrollBar().value()
        self.rendered = render_article(self.article, self.typography())
        self.setDocument(self.rendered.document)
        self.rendered.document.setParent(self)
        self._apply_palette()
        self._update_margins()
        self.refresh_decorations()
        self.verticalScrollBar().setValue(scroll)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._render()

    def set_serif(self, serif: bool) -> None:
        self.serif = serif
        self._render()

    def set_zoom(self, zoom: int) -> None:
        zoom = max(-6, min(12, zoom))
        if zoom != self.zoom:
            offset = self.reading_position()
            self.zoom = zoom
            self._render()
            self.scroll_to_offset(offset, center=False)
            self.zoom_changed.emit(zoom)

    def _apply_palette(self) -> None:
        p = self.palette()
        p.setColor(QPalette.ColorRole.Base, QColor(self.theme.paper))
        p.setColor(QPalette.ColorRole.Text, QColor(self.theme.text))
        p.setColor(QPalette.ColorRole.Window, QColor(self.theme.window))
        p.setColor(QPalette.ColorRole.Highlight, QColor(self.theme.selection))
        p.setColor(QPalette.ColorRole.HighlightedText, QColor(self.theme.text))
        self.setPalette(p)
        self.viewport().setAutoFillBackground(True)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.annotations = list(annotations)
        self.refresh_decorations()

    def set_find_spans(self, spans: list[tuple[int, int]], current: int = 0) -> None:
        self.find_spans = [Span(s, e) for s, e in spans]
        self.current_find = current if spans else -1
        self.refresh_decorations()
        if spans:
            self.scroll_to_span(*spans[current])

    # -- offsets ↔ cursors ------------------------------------------------------------------

    def cursor_for(self, start: int, end: int) -> QTextCursor | None:
        if self.rendered is None:
            return None
        c = QTextCursor(self.document())
        c.setPosition(self.rendered.to_document(start))
        c.setPosition(self.rendered.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        return c

    def selection_span(self) -> tuple[int, int] | None:
        """Body offsets of the selection, or None when nothing of the body is selected."""
        c = self.textCursor()
        if self.rendered is None or not c.hasSelection():
            return None
        start = self.rendered.to_body(c.selectionStart())
        end = self.rendered.to_body(c.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def body_offset_at(self, pos: QPoint) -> int | None:
        if self.rendered is None:
            return None
        return self.rendered.to_body(self.cursorForPosition(pos).position())

    def annotation_at(self, pos: QPoint) -> Annotation | None:
        offset = self.body_offset_at(pos)
        if offset is None:
            return None
        for ann in reversed(self.annotations):
            if ann.start <= offset < ann.end:
                return ann
        return None

    def reading_position(self) -> int:
        """Body offset of the first character at the top of the view."""
        offset = self.body_offset_at(QPoint(4, 4))
        return offset or 0

    def scroll_to_offset(self, offset: int, center: bool = True) -> None:
        if self.rendered is None:
            return
        c = QTextCursor(self.document())
        c.setPosition(self.rendered.to_document(offset))
        rect = self.cursorRect(c)
        bar = self.verticalScrollBar()
        target = bar.value() + rect.top() - (self.viewport().height() // 3 if center else 0)
        bar.setValue(max(0, target))

    def scroll_to_span(self, start: int, end: int) -> None:
        self.scroll_to_offset(start, center=True)

    # -- decorations -----------------------------------------------------------------------

    def refresh_decorations(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        for ann in self.annotations:
            fmt = QTextCharFormat()
            fmt.setBackground(self.theme.highlight(ann.color))
            if ann.note:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(QColor(self.theme.accent))
                fmt.setToolTip(ann.note)
            selections.append(self._selection(ann.start, ann.end, fmt))
        for i, span in enumerate(self.find_spans):
            fmt = QTextCharFormat()
            color = self.theme.find_current if i == self.current_find else self.theme.find_hit
            fmt.setBackground(QColor(color))
            selections.append(self._selection(span.start, span.end, fmt))
        self.setExtraSelections([s for s in selections if s is not None])
        self._update_markers()

    def _selection(
        self, start: int, end: int, fmt: QTextCharFormat
    ) -> QTextEdit.ExtraSelection | None:
        cursor = self.cursor_for(start, end)
        if cursor is None:
            return None
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor  # type: ignore[misc]
        sel.format = fmt  # type: ignore[misc]
        return sel

    def _fraction(self, offset: int) -> float:
        assert self.rendered is not None
        c = QTextCursor(self.document())
        c.setPosition(self.rendered.to_document(offset))
        layout = self.document().documentLayout()
        block_rect = layout.blockBoundingRect(c.block())
        height = max(1.0, layout.documentSize().height())
        return float(block_rect.top() / height)

    def _update_markers(self) -> None:
        bar = self.verticalScrollBar()
        if not isinstance(bar, MarkerScrollBar) or self.rendered is None:
            return
        marks = [
            (self._fraction(a.start), self.theme.highlight(a.color).darker(130))
            for a in self.annotations
        ]
        marks += [
            (self._fraction(s.start), QColor(self.theme.find_current)) for s in self.find_spans
        ]
        bar.set_markers(marks)

    # -- events ------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        span = self.selection_span()
        ann = self.annotation_at(event.pos())
        if span is not None:
            menu.addSeparator()
            sub = menu.addMenu(self.tr("Highlight"))
            for color in COLORS:
                act = sub.addAction(COLOR_LABELS[color])
                act.triggered.connect(
                    lambda _=False, c=color, s=span: self.highlight_requested.emit(*s, c, False)
                )
            note = menu.addAction(self.tr("Highlight with Note…"))
            note.triggered.connect(
                lambda _=False, s=span: self.highlight_requested.emit(*s, "", True)
            )
        if ann is not None:
            self._add_annotation_menu(menu, ann)
        menu.exec(event.globalPos())

    def _add_annotation_menu(self, menu: QMenu, ann: Annotation) -> None:
        menu.addSeparator()
        edit = menu.addAction(self.tr("Edit Note…") if ann.note else self.tr("Add Note…"))
        edit.triggered.connect(lambda: self.annotation_action.emit(ann.uuid, "note"))
        recolour = menu.addMenu(self.tr("Change Colour"))
        for color in COLORS:
            act = recolour.addAction(COLOR_LABELS[color])
            act.setCheckable(True)
            act.setChecked(color == ann.color)
            act.triggered.connect(lambda _=False, c=color: self.annotation_action.emit(ann.uuid, c))
        delete = menu.addAction(self.tr("Delete Highlight"))
        delete.triggered.connect(lambda: self.annotation_action.emit(ann.uuid, "delete"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            pos = event.position().toPoint()
            ann = self.annotation_at(pos)
            if ann is not None:
                self.annotation_clicked.emit(ann.uuid)
            elif self.tooltip_trigger == "click":
                self._request_word(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self.tooltip_trigger != "hover" or event.buttons() != Qt.MouseButton.NoButton:
            return
        self._hover_pos = event.position().toPoint()
        self._hover_timer.start()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hover_timer.stop()

    def _on_hover_timeout(self) -> None:
        self._request_word(self._hover_pos)

    def _request_word(self, pos: QPoint) -> None:
        """Ask for the popup of the character under ``pos`` (viewport coordinates)."""
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        # cursorForPosition snaps to the nearest gap; only a pointer over a glyph counts.
        if abs(rect.center().y() - pos.y()) > rect.height() or self.rendered is None:
            self.word_left.emit()
            return
        position = cursor.position() - (1 if pos.x() < rect.x() else 0)
        offset = self.rendered.to_body(max(0, position))
        if offset is None or self.article is None or offset >= len(self.article.text):
            self.word_left.emit()
            return
        if not self.article.text[offset].strip():
            self.word_left.emit()
            return
        below = self.viewport().mapToGlobal(QPoint(rect.x(), rect.bottom() + 6))
        self.word_requested.emit(offset, below, False)

    def request_word_at_caret(self) -> None:
        """The keyboard way to the popup: the word at (or right after) the caret."""
        if self.rendered is None or self.article is None:
            return
        cursor = self.textCursor()
        offset = self.rendered.to_body(cursor.selectionStart())
        if offset is None:
            return
        offset = min(offset, len(self.article.text) - 1)
        rect = self.cursorRect(cursor)
        self.word_requested.emit(offset, self.viewport().mapToGlobal(rect.bottomLeft()), True)

    def _update_margins(self) -> None:
        char_px = self.typography().point_size * 4 / 3
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
