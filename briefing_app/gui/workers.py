"""Run slow work (planning, rendering, exporting) off the UI thread and report back by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from briefing_app.core.errors import UserError

log = logging.getLogger(__name__)

# -- reportlab and python-pptx keep module-level state (font registries, caches):
# -- one export or preview render at a time, whichever thread asks.
EXPORT_LOCK = threading.Lock()


class JobSignals(QObject):
    """Signals of one job; they are delivered on the thread that owns this object (the UI)."""

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, str)


class Job(QRunnable):
    """Call ``fn(report)`` on a pool thread; ``report(percent, text)`` emits progress.

    A UserError arrives as its sentence; any other exception is logged with its
    traceback and arrives as a short description, so nothing fails silently.
    """

    def __init__(self, fn: Callable, *, locked: bool = True) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._fn = fn
        self._locked = locked
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self._locked:
                with EXPORT_LOCK:
                    result = self._fn(self.signals.progressed.emit)
            else:
                result = self._fn(self.signals.progressed.emit)
        except UserError as exc:
            _deliver(self.signals.failed, str(exc))
        except Exception as exc:
            log.exception("background job failed")
            _deliver(self.signals.failed, f"Unexpected error: {type(exc).__name__}: {exc}")
        else:
            _deliver(self.signals.succeeded, result)


def _deliver(signal: SignalInstance, value: object) -> None:
    """Emit a job's result, unless the app is quitting and took the signal's object with it."""
    try:
        signal.emit(value)
    except RuntimeError:  # -- "Signal source has been deleted": nobody is left to tell --
        log.info("a background job finished after the app closed; its result was dropped")


def single_thread_pool(parent: QObject) -> QThreadPool:
    """A pool that runs one job at a time, in order (previews: the latest request wins)."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return pool
