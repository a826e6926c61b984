"""Learner tools in the window: the word popup, reading corrections and the vocabulary panel.

The pinyin stack and the dictionary load on the first lookup, in the background, so start-up
stays fast and light; after that a lookup takes a fraction of a millisecond (the article is
read ahead by :func:`desktop.core.reading.prepare` when it opens).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QCursor

from desktop.core import reading
from desktop.core.models import Article, Changes
from desktop.core.reading import WordInfo
from desktop.core.reading.sandhi import hint as sandhi_hint
from desktop.core.store import Library
from desktop.core.store.overrides import ReadingOverrides
from desktop.core.store.vocabulary import Vocabulary
from desktop.gui.actions import A
from desktop.gui.mainwindow import MainWindow
from desktop.gui.panels.vocabulary import EntryDialog
from desktop.gui.settings import TONE_COLORS, TONE_SANDHI, TOOLTIP_TRIGGER, Settings
from desktop.gui.tasks import TaskRunner

_ROLE_WORDS = re.compile(
    r"本报|记者|通讯员|实习生|见习|特约|全媒体|评论员|首席|摄影|报道|摄|文/|图/"
)
_SENTENCE_END = "。！？!?；;\n"


def byline_names(byline: str | None) -> list[str]:
    """Names in a byline, for the segmenter's user dictionary (it tends to split them)."""
    parts = re.split(r"[\s、，,/]+", _ROLE_WORDS.sub(" ", byline or ""))
    return [p for p in parts if 2 <= len(p) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in p)]


def sentence_around(text: str, start: int, end: int) -> str:
    a = max((text.rfind(c, 0, start) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b].strip()


class Learner(QObject):
    """Connects the word popup, reading corrections and vocabulary panel to the core."""

    #: (article id, word): show where a saved word came from.
    show_word_in_article = Signal(int, str)

    def __init__(
        self, library: Library, settings: Settings, runner: TaskRunner, window: MainWindow
    ) -> None:
        super().__init__(window)
        self.library, self.settings, self.runner, self.window = library, settings, runner, window
        self.vocabulary = Vocabulary(library)
        self.overrides = ReadingOverrides(library)
        self.ready = False
        self._warming = False
        self._pending: tuple[int, QPoint, bool] | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(500)
        self._hide_timer.timeout.connect(self._maybe_hide)
        reading.set_cache_dir(library.home / "cache")
        self._connect()

    def _connect(self) -> None:
        w, a = self.window, self.window.actions
        w.reader.word_requested.connect(self._on_word_requested)
        w.reader.word_left.connect(self._hide_timer.start)
        a[A.LOOKUP_WORD].triggered.connect(w.reader.request_word_at_caret)
        for mode, act in a.tooltip_modes.items():
            act.triggered.connect(lambda _=False, m=mode: self._set_trigger(m))
        for name, act in a.tone_palettes.items():
            act.triggered.connect(lambda _=False, n=name: self.settings.set(TONE_COLORS, n))
        a[A.TONE_SANDHI].toggled.connect(lambda on: self.settings.set(TONE_SANDHI, on))
        p = w.word_popup
        p.star_requested.connect(self._on_star)
        p.reading_chosen.connect(self._on_reading_chosen)
        p.reading_reset.connect(self._on_reading_reset)
        v = w.vocabulary_panel
        v.filters_changed.connect(self.refresh_vocabulary)
        v.known_toggled.connect(lambda i, k: self._changed(self.vocabulary.set_known(i, k)))
        v.delete_requested.connect(lambda i: self._changed(self.vocabulary.delete(i)))
        v.edit_requested.connect(self._on_edit)
        v.open_requested.connect(self._on_open_entry)

    def apply_settings(self) -> None:
        a = self.window.actions
        trigger = self.settings.get(TOOLTIP_TRIGGER)
        a.tooltip_modes[trigger].setChecked(True)
        a.tone_palettes[self.settings.get(TONE_COLORS)].setChecked(True)
        a[A.TONE_SANDHI].setChecked(self.settings.get(TONE_SANDHI))
        self.window.reader.tooltip_trigger = trigger
        self.refresh_vocabulary()

    def _set_trigger(self, mode: str) -> None:
        self.settings.set(TOOLTIP_TRIGGER, mode)
        self.window.reader.tooltip_trigger = mode
        if mode == "off":
            self.window.word_popup.hide()

    # -- loading --------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Load the pinyin stack and dictionary in the background (once)."""
        if self.ready or self._warming:
            return
        self._warming = True
        self.window.show_message(self.tr("Loading the dictionary…"), 10000)
        self.runner.run(
            "warm-up", reading.warm_up, self._on_ready, self._on_warm_failed, lane="reading"
        )

    def _on_ready(self, _result: object) -> None:
        self.ready, self._warming = True, False
        self.window.statusBar().clearMessage()
        article = self.window.reader.article
        if article is not None:
            self.article_opened(article)
        if self._pending is not None:
            self._on_word_requested(*self._pending)
            self._pending = None

    def _on_warm_failed(self, error: BaseException) -> None:
        self._warming = False
        self.window.show_message(
            self.tr("The dictionary could not be loaded: %1").replace("%1", str(error))
        )

    def article_opened(self, article: Article) -> None:
        """Read the article ahead, so the first popup in it is instant."""
        self.window.word_popup.hide()
        if not self.ready:
            return
        names = byline_names(article.byline)
        text = article.text

        def work() -> None:
            if names:
                reading.add_user_words(names)
            reading.prepare(text)

        self.runner.run("prepare", work, lane="reading")

    # -- the popup ------------------------------------------------------------------------------

    @Slot(int, QPoint, bool)
    def _on_word_requested(self, offset: int, at: QPoint, keyboard: bool) -> None:
        article = self.window.reader.article
        if article is None or article.id is None:
            return
        if not self.ready:
            self._pending = (offset, at, keyboard)
            self.warm_up()
            return
        self._hide_timer.stop()
        info = reading.lookup(article.text, offset, self.overrides.for_article(article.id))
        hint = self._sandhi_hint(article.text, info) if self.settings.get(TONE_SANDHI) else None
        saved = any(e.word == info.word for e in self.vocabulary.all(search=info.word))
        self.window.word_popup.show_word(
            info,
            at,
            palette=self.settings.get(TONE_COLORS),
            hint=hint,
            saved=saved,
            keyboard=keyboard,
        )

    def _sandhi_hint(self, text: str, info: WordInfo) -> str | None:
        stretch = text[info.start : info.end + 1]
        syllables = reading.sentence_pinyin(stretch)
        syllables[: len(info.pinyin)] = list(info.pinyin)
        hints = [sandhi_hint(stretch, syllables, i) for i in range(len(info.word))]
        found = [f"{info.word[i]} {h}" for i, h in enumerate(hints) if h]
        return "; ".join(found) or None

    def _maybe_hide(self) -> None:
        popup = self.window.word_popup
        if (
            popup.isVisible()
            and not popup.geometry().contains(QCursor.pos())
            and not popup.isActiveWindow()
        ):
            popup.hide()

    def _on_star(self, info: WordInfo) -> None:
        article = self.window.reader.article
        definition = " / ".join(info.definitions[0].definitions) if info.definitions else ""
        sentence = sentence_around(article.text, info.start, info.end) if article else ""
        pinyin = " ".join(s for s in info.pinyin if s)
        self.vocabulary.add(
            info.word, pinyin, definition, sentence, article.id if article else None
        )
        self.window.show_message(self.tr("Saved %1 to your vocabulary.").replace("%1", info.word))
        self._changed(Changes(vocabulary=True))

    def _on_reading_chosen(self, info: WordInfo, readings: list[str]) -> None:
        article = self.window.reader.article
        if article is None or article.id is None:
            return
        han = [i for i, s in enumerate(info.pinyin) if s is not None]
        if len(readings) != len(han):
            self.window.show_message(self.tr("Give one syllable for each character."))
            return
        try:
            for i, syllable in zip(han, readings, strict=True):
                reading.normalize(syllable)
                self.overrides.set(article.id, info.start + i, [syllable])
        except ValueError as e:
            self.window.show_message(str(e))
            return
        self._refresh_popup(info)

    def _on_reading_reset(self, info: WordInfo) -> None:
        article = self.window.reader.article
        if article is not None and article.id is not None:
            self.overrides.clear(article.id, info.start, info.end)
            self._refresh_popup(info)

    def _refresh_popup(self, info: WordInfo) -> None:
        popup = self.window.word_popup
        self._on_word_requested(info.start, popup.pos(), False)

    # -- vocabulary -----------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.vocabulary:
            self.refresh_vocabulary()

    def refresh_vocabulary(self) -> None:
        search, known = self.window.vocabulary_panel.filters()
        self.window.vocabulary_panel.set_entries(self.vocabulary.all(search=search, known=known))

    def _on_open_entry(self, entry_id: int) -> None:
        entry = self.vocabulary.get(entry_id)
        if entry is None or entry.article_id is None:
            self.window.show_message(
                self.tr("The article this word came from is not in the library.")
            )
            return
        self.show_word_in_article.emit(entry.article_id, entry.word)

    def _on_edit(self, entry_id: int) -> None:
        entry = self.vocabulary.get(entry_id)
        if entry is None:
            return
        dialog = EntryDialog(entry, self.window)
        if dialog.exec():
            self._changed(self.vocabulary.update(entry_id, **dialog.values()))
