"""Export notes and vocabulary, and import notes, from the window: dialogs and background runs.

The writing itself is :mod:`desktop.core.export`; here we ask what to export, where to, and
run it on the library lane with a progress dialog that appears only if it takes a while.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import COLORS, Changes

if TYPE_CHECKING:
    from desktop.core import export
from desktop.core.store import Library
from desktop.gui.tasks import TaskHandle, TaskRunner, run_with_progress


def format_label(label: str) -> str:
    """The core's English format label, translated (listed so lupdate sees every one)."""
    labels = {
        "Markdown": QCoreApplication.translate("formats", "Markdown"),
        "Web page": QCoreApplication.translate("formats", "Web page"),
        "CSV spreadsheet": QCoreApplication.translate("formats", "CSV spreadsheet"),
        "W3C Web Annotations": QCoreApplication.translate("formats", "W3C Web Annotations"),
        "Word document": QCoreApplication.translate("formats", "Word document"),
        "Anki deck": QCoreApplication.translate("formats", "Anki deck"),
        "Pleco flashcards": QCoreApplication.translate("formats", "Pleco flashcards"),
    }
    return labels.get(label, label)


class NotesExportDialog(QDialog):
    """Which notes (this article, the selected articles, all), which colours and dates, format."""

    def __init__(
        self, current: int | None, selected: list[int], parent: QWidget | None = None
    ) -> None:
        from desktop.core import export

        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Notes"))
        self.current, self.selected = current, selected
        self.format = QComboBox(self)
        for f in export.NOTE_FORMATS.values():
            self.format.addItem(format_label(f.label), f.name)
        self.scope_current = QRadioButton(self.tr("This article"), self)
        self.scope_selected = QRadioButton(
            self.tr("Selected articles (%1)").replace("%1", str(len(selected))), self
        )
        self.scope_all = QRadioButton(self.tr("All articles"), self)
        self.scope_current.setEnabled(current is not None)
        self.scope_selected.setEnabled(len(selected) > 1)
        (self.scope_current if current is not None else self.scope_all).setChecked(True)
        colours = QHBoxLayout()
        self.colour_boxes: dict[str, QCheckBox] = {}
        for c in COLORS:
            box = QCheckBox(c, self)
            box.setChecked(True)
            self.colour_boxes[c] = box
            colours.addWidget(box)
        self.since_on, self.since = (
            QCheckBox(self.tr("From"), self),
            QDateEdit(QDate.currentDate().addMonths(-1), self),
        )
        self.until_on, self.until = (
            QCheckBox(self.tr("Until"), self),
            QDateEdit(QDate.currentDate(), self),
        )
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        dates = QHBoxLayout()
        for w in (self.since_on, self.since, self.until_on, self.until):
            dates.addWidget(w)
        scope = QVBoxLayout()
        for w in (self.scope_current, self.scope_selected, self.scope_all):
            scope.addWidget(w)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Notes of"), scope)
        form.addRow(self.tr("Colours"), colours)
        form.addRow(self.tr("Created"), dates)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> dict[str, Any]:
        """Keyword arguments for :func:`desktop.core.export.export_notes` (without dest)."""
        ids: list[int] | None = None
        if self.scope_current.isChecked() and self.current is not None:
            ids = [self.current]
        elif self.scope_selected.isChecked():
            ids = list(self.selected)
        colors = [c for c, box in self.colour_boxes.items() if box.isChecked()]

        def day(on: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if on.isChecked() else None  # type: ignore[no-any-return]

        return {
            "fmt": str(self.format.currentData()),
            "article_ids": ids,
            "colors": None if len(colors) == len(COLORS) else colors,
            "since": day(self.since_on, self.since),
            "until": day(self.until_on, self.until),
        }


class Exporter(QObject):
    """Menu actions for exporting notes and vocabulary and importing notes."""

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        window: QWidget,
        notify: Callable[[Changes], None],
    ) -> None:

        super().__init__(window)
        self.library, self.runner, self.window, self.notify = library, runner, window, notify
        self.last_folder = str(Path.home())

    def _save_path(self, title: str, fmt: export.ExportFormat[Any], what: str) -> Path | None:
        from desktop.core import export

        suggested = str(Path(self.last_folder) / export.default_filename(fmt, what))
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, fmt.file_filter)
        if not path:
            return None
        dest = Path(path)
        if dest.suffix.lower() != fmt.extension:
            dest = dest.with_name(dest.name + fmt.extension)
        self.last_folder = str(dest.parent)
        return dest

    def export_notes(self, current: int | None, selected: list[int]) -> TaskHandle | None:
        from desktop.core import export

        dialog = NotesExportDialog(current, selected, self.window)
        if not dialog.exec():
            return None
        opts = dialog.options()
        dest = self._save_path(self.tr("Export Notes"), export.NOTE_FORMATS[opts["fmt"]], "notes")
        if dest is None:
            return None
        return self.run_export_notes(dest, **opts)

    def run_export_notes(self, dest: Path, **opts: Any) -> TaskHandle:
        from desktop.core import export

        return self._run(
            self.tr("Exporting notes…"),
            lambda progress, cancelled: export.export_notes(
                self.library, dest=dest, progress=progress, cancelled=cancelled, **opts
            ),
            self._exported,
        )

    def export_vocabulary(self, fmt: str) -> TaskHandle | None:
        from desktop.core import export

        dest = self._save_path(
            self.tr("Export Vocabulary"), export.VOCAB_FORMATS[fmt], "vocabulary"
        )
        if dest is None:
            return None
        return self.run_export_vocabulary(dest, fmt)

    def run_export_vocabulary(self, dest: Path, fmt: str) -> TaskHandle:
        from desktop.core import export, reading

        def traditional(word: str) -> str | None:
            entries = reading.get_dictionary().entries(word)
            return entries[0].traditional if entries else None

        return self._run(
            self.tr("Exporting vocabulary…"),
            lambda progress, cancelled: export.export_vocabulary(
                self.library,
                fmt,
                dest,
                traditional=traditional,
                progress=progress,
                cancelled=cancelled,
            ),
            self._exported,
        )

    def import_notes(self) -> TaskHandle | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Notes"),
            self.last_folder,
            self.tr("Web Annotations (*.json *.jsonld);;All files (*)"),
        )
        if not path:
            return None
        return self.run_import_notes(Path(path))

    def run_import_notes(self, path: Path) -> TaskHandle:
        from desktop.core import export

        def done(report: export.ImportNotesReport) -> None:
            self.notify(report.changes)
            icon = QMessageBox.Icon.Warning if report.not_anchored else QMessageBox.Icon.Information
            lines = report.summary().splitlines()
            box = QMessageBox(icon, self.tr("Notes imported"), lines[0], parent=self.window)
            if len(lines) > 1:
                box.setDetailedText("\n".join(lines[1:]))
            box.open()

        return self._run(
            self.tr("Importing notes…"),
            lambda progress, cancelled: export.import_notes(
                self.library, path, progress, cancelled
            ),
            done,
        )

    def _exported(self, result: export.ExportResult) -> None:
        if result.cancelled:
            text = self.tr("Export cancelled; nothing was written.")
        else:
            text = (
                self.tr("Exported %1 item(s) to %2")
                .replace("%1", str(result.count))
                .replace("%2", str(result.path))
            )
        QMessageBox(
            QMessageBox.Icon.Information, self.tr("Export"), text, parent=self.window
        ).open()

    def _run(self, label: str, work: Callable[..., Any], done: Callable[[Any], None]) -> TaskHandle:
        return run_with_progress(self.runner, self.window, label, work, done, self.tr("Export"))
