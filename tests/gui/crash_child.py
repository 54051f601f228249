"""Child process for the crash test: edit like a user, wait for an autosave, then hang until killed.

Run as ``python -m tests.gui.crash_child AUTOSAVE_DIR SETTINGS_INI``; prints one
line ``AUTOSAVED <briefing json>`` once the snapshot is on disk.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from briefing_app.gui.app import create_main_window
from briefing_app.gui.settings import Settings
from briefing_app.resources import seed_article


def make_edits(window) -> None:
    """Unpick a section, move a recommendation, edit a summary and a header field."""
    briefing, model = window.session.briefing, window.outline_model
    model.setData(
        model.index_of(briefing.sections()[1].id),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    recs = [r.id for r in briefing.recommendations()]
    parent = model.index_of(briefing.article.item(recs[5]).section_id)
    model.dropMimeData(
        model.mimeData([model.index_of(recs[5])]), Qt.DropAction.MoveAction, 0, 0, parent
    )
    window.select_item(recs[1])
    window.editor.summary_edit.selectAll()
    window.editor.summary_edit.insertPlainText("Typed before the crash: Nikol Փաշինյան.")
    window.header_panel.fields["sender"].setText("Policy Planning")
    window.header_panel.fields["sender"].textEdited.emit("Policy Planning")


def main() -> None:
    folder, ini = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.autosave_seconds = 1
    window = create_main_window(settings, path=seed_article(), folder=folder)
    window.show()
    make_edits(window)

    def report(_path) -> None:
        print("AUTOSAVED " + json.dumps(window.session.briefing.to_json()), flush=True)

    window.autosaver.saved.connect(report)
    app.exec()


if __name__ == "__main__":
    main()
