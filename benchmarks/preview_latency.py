"""Time from the last keystroke in a summary to the refreshed slide and memo previews (seed article).

Usage: ``QT_QPA_PLATFORM=offscreen python benchmarks/preview_latency.py``; prints medians of 5 runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from briefing_app.gui.app import create_main_window
from briefing_app.gui.settings import Settings
from briefing_app.resources import seed_article


def wait_for(app: QApplication, done, limit: float = 30.0) -> float:
    started = time.perf_counter()
    while not done() and time.perf_counter() - started < limit:
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - started


def main() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="briefing-latency-"))
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    app = QApplication([])
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window = create_main_window(settings, path=seed_article(), folder=scratch / "autosave")
    window.show()
    preview = window.preview
    window.select_item(window.session.briefing.recommendations()[2].id)
    wait_for(app, lambda: preview.memo is not None)
    slides, memos = [], []
    for n in range(5):
        preview.sketch = preview.memo = None
        window.editor.summary_edit.insertPlainText(f" Edit {n}.")
        slides.append(wait_for(app, lambda: preview.sketch is not None))
        memos.append(slides[-1] + wait_for(app, lambda: preview.memo is not None))
    print(f"slides refreshed {1000 * statistics.median(slides):.0f} ms after the keystroke")
    print(f"memo page refreshed {1000 * statistics.median(memos):.0f} ms after the keystroke")
    window.session.mark_saved(scratch / "x.briefing")
    window.close()


if __name__ == "__main__":
    main()
