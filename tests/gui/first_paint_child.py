"""Child process for the first-paint test: the app's start, with its look, watched frame by frame.

Run as ``python -m tests.gui.first_paint_child SETTINGS_INI AUTOSAVE_DIR``; prints one JSON
line. Its own process because the app's look (fonts registered with Qt) cannot be taken
back in the test process, and the pane widths depend on it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QSplitter

from briefing_app.gui import app as app_module
from briefing_app.gui.settings import Settings
from briefing_app.resources import seed_article


class PaneSizes(QObject):
    """The pane sizes at each paint of a splitter."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self.sizes: list[list[int]] = []
        splitter.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.sizes.append(watched.sizes())
        return False


def main(ini: str, autosave: str) -> None:
    app = QApplication([])
    app_module.configure_app(app)
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    report: dict = {}
    real_opened = app_module._opened

    def opened(*args):  # -- the reading starts: what the shell showed until now --
        report["shell"] = {
            "shown": window.isVisible(),
            "panes": window.splitter.sizes(),
            "sample_note": window.sample_banner.isVisible(),
            "status_bar": window.statusBar().height(),
        }
        return real_opened(*args)

    app_module._opened = opened
    window = app_module.create_main_window(
        settings, path=seed_article(), folder=Path(autosave), fill_after_paint=True
    )
    report["views_before_show"] = window.completed
    painted = PaneSizes(window.splitter)
    window.show()

    def done() -> None:
        report.update(
            completed=window.completed,
            title=window.session.briefing.article.title,
            panes=window.splitter.sizes(),
            painted=painted.sizes,
            sample_note=window.sample_banner.isVisible(),
            status_bar=window.statusBar().height(),
            focus_on_filter=app.focusWidget() is window.filter_edit,
        )
        print(json.dumps(report))
        app.quit()

    QTimer.singleShot(1500, done)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:3])
