"""A scroll bar that shows where the search hits and highlights are in the article."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget


class MarkerScrollBar(QScrollBar):
    """Vertical scroll bar with coloured ticks at fractions (0–1) of the document height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._markers: list[tuple[float, QColor]] = []

    def set_markers(self, markers: list[tuple[float, QColor]]) -> None:
        self._markers = markers
        self.update()

    def markers(self) -> list[tuple[float, QColor]]:
        return list(self._markers)

    def _groove(self) -> QRect:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, opt, QStyle.SubControl.SC_ScrollBarGroove, self
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._markers:
            return
        groove = self._groove()
        painter = QPainter(self)
        for fraction, color in self._markers:
            y = groove.top() + int(max(0.0, min(1.0, fraction)) * (groove.height() - 3))
            painter.fillRect(QRect(groove.left() + 2, y, groove.width() - 4, 3), color)
        painter.end()
