"""Light, dark and sepia themes; "system" follows the platform's colour scheme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    paper: str
    text: str
    muted: str
    accent: str
    selection: str
    find_hit: str
    find_current: str
    #: Highlight colour name → background, tuned per theme so text stays readable.
    highlights: tuple[tuple[str, str], ...]
    dark: bool = False

    def highlight(self, color: str) -> QColor:
        return QColor(dict(self.highlights).get(color, self.highlights[0][1]))


LIGHT = Theme(
    "light",
    "#ececec",
    "#ffffff",
    "#1f1f1f",
    "#6b6b6b",
    "#b3261e",
    "#b7d3f5",
    "#ffe36e",
    "#ff9f1a",
    (
        ("yellow", "#fff1a6"),
        ("green", "#c9efc2"),
        ("blue", "#c7e0fb"),
        ("pink", "#fbcfe0"),
        ("purple", "#e0d3f7"),
    ),
)
SEPIA = Theme(
    "sepia",
    "#e9dfc8",
    "#f6efdc",
    "#3b2f23",
    "#7a6a55",
    "#9c3b1b",
    "#d9c59a",
    "#f3d36b",
    "#e89b2d",
    (
        ("yellow", "#f1de8a"),
        ("green", "#cfe0b0"),
        ("blue", "#c5d8e6"),
        ("pink", "#ecc5c5"),
        ("purple", "#d9cbe3"),
    ),
)
DARK = Theme(
    "dark",
    "#1e1f22",
    "#26282b",
    "#e3e3e3",
    "#a0a0a0",
    "#ff8a80",
    "#3d5a80",
    "#8a6d00",
    "#c77800",
    (
        ("yellow", "#6b5d1a"),
        ("green", "#2f5b35"),
        ("blue", "#274a6e"),
        ("pink", "#6e2f4a"),
        ("purple", "#4b3a6e"),
    ),
    dark=True,
)
THEMES = {t.name: t for t in (LIGHT, SEPIA, DARK)}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(setting: str) -> Theme:
    if setting == "system":
        return DARK if system_is_dark() else LIGHT
    return THEMES.get(setting, LIGHT)


def apply_palette(app: QApplication, theme: Theme) -> None:
    """Give the whole application the theme's colours (Fusion draws them faithfully)."""
    app.setStyle("Fusion")
    p = QPalette()
    window, base, text = QColor(theme.window), QColor(theme.paper), QColor(theme.text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, window)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, window)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.selection))
        p.setColor(group, QPalette.ColorRole.HighlightedText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
        p.setColor(group, QPalette.ColorRole.Link, QColor(theme.accent))
    muted = QColor(theme.muted)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    app.setPalette(p)
