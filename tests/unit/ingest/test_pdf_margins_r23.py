"""PDF layouts real-heldout22 read wrongly, each in made-up text (issue 14).

- A pull quote set a few words a line in the margin left of the running text
  was read in height order between the body's lines: every fragment a heading,
  every paragraph beside it cut into single lines.
- A table's rows ("Phase 1 — Trial | 40 | $2M") were paragraphs, and a first
  cell that reads as a verb made a recommendation of them.
- A table's bold header cells left at a page's foot, the table on the next
  page, became headings.
- Two column heads on one baseline were joined as a letterhead's blocks, and
  numbered findings set across the columns' gutter after the columns ended
  were read into the left column, their wrapped second lines as headings.
"""

from __future__ import annotations

import io

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders

BODY = [
    "Harbour towns along the northern coast have lost a third of their ferry links",
    "since the regional operator cut its winter timetable, and the islands feel it",
    "first. The loss of the ferry links leaves whole villages without a doctor for",
    "days at a time, and the shops that stock them wait a week for a delivery that",
    "used to come every second morning. The councils have asked for a new tender",
    "and for a subsidy that keeps the smallest routes running through the winter.",
]
SECOND = [
    "Freight tells the same story as the passengers do. Boats that carried fish",
    "and wool to the mainland now sail half empty, because the farms have moved",
    "their trade to the lorries that cross the new bridge further to the south.",
]
QUOTE = ["The loss of", "the ferry links", "leaves whole", "villages without", "a doctor"]
QUOTED = ["“Nobody here", "remembers a", "winter this", "quiet,” one", "skipper said."]


def _canvas(out: io.BytesIO):
    """An A4 reportlab canvas writing to ``out``, with the test fonts registered."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    builders.register_fonts()
    return pdfcanvas.Canvas(out, pagesize=A4, invariant=1)


def _title_and_head(c, title: str, head: str) -> None:
    c.setFont("NotoSans-Bold", 18)
    c.drawString(72, 780, title)
    c.setFont("NotoSans-Bold", 14)
    c.drawString(72, 740, head)


def _margin_pdf(quote: list[str]) -> bytes:
    out = io.BytesIO()
    c = _canvas(out)
    c.setFont("NotoSans-Bold", 18)
    c.drawString(150, 780, "Ferries to the northern islands")
    c.setFont("NotoSans-Bold", 14)
    c.drawString(150, 740, "Fewer sailings")
    y = 720.0
    for text in BODY:
        c.setFont("NotoSans", 11)
        c.drawString(150, y, text)
        y -= 14
    y -= 10
    for text in SECOND:
        c.drawString(150, y, text)
        y -= 14
    # -- the pull quote: bold, body size, right-aligned against the margin column's edge
    y = 716.0
    for text in quote:
        c.setFont("NotoSans-Bold", 11)
        c.drawRightString(128, y, text)
        y -= 16
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_margin_pull_quote_heads_nothing_and_leaves_the_paragraph_whole():
    document = parse_pdf(_margin_pdf(QUOTE), name="ferries.pdf")
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert headings == ["Ferries to the northern islands", "Fewer sailings"]
    assert [s.heading for s in analyze(document).sections if s.heading] == ["Fewer sailings"]
    paragraphs = [b.text for b in document.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == " ".join(BODY)
    assert paragraphs[1] == " ".join(SECOND)
    assert "The loss of the ferry links leaves whole villages" not in document.text.split(". ")


def test_a_margin_quotation_of_its_own_is_kept_out_of_the_text():
    document = parse_pdf(_margin_pdf(QUOTED), name="ferries.pdf")
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert headings == ["Ferries to the northern islands", "Fewer sailings"]
    assert next(b.text for b in document.blocks if b.kind == "paragraph") == " ".join(BODY)
    notes = [b.text for b in document.blocks if b.kind == "footnote"]
    assert " ".join(QUOTED) in notes


ROWS = [
    ("Phase", "Schools", "Yearly cost"),
    ("Phase 1 — Trial (year 1)", "40", "$2M – $3M"),
    ("Phase 2 — Growth (years 2–3)", "400", "$20M – $30M"),
    ("Phase 3 — Every county (years 4–5)", "1,300", "$60M – $90M"),
]
ADVICE = [
    "Fund the trial from the existing school budget before any new money is asked for.",
    "Publish every county's results each year so parents can compare them.",
]


def _budget_pdf() -> bytes:
    out = io.BytesIO()
    c = _canvas(out)
    _title_and_head(c, "Outdoor lessons for every school", "Costs")
    c.setFont("NotoSans", 11)
    c.drawString(
        72, 720, "The programme grows in three stages, each paid from the year's school budget."
    )
    xs, top, step = [72, 272, 372, 520], 700.0, 24.0
    c.grid(xs, [top - k * step for k in range(len(ROWS) + 1)])
    for k, row in enumerate(ROWS):
        for x, cell in zip(xs, row, strict=False):
            c.setFont("NotoSans-Bold" if k == 0 else "NotoSans", 10)
            c.drawString(x + 4, top - k * step - 16, cell)
    c.setFont("NotoSans-Bold", 14)
    c.drawString(72, 560, "What we ask")
    c.setFont("NotoSans", 11)
    for k, text in enumerate(ADVICE):
        c.drawString(72, 540 - 18 * k, text)
    c.showPage()
    c.save()
    return out.getvalue()


def test_table_rows_are_table_blocks_and_never_advice():
    document = parse_pdf(_budget_pdf(), name="budget.pdf")
    tables = [b.text for b in document.blocks if b.kind == "table"]
    assert tables == [" | ".join(row) for row in ROWS]
    found = [r.text for r in analyze(document).recommendations]
    assert not [r for r in found if r.startswith("Phase")]


GROUPS = [
    ("Small islands", "A nurse visits twice a week by boat."),
    ("Towns on the coast", "The clinic opens a second evening surgery."),
    ("Farms inland", "A mobile clinic calls on market days."),
]


def _split_table_pdf() -> bytes:
    out = io.BytesIO()
    c = _canvas(out)
    _title_and_head(c, "Care where people live", "Who gets what")
    c.setFont("NotoSans", 11)
    y = 720.0
    for _ in range(30):
        c.drawString(
            72, y, "Each group of villages receives the service that suits its roads and tides."
        )
        y -= 18
    c.setFont("NotoSans-Bold", 11)  # -- the table's header at the page's foot
    c.drawString(76, y - 10, "Group")
    c.drawString(236, y - 10, "Response")
    c.showPage()
    xs, top, step = [72, 232, 520], 780.0, 26.0
    c.grid(xs, [top - k * step for k in range(len(GROUPS) + 1)])
    for k, row in enumerate(GROUPS):
        c.setFont("NotoSans", 10)
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 4, top - k * step - 17, cell)
    c.setFont("NotoSans-Bold", 14)
    c.drawString(72, 640, "Funding")
    c.setFont("NotoSans", 11)
    c.drawString(72, 620, "The health board pays for the nurses; the councils pay for the boats.")
    c.showPage()
    c.save()
    return out.getvalue()


def test_header_cells_at_a_page_foot_over_a_table_on_the_next_page_head_nothing():
    document = parse_pdf(_split_table_pdf(), name="care.pdf")
    assert "Group | Response" in [b.text for b in document.blocks if b.kind == "table"]
    headings = [s.heading for s in analyze(document).sections if s.heading]
    assert headings == ["Who gets what", "Funding"]


LEFT = [
    "Ferry users were asked how often",
    "they sailed before and after the",
    "winter timetable was cut back, and",
    "how far they now travel to a clinic.",
    "Most of them answered by post; the",
    "rest were met at the harbour on the",
    "days the boats still ran, with the",
    "same questions read out to them by",
    "two students from the university's",
    "geography department in the town.",
]
RIGHT = [
    "Answers came from four hundred",
    "households on eleven islands, and",
    "the harbour masters' logs confirm",
    "the number of sailings they report.",
    "Clinic visits were counted from the",
    "health board's booking records for",
    "the two winters before the cut and",
    "the two winters after it, matched",
    "by the household's island and the",
    "age of the person who was booked.",
]
# -- the first line shorter than a full line (a figure's caption may stand beside it), the
# -- second one full
ITEM_ONE = (
    "1.",
    "Households on the smallest islands sail half as",
    "often as before, and most of them now see a doctor once a month or less often",
)
ITEM_TWO = ("2.", "Freight moved to the bridge within a single season.")


def _two_column_pdf(*, heads: bool = True) -> bytes:
    out = io.BytesIO()
    c = _canvas(out)
    c.setFont("NotoSans-Bold", 18)  # -- the title runs across both columns
    c.drawString(40, 790, "Winter ferries and the health of the northern island villages")
    c.setFont("NotoSans", 12)
    c.drawString(52, 760, "Ada Lindqvist")
    c.setFont("NotoSans", 10)
    c.drawString(52, 746, "Department of Geography, Northern University")
    if heads:
        c.setFont("NotoSans", 16)  # -- the two column heads, on one baseline
        c.drawString(44, 712, "Survey")
        c.drawString(312, 712, "Methods & Sources")
    c.setFont("NotoSans", 12)
    for k, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        c.drawString(44, 690 - 16 * k, left)
        c.drawString(312, 690 - 16 * k, right)
    c.setFont("NotoSans-Bold", 16)  # -- after white across the page: findings over the gutter
    c.drawString(44, 490, "Findings")
    c.setFont("NotoSans-Bold", 12)
    c.drawString(44, 466, ITEM_ONE[0])
    c.drawString(73, 466, ITEM_ONE[1])
    c.drawString(73, 449, ITEM_ONE[2])
    c.drawString(44, 426, ITEM_TWO[0])
    c.drawString(73, 426, ITEM_TWO[1])
    c.showPage()
    c.save()
    return out.getvalue()


def test_two_column_heads_on_one_baseline_are_headings_not_a_letterhead():
    document = parse_pdf(_two_column_pdf(), name="ferries.pdf")
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert "Survey" in headings
    assert "Methods & Sources" in headings
    assert not [b for b in document.blocks if " | " in b.text]


def test_findings_set_across_the_gutter_after_the_columns_are_whole_items():
    document = parse_pdf(_two_column_pdf(heads=False), name="ferries.pdf")
    items = [b.text for b in document.blocks if b.kind == "list_item"]
    assert items == [f"{ITEM_ONE[1]} {ITEM_ONE[2]}", ITEM_TWO[1]]
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert headings[-1] == "Findings"
    paragraphs = [b.text for b in document.blocks if b.kind == "paragraph"]
    assert paragraphs[-2:] == [" ".join(LEFT), " ".join(RIGHT)]
