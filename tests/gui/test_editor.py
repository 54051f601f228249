"""The editor: typing is undoable per field, "Reset to automatic", source highlights, not-in-source."""

from __future__ import annotations

from PySide6.QtCore import Qt


def select_recommendation(window, n: int) -> str:
    rec = window.session.briefing.recommendations()[n].id
    window.select_item(rec)
    return rec


def test_selecting_an_item_fills_the_editor(window):
    rec = select_recommendation(window, 2)
    briefing = window.session.briefing
    assert window.editor.title_edit.text() == briefing.title_of(rec)
    assert window.editor.summary_edit.toPlainText() == briefing.summary_of(rec)
    assert window.editor.kind_label.text().startswith("Recommendation")


def test_typing_a_summary_is_one_undo_step(window, qtbot):
    rec = select_recommendation(window, 1)
    automatic = window.session.briefing.summary_of(rec)
    window.editor.summary_edit.selectAll()
    qtbot.keyClicks(window.editor.summary_edit, "Shift to conflict resolution now.")
    assert window.session.briefing.summary_of(rec) == "Shift to conflict resolution now."
    assert window.session.undo_stack.count() == 1
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert window.editor.summary_edit.toPlainText() == automatic
    assert window.session.briefing.edit_of(rec).summary is None
    window.session.undo_stack.redo()
    assert window.editor.summary_edit.toPlainText() == "Shift to conflict resolution now."


def test_reset_to_automatic_restores_the_automatic_summary(window, qtbot):
    rec = select_recommendation(window, 0)
    automatic = window.session.briefing.summary_of(rec)
    button = window.editor.reset_buttons["summary"]
    assert not button.isEnabled()
    qtbot.keyClicks(window.editor.summary_edit, " Extra.")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.editor.summary_edit.toPlainText() == automatic
    assert window.session.briefing.edit_of(rec).summary is None


def test_automatic_bullets_follow_the_summary(window, qtbot):
    rec = select_recommendation(window, 3)
    window.editor.summary_edit.selectAll()
    qtbot.keyClicks(window.editor.summary_edit, "One point. Another point.")
    assert window.editor.bullets_edit.toPlainText() == "One point.\nAnother point."
    assert window.session.briefing.edit_of(rec).bullets is None


def test_typed_bullets_are_kept_line_by_line(window, qtbot):
    rec = select_recommendation(window, 3)
    window.editor.bullets_edit.selectAll()
    qtbot.keyClicks(window.editor.bullets_edit, "First bullet")
    qtbot.keyClick(window.editor.bullets_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor.bullets_edit, "Second bullet")
    assert window.session.briefing.bullets_of(rec) == ["First bullet", "Second bullet"]


def test_numbers_and_names_not_in_the_source_are_flagged(window, qtbot):
    select_recommendation(window, 0)
    window.editor.summary_edit.selectAll()
    qtbot.keyClicks(window.editor.summary_edit, "Armenia and Zanzibar agreed on 123,456 troops.")
    label = window.editor.warning_label
    assert label.isVisibleTo(window)
    assert "Zanzibar" in label.text() and "123,456" in label.text()
    assert "Armenia" not in label.text()
    block = window.editor.summary_edit.document().firstBlock()
    underlined = {
        r.start: r.length for r in block.layout().formats() if r.format.underlineStyle() != 0
    }
    text = block.text()
    assert underlined.get(text.index("Zanzibar")) == len("Zanzibar")
    assert text.index("Armenia") not in underlined


def test_source_pane_highlights_the_summary_sentences(window):
    rec = select_recommendation(window, 4)
    item = window.session.briefing.article.item(rec)
    pane = window.editor.source
    shown = pane.text.toPlainText()
    assert pane.marks, "the automatic summary's sentences are highlighted"
    start, end = pane.marks[0]
    marked = " ".join(shown[start:end].split()).lower()
    assert marked.startswith(" ".join(item.summary.split()[:8]).lower())
    assert len(pane.text.extraSelections()) == len(pane.marks)


def test_editing_a_title_updates_the_outline(window, qtbot):
    rec = select_recommendation(window, 2)
    window.editor.title_edit.selectAll()
    qtbot.keyClicks(window.editor.title_edit, "Be an honest broker")
    index = window.outline_model.index_of(rec)
    assert index.data().endswith("Be an honest broker")
