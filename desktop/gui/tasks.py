"""One runner for background work: plain core functions on a thread pool, results on the UI.

A task never sees a widget.  It receives ``progress(done, total)`` and ``cancelled()``
callables; the runner turns progress into a signal, and posts the result (or the exception)
back to the main thread, where ``on_done`` runs.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget


class TaskHandle(QObject):
    """A running task: cancel it, follow its progress, or wait for its result."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # (result, error)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job(QRunnable):
    def __init__(self, handle: TaskHandle, func: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.handle = handle
        self.func = func
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        h = self.handle
        try:
            if self.with_progress:
                result = self.func(progress=self._progress, cancelled=h.cancelled)
            else:
                result = self.func()
        except Exception as e:  # reported to the UI, never lost in a thread
            e.__dubao_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(None, e)
        else:
            self._emit(result, None)

    # A RuntimeError here means the handle is gone: the app is shutting down and nobody
    # waits for this result any more.
    def _progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):
            self.handle.progressed.emit(done, total)

    def _emit(self, result: object, error: object) -> None:
        with contextlib.suppress(RuntimeError):
            self.handle.finished.emit(result, error)


class TaskRunner(QObject):
    """Runs tasks in lanes, one at a time in order within a lane.

    The "library" lane serialises everything that touches the database; the "reading" lane
    loads the dictionary and pinyin models without waiting behind an import.
    """

    LANES = ("library", "reading")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        for lane in self.LANES:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            self._pools[lane] = pool
        self._handles: set[TaskHandle] = set()

    def run(
        self,
        name: str,
        func: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        with_progress: bool = False,
        lane: str = "library",
    ) -> TaskHandle:
        handle = TaskHandle(name)
        self._handles.add(handle)

        @Slot(object, object)
        def _finished(result: object, error: object) -> None:
            handle.done = True
            self._handles.discard(handle)
            if error is not None:
                if on_error:
                    on_error(error)  # type: ignore[arg-type]
                else:
                    print(getattr(error, "__dubao_traceback__", error))
            elif on_done:
                on_done(result)

        handle.finished.connect(_finished, Qt.ConnectionType.QueuedConnection)
        self._pools[lane].start(_Job(handle, func, with_progress))
        return handle

    def busy(self) -> bool:
        return bool(self._handles)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has run (for shutdown and tests)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget,
    label: str,
    work: Callable[..., Any],
    done: Callable[[Any], None],
    error_title: str,
) -> TaskHandle:
    """Run ``work(progress, cancelled)`` with a progress dialog shown only after ~600 ms.

    Quick work never flashes a window; Cancel asks the task to stop; an error is shown in a
    message box titled ``error_title``.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)

    def finished(result: Any) -> None:
        dialog.reset()
        done(result)

    def failed(error: BaseException) -> None:
        dialog.reset()
        QMessageBox.critical(parent, error_title, str(error))

    handle = runner.run(label, work, finished, failed, with_progress=True)
    handle.progressed.connect(
        lambda d, t: (dialog.setMaximum(t), dialog.setValue(d)), Qt.ConnectionType.QueuedConnection
    )
    dialog.canceled.connect(handle.cancel)
    return handle
