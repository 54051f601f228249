"""One undo history: Ctrl+Z in a text field goes through the app's stack, never the field's own."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _summary_of_first(window):
    rec = window.session.briefing.recommendations()[0].id
    window.select_item(rec)
    return rec, window.editor.summary_edit


def test_ctrl_z_in_the_summary_box_undoes_through_the_app(window, qtbot):
    rec, box = _summary_of_first(window)
    before = box.toPlainText()
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Typed words.")
    stack = window.session.undo_stack
    steps = stack.count()
    assert window.session.briefing.summary_of(rec).endswith(" Typed words.")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.toPlainText() == before
    assert window.session.briefing.summary_of(rec) == before
    assert stack.count() == steps, "the undo was not recorded as a new edit"
    assert stack.canRedo() and window.actions_by_key["redo"].isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.session.briefing.summary_of(rec).endswith(" Typed words.")
    stack.undo()  # -- the toolbar's Undo after all that: the typed text goes, it does not return --
    assert window.session.briefing.summary_of(rec) == before


def test_the_text_fields_own_undo_is_off(window):
    _rec, box = _summary_of_first(window)
    assert not box.isUndoRedoEnabled()
    assert not window.editor.notes_edit.isUndoRedoEnabled()


def test_ctrl_z_in_the_title_and_header_fields_goes_to_the_app(window, qtbot):
    rec, _box = _summary_of_first(window)
    title = window.editor.title_edit
    original = title.text()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " again")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert window.session.briefing.title_of(rec) == original == title.text()
    to = window.header_panel.fields["to"]
    qtbot.keyClicks(to, "The Minister")
    qtbot.keyClick(to, Qt.Key.Key_Z, CTRL)
    assert window.session.briefing.header.to == "" and to.text() == ""
    assert window.session.undo_stack.canRedo()


def test_typing_merges_into_one_step_per_pause(window, qtbot):
    _rec, box = _summary_of_first(window)
    stack = window.session.undo_stack
    steps = stack.count()
    qtbot.keyClicks(box, "one two three")
    assert stack.count() == steps + 1
