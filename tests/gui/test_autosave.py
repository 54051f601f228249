"""Autosave and crash recovery: a killed app's work comes back on the next start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefing_app.gui import app as app_module
from briefing_app.gui.autosave import find_recoveries
from briefing_app.gui.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]


def test_sigkilled_app_is_restored_from_autosave(make_window, tmp_path, monkeypatch):
    folder = tmp_path / "autosave"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.crash_child", str(folder), str(tmp_path / "child.ini")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("AUTOSAVED "), "the child never autosaved"
        expected = json.loads(line.removeprefix("AUTOSAVED "))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
    asked = []
    monkeypatch.setattr(app_module, "ask_restore", lambda r: asked.append(r.title) or True)
    window = make_window(folder=folder)
    assert asked, "the next start offers the snapshot"
    assert window.session.briefing.to_json() == expected
    assert window.session.dirty and window.isWindowModified()
    assert "Փաշինյան" in json.dumps(window.session.briefing.to_json(), ensure_ascii=False)
    assert len(list(folder.glob("session-*.briefing"))) == 1  # -- only the new session's --


def test_declining_recovery_discards_the_snapshot(make_window, window, tmp_path, monkeypatch):
    folder = tmp_path / "autosave"
    window.editor.show_item(window.session.briefing.recommendations()[0].id)
    window.editor.summary_edit.insertPlainText("x")
    assert window.autosaver.save_now()
    window.autosaver._lock.unlock()  # -- as if the process had died --
    monkeypatch.setattr(app_module, "ask_restore", lambda r: False)
    fresh = make_window(folder=folder)
    assert not fresh.session.dirty
    assert not window.autosaver.snapshot.exists()


def test_a_running_app_snapshot_is_not_offered(window, tmp_path):
    window.editor.show_item(window.session.briefing.recommendations()[0].id)
    window.editor.summary_edit.insertPlainText("x")
    assert window.autosaver.save_now()
    assert find_recoveries(tmp_path / "autosave") == []


def test_autosave_timer_writes_only_while_there_are_unsaved_changes(window, qtbot):
    window.autosaver.set_interval(1)
    time.sleep(0.01)
    assert not window.autosaver.save_now(), "nothing to save on a clean start"
    window.editor.show_item(window.session.briefing.recommendations()[0].id)
    window.editor.summary_edit.insertPlainText("more")
    with qtbot.waitSignal(window.autosaver.saved, timeout=3000):
        pass
    assert window.autosaver.snapshot.exists()
    window.session.mark_saved(window.autosaver.snapshot.with_name("x.briefing"))
    assert not window.autosaver.snapshot.exists(), "a real save makes the snapshot redundant"


def test_preferences_change_the_recovery_interval_now_and_for_next_time(
    window, settings, monkeypatch
):
    def choose(seconds: int, accept: bool):
        def exec_(dialog):
            assert (
                dialog.interval.value() == settings.autosave_seconds
            )  # -- shows the current one --
            dialog.interval.setValue(seconds)
            return dialog.DialogCode.Accepted if accept else dialog.DialogCode.Rejected

        monkeypatch.setattr(PreferencesDialog, "exec", exec_)
        window.actions_by_key["preferences"].trigger()

    choose(45, accept=True)
    assert settings.autosave_seconds == 45 and window.autosaver.interval_seconds == 45
    choose(2, accept=True)  # -- below the minimum: the spin box holds it at 5 s --
    assert settings.autosave_seconds == 5 and window.autosaver.interval_seconds == 5
    choose(300, accept=False)
    assert settings.autosave_seconds == 5 and window.autosaver.interval_seconds == 5
