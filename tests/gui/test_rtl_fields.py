"""Right-to-left text in the editor's fields: every line of an Arabic or Hebrew paragraph,
the last one too, ends at the right edge, as it reads."""

from __future__ import annotations

import pytest

from briefing_app.gui import commands

HEBREW = "עבאס עראקצ'י נפגש היום עם שר החוץ בקהיר כדי לדון בהסכם החדש ובשאלות הגבולות הפתוחות."
ARABIC = "التقى عباس عراقجي اليوم بوزير الخارجية في القاهرة لبحث الاتفاق الجديد ومسائل الحدود."


@pytest.mark.parametrize("text", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
@pytest.mark.parametrize("field", ["summary", "notes"])
def test_every_line_of_a_right_to_left_paragraph_is_right_aligned(window, qtbot, text, field):
    rec = window.session.briefing.recommendations()[0].id
    window.select_item(rec)
    window.session.undo_stack.push(commands.EditFieldCommand(window.session, rec, field, text))
    edit = {"summary": window.editor.summary_edit, "notes": window.editor.notes_edit}[field]
    edit.setFixedWidth(260)
    qtbot.waitUntil(lambda: edit.toPlainText() == text)
    document = edit.document()
    document.setTextWidth(edit.viewport().width())
    layout = document.firstBlock().layout()
    assert layout.lineCount() >= 2, "the paragraph must wrap for the test to mean anything"
    right = document.textWidth() - document.documentMargin()
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        assert abs(line.naturalTextRect().right() - right) < 12, f"line {n + 1} is not at the right"
