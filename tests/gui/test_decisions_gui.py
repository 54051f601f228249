"""Decisions made in the window reach the outputs the same way: numbering, export dialog, warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import QStandardPaths

from briefing_app.gui import commands
from briefing_app.gui.export_dialog import ExportDialog

SIXTH = "r-0766d812"


def _label(window, item_id: str) -> str:
    index = window.outline_model.index_of(item_id)
    return window.outline_model.data(index)


def test_recommendation_moved_to_the_top_is_number_one_everywhere(window, qtbot):
    window.push(commands.MoveCommand(window.session, SIXTH, 0))
    window.select_item(SIXTH)
    assert _label(window, SIXTH).startswith("1. ")
    assert window.editor.kind_label.text() == "Recommendation 1"
    second = window.session.briefing.recommendations()[1].id
    assert _label(window, second).startswith("2. ")


def test_unticked_recommendation_has_no_number_and_the_rest_close_up(window):
    first, second = [r.id for r in window.session.briefing.recommendations()[:2]]
    window.push(commands.PickCommand(window.session, first, False))
    window.select_item(first)
    assert not _label(window, first)[0].isdigit()
    assert "not in the outputs" in window.editor.kind_label.text()
    assert _label(window, second).startswith("1. ")


def _dialog(window, qtbot, **kwargs) -> ExportDialog:
    dialog = ExportDialog(
        window.session.briefing,
        window.settings,
        kinds={"deck"},
        project=window.session.path,
        warnings=kwargs.pop("warnings", None),
        parent=window,
    )
    qtbot.addWidget(dialog)
    return dialog


def _export(dialog, qtbot, tmp_path, template: str) -> Path:
    out = tmp_path / "one-off.pptx"
    dialog.path_edits["deck"].setText(str(out))
    combo = dialog.template_boxes["deck"]
    combo.setCurrentIndex(combo.findData(template))
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.export_now()
    return out


def test_export_dialog_template_is_for_this_export_only(window, qtbot, tmp_path):
    window.export({"deck"})
    dialog = window.export_dialog
    out = _export(dialog, qtbot, tmp_path, "dark")
    assert window.session.briefing.deck_template is None
    assert not window.session.undo_stack.canUndo()
    assert Presentation(str(out)).slides  # -- and it was exported on "dark" --


def test_export_dialog_can_make_the_choice_the_projects_undoably(window, qtbot, tmp_path):
    window.export({"deck"})
    dialog = window.export_dialog
    dialog.keep_templates.setChecked(True)
    _export(dialog, qtbot, tmp_path, "dark")
    assert window.session.briefing.deck_template == "dark"
    window.session.undo_stack.undo()
    assert window.session.briefing.deck_template is None


def test_default_export_name_is_whole_words_in_documents(window, qtbot, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    dialog = _dialog(window, qtbot)
    path = Path(dialog.path_edits["deck"].text())
    assert path == documents / "How Biden Can Create Permanent Armenian-Azerbaijan Peace.pptx"


def test_default_export_name_follows_the_subject_and_the_project_folder(
    window, qtbot, tmp_path, monkeypatch
):
    from briefing_app.gui import fileops

    project = tmp_path / "work" / "caucasus.briefing"
    project.parent.mkdir()
    monkeypatch.setattr(fileops.QFileDialog, "getSaveFileName", lambda *a, **k: (str(project), ""))
    assert window.save_as()
    window.push(commands.EditHeaderCommand(window.session, "subject", "Talks: next steps?"))
    dialog = _dialog(window, qtbot)
    assert Path(dialog.path_edits["deck"].text()) == project.parent / "Talks next steps.pptx"


def test_warnings_stay_listed_until_the_cause_is_fixed(window, qtbot):
    rec = window.session.briefing.recommendations()[0].id
    window.select_item(rec)
    long_title = "An extremely long title " * 12
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.push(commands.EditFieldCommand(window.session, rec, "title", long_title))
    badge = window.warnings_badge
    assert badge.isVisible() and any("too long" in w for w in badge.warnings)
    window.show_warnings_list()
    listed = [
        window.warnings_dialog.list.item(i).text()
        for i in range(window.warnings_dialog.list.count())
    ]
    assert any("too long" in w for w in listed)
    dialog = _dialog(window, qtbot, warnings=window.current_warnings())
    summary = dialog.findChild(type(dialog.status), "exportWarnings")
    assert summary is not None and "too long" in summary.text()
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.push(commands.EditFieldCommand(window.session, rec, "title", None))
    assert not any("too long" in w for w in badge.warnings)


@pytest.mark.parametrize("template", ["minimal", "dark"])
def test_preview_shows_the_marking_on_every_template(window, qtbot, template):
    window.select_item(window.session.briefing.recommendations()[0].id)
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.push(commands.ChooseTemplateCommand(window.session, "deck", template))
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.push(commands.EditHeaderCommand(window.session, "classification", "SECRET"))
    sketch = window.preview.sketch
    assert sketch.marking == "SECRET" and len(sketch.marks) == 2
