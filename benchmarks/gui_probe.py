"""GUI responsiveness on one article: time to open, and the longest event-loop stall while in use.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_probe.py REPORT.md

A QTimer heartbeat ticks every 5 ms; the longest gap between two ticks while
the outline is scrolled, picks are toggled or items are selected (editor and
the debounced, threaded preview) is the stall a user would feel. Each step is
posted from a timer at 60 steps per second, the pace of a user, so painting
and background results interleave as they would in real use. Prints one JSON
line for benchmarks/run.py.
"""

from __future__ import annotations

import faulthandler
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

STEP_MS = 16
HEARTBEAT_MS = 5


class Heartbeat(QObject):
    """Records the longest gap between timer ticks, per named phase."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.phase = "idle"
        self.worst: dict[str, int] = {}
        self.timer = QTimer(self, interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        gap = now - self.last
        self.last = now
        self.worst[self.phase] = max(self.worst.get(self.phase, 0), gap)

    def enter(self, phase: str) -> None:
        self._tick()
        self.phase = phase


class FirstPaint(QObject):
    """Notes the time of the window's first paint event."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self.started, self.after = started, None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.after is None:
            self.after = time.perf_counter() - self.started
        return False


def _steps(window) -> list[tuple[str, object]]:
    """(phase, action) pairs: scroll top to bottom, toggle picks, select items."""
    bar = window.outline.verticalScrollBar()
    ids = [s.id for s in window.session.briefing.sections()]
    stride = max(1, bar.maximum() // 120)
    steps: list[tuple[str, object]] = []
    for value in range(0, bar.maximum() + stride, stride):
        steps.append(("scroll", lambda v=value: bar.setValue(v)))
    model = window.outline_model
    for item_id in ids[:: max(1, len(ids) // 30)]:
        steps.append(("pick", lambda i=item_id: model.pick_requested.emit(i, False)))
        steps.append(("pick", lambda i=item_id: model.pick_requested.emit(i, True)))
    for item_id in ids[:: max(1, len(ids) // 10)]:
        steps.append(("select", lambda i=item_id: window.select_item(i)))
    return steps


def _run_steps(app, heartbeat: Heartbeat, steps) -> None:
    """Play the steps at user pace, then let the last preview finish before quitting."""
    queue = list(steps)

    def next_step() -> None:
        if not queue:
            # -- exit(), not quit(): Qt 6's quit() closes the window, which asks to save --
            QTimer.singleShot(1500, lambda: app.exit(0))  # -- the preview's work lands first
            return
        phase, action = queue.pop(0)
        if heartbeat.phase != phase:
            heartbeat.enter(phase)
        action()
        QTimer.singleShot(STEP_MS, next_step)

    QTimer.singleShot(300, next_step)
    app.exec()


def main(path: Path) -> dict:
    faulthandler.dump_traceback_later(
        float(os.environ.get("PROBE_TIMEOUT", "300")), exit=True
    )  # -- a hung probe says where it hung
    scratch = Path(tempfile.mkdtemp(prefix="briefing-gui-probe-"))
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    started = time.perf_counter()
    app = QApplication([])
    from briefing_app.gui.app import configure_app, create_main_window
    from briefing_app.gui.settings import Settings

    configure_app(app)
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window = create_main_window(settings, path=path, folder=scratch / "autosave")
    paint = FirstPaint(started)
    window.installEventFilter(paint)
    window.resize(1280, 800)
    window.show()
    while paint.after is None and time.perf_counter() - started < 60:
        app.processEvents()
    opened = paint.after
    heartbeat = Heartbeat()
    _run_steps(app, heartbeat, _steps(window))
    worst = heartbeat.worst
    return {
        "open": opened,
        "scroll_max_stall": worst.get("scroll", 0) / 1000,
        "pick_max_stall": worst.get("pick", 0) / 1000,
        "select_max_stall": worst.get("select", 0) / 1000,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


if __name__ == "__main__":
    result = main(Path(sys.argv[1]))
    sys.stdout.flush()
    print(json.dumps(result), flush=True)
    os._exit(0)  # -- skip the close-and-ask-to-save path: picks were toggled
