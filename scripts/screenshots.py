"""Start the app on the seed offscreen and save screenshots of the main window to docs/.

Usage: ``python scripts/screenshots.py [OUT_DIR]`` (default: docs/). Uses private
settings and autosave folders so it never touches the user's own.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from briefing_app.gui.app import configure_app, create_main_window  # noqa: E402
from briefing_app.gui.settings import Settings  # noqa: E402
from briefing_app.resources import seed_article  # noqa: E402

SIZE = (1440, 900)


def settle(app: QApplication, window, seconds: float = 1.5) -> None:
    """Let the debounced preview render (it runs on a worker thread)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    window.repaint()
    app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="briefing-shots-"))
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    app = QApplication([])
    configure_app(app)
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = create_main_window(settings, path=seed_article(), folder=scratch / "autosave")
    window.resize(*SIZE)
    window.show()
    settle(app, window, 3.0)
    window.grab().save(str(out / "main-window.png"))

    rec = window.session.briefing.recommendations()[2].id
    window.select_item(rec)
    settle(app, window, 3.0)
    window.grab().save(str(out / "recommendation.png"))

    window.side_tabs.setCurrentIndex(1)
    settle(app, window, 0.5)
    window.grab().save(str(out / "memo-panel.png"))
    window.side_tabs.setCurrentIndex(0)

    settings.export_folder = scratch / "Briefings"
    settings.export_folder.mkdir()
    window.export({"deck", "memo"})
    dialog = window.export_dialog
    dialog.export_now()  # -- a real export, so the picture shows the result and its buttons --
    deadline = time.monotonic() + 60
    while not dialog.paths and time.monotonic() < deadline:
        settle(app, window, 0.2)
    dialog.adjustSize()
    settle(app, window, 0.3)
    dialog.grab().save(str(out / "export-dialog.png"))
    dialog.close()
    window.session.mark_saved(scratch / "shots.briefing")
    window.close()
    print(f"Wrote screenshots to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
