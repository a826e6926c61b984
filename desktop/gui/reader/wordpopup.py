"""The word popup: pinyin in tone colours, definitions, HSK level, ★ to keep the word.

Shown on hover (or click) over a word in the reader, or from the keyboard for the word at the
caret.  All text is set as escaped rich text or plain text; nothing from a page is rendered.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reading import WordInfo, tone_marks

#: Tone colours by palette: tones 1–4 and the neutral tone (5).
TONE_PALETTES: dict[str, tuple[str, str, str, str, str]] = {
    "pleco": ("#e30000", "#02b31c", "#1510f0", "#8900bf", "#777777"),
    "mdbg": ("#e60000", "#d08000", "#1e9e00", "#0050e0", "#555555"),
}
MAX_ENTRIES = 6


def pinyin_html(syllables: tuple[str | None, ...], palette: str) -> str:
    """Tone-marked syllables, each coloured by its tone unless the palette is "off"."""
    colors = TONE_PALETTES.get(palette)
    out = []
    for syl in syllables:
        if syl is None:
            continue
        text = html.escape(tone_marks(syl))
        tone = int(syl[-1]) if syl[-1].isdigit() else 5
        if colors:
            out.append(f'<span style="color:{colors[min(max(tone, 1), 5) - 1]}">{text}</span>')
        else:
            out.append(text)
    return " ".join(out)


class WordPopup(QFrame):
    """A small floating card; it never takes focus unless opened from the keyboard."""

    star_requested = Signal(object)  # WordInfo
    reading_chosen = Signal(object, list)  # WordInfo, [syllable per character]
    reading_reset = Signal(object)  # WordInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("wordPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.info: WordInfo | None = None
        self.saved = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.word_label = QLabel(self)
        self.word_label.setObjectName("popupWord")
        font = self.word_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.word_label.setFont(font)
        self.pinyin_label = QLabel(self)
        self.pinyin_label.setObjectName("popupPinyin")
        self.pinyin_label.setTextFormat(Qt.TextFormat.RichText)
        pf = self.pinyin_label.font()
        pf.setPointSizeF(pf.pointSizeF() * 1.3)
        self.pinyin_label.setFont(pf)
        self.meta_label = QLabel(self)
        self.hint_label = QLabel(self)
        self.defs_label = QLabel(self)
        self.defs_label.setObjectName("popupDefinitions")
        self.defs_label.setTextFormat(Qt.TextFormat.RichText)
        self.defs_label.setWordWrap(True)
        self.defs_label.setMaximumWidth(380)
        self.star_button = QToolButton(self)
        self.star_button.setObjectName("starButton")
        self.star_button.setText("☆")
        self.star_button.setToolTip(self.tr("Save to vocabulary (S)"))
        self.star_button.clicked.connect(self._on_star)
        self.correct_button = QToolButton(self)
        self.correct_button.setText(self.tr("Correct reading…"))
        self.correct_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.correct_menu = QMenu(self)
        self.correct_button.setMenu(self.correct_menu)
        head = QHBoxLayout()
        head.addWidget(self.word_label)
        head.addStretch(1)
        head.addWidget(self.star_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addWidget(self.pinyin_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.defs_label)
        layout.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_word(
        self,
        info: WordInfo,
        at: QPoint,
        *,
        palette: str,
        hint: str | None,
        saved: bool,
        keyboard: bool = False,
    ) -> None:
        self.info, self.saved = info, saved
        self.word_label.setText(info.word)
        marks = pinyin_html(info.pinyin, palette) or html.escape(info.pinyin_marks)
        self.pinyin_label.setText(marks)
        meta = []
        if info.traditional and info.traditional != info.word:
            meta.append(self.tr("Traditional: %1").replace("%1", info.traditional))
        if info.hsk:
            meta.append("HSK " + (str(info.hsk) if info.hsk < 7 else "7–9"))
        if info.overridden:
            meta.append(self.tr("your reading"))
        self.meta_label.setText(" · ".join(meta))
        self.meta_label.setVisible(bool(meta))
        self.hint_label.setText(self.tr("Said: %1").replace("%1", hint) if hint else "")
        self.hint_label.setVisible(bool(hint))
        self.defs_label.setText(self._definitions_html(info))
        self.star_button.setText("★" if saved else "☆")
        self._fill_corrections(info)
        self.adjustSize()
        self.move(at)
        self.show()
        if keyboard:
            self.activateWindow()
            self.star_button.setFocus()

    def _definitions_html(self, info: WordInfo) -> str:
        if not info.definitions:
            return "<i>" + html.escape(self.tr("Not in the dictionary.")) + "</i>"
        rows = []
        for entry in info.definitions[:MAX_ENTRIES]:
            senses = "; ".join(entry.definitions[:5])
            rows.append(f"<b>{html.escape(entry.pinyin_marks)}</b> {html.escape(senses)}")
        return "<br>".join(rows)

    def _fill_corrections(self, info: WordInfo) -> None:
        self.correct_menu.clear()
        han = [s for s in info.pinyin if s is not None]
        seen: set[tuple[str, ...]] = set()
        for entry in info.definitions:
            if len(entry.pinyin) == len(han) and entry.pinyin not in seen:
                seen.add(entry.pinyin)
                act = self.correct_menu.addAction(entry.pinyin_marks)
                reading = list(entry.pinyin)
                act.triggered.connect(lambda _=False, r=reading: self.reading_chosen.emit(info, r))
        self.correct_menu.addSeparator()
        other = self.correct_menu.addAction(self.tr("Other…"))
        other.triggered.connect(self._on_other)
        if info.overridden:
            reset = self.correct_menu.addAction(self.tr("Use the automatic reading"))
            reset.triggered.connect(lambda: self.reading_reset.emit(info))

    def _on_other(self) -> None:
        if self.info is None:
            return
        current = " ".join(s for s in self.info.pinyin if s)
        prompt = self.tr("Reading of %1, one syllable per character (e.g. hang2 ye4):")
        text, ok = QInputDialog.getText(
            self.parentWidget() or self,
            self.tr("Correct reading"),
            prompt.replace("%1", self.info.word),
            text=current,
        )
        if ok and text.split():
            self.reading_chosen.emit(self.info, text.split())

    def _on_star(self) -> None:
        if self.info is not None and not self.saved:
            self.saved = True
            self.star_button.setText("★")
            self.star_requested.emit(self.info)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        elif event.key() == Qt.Key.Key_S:
            self._on_star()
        else:
            super().keyPressEvent(event)
