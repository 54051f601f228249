"""The one composition root: QApplication, names, settings, logging, the main window.

Nothing else creates global state. ``run`` is what `briefing-app` calls;
``create_main_window`` is the same assembly for tests, minus the event loop.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from briefing_app import APP_NAME
from briefing_app.core.errors import UserError
from briefing_app.files.folders import autosave_dir, log_dir
from briefing_app.gui.autosave import Recovery, find_recoveries
from briefing_app.gui.main_window import APP_TITLE, MainWindow
from briefing_app.gui.platform_check import display_problem
from briefing_app.gui.session import Session
from briefing_app.gui.settings import Settings
from briefing_app.gui.style import apply_style
from briefing_app.resources import seed_article

if TYPE_CHECKING:  # -- the model loads after the first paint --
    from briefing_app.core.briefing import Briefing

ORGANISATION = "Briefing Builder"
GIL_SWITCH_S = 0.0005
log = logging.getLogger("briefing_app")


def run(path: Path | None, *, quit_after_first_paint: bool = False) -> int:
    """Start the desktop app on ``path``, or the last project, or the seed; the exit code."""
    problem = display_problem()
    if problem:
        print(f"briefing-app: {problem}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_app(app)
    log_file = setup_logging()
    settings = Settings(QSettings())
    try:
        window = create_main_window(settings, path=path, fill_after_paint=True)
    except UserError as exc:
        print(f"briefing-app: {exc}", file=sys.stderr)
        return 2
    install_excepthook(window, log_file=log_file)
    if quit_after_first_paint:
        _quit_after_first_paint(window)
    window.show()
    return app.exec()


def configure_app(app: QApplication) -> None:
    """Names (they decide where QSettings and app data live) and the look, set once."""
    # -- preview workers run pure Python; every Qt callback (a row's data(), a paint) waits
    # -- up to one switch interval for the GIL, so 5 ms made scrolling 2,000 rows stall ~0.2 s
    sys.setswitchinterval(GIL_SWITCH_S)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    apply_style(app)


def create_main_window(
    settings: Settings,
    *,
    path: Path | None = None,
    folder: Path | None = None,
    fill_after_paint: bool = False,
) -> MainWindow:
    """Build the window on ``path`` or what a start without arguments opens (recovery first).

    With ``fill_after_paint`` the window's shell (menus, toolbar, empty panes) is shown
    first and the article is read and analysed and the views built on it right after its
    first paint, so the user sees the window at once (the readers, the model and the views
    are not even imported before that).
    """
    folder = folder or autosave_dir()
    recoveries = [] if path else find_recoveries(folder)
    restored = _offer_recovery(recoveries)
    if restored is not None:
        window = _restored_window(*restored, settings=settings, folder=folder)
    elif fill_after_paint:
        if path is not None and not path.exists():
            raise UserError(f"{path} does not exist.")
        window = MainWindow(settings, autosave_dir=folder, sample=_opens_the_seed(path, settings))
        window.show_warning("Opening…")
        _after_first_paint(window, lambda: _fill(window, path, settings))
    else:
        window = MainWindow(settings, autosave_dir=folder)
        _complete(window, _opened(path, settings))
    for recovery in recoveries:
        if restored is None or recovery is not restored[1]:
            recovery.lock.unlock()
    return window


def _restored_window(briefing: Briefing, recovery: Recovery, *, settings, folder) -> MainWindow:
    """A window on restored work, marked unsaved; the old snapshot goes once the new one exists."""
    session = Session(briefing, path=recovery.project)
    session.replace(briefing, path=recovery.project, dirty=True)
    window = MainWindow(settings, autosave_dir=folder)
    window.complete(session)
    window.autosaver.save_now(force=True)
    recovery.discard()
    window.show_warning("Restored unsaved work from the last session.")
    return window


def _opens_the_seed(path: Path | None, settings: Settings) -> bool:
    """Whether the sample article is what opens (its note then shows from the first paint)."""
    start = path or _start_path(settings)
    return _project_or_none(start) is None and start.name == seed_article().name


def _fill(window: MainWindow, path: Path | None, settings: Settings) -> None:
    """Open the article or project in the painted shell; a named file that fails ends the app."""
    try:
        opened = _opened(path, settings)
    except UserError as exc:
        print(f"briefing-app: {exc}", file=sys.stderr)
        QApplication.exit(2)
        return
    except Exception:
        # -- a bug, reported by the exception hook: the window still becomes usable (File →
        # -- Open works) instead of staying an empty shell --
        window.show_warning("")
        window.complete(Session(_untitled()))
        raise
    window.show_warning("")
    _complete(window, opened)


def _untitled() -> Briefing:
    """An empty briefing, for a window whose article could not be read."""
    from briefing_app.core.article import Article  # -- deferred: see create_main_window --
    from briefing_app.core.briefing import Briefing
    from briefing_app.core.document import Document

    return Briefing.from_article(Article(title="Untitled", source=Document(text="", blocks=())))


def _complete(window: MainWindow, opened: _Opened) -> None:
    """Build the window's views on what ``_opened`` read; say why the last project did not open."""
    briefing, project, source, problem = opened
    session = Session(briefing, path=project)
    session.source = source
    window.complete(session)
    if problem:
        window.show_warning(f"The last project could not be opened: {problem}", seconds=20)


_Opened = tuple["Briefing", Path | None, Path | None, str | None]


def _opened(path: Path | None, settings: Settings) -> _Opened:
    """(briefing, project, article, problem) for ``path``, or the last project, or the seed.

    The project or the article file is what an export must never replace; ``problem``
    says why the last project could not be opened when the seed stands in for it.
    """
    from briefing_app.gui import fileops  # -- deferred: the readers load after the first paint --

    start = path or _start_path(settings)
    try:
        briefing = fileops.load(start, settings)
    except UserError as exc:
        if path is not None:
            raise  # -- the user named this file: say why it cannot open, and stop --
        return fileops.load(seed_article(), settings), None, None, str(exc)
    project = _project_or_none(start)
    return briefing, project, None if project else start, None


def _start_path(settings: Settings) -> Path:
    last = settings.last_project
    return last if last is not None and last.exists() else seed_article()


def _project_or_none(path: Path) -> Path | None:
    return path if path.suffix.lower() == ".briefing" else None


def _offer_recovery(recoveries: list[Recovery]) -> tuple[Briefing, Recovery] | None:
    """Ask about the newest snapshot a crash left; a declined one is discarded."""
    if not recoveries:
        return None
    newest = recoveries[0]
    if not ask_restore(newest):
        newest.discard()
        return None
    from briefing_app.project import load_project  # -- deferred: only after a crash --

    try:
        return load_project(newest.snapshot), newest
    except UserError as exc:
        log.warning("recovery snapshot unreadable: %s", exc)
        newest.discard()
        return None


def ask_restore(recovery: Recovery) -> bool:
    """The crash-recovery prompt: True to restore, False to discard."""
    from PySide6.QtWidgets import QMessageBox  # -- deferred: a Qt class's first import costs --

    when = time.strftime("%H:%M on %d %B", time.localtime(recovery.saved_at))
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_TITLE, "Briefing Builder did not close normally."
    )
    box.setInformativeText(f"Unsaved work on “{recovery.title}” was kept at {when}. Restore it?")
    restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def setup_logging() -> Path:
    """Log to a file in the app-data folder (errors also reach stderr)."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "briefing-app.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def install_excepthook(window: MainWindow, *, log_file: Path) -> None:
    """Any exception that escapes a slot is logged and shown; the work stays open and saved."""

    def hook(kind, error, tb) -> None:
        handle_exception(window, error, (kind, error, tb), log_file=log_file)

    sys.excepthook = hook


_reporting = False  # -- an error in a paint event repeats; show one dialog at a time --


def handle_exception(window: MainWindow, error: BaseException, exc_info, *, log_file: Path) -> None:
    """Log with traceback, snapshot the work for recovery, and tell the user in one dialog."""
    global _reporting
    from PySide6.QtWidgets import QMessageBox  # -- deferred: see ask_restore --

    log.error("unexpected error", exc_info=exc_info)
    if _reporting:
        return
    _reporting = True
    try:
        try:
            window.autosaver.save_now(force=True)
        except Exception:  # -- reporting must not raise in turn
            log.exception("recovery snapshot failed")
        QMessageBox.critical(
            window,
            "Unexpected error",
            f"Something went wrong: {type(error).__name__}: {error}\n\n"
            f"Your work is still open; save it to be safe. Details were written to {log_file}.",
        )
    finally:
        _reporting = False


def _after_first_paint(window: MainWindow, then: Callable[[], None]) -> None:
    """Call ``then`` once the window's first paint has reached the screen."""
    window.first_painted.connect(lambda: QTimer.singleShot(0, then))


def _quit_after_first_paint(window: MainWindow) -> None:
    """Start-up benchmark hook: exit as soon as the window has painted."""
    started = time.perf_counter()

    def report_and_quit() -> None:
        print(f"first paint after {time.perf_counter() - started:.3f} s", file=sys.stderr)
        QApplication.exit(0)

    window.first_painted.connect(report_and_quit)
