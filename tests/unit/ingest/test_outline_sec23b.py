"""Outlines the heldout23 development set read wrongly, each in made-up text (issue 14).

- A Word report setting all its subheads in one bold type, numbered "1.", "2."
  for its chapters and "2.1", "2.2" for their parts, put the chapters after
  the first part ("3." after "2.4") a level below it.
- A Markdown post's figures, each an image whose alt text is its file name
  ("ferry_counts_by_month"), stood as subheads between paragraphs.
- A Markdown essay's numbered bold points were lost when a point's head ran
  past twenty words, or when the point opened on a short quotation (an
  epigraph) rather than the longer paragraph a bold head needs.
- A one-page PDF leaflet of cards, two to a row (a bold title over a few
  sentences each), lost its card titles: the rows of titles were read as a
  borderless table's header rows, the cards' frames as a ruled table, and the
  closing box's head centred over the gutter ran into the right column's
  first title; its title, drawn twice for a shadow, doubled; an icon opening a
  heading stayed part of its words.
- A guide's section framed in a box (its head, paragraphs and a list) was read
  as a table of many columns, and its head lost: the box's rows each fill one
  cell.
- A Word brief's first subsection, named like a person ("Technical Failure"),
  was taken for a second author's name under the title, though a section's
  heading stood between it and the writer's name.
- A web essay's rhetorical question, a paragraph of its own after a paragraph
  of questions, and its closing picture credit in italics ("Final image: …")
  stood as subheads; so did the last of the headlines another page quotes
  in italics, each credited to its paper ("“…” – The Daily"), over its text.
"""

from __future__ import annotations

from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.html import parse_html
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.pdf import parse_pdf
from briefing_app.ingest.pdflayout import Line, _without_icons, order_lines
from briefing_app.ingest.pdftables import _boxes, _text_box
from tests.unit.ingest import builders
from tests.unit.ingest.builders import built_docx, outline

BODY = (
    "The ferry service carried more passengers this spring than in any year before, "
    "and the harbour board now plans a second berth for the summer crossings."
)


def _numbered_report() -> bytes:
    def build(document):
        document.add_paragraph().add_run("Harbour Review").bold = True
        document.add_paragraph(BODY)
        for head in (
            "1. Where the Service Stands",
            "2. What Holds It Back",
            "2.1 Too Few Berths",
            "2.2 Late Timetables",
            "3. What the Board Can Do",
            "3.1 Build a Second Berth",
            "4. Closing Remarks",
        ):
            document.add_paragraph().add_run(head).bold = True
            if head != "2. What Holds It Back":
                document.add_paragraph(BODY)

    return built_docx(build)


def test_whole_numbered_bold_chapters_stay_above_their_decimal_parts():
    article = analyze(parse_docx(_numbered_report(), name="report.docx"))
    assert outline(article) == [
        ("1. Where the Service Stands", 1),
        ("2. What Holds It Back", 1),
        ("2.1 Too Few Berths", 2),
        ("2.2 Late Timetables", 2),
        ("3. What the Board Can Do", 1),
        ("3.1 Build a Second Berth", 2),
        ("4. Closing Remarks", 1),
    ]


FIGURED_POST = f"""# Ferry Counts

{BODY}

## Passengers

We count every passenger who boards at the harbour, by month.

![ferry_counts_by_month_2024](plots/ferry_counts_by_month_2024.png)

{BODY}

## Freight

Freight follows the same months, a little later in the year.

![freight_tonnes_by_month](plots/freight_tonnes_by_month.png)

{BODY}
"""


def test_an_image_named_by_its_file_name_is_no_subhead():
    article = analyze(parse_markdown(FIGURED_POST, name="post.md"))
    assert outline(article) == [("Passengers", 1), ("Freight", 1)]


POINTS = f"""{BODY}

**1\\. Building a second berth for the summer crossings**

{BODY}

**2\\. Keeping the timetable the same through every season so that families and the schools on the island can plan their weeks well ahead**

{BODY}

**3\\. Training crews for the winter sailings**

_“Calm seas never made a skilled sailor.”_

The board will pay for two courses a year, one on the water and one in the classroom.
"""


def test_long_and_epigraph_opened_numbered_bold_points_are_headings():
    heads = [h for h, _ in outline(analyze(parse_markdown(POINTS, name="points.md")))]
    assert [h[:2] for h in heads] == ["1.", "2.", "3."]


CARDS = [
    (
        (
            "Walk every day",
            ["Take a short walk after lunch, even in", "the rain. It clears the head."],
        ),
        ("Drink water", ["Keep a glass on the table and fill it", "each time you pass the tap."]),
    ),
    (
        (
            "Sleep at set hours",
            ["Go to bed at the same time each night", "and get up at the same hour."],
        ),
        (
            "Call a friend",
            ["Talk with someone you like at least", "once a week, by phone or in person."],
        ),
    ),
    (
        ("Read the news", ["Read a paper or hear the news each", "morning to know what goes on."]),
        (
            "Cook for yourself",
            ["Plan one new dish a week and shop for", "it with a list you write first."],
        ),
    ),
    (
        (
            "Learn a song",
            ["Sing along to the radio and learn the", "words of one new song a month."],
        ),
        (
            "Keep a diary",
            ["Write three lines each evening about", "what you did and whom you saw."],
        ),
    ),
    (
        (
            "Play a game",
            ["Cards, chess or a crossword: a game a", "day keeps the mind in practice."],
        ),
        (
            "Tend a plant",
            ["Water a plant on the sill and watch it", "grow through the changing weeks."],
        ),
    ),
]


def _leaflet() -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    builders.register_fonts()
    out = io.BytesIO()
    c = pdfcanvas.Canvas(out, pagesize=A4, invariant=1)
    for dx in (2.0, 0.0):  # -- the title over its shadow, two points right and four down
        c.setFont("NotoSans-Bold", 24)
        c.drawString(90 + dx, 780 - 2 * dx, "Habits for a Clear Head")
    c.setFont("NotoSans", 12)
    c.drawString(90, 750, "Small steps that help you every day")
    y = 710.0
    for row in CARDS:
        for k, (title, lines) in enumerate(row):
            x = 60 + 260 * k
            c.setFont("NotoSans-Bold", 13)
            c.drawString(x, y, title)
            c.setFont("NotoSans", 11)
            for n, line in enumerate(lines):
                c.drawString(x, y - 20 - 15 * n, line)
        y -= 100
    c.setFont("NotoSans-Bold", 13)
    c.drawCentredString(308, y + 4, "Remember")
    c.setFont("NotoSans", 11)
    c.drawString(
        60, y - 10, "These habits help most when you keep them up for many weeks in a row."
    )
    c.showPage()
    c.save()
    return out.getvalue()


CARD_TITLES = {title for row in CARDS for title, _ in row}


def test_cards_two_to_a_row_head_their_own_text():
    article = analyze(parse_pdf(_leaflet(), name="leaflet.pdf"))
    assert {h for h, _ in outline(article)} == CARD_TITLES | {"Remember"}
    assert article.title == "Habits for a Clear Head"


def test_a_grid_of_card_frames_is_no_table():
    card = "Walk every day\nTake a short walk after lunch, even in\nthe rain. It clears the head."
    frames = [["", "", ""], ["", card, card], ["", "", ""], ["", card, ""]]
    assert _boxes(frames)
    table = [["Route", "Sailings", "Passengers"], ["North", "12", "4,100"], ["South", "", "2,950"]]
    assert not _boxes(table)
    prose = [["Aim", "Why"], [card, card], [card, card]]  # -- a filled table of sentences
    assert not _boxes(prose)


def _line(text: str, x0: float, x1: float, top: float, *, bold: bool = False) -> Line:
    return Line(text, 0, x0, x1, top, top + 11, 11.0, bold, 20.0, 842.0)


def test_a_head_centred_over_the_gutter_under_the_columns_is_read_after_them():
    lines = []
    for k in range(12):  # -- two columns of twelve lines, a gutter between 250 and 320
        lines.append(_line(f"left column line {k} of the running text here", 60, 250, 100 + 15 * k))
        lines.append(_line(f"right column line {k} of the running text", 320, 520, 100 + 15 * k))
    remember = _line("Remember", 255, 320, 300, bold=True)
    ordered = [x.text for x in order_lines([*lines, remember])]
    assert ordered[-1] == "Remember"
    assert ordered[11] == "left column line 11 of the running text here"


def test_an_icon_before_a_heading_is_no_word_of_it():
    assert _without_icons(Piece("📰 Read the news", kind="heading")).text == "Read the news"
    assert _without_icons(Piece("💡Remember ⭐", kind="heading")).text == "Remember"
    assert _without_icons(Piece("📰 Read the news")).text == "📰 Read the news"
    assert _without_icons(Piece("⭐", kind="heading")).text == "⭐"


def test_a_framed_box_of_running_text_is_no_table():
    box = [
        ["HOW WE REPLY", None, None, None],
        ["We answer every letter within a month of its coming in.", None, None, None],
        [None, "-", "Short letters are answered first.", None],
        [None, "-", "Letters about the ferry go to the harbour office", ""],
        [None, None, "and are answered from there.", None],
        ["Write to the office at", None, "the harbour", None],
    ]
    assert _text_box(box)
    table = [["Route", "Sailings", None], ["North", "12", None], ["South", "9", "late"]]
    assert not _text_box(table)
    labels = [
        ["Item", "This year", "Last year"],
        ["Cash from trade:", "", ""],
        ["Cash paid", "", ""],
    ]
    assert not _text_box(labels)  # -- a statement's labels, their values left empty
    assert not _text_box([["Cash from trade:", ""], ["Cash paid", ""], ["Tax paid", ""]])


def test_a_name_shaped_heading_after_a_section_heading_is_no_author():
    def build(document):
        document.add_paragraph("Harbour Plan for the Islands", style="Title")
        document.add_paragraph().add_run("Mary Keane").bold = True
        document.add_paragraph(
            "Audience - the Harbour Board Subject - Keeping the ferries running through"
            " the winter months with a plan the board can pay for"
        )
        document.add_heading("The Problem: Two Pressures", level=1)
        document.add_heading("Technical Failure", level=2)
        document.add_paragraph(BODY)
        document.add_heading("Money Troubles", level=2)
        document.add_paragraph(BODY)

    heads = [h for h, _ in outline(analyze(parse_docx(built_docx(build), name="brief.docx")))]
    assert heads[-3:] == ["The Problem: Two Pressures", "Technical Failure", "Money Troubles"]


ESSAY = f"""<html><head><title>Ferries and Freedom</title></head><body><article>
<h1>Ferries and Freedom</h1>
<p><em>"The ferries are in trouble" – The Island Times</em></p>
<p><em>"Last Boat Leaves Early Again" - The Harbour Post</em></p>
<p><br></p>
<p>{BODY} {BODY}</p>
<h3>Who Runs the Boats</h3>
<p>{BODY} Who decides when the last boat leaves? Who pays when it is late?</p>
<p>Where are the captains, anyway?</p>
<p>{BODY} {BODY}</p>
<p>{BODY}</p>
<p><em>Cover photo: The harbour at dawn, by a local painter, 1902</em></p>
<p><em>The painter lived on the island all his life.</em></p>
</article></body></html>"""


def test_a_question_after_questions_and_a_picture_credit_are_no_subheads():
    article = analyze(parse_html(ESSAY, name="essay.html"))
    assert [h for h, _ in outline(article)] == ["Who Runs the Boats"]
