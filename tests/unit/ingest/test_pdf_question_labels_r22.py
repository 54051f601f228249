"""A bold label running into questions only ("Question Two: At what level …?") is no heading.

A consultation paper closes its sections with numbered questions to the reader,
each opened by a bold label; read as run-in heads, every "Question N" became a
section of the outline.
"""

from __future__ import annotations

import io

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders

SECTIONS = [
    (
        "Scope of the Scheme",
        "The scheme would pay every adult resident a fixed weekly sum, set at an introductory",
        "rate and raised in later years as the tax changes that fund it are phased in.",
        [("Question One:", "Should the scheme cover residents of working age only?")],
    ),
    (
        "Paying the Scheme",
        "Payments would be made by the revenue service rather than the benefits agency, so",
        "that claiming carries no stigma and nobody has to apply when circumstances change.",
        [
            ("Question Two:", "Is the revenue service the right body to make the payments?"),
            ("Question Three:", "Are there groups we have not considered? Who are they?"),
        ],
    ),
    (
        "Funding the Scheme",
        "Lower personal allowances would cover most of the cost for taxpayers, and the rest",
        "would come from savings on means-tested benefits that fewer households would need.",
        [],
    ),
    (
        "Raising the Rate",
        "Once the introductory rate is paid, later rises could be legislated in advance or",
        "left to each budget, weighed against the other priorities the party has set out.",
        [],
    ),
]


def _paper() -> bytes:
    from reportlab.pdfgen import canvas as pdfcanvas

    builders.register_fonts()
    out = io.BytesIO()
    c = pdfcanvas.Canvas(out, pagesize=(595, 842), invariant=1)
    y = 780.0
    c.setFont("NotoSans-Bold", 20)
    c.drawString(72, y, "A Basic Income for Every Resident")
    y -= 40
    for head, line1, line2, questions in SECTIONS:
        c.setFont("NotoSans-Bold", 14)
        c.drawString(72, y, head)
        y -= 22
        c.setFont("NotoSans", 11)
        for text in (line1, line2):
            c.drawString(72, y, text)
            y -= 15
        y -= 8
        for label, question in questions:
            text = c.beginText(72, y)
            text.setFont("NotoSans-Bold", 11)
            text.textOut(f"{label} ")
            text.setFont("NotoSans", 11)
            text.textOut(question)
            c.drawText(text)
            y -= 23
        y -= 10
    c.showPage()
    c.save()
    return out.getvalue()


def test_question_labels_are_not_headings():
    article = analyze(parse_pdf(_paper(), name="paper.pdf"))
    assert [s.heading for s in article.sections if s.heading] == [h for h, *_ in SECTIONS]


def test_the_questions_stay_in_the_text_with_their_labels():
    text = parse_pdf(_paper(), name="paper.pdf").text
    for _h, _a, _b, questions in SECTIONS:
        for label, question in questions:
            assert f"{label} {question}" in text
