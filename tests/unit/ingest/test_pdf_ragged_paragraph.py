"""A paragraph set ragged-right, narrower than the column an earlier paragraph filled, is one
paragraph: its lines go on mid-sentence in lower case, however much room the column leaves."""

from __future__ import annotations

import io

from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders

WIDE = [
    "The regional ferry operator cut its winter timetable last year, and the islands felt",
    "the loss first: whole villages waited days for a doctor and a week for the grocer.",
]
RAGGED = [
    "Your first duty as a council is to keep the islands connected and to run",
    "a service the people can trust. But these aims do not pull apart: a reliable",
    "winter timetable costs less than the emergency boats the councils now hire.",
]


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    builders.register_fonts()
    out = io.BytesIO()
    c = pdfcanvas.Canvas(out, pagesize=A4, invariant=1)
    c.setFont("NotoSans-Bold", 18)
    c.drawString(60, 780, "Ferries to the northern islands")
    c.setFont("NotoSans", 10)
    y = 740
    for line in WIDE:
        c.drawString(60, y, line)
        y -= 14
    y -= 20
    c.setFont("NotoSans-Bold", 14)
    c.drawString(60, y, "Conclusion")
    y -= 22
    c.setFont("NotoSans", 10)
    for line in RAGGED:
        c.drawString(60, y, line)
        y -= 14
    c.save()
    return out.getvalue()


def test_a_ragged_paragraph_narrower_than_its_column_is_one_paragraph():
    doc = parse_pdf(_pdf(), name="ferries.pdf")
    texts = [b.text for b in doc.blocks]
    joined = " ".join(" ".join(RAGGED).split())
    assert joined in texts, texts
