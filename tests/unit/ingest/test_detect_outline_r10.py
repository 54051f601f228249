"""Outline rules found on the eleventh held-out set, one small input per rule.

A Word file whose only outline is its type sizes (large numbered lines over body text, no
heading style in the text) is read by those sizes, even where the lines end in a full stop.
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


POINTS = ("Ask specific questions.", "Set clear expectations.", "Use plain language.")


def test_large_list_lines_over_body_text_are_the_sections_when_no_style_marks_any():
    def build(d):
        _sized(d.add_heading("What must we do to get victims to report?", level=1), 18)
        _sized(d.add_paragraph(BODY), 11)
        for point in POINTS:
            _sized(d.add_paragraph(point, style="List Number"), 16)
            _sized(d.add_paragraph(BODY), 11)

    assert outline(analyze(parse_docx(built_docx(build), name="s.docx"))) == [
        (point, 1) for point in POINTS
    ]


def test_one_or_two_large_lines_or_a_styled_outline_keep_them_as_text():
    def two_quotes(d):
        _sized(d.add_heading("Grid report", level=1), 18)
        _sized(d.add_paragraph(BODY), 11)
        for point in POINTS[:2]:  # -- two pull quotes are no outline
            _sized(d.add_paragraph(point), 16)
            _sized(d.add_paragraph(BODY), 11)

    def styled(d):
        _sized(d.add_heading("Grid report", level=1), 18)
        _sized(d.add_paragraph(BODY), 11)
        d.add_heading("Background", level=2)
        _sized(d.add_paragraph(BODY), 11)
        for point in POINTS:
            _sized(d.add_paragraph(point), 16)
            _sized(d.add_paragraph(BODY), 11)

    assert outline(analyze(parse_docx(built_docx(two_quotes), name="q.docx"))) == []
    assert outline(analyze(parse_docx(built_docx(styled), name="w.docx"))) == [("Background", 1)]
