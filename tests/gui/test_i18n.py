"""The interface speaks Simplified Chinese, and every visible string has a translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.app import install_translations
from desktop.gui.mainwindow import MainWindow
from desktop.gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "dubao_zh_CN.ts"


def test_chinese_interface(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, "zh_CN")
    try:
        assert translators, "no translation was loaded"
        window = MainWindow(Settings(tmp_path / "s.ini"))
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
        assert window.library_dock.windowTitle() == "文库"
    finally:
        for tr in translators:
            app.removeTranslator(tr)


def test_every_interface_string_is_translated(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py")) if "core" not in p.parts]
    subprocess.run([str(lupdate), *sources, "-ts", str(copy)], capture_output=True, check=True)
    unfinished = copy.read_text(encoding="utf-8").count('type="unfinished"')
    assert unfinished == 0, "run pyside6-lupdate and translate the new strings in " + TS.name


def test_compiled_translations_match_the_source(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], capture_output=True, check=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run pyside6-lrelease"
