"""The composition root: start-up, the missing-libraries line, the exception hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.gui import app as app_module
from briefing_app.gui import platform_check

ROOT = Path(__file__).resolve().parents[2]


def test_missing_qt_libraries_give_one_install_line(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(
        platform_check.ctypes.util,
        "find_library",
        lambda name: None if name in ("xcb-cursor", "EGL") else name,
    )
    problem = platform_check.display_problem()
    assert problem.endswith("sudo apt-get install libxcb-cursor0 libegl1")
    assert "\n" not in problem


def test_run_prints_the_line_and_exits_2_without_a_window(monkeypatch, capsys):
    monkeypatch.setattr(
        app_module, "display_problem", lambda: "Qt cannot open a window; install x."
    )
    assert app_module.run(None) == 2
    assert capsys.readouterr().err == "briefing-app: Qt cannot open a window; install x.\n"


def test_an_exception_in_a_slot_is_logged_shown_and_the_work_kept(
    window, tmp_path, answers, caplog
):
    window.editor.show_item(window.session.briefing.recommendations()[0].id)
    window.editor.summary_edit.insertPlainText(" kept")
    before = window.session.briefing.to_json()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        app_module.handle_exception(window, exc, sys.exc_info(), log_file=tmp_path / "app.log")
    assert "RuntimeError: boom in a slot" in answers["criticals"][0]
    assert "boom in a slot" in caplog.text
    assert window.session.briefing.to_json() == before and window.session.dirty
    assert window.autosaver.snapshot.exists(), "a recovery snapshot is written at once"


@pytest.mark.slow
def test_briefing_app_starts_on_the_seed_and_quits_after_first_paint(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--quit-after-first-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stderr


def test_the_window_paints_first_and_the_article_arrives_right_after(
    qtbot, settings, tmp_path, seed_path, answers, monkeypatch
):
    loaded_before_paint = []
    real = app_module._opened
    monkeypatch.setattr(
        app_module,
        "_opened",
        lambda *a: (loaded_before_paint.append(window.isVisible()), real(*a))[1],
    )
    window = app_module.create_main_window(
        settings, path=seed_path, folder=tmp_path / "autosave", fill_after_paint=True
    )
    qtbot.addWidget(window)
    assert window.session.briefing.article.title == "Opening…"
    window.show()
    qtbot.waitUntil(lambda: window.session.briefing.article.sections != (), timeout=10_000)
    assert loaded_before_paint == [True], "the article was read only once the window showed"
    assert window.session.briefing.article.title.startswith("How Biden")
    assert window.outline_model.rowCount() > 0
    assert not window.session.dirty


def test_a_named_file_that_cannot_be_read_after_the_paint_ends_with_exit_2(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "open", str(bad)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "bad.pdf" in result.stderr
