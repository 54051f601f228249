"""The composition root: start-up, the missing-libraries line, the exception hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.gui import app as app_module
from briefing_app.gui import platform_check
from briefing_app.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_missing_qt_libraries_give_one_install_line(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(
        platform_check,
        "loadable",
        lambda soname: soname not in ("libxcb-cursor.so.0", "libEGL.so.1"),
    )
    problem = platform_check.display_problem()
    assert problem.endswith("sudo apt-get install libxcb-cursor0 libegl1")
    assert "\n" not in problem


def test_the_libraries_qt_loads_are_found_and_a_missing_one_is_not():
    assert platform_check.loadable("libfontconfig.so.1")  # -- Qt itself needs it here --
    assert not platform_check.loadable("libno-such-library-for-qt.so.0")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's xcb plugin")
def test_every_x_library_of_qts_xcb_plugin_is_named_with_its_package():
    # -- a minimal Debian with Xvfb lacked libxcb-icccm4 and libxcb-keysyms1, which the list did
    # -- not name: Qt aborted with its own long message instead of our one line --
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    linked = set()
    for library in (qt / "plugins/platforms/libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")):
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
        linked |= {line.split()[0] for line in out.splitlines() if line.strip()}
    x_libraries = {s for s in linked if s.startswith(("libxcb", "libX11-xcb", "libxkbcommon"))}
    assert x_libraries, "ldd named no X library: the check itself is broken"
    assert x_libraries <= set(platform_check.LINUX_LIBRARIES)


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


def test_the_window_paints_first_and_the_views_arrive_right_after_without_moving(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.first_paint_child",
         str(tmp_path / "settings.ini"), str(tmp_path / "autosave")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["views_before_show"] is False, "a shell: no views before the first paint"
    assert seen["completed"] and seen["title"].startswith("How Biden")
    whole = {k: seen[k] for k in ("panes", "sample_note", "status_bar")}
    assert seen["shell"] == {"shown": True, **whole}, "read once shown; nothing moved after"
    assert {tuple(sizes) for sizes in seen["painted"]} == {tuple(seen["panes"])}, (
        "no frame painted with other pane widths"
    )
    assert seen["focus_on_filter"], "the filter has the focus, as when the views came first"


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


def test_the_shell_does_nothing_with_a_shortcut_or_a_close_before_the_work_is_open(
    qtbot, settings, tmp_path
):
    window = MainWindow(settings, autosave_dir=tmp_path / "autosave", sample=True)
    qtbot.addWidget(window)
    for action in window.actions_by_key.values():
        action.trigger()  # -- not wired yet: no dialog, no error --
    assert not window.completed
    assert window.close(), "nothing open, nothing to keep: it closes"


def test_a_bug_while_reading_is_reported_and_the_window_still_opens(
    qtbot, settings, tmp_path, seed_path, answers, monkeypatch
):
    def broken(*_args):
        raise RuntimeError("a bug in a reader")

    monkeypatch.setattr(app_module, "_opened", broken)
    window = app_module.create_main_window(
        settings, path=seed_path, folder=tmp_path / "autosave", fill_after_paint=True
    )
    qtbot.addWidget(window)
    with qtbot.captureExceptions() as raised:
        window.show()
        qtbot.waitUntil(lambda: window.completed, timeout=10_000)
    assert [type(exc) for _kind, exc, _tb in raised] == [RuntimeError]
    assert window.session.briefing.article.sections == ()
    assert window.actions_by_key["open"].receivers("2triggered(bool)") > 0, "File → Open works"
