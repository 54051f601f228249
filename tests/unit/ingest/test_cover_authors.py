"""A report's cover lists its authors one per line: they are the author, not a heading (issue 14)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text

NAMES = ["Jim Bainbridge", "Hernando Bedoya", "Rob Bestgen", "Tom McKinley"]


def _cover_pdf(names: list[str]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawString(72, height - 120, "Row and Column Access Control")
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, height - 200, "Implement roles and separation of duties")
    pdf.drawString(72, height - 230, "Protect columns by defining column masks")
    pdf.setFont("Helvetica", 12)
    for k, name in enumerate(names):
        pdf.drawRightString(width - 72, height - 400 - 15 * k, name)
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(72, height - 72, "Chapter 1. Securing data")
    pdf.setFont("Helvetica", 10)
    y = height - 110
    for _ in range(3):
        for line in (BODY[:90], BODY[90:]):
            pdf.drawString(72, y, line)
            y -= 13
        y -= 10
    pdf.save()
    return out.getvalue()


def test_names_stacked_on_a_cover_are_the_authors_and_not_a_section():
    article = analyze(read_bytes(_cover_pdf(NAMES), name="cover.pdf", suffix=".pdf"))
    assert article.author == ", ".join(NAMES)
    assert not any("Bainbridge" in (s.heading or "") for s in article.sections)
    # -- the cover's taglines have nothing under them: no advice
    assert article.recommendations == ()


def test_two_stacked_title_lines_are_not_read_as_names():
    article = analyze(read_bytes(_cover_pdf(["Digital Markets"]), name="c.pdf", suffix=".pdf"))
    assert article.author is None


def test_a_list_of_names_after_the_body_has_started_is_content():
    article = analyze_text(
        f"Annual meeting\n\n{BODY} {BODY}\n\nJo Li, Ana Petrosyan, Sam Okonkwo\n\n{BODY}\n"
    )
    assert article.author is None


def test_imperative_headings_with_nothing_under_them_are_no_advice():
    article = analyze_text(
        f"# Access control\n\n### Implement roles\n\n### Protect columns\n\n## Chapter one\n\n{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_a_stack_of_contents_lines_on_a_cover_is_no_author_list():
    lines = ["Executive Summary", "Key Findings", "Next Steps"]
    article = analyze(read_bytes(_cover_pdf(lines), name="c.pdf", suffix=".pdf"))
    assert article.author is None
