"""Titles, bylines and dates in the front-matter shapes of student briefs (issue 14, round 20).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.front import Para, name_list, read_front, take_front_matter, take_title
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text, built_docx, draw_body_pages

SUBJECT = "Harbour Tolls for the Island Ferries"


def _para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text=text, kind="heading" if level else "paragraph"), level)


def test_a_document_type_label_before_the_subject_is_no_part_of_the_title():
    for label in ("Policy Brief: ", "POLICY MEMO: ", "Issue Brief – "):
        paras = [_para(label + SUBJECT, 1), _para(BODY), _para("Background", 2), _para(BODY)]
        assert take_title(paras, {}, "brief.pdf")[0] == SUBJECT
    # -- guard: a title that says what it is in its own words keeps them
    own = "Policy Brief on Harbour Tolls for the Island Ferries"
    paras = [_para(own, 1), _para(BODY), _para("Background", 2), _para(BODY)]
    assert take_title(paras, {}, "brief.pdf")[0] == own


def test_a_markdown_label_heading_over_the_title_and_labelled_fields():
    text = (
        f"# Policy Brief\n\n## {SUBJECT}\n\n### Author\nJo Lindqvist\n\n### Date\nMarch 2025\n\n"
        f"# Summary\n\n{BODY}\n\n# Options\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.title, article.author, article.date) == (SUBJECT, "Jo Lindqvist", "2025-03")
    assert [s.heading for s in article.sections] == ["Summary", "Options"]
    # -- guard: a label heading with only a usual part under it stays the title printed
    plain = analyze_text(f"# Policy Brief\n\n## Executive Summary\n\n{BODY}\n", ".md")
    assert plain.title == "Policy Brief"


def test_a_name_set_as_a_heading_under_the_title_is_the_byline():
    rest = [_para("Jo Lindqvist", 2), _para("Executive Summary:", 2), _para(BODY)]
    front, body = take_front_matter(rest)
    assert read_front(front).get("author") == "Jo Lindqvist"
    assert [p.text for p in body] == ["Executive Summary:", BODY]
    # -- guard: a heading named after a person with text under it is a section
    rest = [_para("Jo Lindqvist", 2), _para(BODY), _para("Later Years", 2), _para(BODY)]
    assert take_front_matter(rest)[0] == []


def test_a_subtitle_joined_by_and_is_no_list_of_names():
    assert name_list("Evidence From Harbour Surveys and Model-Based Toll Assessment") is None
    # -- guard: two people joined by "and" are still authors
    assert name_list("Jo Lindqvist and Ana Petrosyan") == "Jo Lindqvist, Ana Petrosyan"


def test_a_markdown_byline_stacked_with_hard_breaks():
    text = (
        f"# {SUBJECT}\n\nJo Lindqvist  \nHarbour Studies Project  \nMarch 2025\n\n"
        f"## Findings\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.author, article.date) == ("Jo Lindqvist", "2025-03")
    # -- guard: the same lines wrapped without hard breaks are one line, no byline
    article = analyze_text(text.replace("  \n", "\n"), ".md")
    assert article.author is None


def test_a_first_line_opening_with_the_writers_name_by_a_first_name_property():
    paras = [_para("Jo Lindqvist Thesis Abstract"), _para(BODY), _para(BODY)]
    meta = {"author": "Jo"}
    assert take_title(paras, meta, "memo.docx")[0] == "Thesis Abstract"
    assert meta["author"] == "Jo Lindqvist"
    # -- guard: a full name declared may be the title's subject
    meta = {"author": "Jo Lindqvist"}
    assert take_title(paras, meta, "memo.docx")[0] == "Jo Lindqvist Thesis Abstract"


def _mla(author: str):
    def build(d):
        d.core_properties.author = author
        for line in ("Jo Lindqvist", "HIST 210", "Professor Grant", "20 December 2024"):
            d.add_paragraph(line)
        d.add_heading(SUBJECT, level=1)
        d.add_paragraph(BODY)
        d.add_heading("Background", level=2)
        d.add_paragraph(BODY)

    return build


def test_a_printed_header_name_beats_the_property_with_a_middle_initial():
    data = built_docx(_mla("Jo K Lindqvist"))
    article = analyze(read_bytes(data, name="paper.docx", suffix=".docx"))
    assert (article.title, article.author, article.date) == (SUBJECT, "Jo Lindqvist", "2024-12-20")
    # -- guard: a property naming someone else entirely is not replaced by the header
    data = built_docx(_mla("Ana Petrosyan"))
    article = analyze(read_bytes(data, name="paper.docx", suffix=".docx"))
    assert article.author == "Ana Petrosyan"


def test_a_byline_line_run_on_into_the_title_ends_it():
    run_on = "Paying for Ferries: Tolls and (Un)fairness Jo Lindqvist | HIST 2XX.XXX |"
    paras = [_para(run_on), _para(BODY), _para("Background", 2), _para(BODY), _para("Costs", 2)]
    meta: dict = {"author": "Kim Ode"}
    assert take_title(paras, meta, "brief.pdf")[0] == "Paying for Ferries: Tolls and (Un)fairness"
    assert meta["author"] == "Jo Lindqvist"
    # -- guard: a title whose last words could start the name is left alone
    run_on = "Tolls and Fares of the Island Ferries Jo Lindqvist | HIST 210 |"
    paras = [_para(run_on), _para(BODY), _para("Background", 2), _para(BODY), _para("Costs", 2)]
    assert take_title(paras, {}, "brief.pdf")[0] == run_on


def test_a_long_first_line_over_its_authors_is_the_title():
    long_title = (
        "Target 4: Keep Every Island Ferry Running All Year for All Residents of All Ages "
        "(by Reducing the Heavy Winter Toll Burden)"
    )
    assert len(long_title) > 120
    paras = [_para(long_title), _para("Jo Lindqvist, Ana Petrosyan"), _para(BODY), _para(BODY)]
    assert take_title(paras, {}, "report.docx")[0] == long_title
    # -- guard: a long first line over running text is no title
    paras = [_para(long_title), _para(BODY), _para(BODY)]
    assert take_title(paras, {}, "report.docx")[0] != long_title


def _kicker_page(h1: str) -> bytes:
    paras = "".join(f"<p>{BODY} Part {n} of the story goes on here.</p>" for n in range(6))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Ferries: Winter Tolls Rise Again on the Islands | Harbour Daily</title>"
        "<meta property='og:site_name' content='Harbour Daily'></head><body><main><article>"
        f"<h1 class='article-heading'>{h1}</h1>{paras}</article></main></body></html>"
    ).encode()


def test_a_kicker_span_inside_the_h1_is_no_part_of_the_title():
    h1 = (
        "<span class='article-heading__kicker'>Ferries</span><span class='visually-hidden'>: </span>"
        "<span class='article-heading__title'>Winter Tolls Rise Again on the Islands</span>"
    )
    article = analyze(read_bytes(_kicker_page(h1), name="page.html", suffix=".html"))
    assert article.title == "Winter Tolls Rise Again on the Islands"
    # -- guard: a label the h1 prints as part of its own text stays
    article = analyze(
        read_bytes(
            _kicker_page("Ferries: Winter Tolls Rise Again on the Islands"),
            name="page.html",
            suffix=".html",
        )
    )
    assert article.title == "Ferries: Winter Tolls Rise Again on the Islands"


def _site_first_page(title: str) -> bytes:
    paras = "".join(f"<p>{BODY} Part {n} of the story goes on here.</p>" for n in range(6))
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta name='copyright' content='Hafen - Fraktion Kiel'>"
        f"</head><body><div id='content'><div>{paras}</div></div></body></html>"
    ).encode()


def test_a_title_of_the_site_then_the_headline_gives_the_headline():
    page = _site_first_page("Hafen-Fraktion im Kieler Rat - Ausbau der Schule genehmigt")
    article = analyze(read_bytes(page, name="page.html", suffix=".html"))
    assert article.title == "Ausbau der Schule genehmigt"
    # -- guard: a first part that does not name the site is the headline's own
    page = _site_first_page("Hafen und Schule im Rat - Ausbau genehmigt")
    article = analyze(read_bytes(page, name="page.html", suffix=".html"))
    assert article.title != "Ausbau genehmigt"


def test_a_title_case_title_in_large_type_keeps_its_full_stop_and_is_the_title():
    from briefing_app.ingest.pdflayout import order_lines, to_pieces
    from tests.unit.ingest.builders import pdf_line

    body = "the harbour board met for three days in March and heard from forty witnesses about"
    lines = [
        pdf_line("Proposal for the Harbour Board of Kiel to Keep Every", 72, size=16),
        pdf_line("Island Ferry Running Through the Winter Months.", 92, size=16),
        pdf_line("Executive Summary", 130, size=13, bold=True),
        *[pdf_line(body, 150 + 14 * k, size=11) for k in range(8)],
        pdf_line("Background", 280, size=13, bold=True),
        *[pdf_line(body, 300 + 14 * k, size=11) for k in range(8)],
    ]
    pieces = to_pieces(order_lines(lines))
    title = "Proposal for the Harbour Board of Kiel to Keep Every Island Ferry Running Through the Winter Months."
    assert (pieces[0].kind, pieces[0].text) == ("heading", title)
    # -- guard: a long sentence in sentence case set large is a standfirst, no heading
    lines[0:2] = [
        pdf_line("The harbour board of Kiel wants to keep every island", 72, size=16),
        pdf_line("ferry running through the winter months this year.", 92, size=16),
    ]
    assert to_pieces(order_lines(lines))[0].kind != "heading"


def test_a_message_signed_in_capitals_with_an_old_abbreviated_given_name():
    text = f"Gentlemen of the Assembly: {BODY} I trust your wisdom in all of it. WM. LINDQVIST\n"
    assert analyze_text(text).author == "William Lindqvist"
    # -- guard: two words in capitals after the last sentence are no signature
    assert (
        analyze_text(f"Gentlemen of the Assembly: {BODY} Write to us. CONTACT US\n").author is None
    )


def _owned_page(owner: str) -> bytes:
    paras = "".join(f"<p>{BODY} Part {n} of the story goes on here.</p>" for n in range(6))
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        f"<title>Ausbau der Schule genehmigt</title><meta name='author' content='{owner}'>"
        f"<meta name='copyright' content='{owner}'></head><body><article>"
        f"<h1>Ausbau der Schule genehmigt</h1>{paras}</article></body></html>"
    ).encode()


def test_a_group_named_as_author_and_copyright_holder_signs_nothing():
    page = _owned_page("Hafen - Fraktion Kiel")
    assert analyze(read_bytes(page, name="page.html", suffix=".html")).author is None
    # -- guard: a person's own site names its writer in both
    page = _owned_page("Jo Lindqvist")
    assert analyze(read_bytes(page, name="page.html", suffix=".html")).author == "Jo Lindqvist"


def _dated_page(box_id: str) -> bytes:
    paras = "".join(f"<p>{BODY} Part {n} of the story goes on here.</p>" for n in range(6))
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        "<title>Ausbau der Schule genehmigt</title></head><body><article>"
        f"<div id='{box_id}'>22.05.2014 - Stadt</div><div>Ausbau der Schule genehmigt</div>"
        f"{paras}</article></body></html>"
    ).encode()


def test_an_element_named_a_date_by_its_id_dates_the_page():
    page = _dated_page("blog_date")
    assert analyze(read_bytes(page, name="page.html", suffix=".html")).date == "2014-05-22"
    # -- guard: an element whose id names no date is not read as one
    page = _dated_page("blog_kicker")
    assert analyze(read_bytes(page, name="page.html", suffix=".html")).date != "2014-05-22"


def test_a_running_head_listing_the_writers_gives_the_authors():
    from briefing_app.ingest.assemble import Piece
    from briefing_app.ingest.docmeta import choose_metadata

    pieces = [Piece(SUBJECT, kind="heading", level=1), Piece(BODY)]
    meta = choose_metadata(pieces, title="", author="", running=["Maja, Anna and Kim Lindqvist"])
    assert meta.get("author") == "Maja, Anna, Kim Lindqvist"
    # -- guard: a running head of topics joined by "and" names no one
    meta = choose_metadata(
        pieces, title="", author="", running=["Ferries, Tolls and Harbour Policy"]
    )
    assert "author" not in meta


def _cover_pdf(label: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(612, 792))
    c.setAuthor("Maja L")
    c.setFont("Helvetica", 20)
    c.drawString(250, 600, "Policy Brief")
    c.drawString(100, 480, "Island Ferries: Tolls for a Warmer Winter")
    c.setFont("Helvetica", 18)
    for k, line in enumerate((label, "Maja (Marianne Lindqvist)", "Anna Petrosyan", "Kim Okonkwo")):
        c.drawString(220, 370 - 40 * k, line)
    c.showPage()
    draw_body_pages(c)
    c.save()
    return out.getvalue()


def test_a_cover_listing_team_members_gives_the_authors_over_the_file_property():
    article = analyze(read_bytes(_cover_pdf("Team Members:"), name="brief.pdf", suffix=".pdf"))
    assert article.author == "Maja (Marianne Lindqvist), Anna Petrosyan, Kim Okonkwo"
    # -- guard: names under some other line leave the file's author property standing
    article = analyze(read_bytes(_cover_pdf("Harbour Board"), name="brief.pdf", suffix=".pdf"))
    assert article.author == "Maja L"


def _signed_page(last_head: str) -> bytes:
    paras = "".join(f"<p>{BODY} Part {n} of the story goes on here.</p>" for n in range(3))
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Prendre le large</title>"
        "<meta name='author' content='Jo Lindqvist'></head><body><article>"
        f"<h1>Prendre le large</h1><h2>Le port</h2>{paras}<h2>La mer</h2>{paras}"
        f"<h3>{last_head}</h3>{paras}</article></body></html>"
    ).encode()


def test_a_byline_set_as_a_heading_after_the_text_is_no_section():
    article = analyze(read_bytes(_signed_page("Par Jo Lindqvist"), name="p.html", suffix=".html"))
    assert article.author == "Jo Lindqvist"
    assert "Par Jo Lindqvist" not in [s.heading for s in article.sections]
    # -- guard: a section about the writer is a section
    article = analyze(
        read_bytes(_signed_page("Entretien avec Jo Lindqvist"), name="p.html", suffix=".html")
    )
    assert "Entretien avec Jo Lindqvist" in [s.heading for s in article.sections]


def test_a_site_name_that_is_the_headline_itself_names_no_site():
    from briefing_app.ingest.html import _beside_site_part

    headline = "Winter tolls rise again on the island ferries"
    assert _beside_site_part(headline, f"{headline} - Harbour Daily", headline) is None
    # -- the rule itself: the first part names the site, the other is the headline
    got = _beside_site_part(
        "Harbour Daily of Kiel", f"Harbour Daily of Kiel - {headline}", "Harbour Daily"
    )
    assert got == headline


def test_the_date_of_a_run_on_byline_read_apart_in_the_other_column():
    run_on = "Paying for Ferries: Tolls and (Un)fairness Jo Lindqvist | HIST 2XX.XXX |"
    paras = [_para(run_on), _para(BODY), _para("| 11/25/23"), _para("Costs", 2), _para(BODY)]
    paras += [_para("Options", 2), _para(BODY)]
    meta: dict = {}
    title, rest = take_title(paras, meta, "brief.pdf")
    assert (title, meta.get("date")) == ("Paying for Ferries: Tolls and (Un)fairness", "2023-11-25")
    assert "| 11/25/23" not in [p.text for p in rest]
    # -- guard: without a byline run on into the title, a bar and a date are left alone
    paras[0] = _para("Paying for Ferries: Tolls and (Un)fairness")
    meta = {}
    take_title(paras, meta, "brief.pdf")
    assert "date" not in meta
