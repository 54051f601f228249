"""A Word form template: no title line, parts in heading styles, boxes to tick."""

from __future__ import annotations

import io

import docx

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx

TEXT = (
    "Volunteers taking part in the garden survey are asked to read these notes before the "
    "first visit, and to keep a copy with them while they work in the allotments."
)


def _template() -> bytes:
    d = docx.Document()
    d.add_heading("Background", level=2)
    d.add_paragraph(TEXT)
    d.add_heading("Volunteer Agreement", level=2)
    d.add_paragraph(TEXT)
    d.add_heading("☐ I have read the notes above and agree to take part.", level=1)
    d.add_paragraph("Name: ____________")
    d.add_heading("Data Notice", level=2)
    d.add_paragraph(TEXT)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_template_opening_on_its_first_part_has_no_title_line():
    article = analyze(parse_docx(_template(), name="garden-form.docx"))
    assert article.title_source == "file"
    assert article.sections[0].heading == "Background"


def test_a_box_to_tick_is_no_heading():
    article = analyze(parse_docx(_template(), name="garden-form.docx"))
    assert [s.heading for s in article.sections] == [
        "Background",
        "Volunteer Agreement",
        "Data Notice",
    ]
