"""Help → User guide: the README's "The desktop app" part, and where the log and autosaves live.

The guide is the README's own text (one source for both), read from the source
tree when the app runs from it, else from the installed package's metadata,
which carries the README as its long description.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefing_app import __version__
from briefing_app.files.folders import autosave_dir, log_dir

GUIDE_HEADING = "## The desktop app"
_README = Path(__file__).resolve().parents[2] / "README.md"


def readme_text() -> str:
    """The README: from the source tree if there, else the installed package's description."""
    try:
        return _README.read_text(encoding="utf-8")
    except OSError:
        pass
    import importlib.metadata  # -- deferred: 0.1-0.3 s to import, and only for the help --

    try:
        return importlib.metadata.metadata("briefing-app").get_payload() or ""  # type: ignore[attr-defined]
    except importlib.metadata.PackageNotFoundError:
        return ""


def guide_markdown(readme: str) -> str:
    """The "The desktop app" section of ``readme``, without its pictures (not shipped)."""
    start = readme.find(GUIDE_HEADING)
    if start < 0:
        return "The user guide is in the README of Briefing Builder."
    end = readme.find("\n## ", start + len(GUIDE_HEADING))
    section = readme[start : end if end > 0 else None]
    return re.sub(r"^!\[[^\]]*\]\([^)]*\)\s*$", "", section, flags=re.M).strip()


def about_html() -> str:
    """Help → About: name, version and what the app is for."""
    return (
        f"<b>Briefing Builder {__version__}</b><p>Turns a long article into a briefing pack: "
        "a PowerPoint deck and a PDF memo, every word traceable to the source.</p>"
        "<p>Help → User guide explains the window and its shortcuts.</p>"
    )


class UserGuideDialog(QDialog):
    """The guide, and links that open the log and autosave folders."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Briefing Builder {__version__} — User guide")
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(guide_markdown(readme_text()))
        folders = QLabel(
            f'Log file: <a href="{_url(log_dir())}">{log_dir()}</a><br>'
            f'Autosaved work: <a href="{_url(autosave_dir())}">{autosave_dir()}</a>',
            self,
        )
        folders.setOpenExternalLinks(True)
        folders.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(folders)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.folders = folders


def _url(path: Path) -> str:
    return QUrl.fromLocalFile(str(path)).toString()
