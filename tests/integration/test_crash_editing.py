"""SIGKILL while the user keeps editing: the autosave holds every edit older than one interval.

The GUI's own test kills the app just after a snapshot; this one kills it at a
random moment of continuous editing (an edit every 0.2 s) and checks the bound
the app promises: at most the last autosave interval (10 s by default; 2 s
here, to keep the test short) is lost.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from briefing_app.gui.settings import DEFAULT_AUTOSAVE_SECONDS
from briefing_app.project import load_project

ROOT = Path(__file__).resolve().parents[2]
INTERVAL_S = 2
SLACK_S = 1.0  # -- timer jitter on a loaded two-core machine --

_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from briefing_app.gui.app import create_main_window
    from briefing_app.gui.settings import Settings

    folder, ini, seed, interval = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    app = QApplication([])
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.autosave_seconds = interval
    window = create_main_window(settings, path=seed, folder=folder)
    window.show()
    field = window.header_panel.fields["sender"]
    count = 0

    def edit():
        global count
        count += 1
        field.setText(f"edit {count}")
        field.textEdited.emit(f"edit {count}")
        print(f"EDIT {count} {time.monotonic():.3f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(edit)
    timer.start(200)
    app.exec()
    """
)


def test_the_default_autosave_interval_is_at_most_ten_seconds():
    assert 0 < DEFAULT_AUTOSAVE_SECONDS <= 10


@pytest.mark.slow
def test_sigkill_while_editing_loses_at_most_the_last_interval(tmp_path, seed_path):
    folder = tmp_path / "autosave"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(folder),
            str(tmp_path / "s.ini"),
            str(seed_path),
            str(INTERVAL_S),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    edits: list[tuple[int, float]] = []

    def read() -> None:
        for line in child.stdout:
            _, number, stamp = line.split()
            edits.append((int(number), float(stamp)))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not edits and time.monotonic() < deadline:
            time.sleep(0.05)
        assert edits, "the app never started editing"
        time.sleep(random.uniform(2.5 * INTERVAL_S, 4 * INTERVAL_S))
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
        reader.join(5)
        child.stdout.close()
    snapshots = list(folder.glob("session-*.briefing"))
    assert len(snapshots) == 1, "one snapshot left by the killed app"
    sender = load_project(snapshots[0]).header.sender
    restored = int(sender.removeprefix("edit "))
    must_have = max((n for n, t in edits if t <= killed_at - INTERVAL_S - SLACK_S), default=0)
    print(
        f"\n{len(edits)} edits, killed after edit {edits[-1][0]}; restored edit {restored}, needed >= {must_have}"
    )
    assert must_have > 0, "the kill came too early to test anything"
    assert must_have <= restored <= edits[-1][0]
