"""Opening articles and projects, pasting text, saving, recent files: the main window's file work.

Every failure a user can cause arrives as a UserError and becomes one dialog;
the open work is replaced only after the new file was read completely.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.gui.session import Session
from briefing_app.gui.settings import Settings
from briefing_app.project import PROJECT_SUFFIX, open_text, save_project
from briefing_app.project import open_path as read_path

ARTICLE_PATTERNS = "*.txt *.md *.markdown *.html *.htm *.docx *.pdf"
OPEN_FILTER = (
    f"Articles and projects ({ARTICLE_PATTERNS} *{PROJECT_SUFFIX});;"
    f"Articles ({ARTICLE_PATTERNS});;Briefing projects (*{PROJECT_SUFFIX});;All files (*)"
)
SAVE_FILTER = f"Briefing projects (*{PROJECT_SUFFIX})"


class FileHost(Protocol):
    """What file work needs from the main window: its session, settings, menu and messages."""

    session: Session
    settings: Settings
    recent_menu: QMenu

    def window(self) -> QWidget: ...  # -- the parent of file dialogs --

    def show_error(self, error: UserError) -> None: ...

    def show_warning(self, message: str) -> None: ...


def open_dialog(window: FileHost) -> None:
    start = str(window.settings.last_folder or Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window.window(), "Open article or project", start, OPEN_FILTER
    )
    if path:
        open_path(window, Path(path))


def load(path: Path, settings: Settings) -> Briefing:
    """Read an article or project into a Briefing; new articles get the last-used templates."""
    briefing = read_path(path)
    if path.suffix.lower() != PROJECT_SUFFIX:
        for kind in ("deck", "memo"):
            briefing.set_template(kind, settings.last_template(kind))
    return briefing


def open_path(window: FileHost, path: Path) -> bool:
    """Open an article or project in ``window``; False (and a dialog) if it cannot be read."""
    if window.session.dirty and not maybe_save(window):
        return False
    try:
        with _busy():
            briefing = load(path, window.settings)
    except UserError as exc:
        window.show_error(exc)
        return False
    project = path if path.suffix.lower() == PROJECT_SUFFIX else None
    window.session.replace(briefing, path=project, source=None if project else path)
    _remember(window, path)
    window.show_warning(f"Opened {path.name}")
    return True


def paste_article(window: FileHost, text: str) -> bool:
    """Analyse pasted text as a new, unsaved article."""
    if text.strip() and not maybe_save(window):
        return False
    try:
        briefing = open_text(text)
    except UserError as exc:
        window.show_error(exc)
        return False
    window.session.replace(briefing, path=None, dirty=True)
    return True


def save(window: FileHost) -> bool:
    if window.session.path is None:
        return save_as(window)
    return _save_to(window, window.session.path)


def save_as(window: FileHost) -> bool:
    session = window.session
    folder = session.path.parent if session.path else (window.settings.last_folder or Path.home())
    suggestion = folder / (safe_name(session.briefing.article.title) + PROJECT_SUFFIX)
    chosen, _ = QFileDialog.getSaveFileName(
        window.window(), "Save project", str(suggestion), SAVE_FILTER
    )
    if not chosen:
        return False
    path = Path(chosen)
    if path.suffix.lower() != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    return _save_to(window, path)


def _save_to(window: FileHost, path: Path) -> bool:
    try:
        save_project(window.session.briefing, path)
    except UserError as exc:
        window.show_error(exc)
        return False
    window.session.mark_saved(path)
    _remember(window, path)
    window.show_warning(f"Saved {path.name}")
    return True


def maybe_save(window: FileHost) -> bool:
    """Ask to save unsaved work; False when the user cancels (or the save failed)."""
    if not window.session.dirty:
        return True
    answer = QMessageBox.question(
        window.window(),
        "Unsaved changes",
        "Save the changes to this briefing before closing it?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save(window)
    return answer == QMessageBox.StandardButton.Discard


def _remember(window: FileHost, path: Path) -> None:
    settings = window.settings
    settings.add_recent(path)
    settings.last_project = path.absolute()
    settings.last_folder = path.absolute().parent
    rebuild_recent_menu(window)


def rebuild_recent_menu(window: FileHost) -> None:
    menu = window.recent_menu
    menu.clear()
    recent = window.settings.recent_files
    for n, path in enumerate(recent, start=1):
        # -- two "report.briefing" in different folders must be told apart --
        action = menu.addAction(f"&{n} {path.name}  —  {short_folder(path.parent)}")
        action.setToolTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: _open_recent(window, p))
    menu.setEnabled(bool(recent))


def short_folder(folder: Path, *, limit: int = 48) -> str:
    """A folder for a menu: "~" for home, the middle left out when long."""
    text = str(folder)
    home = str(Path.home())
    if text == home or text.startswith(home + "/"):
        text = "~" + text[len(home) :]
    if len(text) <= limit:
        return text
    return text[: limit // 3] + "…" + text[-(limit - limit // 3 - 1) :]


def _open_recent(window: FileHost, path: Path) -> None:
    if not path.exists():
        window.settings.recent_files = [p for p in window.settings.recent_files if p != path]
        rebuild_recent_menu(window)
        window.show_error(UserError(f"{path} no longer exists; it was removed from the list."))
        return
    open_path(window, path)


# -- a name cut after one of these reads as cut mid-phrase ("… Peace in the") --
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "nor",
        "with",
        "by",
        "from",
        "as",
        "into",
        "onto",
        "about",
        "over",
        "under",
        "between",
        "after",
        "before",
        "than",
        "via",
        "per",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
    ]
)


def safe_name(title: str, *, limit: int = 64) -> str:
    """A file name from a title: letters, digits, spaces and dashes, cut after a whole word
    that does not leave the phrase hanging ("… Armenian-Azerbaijan Peace", not "… Peace in the")."""
    words = "".join(c if c.isalnum() or c in " -_" else " " for c in title).split()
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > limit:
            break
        kept.append(word)
    if len(kept) < len(words):
        while len(kept) > 1 and kept[-1].casefold() in _DANGLING:
            kept.pop()
    return " ".join(kept) or (words[0][:limit] if words else "briefing")


def export_stem(briefing: Briefing) -> str:
    """The default export file name (no suffix): the memo's Subject if typed, else the title."""
    return safe_name(briefing.header.subject.strip() or briefing.article.title)


def export_folder(project: Path | None, settings) -> Path:
    """Where exports go by default: the project's folder, the last export folder, or Documents."""
    for folder in (project.parent if project else None, settings.export_folder):
        if folder is not None and folder.is_dir():
            return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


class _busy:
    """Show a wait cursor while reading a file (large PDFs take a moment)."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc) -> None:
        QApplication.restoreOverrideCursor()
