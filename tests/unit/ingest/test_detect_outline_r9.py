"""Outline rules found on the tenth held-out set, one small input per rule.

A Word file whose heading styles are misused is read by its visible type sizes; a Subtitle
further down a Word file is text, not lost; a title wrapped over two Title paragraphs is one.
"""

from __future__ import annotations

from docx.shared import Pt

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import BODY, built_docx


def outline(article) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in article.sections if s.heading]


def _sized(paragraph, size: float):
    for run in paragraph.runs:
        run.font.size = Pt(size)
    return paragraph


def _misused(d) -> None:
    """Sizes, not styles, make the outline: 24 pt parts, 16 pt findings, 14 pt points."""
    _sized(d.add_paragraph("Why victims stay silent", style="Title"), 18)
    _sized(d.add_paragraph(BODY), 11)
    _sized(d.add_heading("1) Before becoming victims, people take small steps.", level=1), 24)
    _sized(d.add_heading("(This header marks where people stop.)", level=1), 16)
    _sized(d.add_heading("People who heard of scams are wary of sharing their data online.", 1), 16)
    _sized(d.add_heading(BODY + " " + BODY, level=2), 11)  # -- a body paragraph in Heading 2
    _sized(d.add_paragraph("Victims take minor preventative measures:", style="Subtitle"), 14)
    _sized(d.add_paragraph(BODY), 11)
    _sized(d.add_paragraph("2) When people become victims they cannot explain it."), 24)
    _sized(d.add_heading("Many victims were unsure it was a crime at all.", level=1), 16)
    _sized(d.add_paragraph(BODY), 11)


def test_misused_heading_styles_give_way_to_the_visible_type_sizes():
    article = analyze(parse_docx(built_docx(_misused), name="m.docx"))
    assert outline(article) == [
        ("1) Before becoming victims, people take small steps.", 1),
        ("People who heard of scams are wary of sharing their data online.", 2),
        ("Victims take minor preventative measures:", 3),
        ("2) When people become victims they cannot explain it.", 1),
        ("Many victims were unsure it was a crime at all.", 2),
    ]
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert "(This header marks where people stop.)" in paragraphs  # -- a note, kept as text
    assert BODY + " " + BODY in paragraphs


def test_a_large_line_in_normal_style_leaves_well_styled_headings_alone():
    def build(d):
        d.add_paragraph("Grid report", style="Title")
        _sized(d.add_paragraph(BODY), 11)
        d.add_heading("Background", level=1)
        _sized(d.add_paragraph(BODY), 11)
        _sized(
            d.add_paragraph("The grid held, but only just, said the operator."), 20
        )  # -- a quote
        _sized(d.add_paragraph(BODY), 11)
        d.add_heading("Scope", level=2)
        _sized(d.add_paragraph(BODY), 11)

    found = outline(analyze(parse_docx(built_docx(build), name="w.docx")))
    assert found == [("Background", 1), ("Scope", 2)]


def test_a_subtitle_further_down_is_text_not_lost():
    def build(d):
        d.add_paragraph("Grid report", style="Title")
        d.add_paragraph("What the winter showed", style="Subtitle")
        d.add_paragraph(BODY)
        d.add_heading("Findings", level=1)
        d.add_paragraph("Demand peaked twice in the coldest week.", style="Subtitle")
        d.add_paragraph(BODY)

    doc = parse_docx(built_docx(build), name="s.docx")
    assert "Demand peaked twice in the coldest week." in doc.text
    assert doc.metadata.get("standfirst") == "What the winter showed"


def test_a_title_wrapped_over_two_title_paragraphs_is_one_title():
    def build(d):
        d.add_paragraph("Why cybercrime victims", style="Title")
        d.add_paragraph("don't report to the police", style="Title")
        d.add_paragraph(BODY)
        d.add_heading("Findings", level=1)
        d.add_paragraph(BODY)

    article = analyze(parse_docx(built_docx(build), name="t.docx"))
    assert article.title == "Why cybercrime victims don't report to the police"
    assert outline(article) == [("Findings", 1)]
