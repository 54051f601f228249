"""Menus and shortcuts do what their names say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog


def test_standard_shortcuts_are_bound(window):
    keys = {k: a.shortcut() for k, a in window.actions_by_key.items()}
    assert keys["undo"] == QKeySequence(QKeySequence.StandardKey.Undo)
    assert keys["save"] == QKeySequence(QKeySequence.StandardKey.Save)
    assert keys["open"] == QKeySequence(QKeySequence.StandardKey.Open)
    assert keys["quit"] == QKeySequence(QKeySequence.StandardKey.Quit)
    assert keys["preferences"] == QKeySequence("Ctrl+,")  # -- Cmd+, on macOS --
    assert len({k.toString() for k in keys.values() if not k.isEmpty()}) == len(
        [k for k in keys.values() if not k.isEmpty()]
    ), "no shortcut is bound twice"


def test_ctrl_z_undoes_the_last_edit(window, qtbot):
    rec = window.session.briefing.recommendations()[0].id
    window.select_item(rec)
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(window.editor.title_edit, " now")
    assert window.session.briefing.title_of(rec).endswith(" now")
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.briefing.title_of(rec).endswith(" now")


def test_paste_action_makes_an_article_from_the_clipboard(window):
    QGuiApplication.clipboard().setText("Water Policy\n\nRivers need care. Dams need review.\n")
    window.actions_by_key["paste"].trigger()
    assert window.session.briefing.article.title == "Water Policy"


def test_open_action_reads_the_chosen_file(window, tmp_path, monkeypatch):
    article = tmp_path / "brief.md"
    article.write_text("# Grid Security\n\nThe grid is old.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(article), ""))
    window.actions_by_key["open"].trigger()
    assert window.session.briefing.article.title == "Grid Security"
    assert window.windowTitle().startswith("Untitled briefing")
