"""Progress reporting and cancellation for export writers.

Core functions take ``progress(done, total)`` and ``cancelled()`` callables (the GUI turns them
into a progress bar with Cancel); writers call :meth:`Ticker.step` once per item.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """Raised inside a writer when the user cancelled; the target file is left untouched."""


class Ticker:
    """Counts items written, reports progress now and then and stops on cancel."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        every: int = 0,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        # About a hundred reports per export: enough for a smooth bar, cheap for 10,000 items.
        self._every = every or max(1, total // 100)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.done % self._every == 0 or self.done >= self.total:
            self.check()
            if self._progress is not None:
                self._progress(min(self.done, self.total), self.total)

    def start(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(0, self.total)
