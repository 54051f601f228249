"""The whole job, as a user does it: pick, reorder, edit, undo, choose templates, export, read back."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from briefing_app.export.templates import list_templates

EDITED = "Broker a durable settlement through neutral mediation and shared reconstruction."


def click_checkbox(window, qtbot, item_id: str) -> None:
    """Click the check indicator at the start of the item's outline row."""
    index = window.outline_filter.mapFromSource(window.outline_model.index_of(item_id))
    window.outline.scrollTo(index)
    rect = window.outline.visualRect(index)
    qtbot.mouseClick(
        window.outline.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 12, rect.center().y()),
    )


def choose(combo, name: str) -> None:
    """Pick ``name`` in a template combo the way a mouse click does (the activated signal)."""
    index = combo.findData(name)
    assert index >= 0, f"{name} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def words(text: str) -> str:
    return " ".join(text.split())


def deck_texts(path) -> list[str]:
    slides = Presentation(str(path)).slides
    return [
        words(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))
        for slide in slides
    ]


@pytest.mark.slow
def test_user_story_end_to_end(window, qtbot, tmp_path):
    briefing = window.session.briefing
    dropped = briefing.sections()[1]
    click_checkbox(window, qtbot, dropped.id)
    assert not briefing.is_picked(dropped.id)

    recs = [r.id for r in briefing.recommendations()]
    for rec in recs:
        click_checkbox(window, qtbot, rec)
    chosen = [recs[1], recs[3], recs[5]]
    for rec in chosen:
        click_checkbox(window, qtbot, rec)
    assert [r.id for r in briefing.picked_recommendations()] == chosen

    model = window.outline_model
    parent = model.index_of(briefing.article.item(recs[5]).section_id)
    model.dropMimeData(
        model.mimeData([model.index_of(recs[5])]), Qt.DropAction.MoveAction, 0, 0, parent
    )
    order = [recs[5], recs[1], recs[3]]
    assert [r.id for r in briefing.picked_recommendations()] == order

    window.select_item(recs[3])
    window.editor.summary_edit.selectAll()
    qtbot.keyClicks(window.editor.summary_edit, EDITED)
    window.session.undo_stack.undo()
    assert briefing.summary_of(recs[3]) != EDITED
    window.session.undo_stack.redo()
    assert briefing.summary_of(recs[3]) == EDITED

    deck_name = next(t.name for t in list_templates("deck") if t.name != "government")
    memo_name = next(t.name for t in list_templates("memo") if t.name != "information")
    choose(window.header_panel.pickers["deck"], deck_name)
    choose(window.header_panel.pickers["memo"], memo_name)
    assert (briefing.deck_template, briefing.memo_template) == (deck_name, memo_name)

    window.export({"deck", "memo"})
    dialog = window.export_dialog
    deck, memo = tmp_path / "pack.pptx", tmp_path / "pack.pdf"
    dialog.path_edits["deck"].setText(str(deck))
    dialog.path_edits["memo"].setText(str(memo))
    assert dialog.template_boxes["deck"].currentData() == deck_name
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [
        b.text()
        for b in dialog.findChildren(type(dialog.export_button))
        if b.text().startswith("Open")
    ]

    titles = [briefing.title_of(r) for r in order]
    slides = deck_texts(deck)
    deck_text = "\n".join(slides)
    assert EDITED in deck_text
    assert dropped.heading not in deck_text
    positions = [next(n for n, s in enumerate(slides) if words(t)[:40] in s) for t in titles]
    assert positions == sorted(positions)

    memo_text = words(" ".join(page.extract_text() for page in PdfReader(str(memo)).pages))
    assert EDITED in memo_text
    assert dropped.heading not in memo_text
    found = [memo_text.find(words(t)[:40]) for t in titles]
    assert -1 not in found and found == sorted(found)
    assert not any("Unexpected error" in w for w in window.warnings_badge.warnings)
