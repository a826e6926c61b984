"""Every user setting declared once, with its type and default, over one QSettings file.

Window and splitter state are saved through :class:`WindowStateMixin`, not scattered calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T", bool, int, float, str)

#: Version of the settings layout; upgrade functions below move old keys forward.
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    choices: tuple[T, ...] = ()

    def coerce(self, raw: Any) -> T:
        kind = type(self.default)
        try:
            if kind is bool:
                value: Any = (
                    raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true", "yes"}
                )
            else:
                value = kind(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value  # type: ignore[no-any-return]


THEME = Option("reader/theme", "system", ("system", "light", "dark", "sepia"))
ZOOM = Option("reader/zoom", 0, tuple(range(-6, 13)))
SERIF = Option("reader/serif", True)
LANGUAGE = Option("ui/language", "system", ("system", "en", "zh_CN"))
LAST_ARTICLE = Option("reader/last_article", 0)
TOOLTIP_TRIGGER = Option("learner/tooltip_trigger", "hover", ("hover", "click", "off"))
TONE_COLORS = Option("learner/tone_colors", "pleco", ("pleco", "mdbg", "off"))
TONE_SANDHI = Option("learner/tone_sandhi_hints", False)
HIGHLIGHT_COLOR = Option("annotations/last_color", "yellow")

ALL_OPTIONS: tuple[Option[Any], ...] = (
    THEME,
    ZOOM,
    SERIF,
    LANGUAGE,
    LAST_ARTICLE,
    TOOLTIP_TRIGGER,
    TONE_COLORS,
    TONE_SANDHI,
    HIGHLIGHT_COLOR,
)


class Settings(QObject):
    """Typed access to the settings file; emits ``changed(key)`` on every write."""

    changed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self.qsettings.value("settings_version", 0) or 0)
        if version < SETTINGS_VERSION:
            self.qsettings.setValue("settings_version", SETTINGS_VERSION)

    def get(self, option: Option[T]) -> T:
        raw = self.qsettings.value(option.key)
        return option.default if raw is None else option.coerce(raw)

    def set(self, option: Option[T], value: T) -> None:
        if self.get(option) == value and self.qsettings.contains(option.key):
            return
        self.qsettings.setValue(option.key, value)
        self.qsettings.sync()
        self.changed.emit(option.key)

    def state(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self.qsettings.sync()
