"""A codebook's or glossary's bold terms, each with its definition beside it, are no headings.

Set as a borderless two-column table (term in bold at one edge, definition in
roman type at another on the same row), each term read on its own looked like a
bold one-line heading over its definition.
"""

from __future__ import annotations

import io

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders

TERMS = [
    ("harbour", "Name of the harbour the vessel was registered in."),
    ("tonnage", "Gross tonnage declared at the last inspection"),
    ("crew_size", "Crew members listed on the most recent manifest"),
    ("flag", "State whose flag the vessel flies"),
]
HEADS = ["Registry of inland vessels", "Variables", "How the registry was assembled"]


def _codebook_pdf(term_size_gap: float = 90) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    builders.register_fonts()
    out = io.BytesIO()
    c = pdfcanvas.Canvas(out, pagesize=A4, invariant=1)
    y = 780.0

    def line(x: float, text: str, font: str = "NotoSans", size: float = 11, step: float = 16):
        nonlocal y
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= step

    line(72, HEADS[0], "NotoSans-Bold", 18, 30)
    for text in (
        "The registry lists every vessel that called at an inland port during the survey",
        "year, with the figures its owners declared to the harbour masters on arrival.",
    ):
        line(72, text)
    y -= 14
    line(72, HEADS[1], "NotoSans-Bold", 14, 22)
    for term, meaning in TERMS:
        c.setFont("NotoSans-Bold", 11)
        c.drawString(76, y, term)
        line(76 + term_size_gap, meaning, step=18)
    y -= 14
    line(72, HEADS[2], "NotoSans-Bold", 14, 22)
    for text in (
        "Harbour masters sent their ledgers each quarter; two clerks typed them in and a",
        "third compared every tenth entry with the paper ledger before it was accepted.",
    ):
        line(72, text)
    c.showPage()
    c.save()
    return out.getvalue()


def test_bold_terms_beside_their_definitions_are_no_headings():
    article = analyze(parse_pdf(_codebook_pdf(), name="codebook.pdf"))
    headings = [s.heading for s in article.sections if s.heading]
    assert not {term for term, _m in TERMS} & set(headings)
    assert headings == HEADS[1:]


def test_each_term_stays_with_its_definition():
    text = parse_pdf(_codebook_pdf(), name="codebook.pdf").text
    for term, meaning in TERMS:
        assert f"{term} {meaning}" in text
