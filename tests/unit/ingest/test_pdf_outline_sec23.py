"""PDF outlines the development sets read wrongly, each in made-up text (issue 14).

- A bold run-in lead right under a section was put two levels below it when
  other leads in the document sat under subsections; the settled convention
  puts a lead one level below its own section.
- A plot drawn in vector type left its title and its axis's name as
  headings, and its scale as lines of bare numbers between them.
"""

from __future__ import annotations

import io

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders

LEADS = [
    ("Cost.", "A return ticket to the mainland now costs more than a week", "of groceries."),
    ("Weather.", "Crossings are cancelled whenever the wind turns to the north", "in winter."),
]
UNDER_SUB = [
    ("Timetables.", "The spring timetable brought back the early sailing that the", "schools use."),
]


class _Page:
    """A reportlab page written top down: one call a line."""

    def __init__(self) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas as pdfcanvas

        builders.register_fonts()
        self.out = io.BytesIO()
        self.c = pdfcanvas.Canvas(self.out, pagesize=A4, invariant=1)
        self.y = 790.0

    def line(self, text: str, font: str = "NotoSans", size: float = 11, step: float = 14) -> None:
        self.c.setFont(font, size)
        self.c.drawString(72, self.y, text)
        self.y -= step

    def led(self, lead: str, first: str, second: str) -> None:
        """A bold lead running on into the roman text of its paragraph."""
        self.c.setFont("NotoSans-Bold", 11)
        self.c.drawString(72, self.y, lead)
        self.c.setFont("NotoSans", 11)
        self.c.drawString(72 + self.c.stringWidth(lead + " ", "NotoSans-Bold", 11), self.y, first)
        self.y -= 14
        self.line(second, step=24)

    def save(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.out.getvalue()


def _run_in_pdf() -> bytes:
    page = _Page()
    page.line("Reaching the mainland from the islands", "NotoSans-Bold", 22, 40)
    page.line("What keeps people home", "NotoSans-Bold", 18, 26)  # -- a section
    page.line("Two things keep islanders from the services on the mainland, and both")
    page.line("of them weigh more in the dark months than in the light ones.", step=24)
    for texts in LEADS:  # -- run-in leads right under the section
        page.led(*texts)
    page.line("What the ferry company changed", "NotoSans-Bold", 14, 22)  # -- a subsection
    page.line("The company tried two changes over the last year and kept both of")
    page.line("them after the councils had counted the passengers again.", step=24)
    for texts in UNDER_SUB:  # -- a run-in lead under the subsection
        page.led(*texts)
    return page.save()


def test_a_bold_run_in_lead_is_one_level_below_its_own_section():
    sections = analyze(parse_pdf(_run_in_pdf(), name="x.pdf")).sections
    levels = {s.heading: s.level for s in sections}
    assert levels["What keeps people home"] == 1
    assert levels["What the ferry company changed"] == 2
    assert [levels[lead.rstrip(".")] for lead, *_ in LEADS] == [2, 2]
    assert [levels[lead.rstrip(".")] for lead, *_ in UNDER_SUB] == [3]


def _plot_pdf() -> bytes:
    page = _Page()
    page.line("Ferry use across the year", "NotoSans-Bold", 22, 40)
    page.line("Passengers", "NotoSans-Bold", 14, 22)
    for text in (
        "The operator counted passengers on every sailing of the year, and the",
        "plot below shows how many travelled on each of the sixty busiest days.",
    ):
        page.line(text)
    page.y -= 20
    page.line("Passengers by Day", "NotoSans-Bold", 16, 170)  # -- the plot's title
    page.c.setLineWidth(0.5)
    page.c.rect(90, page.y + 14, 380, 150)  # -- the plot's frame, its points left out
    page.c.setFont("NotoSans", 11)
    for k, tick in enumerate(range(0, 70, 10)):  # -- the x axis's scale, wide apart
        page.c.drawString(96 + 60 * k, page.y, str(tick))
    page.y -= 18
    page.c.setFont("NotoSans-Bold", 11)
    page.c.drawString(260, page.y, "Day")  # -- the axis's name
    page.y -= 36
    page.line("Freight", "NotoSans-Bold", 14, 22)
    for text in (
        "Freight fell by a third over the same year, most of it on the routes",
        "that the farms used to send their wool and fish to the mainland.",
    ):
        page.line(text)
    return page.save()


def test_a_plots_title_and_axis_name_head_no_section():
    document = parse_pdf(_plot_pdf(), name="x.pdf")
    sections = analyze(document).sections
    assert [(s.heading, s.level) for s in sections] == [("Passengers", 1), ("Freight", 1)]
