"""Outline rules found on the ninth held-out set, one small input per rule.

A Word file whose outline is set in heading styles keeps its bold list items and lead-ins as text.
"""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import BODY, built_docx


def outline(article) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in article.sections if s.heading]


def _bold(paragraph) -> None:
    for run in paragraph.runs:
        run.bold = True


def test_bold_list_items_under_styled_headings_are_list_text():
    def build(d):
        d.add_heading("A review of synthesis tools", level=1)
        for part in ("Landscape", "Policy", "Supply", "Sources"):
            d.add_heading(f"Part: {part}", level=2)
            d.add_paragraph(BODY)
        d.add_heading("Primary literature", level=3)
        for label in ("Inkjet synthesis (core technology)", "Screening policy (framework)"):
            _bold(d.add_paragraph(label, style="List Number"))
            d.add_paragraph("Kim, J. (2024). An open-source printer.", style="List Bullet 2")
        _bold(d.add_paragraph("Market intelligence:"))
        d.add_paragraph(BODY)

    found = outline(analyze(parse_docx(built_docx(build), name="r.docx")))
    assert found == [
        ("Part: Landscape", 1),
        ("Part: Policy", 1),
        ("Part: Supply", 1),
        ("Part: Sources", 1),
        ("Primary literature", 2),
    ]


def test_bold_headings_that_open_the_outline_stay_headings_beside_a_few_styled_ones():
    def build(d):
        d.add_paragraph("Statement of objectives", style="Title")
        for n, name in enumerate(("Background", "Scope", "Objectives", "Constraints"), 1):
            _bold(d.add_paragraph(f"{n}.1 {name}"))
            d.add_paragraph(BODY)
        d.add_heading("Price", level=4)
        d.add_paragraph(BODY)

    found = [h for h, _level in outline(analyze(parse_docx(built_docx(build), name="s.docx")))]
    assert found == ["1.1 Background", "2.1 Scope", "3.1 Objectives", "4.1 Constraints", "Price"]
