"""Every menu and toolbar action, keyed by an enum, created in one place with its shortcut."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.models import COLORS


class A(enum.Enum):
    IMPORT_FILES = "import_files"
    IMPORT_FOLDER = "import_folder"
    EXPORT_NOTES = "export_notes"
    IMPORT_NOTES = "import_notes"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    FIND = "find"
    FIND_LIBRARY = "find_library"
    HIGHLIGHT_NOTE = "highlight_note"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    SERIF = "serif"
    SHOW_ORIGINAL = "show_original"
    LOOKUP_WORD = "lookup_word"
    TONE_SANDHI = "tone_sandhi"
    ABOUT = "about"


#: Highlight actions, one per colour: Ctrl+1 … Ctrl+5.
HIGHLIGHT_KEYS = {color: f"Ctrl+{i}" for i, color in enumerate(COLORS, 1)}
THEME_NAMES = ("system", "light", "dark", "sepia")
LANGUAGES = (("system", "System"), ("en", "English"), ("zh_CN", "简体中文"))


class Actions:
    """Owns the QActions; the main window puts them in menus, the controller connects them."""

    def __init__(self, parent: QWidget) -> None:
        std = QKeySequence.StandardKey
        spec: dict[A, tuple[str, QKeySequence | str | None]] = {
            A.IMPORT_FILES: (
                QCoreApplication.translate("Actions", "&Import Pages…"),
                QKeySequence(std.Open),
            ),
            A.IMPORT_FOLDER: (
                QCoreApplication.translate("Actions", "Import &Folder…"),
                "Ctrl+Shift+O",
            ),
            A.EXPORT_NOTES: (
                QCoreApplication.translate("Actions", "&Export Notes…"),
                "Ctrl+Shift+E",
            ),
            A.IMPORT_NOTES: (QCoreApplication.translate("Actions", "Import &Notes…"), None),
            A.QUIT: (QCoreApplication.translate("Actions", "&Quit"), QKeySequence(std.Quit)),
            A.UNDO: (QCoreApplication.translate("Actions", "&Undo"), QKeySequence(std.Undo)),
            A.REDO: (QCoreApplication.translate("Actions", "&Redo"), QKeySequence(std.Redo)),
            A.FIND: (
                QCoreApplication.translate("Actions", "&Find in Article…"),
                QKeySequence(std.Find),
            ),
            A.FIND_LIBRARY: (
                QCoreApplication.translate("Actions", "Search &Library…"),
                "Ctrl+Shift+F",
            ),
            A.HIGHLIGHT_NOTE: (
                QCoreApplication.translate("Actions", "Highlight with &Note…"),
                "Ctrl+M",
            ),
            A.ZOOM_IN: (
                QCoreApplication.translate("Actions", "Zoom &In"),
                QKeySequence(std.ZoomIn),
            ),
            A.ZOOM_OUT: (
                QCoreApplication.translate("Actions", "Zoom &Out"),
                QKeySequence(std.ZoomOut),
            ),
            A.ZOOM_RESET: (QCoreApplication.translate("Actions", "&Actual Size"), "Ctrl+0"),
            A.SERIF: (QCoreApplication.translate("Actions", "&Serif Font"), None),
            A.SHOW_ORIGINAL: (
                QCoreApplication.translate("Actions", "Show &Original Page"),
                "Ctrl+U",
            ),
            A.LOOKUP_WORD: (QCoreApplication.translate("Actions", "&Look Up Word"), "Ctrl+D"),
            A.TONE_SANDHI: (
                QCoreApplication.translate("Actions", "Show Tone Changes of 一 and 不"),
                None,
            ),
            A.ABOUT: (QCoreApplication.translate("Actions", "&About Dubao"), None),
        }
        self.by_id: dict[A, QAction] = {}
        for key, (text, shortcut) in spec.items():
            act = QAction(text, parent)
            act.setObjectName(f"action_{key.value}")
            if shortcut is not None:
                act.setShortcut(
                    shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
                )
            self.by_id[key] = act
        self.by_id[A.ZOOM_IN].setShortcuts([QKeySequence(std.ZoomIn), QKeySequence("Ctrl+=")])
        self.by_id[A.SERIF].setCheckable(True)
        self.by_id[A.TONE_SANDHI].setCheckable(True)
        self.tooltip_group, self.tooltip_modes = self._choices(
            parent,
            {
                "hover": QCoreApplication.translate("Actions", "Pop Up on &Hover"),
                "click": QCoreApplication.translate("Actions", "Pop Up on &Click"),
                "off": QCoreApplication.translate("Actions", "&No Pop-ups"),
            },
        )
        self.tone_group, self.tone_palettes = self._choices(
            parent,
            {
                "pleco": QCoreApplication.translate("Actions", "Tone Colours: &Pleco"),
                "mdbg": QCoreApplication.translate("Actions", "Tone Colours: &MDBG"),
                "off": QCoreApplication.translate("Actions", "Tone Colours: &Off"),
            },
        )
        self.highlight: dict[str, QAction] = {}
        for color, key in HIGHLIGHT_KEYS.items():
            act = QAction(
                QCoreApplication.translate("Actions", "Highlight") + f" ({color})", parent
            )
            act.setObjectName(f"action_highlight_{color}")
            act.setShortcut(QKeySequence(key))
            act.setData(color)
            self.highlight[color] = act
        self.theme_group = QActionGroup(parent)
        self.themes: dict[str, QAction] = {}
        labels = {
            "system": QCoreApplication.translate("Actions", "Follow &System"),
            "light": QCoreApplication.translate("Actions", "&Light"),
            "dark": QCoreApplication.translate("Actions", "&Dark"),
            "sepia": QCoreApplication.translate("Actions", "S&epia"),
        }
        for name in THEME_NAMES:
            act = QAction(labels[name], parent)
            act.setCheckable(True)
            act.setData(name)
            self.theme_group.addAction(act)
            self.themes[name] = act
        self.language_group = QActionGroup(parent)
        self.languages: dict[str, QAction] = {}
        for code, label in LANGUAGES:
            act = QAction(
                QCoreApplication.translate("Actions", "Follow System")
                if code == "system"
                else label,
                parent,
            )
            act.setCheckable(True)
            act.setData(code)
            self.language_group.addAction(act)
            self.languages[code] = act

    @staticmethod
    def _choices(
        parent: QWidget, labels: dict[str, str]
    ) -> tuple[QActionGroup, dict[str, QAction]]:
        group = QActionGroup(parent)
        acts: dict[str, QAction] = {}
        for key, label in labels.items():
            act = QAction(label, parent)
            act.setCheckable(True)
            act.setData(key)
            group.addAction(act)
            acts[key] = act
        return group, acts

    def vocabulary_exports(self, parent: QWidget, formats: dict[str, str]) -> dict[str, QAction]:
        """One action per vocabulary format (name → label), created once."""
        if not hasattr(self, "_vocab"):
            self._vocab: dict[str, QAction] = {}
            for name, label in formats.items():
                act = QAction(label + "…", parent)
                act.setObjectName(f"action_export_vocabulary_{name}")
                act.setData(name)
                self._vocab[name] = act
        return self._vocab

    def __getitem__(self, key: A) -> QAction:
        return self.by_id[key]
