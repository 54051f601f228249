"""Authors, dates and titles: rules found on the second blind corpus (issue 14), one test each."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text


def test_a_chapter_label_under_the_title_is_no_author():
    article = analyze_text(
        f"STATUTES OF THE GOLF COUNCIL\n\nCAPÍTULO PRIMEIRO\n\n{BODY}\n\n{BODY}\n"
    )
    assert article.author is None


def test_a_front_matter_login_is_no_author_and_a_closing_credit_names_the_authors():
    article = analyze_text(
        f"---\ntitle: Ten practices\nauthor: jdoe\n---\n\n{BODY}\n\n{BODY}\n\n"
        "_Prepared by [Example.gov](http://example.gov) and [Plain Language Network]"
        "(http://example.org) based on the Online Practices developed by Lee Vann._\n",
        ".md",
    )
    assert article.author == "Example.gov, Plain Language Network"


def test_a_front_matter_login_alone_gives_no_author():
    article = analyze_text(f"---\ntitle: Ten practices\nauthor: jdoe\n---\n\n{BODY}\n", ".md")
    assert article.author is None


def test_quotes_around_a_whole_title_are_dropped():
    article = analyze_text(f"``THE YOUNG AND THE JOBLESS''\n\n{BODY}\n\n{BODY}\n")
    assert article.title == "THE YOUNG AND THE JOBLESS"
    assert analyze_text(f"“Why we wait” and other essays\n\n{BODY}\n").title.startswith(
        "“Why we wait”"
    )


def _pdf(draw) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_word_split_at_a_change_of_font_keeps_no_space_and_a_wrapped_author_list_is_one():
    def draw(c):
        c.setFont("Courier-Bold", 16)
        c.drawString(72, 760, "GridKit")
        x = 72 + c.stringWidth("GridKit", "Courier-Bold", 16)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x, 760, ": A Toolkit for Planning Regional Grids")
        c.setFont("Helvetica", 10)
        c.drawString(72, 730, "Ana Petrosyan, Jo Li, Maria Clara Benedita")
        c.drawString(72, 716, "Souza, and Sam Okonkwo")
        c.drawString(72, 690, "Department of Energy Systems, Example University")
        y = 660
        for _ in range(3):
            c.drawString(72, y, BODY[:90])
            c.drawString(72, y - 14, BODY[90:])
            y -= 40

    article = analyze(read_bytes(_pdf(draw), name="paper.pdf", suffix=".pdf"))
    assert article.title == "GridKit: A Toolkit for Planning Regional Grids"
    assert article.author == "Ana Petrosyan, Jo Li, Maria Clara Benedita Souza, Sam Okonkwo"


def _docx(title: str, lines: list[str]) -> bytes:
    import io

    from docx import Document as Docx

    doc = Docx()
    doc.core_properties.title = title
    for line in lines:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_declared_title_s_date_dates_minutes_that_print_the_day_without_the_year():
    minutes = [
        "DEMOLITION COMMITTEE",
        "Minutes of the public meeting held on 20 June, at 4 pm",
        BODY,
    ]
    data = _docx("Demolition committee - minutes of the meeting of 20 June 2023", minutes)
    article = analyze(read_bytes(data, name="minutes.docx", suffix=".docx"))
    assert (article.date, article.date_source) == ("2023-06-20", "metadata")
    history = ["THE FLOOD", "The river rose in the night and took the lower town.", BODY]
    data = _docx("The flood of 20 June 1923", history)
    assert analyze(read_bytes(data, name="flood.docx", suffix=".docx")).date is None
