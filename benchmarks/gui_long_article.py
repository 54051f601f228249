"""Time the app on a long article: open, scroll, pick, move, edit, and the preview's background work.

Usage: ``QT_QPA_PLATFORM=offscreen python benchmarks/gui_long_article.py [SECTIONS]`` (default 2000).
Prints one line per measurement; not a test.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from briefing_app.gui.app import create_main_window
from briefing_app.gui.memo_page import render_memo_page
from briefing_app.gui.preview import MEMO_PREVIEW_LIMIT
from briefing_app.gui.settings import Settings
from briefing_app.gui.sketch import sketch_item
from briefing_app.project import save_project
from tests.gui.test_outline import long_article


def timed(label: str, fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    print(f"{label:<46} {1000 * (time.perf_counter() - started):8.1f} ms")
    return result


def main(sections: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    app = QApplication([])
    briefing = timed(f"analyse a {sections}-section article", long_article, sections)
    project = scratch / "long.briefing"
    save_project(briefing, project)
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window = timed("open it in the main window", create_main_window, settings, path=project)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    bar = window.outline.verticalScrollBar()

    def scroll() -> None:
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 50)):
            bar.setValue(value)
            window.outline.viewport().repaint()

    timed("scroll the outline top to bottom (50 repaints)", scroll)
    model, items = window.outline_model, window.session.briefing.sections()
    timed("unpick one item (command + view update)", model.pick_requested.emit, items[5].id, False)
    timed(
        "move the last item first (command + relayout)", model.move_requested.emit, items[-1].id, 0
    )
    timed("select an item (editor + source pane)", window.select_item, items[100].id)
    timed("type one character into the summary", window.editor.summary_edit.insertPlainText, "x")
    snapshot = window.session.briefing.copy()
    timed("preview: plan the whole deck (worker thread)", sketch_item, snapshot, items[100].id)
    limited = snapshot.copy()
    limited.picked = set(limited.order[:MEMO_PREVIEW_LIMIT])
    timed(
        f"preview: memo page with {MEMO_PREVIEW_LIMIT} picked (the limit)",
        render_memo_page,
        limited,
        items[100].id,
    )
    window.session.mark_saved(project)
    window.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
