"""Titles, bylines and dates on real documents' front matter (issue 14, helper front21).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from briefing_app.core.document import Block
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.front import Para, take_front_matter
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest.builders import BODY, analyze_text


def _para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text=text, kind="heading" if level else "paragraph"), level)


def test_a_login_written_first_dot_last_in_front_matter_reads_as_a_name():
    page = f"---\ntitle: Harbour tolls\nauthors: mira.halvorsen\n---\n\n{BODY}\n"
    assert analyze_text(page, ".md").author == "Mira Halvorsen"
    page = f"---\ntitle: Harbour tolls\nauthor: mira_halvorsen\n---\n\n{BODY}\n"
    assert analyze_text(page, ".md").author == "Mira Halvorsen"
    # -- guard: a site's domain names no writer
    page = f"---\ntitle: Harbour tolls\nauthor: harbourpost.com\n---\n\n{BODY}\n"
    assert analyze_text(page, ".md").author != "Harbourpost Com"


def _blog(byline: str) -> str:
    return (
        "<html><head><title>Harbour tolls</title></head><body><article>"
        f"<h1>Harbour tolls</h1><p>{BODY}</p><p>{BODY}</p>"
        '<div class="post-footer"><span class="post-author vcard">Posted by '
        f'<span class="fn" itemprop="author"><a rel="author" href="/p/1">{byline}</a></span>'
        "</span></div>"
        "</article></body></html>"
    )


def test_a_guessed_author_keeps_the_full_stop_of_an_initial_as_printed():
    assert analyze_text(_blog("Mira T. Halvorsen"), ".html").author == "Mira T. Halvorsen"
    # -- guard: a name printed without the stop stays so
    assert analyze_text(_blog("Mira T Halvorsen"), ".html").author == "Mira T Halvorsen"


def test_a_section_label_before_a_bar_is_no_part_of_the_title():
    text = f"Opinion | Why the harbour needs a second ferry line\n\nBy Mira Halvorsen\n\n{BODY}\n"
    assert analyze_text(text).title == "Why the harbour needs a second ferry line"
    # -- guard: a writer's name before the bar is no label; a short headline keeps its part
    text = f"Harbour | Ferry tolls\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title == "Harbour | Ferry tolls"


def test_an_editors_credit_under_the_byline_is_a_front_line_not_a_section():
    para = [_para("Edited by Tomas Berg and Ana Ruiz", 1)]
    assert (
        take_front_matter([_para("By Mira Halvorsen"), *para, _para("March 11, 2020")])[0][1:2]
        == para
    )
    # -- guard: a bold heading of words under the byline stays a section
    heading = [_para("Why the ferry matters", 1)]
    rest = take_front_matter([_para("By Mira Halvorsen"), *heading, _para(BODY)])[1]
    assert rest[0] == heading[0]


def test_a_speechs_delivery_line_gives_its_speaker_and_day_and_is_no_section():
    page = (
        "---\ntitle: Statement of Norland at the Harbour Forum - Dr Ana Ruiz\n---\n"
        "#### Statement of Norland delivered by Dr Ana Ruiz, Minister for Ferries and Tolls, "
        "at the Harbour Forum plenary session on 3 May 2021, Bergen, Norway\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    article = analyze_text(page, ".md")
    assert (article.author, article.date) == ("Ana Ruiz", "2021-05-03")
    assert article.title == "Statement of Norland at the Harbour Forum"
    assert [s.heading for s in article.sections if s.heading] == []
    # -- guard: a body that presents something names no speaker
    page = (
        "---\ntitle: Ferry report\n---\n"
        "#### Figures presented by the Harbour Ferry Authority, with the tolls of 2021\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert analyze_text(page, ".md").author is None


def test_a_statements_title_naming_an_office_holder_gives_the_speaker():
    page = "---\ntitle: Governor Halvorsen Statement on Ferry Tolls in May\n---\n\n"
    assert analyze_text(f"{page}{BODY}\n\n{BODY}\n", ".md").author == "Halvorsen"
    page = "---\ntitle: Statement by Mayor Ana Ruiz on the Harbour Bridge\n---\n\n"
    assert analyze_text(f"{page}{BODY}\n\n{BODY}\n", ".md").author == "Ana Ruiz"
    # -- guard: a body's statement names no person
    page = "---\ntitle: Harbour Trust Statement on Ferry Tolls\n---\n\n"
    assert analyze_text(f"{page}{BODY}\n\n{BODY}\n", ".md").author is None


def _paper_with_running_head(head: str, login: str, title: str) -> bytes:
    """A three-page paper whose only name is its running head ``head`` + the page number."""
    height = letter[1]
    sentence = "The harbour board should weigh the cost of the ferries against the bridge tolls."
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.setAuthor(login)
    for page in range(1, 4):
        c.setFont("Times-Roman", 12)
        c.drawRightString(540, height - 40, f"{head} {page}")
        y = height - 120
        if page == 1:
            c.setFont("Times-Roman", 16)
            c.drawCentredString(306, height - 80, title)
        c.setFont("Times-Roman", 12)
        for _ in range(18):
            c.drawString(72, y, sentence)
            y -= 28
        c.showPage()
    c.save()
    return out.getvalue()


def _pdf_author(head: str, login: str = "", title: str = "Ferries and the Bridge") -> str | None:
    return parse_pdf(_paper_with_running_head(head, login, title), name="p.pdf").metadata.get(
        "author"
    )


def test_a_running_head_of_a_name_and_the_page_number_names_the_writer():
    assert _pdf_author("Halvorsen", login="mhalvorsen77@mail.example") == "Halvorsen"
    assert _pdf_author("Mira Halvorsen") == "Mira Halvorsen"
    # -- guards: a lone word the login does not hold, and a short title, name no one
    assert _pdf_author("Halvorsen") is None
    assert _pdf_author("Ferry Tolls", title="Ferry Tolls and the Bridge") is None


def _titled_paper(title_property: str) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle(title_property)
    c.setFont("Times-Roman", 12)
    c.drawCentredString(306, 712, "Ferry Tolls in Norland")
    for k in range(20):
        c.drawString(72, 670 - 26 * k, "This brief weighs the policy on the ferries and tolls.")
    c.save()
    return out.getvalue()


def test_a_title_property_naming_only_the_papers_kind_gives_way_to_the_printed_title():
    article = analyze(parse_pdf(_titled_paper("Policy Brief"), name="p.pdf"))
    assert article.title == "Ferry Tolls in Norland"
    # -- guard: a property naming the subject stays the title
    article = analyze(parse_pdf(_titled_paper("Ferry tolls and the bridge"), name="p.pdf"))
    assert article.title == "Ferry tolls and the bridge"


def test_a_writers_labelled_fields_over_the_title_give_the_author_and_no_title():
    text = (
        f"Name: Mira Halvorsen\n\nEmail: mhalvorsen@mail.example\n\nFerries and Tolls\n\n{BODY}\n"
    )
    article = analyze_text(text)
    assert (article.title, article.author) == ("Ferries and Tolls", "Mira Halvorsen")
    # -- guard: a label naming no person is left as the first line was read
    text = f"Name: The Harbour Ferry Review\n\nFerries and Tolls\n\n{BODY}\n"
    assert analyze_text(text).author is None


def _centred_title_over_indented_text() -> bytes:
    """A title centred in the body's type and size over paragraphs with a first-line indent."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.setFont("Helvetica", 12)
    y = 700
    c.drawCentredString(306, y, "Fearing the Harbour Bridge Is a Waste")
    words = BODY.split()
    for _ in range(3):
        for k in range(5):
            y -= 28
            x = 108 if k == 0 else 72
            line = ["And"] if k == 0 else []
            while (
                stringWidth(" ".join([*line, words[len(line) % len(words)]]), "Helvetica", 12)
                < 530 - x
            ):
                line.append(words[len(line) % len(words)])
            c.drawString(x, y, " ".join(line))
    c.save()
    return out.getvalue()


def test_a_centred_title_in_body_type_is_no_part_of_the_indented_paragraph_under_it():
    article = analyze(parse_pdf(_centred_title_over_indented_text(), name="p.pdf"))
    assert article.title == "Fearing the Harbour Bridge Is a Waste"


def test_a_wire_storys_dateline_set_apart_is_no_section():
    text = f"# Ferry tolls rise in May\n\n## Bergen (dpa)\n\n{BODY}\n\n{BODY}\n"
    assert [s.heading for s in analyze_text(text, ".md").sections if s.heading] == []
    # -- guard: a place with a bracketed year heads a section
    text = f"# Ferry tolls rise in May\n\n## Bergen (2019)\n\n{BODY}\n\n{BODY}\n"
    assert [s.heading for s in analyze_text(text, ".md").sections] == ["Bergen (2019)"]


def _justified(c: canvas.Canvas, x: float, y: float, width: float, words: list[str]) -> None:
    """One line of ``words`` set from ``x`` to exactly ``x + width`` (word spacing stretched)."""
    line: list[str] = []
    while stringWidth(" ".join([*line, words[len(line) % len(words)]]), "Helvetica", 12) < width:
        line.append(words[len(line) % len(words)])
    text = c.beginText(x, y)
    text.setFont("Helvetica", 12)
    natural = stringWidth(" ".join(line), "Helvetica", 12)
    text.setWordSpace((width - natural) / (len(line) - 1))
    text.textLine(" ".join(line))
    c.drawText(text)


def test_an_indented_first_line_ending_short_runs_on_into_its_sentence():
    """A first line indented 36 pt and ending 36 pt short looks centred; its sentence goes on."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    y = 720
    for _ in range(4):
        _justified(c, 108, y, 396, ["And", *BODY.split()])
        for _ in range(4):
            y -= 28
            _justified(c, 72, y, 468, ["the", *BODY.split()])
        y -= 28
    c.save()
    text = parse_pdf(out.getvalue(), name="p.pdf").text
    assert [p[:3] for p in text.split("\n\n")] == ["And"] * 4
