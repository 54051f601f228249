"""The memo header panel and template pickers: undoable edits, user templates added by the user."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from briefing_app.core.errors import UserError
from briefing_app.export.templates import list_templates, user_template_dir
from briefing_app.gui.header_panel import ADD_TEMPLATE, import_template


def test_typing_a_header_field_is_one_undoable_step(window, qtbot):
    qtbot.keyClicks(window.header_panel.fields["subject"], "Talking points")
    assert window.session.briefing.header.subject == "Talking points"
    assert window.session.undo_stack.count() == 1
    window.session.undo_stack.undo()
    assert window.header_panel.fields["subject"].text() == ""


def test_typing_a_bottom_line_overrides_the_automatic_one(window, qtbot):
    qtbot.keyClicks(window.header_panel.fields["bottom_line"], "Back the talks.")
    assert window.session.briefing.header.bottom_line == "Back the talks."
    window.session.undo_stack.undo()
    assert window.session.briefing.header.bottom_line == ""


def test_classification_is_chosen_from_the_list(window):
    combo = window.header_panel.fields["classification"].parent()
    combo.setCurrentIndex(combo.findText("UNCLASSIFIED"))
    assert window.session.briefing.header.classification == "UNCLASSIFIED"


def test_add_template_copies_it_into_the_user_folder_and_chooses_it(window, tmp_path, monkeypatch):
    builtin = next(t for t in list_templates("memo") if t.builtin)
    source = tmp_path / "Agency memo.toml"
    source.write_bytes(builtin.path.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    picker = window.header_panel.pickers["memo"]
    index = picker.findData(ADD_TEMPLATE)
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    assert (user_template_dir("memo") / "Agency memo.toml").read_bytes() == source.read_bytes()
    assert "Agency memo" in [t.name for t in list_templates("memo")]
    assert window.session.briefing.memo_template == "Agency memo"
    assert picker.currentData() == "Agency memo"


def test_a_template_of_the_wrong_kind_is_refused_in_one_sentence(tmp_path):
    source = tmp_path / "deck.pdf"
    source.write_bytes(b"%PDF-1.4")
    with pytest.raises(
        UserError, match=r"deck\.pdf is not a deck template; choose a \.pptx, \.potx file\."
    ):
        import_template("deck", source)


def test_a_broken_template_is_refused_and_not_copied(tmp_path):
    source = tmp_path / "Broken.pptx"
    source.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match=r"Broken\.pptx"):
        import_template("deck", source)
    assert not (user_template_dir("deck") / "Broken.pptx").exists()
