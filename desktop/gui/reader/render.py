"""Building a QTextDocument from an article's document model.

Text goes in through QTextCursor.insertText only — page text is never pasted into HTML, so a
stray ``<script>`` in a page is just characters.  The body blocks are inserted in the same
order as :func:`desktop.core.models.render_text`; ``RenderedArticle.segments`` maps each run
of body text to its document position, so core offsets (highlights, search hits) become
cursors here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from desktop.core.models import Article, Block

CJK_SERIF = ["Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "serif"]
CJK_SANS = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "sans-serif",
]


@dataclass(frozen=True)
class Typography:
    """Reading settings that shape the document."""

    point_size: float = 15.0
    line_height: int = 165  # percent
    serif: bool = True
    indent_chars: int = 2
    text_color: str = "#1f1f1f"
    muted_color: str = "#6b6b6b"
    accent_color: str = "#b3261e"


@dataclass(frozen=True)
class RenderedArticle:
    document: QTextDocument
    #: (body offset, document position, length) for every run of body text, in order.
    segments: tuple[tuple[int, int, int], ...]
    body_length: int

    def to_document(self, offset: int) -> int:
        """Document position of body ``offset`` (clamped to the nearest run)."""
        last = 0
        for start, pos, length in self.segments:
            if offset < start:
                return pos
            if offset <= start + length:
                return pos + offset - start
            last = pos + length
        return last

    def to_body(self, position: int) -> int | None:
        """Body offset of a document position, or None outside the body (header, borders)."""
        for start, pos, length in self.segments:
            if pos <= position <= pos + length:
                return start + position - pos
        return None


def _font(
    t: Typography, scale: float = 1.0, bold: bool = False, serif: bool | None = None
) -> QFont:
    f = QFont()
    f.setFamilies(CJK_SERIF if (t.serif if serif is None else serif) else CJK_SANS)
    f.setPointSizeF(t.point_size * scale)
    f.setBold(bold)
    return f


def _char(
    t: Typography,
    scale: float = 1.0,
    *,
    bold: bool = False,
    color: str | None = None,
    serif: bool | None = None,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(_font(t, scale, bold, serif))
    fmt.setForeground(QColor(color or t.text_color))
    return fmt


def _block(
    t: Typography,
    *,
    indent: bool = False,
    center: bool = False,
    top: float = 0,
    bottom: float = 0,
    line_height: int | None = None,
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(float(line_height or t.line_height), 1)  # 1 = ProportionalHeight
    if indent:
        fmt.setTextIndent(t.indent_chars * t.point_size * 4 / 3)  # points → pixels at 96 dpi
    if center:
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    return fmt


def _header(cursor: QTextCursor, article: Article, t: Typography) -> None:
    first = True

    def line(text: str, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        nonlocal first
        if first:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char)
            first = False
        else:
            cursor.insertBlock(block, char)
        cursor.insertText(text, char)

    if article.kicker:
        line(
            article.kicker,
            _block(t, center=True, bottom=4),
            _char(t, 0.85, color=t.accent_color, serif=False),
        )
    line(
        article.title or "（无标题）",
        _block(t, center=True, line_height=140, bottom=6),
        _char(t, 1.6, bold=True),
    )
    if article.subtitle:
        line(article.subtitle, _block(t, center=True, bottom=6), _char(t, 1.1, color=t.muted_color))
    meta = "　".join(x for x in (article.byline, article.publication) if x)
    if meta:
        line(
            meta,
            _block(t, center=True, bottom=18),
            _char(t, 0.85, color=t.muted_color, serif=False),
        )
    if not article.complete:
        line(
            "（本版仅刊登部分内容）",
            _block(t, center=True, bottom=12),
            _char(t, 0.8, color=t.muted_color, serif=False),
        )


def _insert_table(
    cursor: QTextCursor, block: Block, t: Typography, offset: int
) -> list[tuple[int, int, int]]:
    rows = block.rows or (("",),)
    ncols = max(len(r) for r in rows)
    fmt = QTextTableFormat()
    fmt.setBorder(0.5)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table = cursor.insertTable(len(rows), ncols, fmt)
    cell_char = _char(t, 0.85, serif=False)
    head_char = _char(t, 0.85, bold=True, serif=False)
    segments = []
    for r, row in enumerate(block.rows):
        for c, text in enumerate(row):
            cell_cursor = table.cellAt(r, c).firstCursorPosition()
            segments.append((offset, cell_cursor.position(), len(text)))
            cell_cursor.insertText(text, head_char if r == 0 else cell_char)
            offset += len(text) + 1  # the tab or newline that follows in the plain text
    cursor.movePosition(QTextCursor.MoveOperation.End)
    return segments


def render_article(article: Article, t: Typography | None = None) -> RenderedArticle:
    """A document for ``article``; see the module docstring for the offset contract."""
    t = t or Typography()
    doc = QTextDocument()
    doc.setDefaultFont(_font(t))
    doc.setDocumentMargin(24)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    _header(cursor, article, t)
    segments: list[tuple[int, int, int]] = []
    offset = 0
    for block in article.blocks:
        if block.type == "subhead":
            cursor.insertBlock(_block(t, top=14, bottom=6), _char(t, 1.1, bold=True))
        elif block.type == "caption":
            cursor.insertBlock(
                _block(t, center=True, top=6, bottom=10, line_height=150),
                _char(t, 0.85, color=t.muted_color, serif=False),
            )
        else:
            cursor.insertBlock(_block(t, indent=block.type == "paragraph", bottom=8), _char(t))
        if block.type == "table":
            segments += _insert_table(cursor, block, t, offset)
        else:
            segments.append((offset, cursor.position(), len(block.text)))
            cursor.insertText(block.text)
        offset += len(block.plain) + 1
    cursor.endEditBlock()
    return RenderedArticle(doc, tuple(segments), len(article.text))
