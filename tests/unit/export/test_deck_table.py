"""A small source table gets a slide of its own with a PowerPoint table in the body box; a large
one gets none (its rows stay sentences, the memo prints it whole)."""

from __future__ import annotations

import io

from pptx import Presentation

from briefing_app.export.deck.geometry import geometry_for
from briefing_app.export.deck.plan import plan_deck
from briefing_app.export.deck.writer import build_deck
from tests.conftest import table_briefing


def _tables(data: bytes) -> list[tuple[str, object]]:
    prs = Presentation(io.BytesIO(data))
    return [
        (slide.shapes.title.text, shape.table)
        for slide in prs.slides
        for shape in slide.shapes
        if shape.has_table
    ]


def test_a_small_table_is_a_table_on_its_own_slide_inside_the_body_box():
    briefing = table_briefing(4, cell="ماء ٣٫٢")
    data, _ = build_deck(briefing)
    ((title, table),) = _tables(data)
    assert title == "Budgets: table"
    assert (len(table.rows), len(table.columns)) == (5, 3)
    assert [c.text for c in table.rows[0].cells] == ["Country", "Water budget", "Growth"]
    assert table.cell(4, 2).text == "ماء ٣٫٢"
    assert table.cell(4, 2).text_frame.paragraphs[0]._p.pPr.get("rtl") == "1"
    geometry = geometry_for(None)
    box = geometry.layout_for("content").body.box
    frame = next(
        s for slide in Presentation(io.BytesIO(data)).slides for s in slide.shapes if s.has_table
    )
    assert frame.left >= box.left and frame.top >= box.top
    assert frame.left + frame.width <= box.left + box.width + 1
    assert frame.top + sum(r.height for r in table.rows) <= box.top + box.height


def test_the_table_slide_notes_carry_the_rows_and_the_paragraph_reference():
    plan = plan_deck(table_briefing(2), geometry_for(None))
    (slide,) = [s for s in plan.slides if s.kind == "table"]
    assert slide.notes.startswith("¶ ")
    assert "Region 2 | $2.5 billion | 7.6%" in slide.notes
    assert slide.paragraphs == () and slide.body_size_pt >= 12


def test_a_large_table_gets_no_table_slide():
    assert _tables(build_deck(table_briefing(30))[0]) == []
    long_cells = table_briefing(3, cell="a phrase far too long to sit in a slide cell " * 3)
    assert _tables(build_deck(long_cells)[0]) == []


def test_the_table_of_an_unpicked_section_gets_no_slide():
    briefing = table_briefing(3)
    section = next(s for s in briefing.article.sections if s.heading == "Budgets")
    briefing.set_picked(section.id, False)
    assert _tables(build_deck(briefing)[0]) == []


def test_a_heading_ending_in_a_colon_gives_a_table_title_with_one_colon():
    briefing = table_briefing(3)
    section = next(s for s in briefing.sections() if s.heading == "Budgets")
    briefing.set_field(section.id, "title", "Budgets by country:")
    data, _ = build_deck(briefing)
    ((title, _),) = _tables(data)
    assert title == "Budgets by country: table"
