"""Titles, bylines and dates on real documents' front matter (issue 14, helper front20).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from briefing_app.core.document import Block
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.front import Para, read_front, take_title
from briefing_app.ingest.memohead import memo_head
from briefing_app.ingest.pdf import parse_pdf
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text, built_docx, register_fonts


def _para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text=text, kind="heading" if level else "paragraph"), level)


SPEECH = (
    "Ms. HALVORSEN. Madam Speaker, I rise today to speak about the harbour bridge and the "
    "families who cross it every morning on their way to work and school."
)


def test_a_record_key_under_the_title_is_neither_a_section_nor_a_stop_to_the_front_lines():
    text = (
        "# MAINTAINING THE HARBOUR BRIDGE\n\n## `9c2e4b7f01ad3e58b6c4d2a1f0e9b8c7`\n\n"
        f"`Ms. HALVORSEN — 4 May 2011`\n\n---\n\n{SPEECH}\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.author, article.date) == ("Halvorsen", "2011-05-04")
    assert [s.heading for s in article.sections if s.heading] == []
    # -- guard: a heading of words under the title stays a section
    text = f"# MAINTAINING THE HARBOUR BRIDGE\n\n## Cost overruns in 2011\n\n{BODY}\n\n{BODY}\n"
    assert [s.heading for s in analyze_text(text, ".md").sections] == ["Cost overruns in 2011"]


def test_a_dateline_naming_a_speaker_by_courtesy_title_gives_the_surname():
    assert read_front([_para("Ms. HALVORSEN — 4 May 2011")])["author"] == "Halvorsen"
    assert read_front([_para("Dr. Okafor · 12 March 2019")])["author"] == "Okafor"
    # -- guard: a full name in a dateline stays as printed
    assert read_front([_para("Jo Lindqvist · 12 March 2019")])["author"] == "Jo Lindqvist"


def test_a_run_of_quotations_has_no_title():
    quotes = [
        '"I never planned to study the harbour, and no one told me what it would lead to"',
        '"So I followed the tides for a year and wrote down what the ferrymen said."',
        '"Most of it turned out to matter later, though none of it seemed useful then."',
    ]
    article = analyze_text("\n\n".join([*quotes, BODY]) + "\n")
    assert article.title_source == "file"
    # -- guard: a quoted headline over a body that quotes no one stays the title
    article = analyze_text(f'"No Going Back on the Harbour Tolls"\n\n{BODY}\n\n{BODY}\n')
    assert (article.title, article.title_source) == ("No Going Back on the Harbour Tolls", None)


def _testimony(date_line: str) -> bytes:
    """A testimony whose title block is centred line by line in type larger than its text."""
    width, height = letter
    sentence = (
        "The harbour board met twelve times last year and heard from ferry crews about delays."
    )
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    y = height - 110
    c.setFont("Helvetica", 17)
    c.drawCentredString(width / 2, y, "Harbour Tolls in 2024: Costs and Choices")
    y -= 40
    block = [
        ("Jo Lindqvist", 30),
        ("Senior Analyst", 14),
        ("Harbour Institute", 28),
        ("Testimony before the Island Council", 14),
        ("Committee on Ferries and Ports", 27),
        (date_line, 35),
    ]
    for text, gap in block:
        c.setFont("Helvetica", 12)
        c.drawCentredString(width / 2, y, text)
        y -= gap
    for head in ("1. The Ferries", "2. The Tolls", "3. The Choices"):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, y, head)
        y -= 18
        c.setFont("Helvetica", 10)
        for _ in range(8):
            c.drawString(72, y, sentence)
            y -= 12
    c.showPage()
    c.setFont("Helvetica", 10)
    for k in range(20):
        c.drawString(72, height - 72 - 12 * k, sentence)
    c.save()
    return out.getvalue()


def test_the_date_of_a_title_block_kept_out_of_the_text_is_the_papers():
    assert parse_pdf(_testimony("March 9, 2023"), name="doc.pdf").metadata["date"] == "2023-03-09"
    # -- guard: a title block with no date gives none
    assert "date" not in parse_pdf(_testimony("Harbour Hall"), name="doc.pdf").metadata


def _paper(under_title: list[str]) -> bytes:
    """A paper whose title is bold body type over ``under_title``; its sections, a page on, larger."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    register_fonts()
    body = ParagraphStyle("body", fontName="NotoSans", fontSize=11, leading=14, spaceAfter=8)
    title = ParagraphStyle("title", parent=body, fontName="NotoSans-Bold", alignment=1)
    centred = ParagraphStyle("centred", parent=body, alignment=1)
    head = ParagraphStyle("head", parent=body, fontName="NotoSans-Bold", fontSize=14, leading=18)
    story = [Paragraph("Harbour Tolls and the Island Ferries", title)]
    story += [Paragraph(line, centred) for line in under_title]
    story += [Paragraph(BODY, body), PageBreak()]
    for heading in ("I. Introduction", "II. Methods", "III. Findings"):
        story += [Paragraph(heading, head), *(Paragraph(BODY, body) for _ in range(3))]
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def test_a_title_in_body_type_over_its_byline_and_date_is_the_title():
    lines = ["Jo Lindqvist, Harbour Institute", "Course 628: Harbour Policy", "December 16, 2025"]
    article = analyze(parse_pdf(_paper(lines), name="paper.pdf"))
    assert (article.title, article.title_source) == ("Harbour Tolls and the Island Ferries", None)
    # -- guard: with no front lines under it, a first line smaller than the sections is no title
    article = analyze(parse_pdf(_paper([]), name="paper.pdf"))
    assert article.title_source == "file"


def test_a_printed_byline_shorter_than_the_file_s_author_property_wins():
    text = (
        "# Harbour Tolls and the Island Ferries\n\n"
        "Jo Lindqvist Department of Ports, Harbour University\n\nDecember 16, 2025\n\n"
        f"## Introduction\n\n{BODY}\n\n{BODY}\n"
    )
    doc = read_bytes(text.encode(), name="paper.md", suffix=".md")
    doc = replace(doc, metadata={**doc.metadata, "author": "Jo Maria Lindqvist"})
    assert analyze(doc).author == "Jo Lindqvist"
    # -- guard: a front line naming someone else leaves the property as it is
    other = replace(doc, metadata={**doc.metadata, "author": "Ana Maria Petrosyan"})
    assert analyze(other).author == "Ana Maria Petrosyan"


def _word_file(parts: list[tuple[str, list[str]]]) -> bytes:
    """A Word file with no Title style: each part a Heading 1 over Heading 2 sections."""

    def build(document) -> None:
        for part, sections in parts:
            document.add_heading(part, level=1)
            for section in sections:
                document.add_heading(section, level=2)
                document.add_paragraph(BODY)

    return built_docx(build)


def test_a_word_file_opening_on_the_first_of_its_parts_has_no_title():
    parts = [
        ("Story: ferry fares rose faster than wages", ["Feasibility", "Hypothesis"]),
        ("Reporting Memo", ["Findings", "Caveats"]),
    ]
    doc = read_bytes(_word_file(parts), name="memo.docx", suffix=".docx")
    article = analyze(doc)
    assert article.title_source == "file"
    assert [s.heading for s in article.sections][:2] == [parts[0][0], "Feasibility"]
    # -- guard: a Heading 1 over Heading 2s, no other Heading 1, is the title
    doc = read_bytes(_word_file(parts[:1]), name="memo.docx", suffix=".docx")
    assert analyze(doc).title == parts[0][0]


def _saved_page(byline: str = "", *, before: str = "", after: str = "") -> bytes:
    """A saved article page: ``before`` the article, its h1 over ``byline`` and text, ``after`` it."""
    paras = "".join(f"<p>{BODY}</p>" for _ in range(4))
    return (
        "<html><head><title>Harbour tolls for the island ferries</title></head><body>"
        f'{before}<div class="content"><h1>Harbour tolls for the island ferries</h1>'
        f"{byline}{paras}</div>{after}</body></html>"
    ).encode()


def _read_page(page: bytes):
    return analyze(read_bytes(page, name="page.html", suffix=".html"))


# -- a list of other stories after the article, each with its headline, writer and date
STORIES = "<div><h6>Blogs</h6><ul>{}</ul></div>".format(
    "".join(
        f'<li><div class="item"><h5><a href="/blog/{k}">Another story about ports, part {k}</a>'
        f'</h5><div class="author">{name}</div><div class="time-stamp">Jun {k}, 2017</div>'
        "</div></li>"
        for k, name in ((1, "Marta Ilves Korhonen"), (2, "Pablo Serrat"), (3, "Ines Vidal"))
    )
)


def test_the_writers_of_a_list_of_other_stories_are_no_authors():
    assert _read_page(_saved_page(after=STORIES)).author is None
    # -- guard: the article's own byline, classed the same, stays
    page = _saved_page('<div class="author">Jo Lindqvist</div>', after=STORIES)
    assert _read_page(page).author == "Jo Lindqvist"


def test_a_subtitle_set_as_a_heading_over_the_byline_and_date_is_front_matter():
    text = (
        "# Harbour Tolls for the Island Ferries\n\n## In search of the right fare policy\n\n"
        f"Jo Lindqvist\n\nFebruary 2015\n\n{BODY}\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.author, article.date, article.sections[0].heading) == (
        "Jo Lindqvist",
        "2015-02",
        None,
    )
    # -- guard: a heading over text stays a section
    text = f"# Harbour Tolls for the Island Ferries\n\n## The fare policy\n\n{BODY}\n\n{BODY}\n"
    assert [s.heading for s in analyze_text(text, ".md").sections] == ["The fare policy"]


def test_the_printed_headline_wins_over_a_declared_title_without_its_quotes_and_with_a_section():
    printed = "Ready for the 'tollfest': the last battle of the island ferries"
    declared = "Ready for the tollfest: the last battle of the island ferries. News of Spain"
    paras = [_para(printed, 1), _para(BODY), _para(BODY)]
    title, rest = take_title(paras, {"title": declared}, "page.html")
    assert (title, [p.text for p in rest]) == (printed, [BODY, BODY])
    # -- guard: a heading that is only the declared title's start, no tail after a stop, stays
    paras = [_para("Ready for the tollfest", 1), _para(BODY), _para(BODY)]
    meta = {"title": "Ready for the tollfest and the fares"}
    assert take_title(paras, meta, "page.html")[0] == "Ready for the tollfest and the fares"


# -- a header box the site names "authorize", its links leading to the account pages
ACCOUNT_LINKS = (
    '<div id="header"><div id="authorize"><ul><li class="first"><a href="/user">Login</a>'
    '</li><li><a href="/user/register">New to HarbourNews?</a></li></ul></div></div>'
)


def test_the_words_of_a_sign_in_link_are_no_author():
    assert _read_page(_saved_page(before=ACCOUNT_LINKS)).author is None
    # -- guard: a byline linking to the writer's page on the same site keeps its name
    byline = '<div class="byline">By <a href="/user/55">Jo Lindqvist</a></div>'
    assert _read_page(_saved_page(byline, before=ACCOUNT_LINKS)).author == "Jo Lindqvist"


def _dated_byline(text: str) -> str:
    return f'<div class="field field-byline"><div class="item">{text}</div></div>'


def test_the_date_a_byline_element_prints_beside_the_name_is_the_articles():
    assert _read_page(_saved_page(_dated_byline("Harbour Staff | 10/17/18"))).date == "2018-10-17"
    # -- guard: a day-month order the page does not say gives no date
    assert _read_page(_saved_page(_dated_byline("Harbour Staff | 10/11/18"))).date is None


def _memo_with_long_appendix() -> bytes:
    """A memo in 12-point type over two pages of 9-point statistics output: more small lines."""
    height = letter[1]
    sentence = "The harbour board should appoint a new supervisor to cut the cost of the ferries."
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(150, height - 80, "Exercise 2: Policy Memorandum")
    y = height - 130
    for head in ("Executive summary", "Comparison with other harbours"):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, y, head)
        y -= 28
        c.setFont("Helvetica", 12)
        for _ in range(6):
            c.drawString(72, y, sentence)
            y -= 27
    for _ in range(2):
        c.showPage()
        c.setFont("Courier", 9)
        for k in range(70):
            c.drawString(72, height - 60 - 10 * k, f"harbour_{k} | {k * 3.5:8.2f} {k * 1.25:8.2f}")
    c.save()
    return out.getvalue()


def test_a_first_page_of_sentences_in_a_type_larger_than_the_commonest_is_no_cover():
    article = analyze(parse_pdf(_memo_with_long_appendix(), name="memo.pdf"))
    headings = [s.heading for s in article.sections]
    assert "Executive summary" in headings and "Comparison with other harbours" in headings


def test_a_memo_s_regarding_line_is_its_subject():
    head = memo_head(
        "To: Mayor of Harbourtown\n\nRegarding: Harbour Ferry Tolls\n\nFrom: Jo Lindqvist\n"
    )
    assert head is not None and (head.subject, head.senders) == (
        "Harbour Ferry Tolls",
        "Jo Lindqvist",
    )


def test_memo_labels_run_into_one_line_are_read_apart():
    text = f"Harbour Tolls\n\nTo: Harbour Director From: Jo Lindqvist Date: 4/22/2022\n\n{BODY}\n"
    head = memo_head(text)
    assert head is not None and (head.senders, head.date) == ("Jo Lindqvist", "2022-04-22")
    # -- guard: a label's lower-case word inside its value is no label
    text = f"To: the harbour director from: the ferry office\n\n{BODY}\n"
    assert memo_head(text) is None


def test_a_chapter_number_before_the_chapter_s_name_is_no_part_of_the_title():
    for heading in (
        "Chapter 3: Harbour Tolls",
        "Chapitre 3 : Harbour Tolls",
        "CHAPTER III – Harbour Tolls",
    ):
        text = f"# {heading}\n\n{BODY}\n\n## The fares\n\n{BODY}\n"
        assert analyze_text(text, ".md").title == "Harbour Tolls"
    # -- guard: a title that only opens with the word keeps it
    text = f"# Chapter Eleven and the Ferries\n\n{BODY}\n\n## The fares\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "Chapter Eleven and the Ferries"


def test_a_byline_listing_three_writers_with_commas_and_a_last_and_names_them_all():
    text = f"Harbour Tolls\n\nBy Jo Lindqvist, Ana Petrosyan and Sam Okafor\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author == "Jo Lindqvist, Ana Petrosyan, Sam Okafor"
    # -- guard: a comma after one name adds the writer's role
    text = f"Harbour Tolls\n\nBy Jo Lindqvist, Staff Writer\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author == "Jo Lindqvist"


def test_an_author_label_in_spanish_german_or_french_opens_a_byline():
    for label in ("Autor: ", "Autorin: ", "Auteur : ", "Autora: "):
        text = f"Peajes del puerto\n\n{label}Jo Lindqvist\n\n{BODY}\n\n{BODY}\n"
        article = analyze_text(text)
        assert (article.title, article.author) == ("Peajes del puerto", "Jo Lindqvist")
    # -- guard: the word in a sentence, no colon, is no label
    text = f"Peajes del puerto\n\nAutores y editores del puerto se reunieron ayer.\n\n{BODY}\n"
    assert analyze_text(text).author is None


def _filled_template(owner: str, under_title: list[str]) -> bytes:
    """A Word file whose author property names ``owner``, with ``under_title`` under its title."""

    def build(document) -> None:
        document.core_properties.author = owner
        document.add_heading("Harbour Tolls", level=0)
        for line in under_title:
            document.add_paragraph(line)
        for _ in range(4):
            document.add_paragraph(BODY)

    return built_docx(build)


def test_the_writer_printed_under_a_word_title_beats_another_person_in_the_author_property():
    page = _filled_template("Ana Petrosyan", ["Jo Lindqvist", "March 3, 2021"])
    assert analyze(read_bytes(page, name="brief.docx", suffix=".docx")).author == "Jo Lindqvist"
    # -- guard: with no name printed, the property stays
    page = _filled_template("Ana Petrosyan", ["March 3, 2021"])
    assert analyze(read_bytes(page, name="brief.docx", suffix=".docx")).author == "Ana Petrosyan"


def test_a_foreign_byline_joining_two_writers_names_both():
    for line, names in (
        ("Por Juan Pérez y María López", "Juan Pérez, María López"),
        ("Par Marie Dupont et Jean Martin", "Marie Dupont, Jean Martin"),
        ("Von Anna Schmidt und Max Müller", "Anna Schmidt, Max Müller"),
    ):
        article = analyze_text(f"Peajes del puerto\n\n{line}\n\n{BODY}\n\n{BODY}\n")
        assert (article.title, article.author) == ("Peajes del puerto", names)
    # -- guard: "Von der …" opens a sentence, no byline
    text = f"Hafenmaut\n\nVon der Leyen und Macron einigen sich\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author is None


def test_a_line_naming_the_data_source_is_no_title():
    paras = [
        _para("Data source: Harbour ferry crossings counted from 2001 to 2019"),
        _para("Question 1 — How many crossings will there be in 2025?"),
        _para(BODY),
    ]
    title, rest = take_title(paras, {}, "ferry-memo.docx")
    assert title == "Ferry memo" and rest == paras
    # -- guard: a colon in a short first line of words still makes it the title
    paras[0] = _para("Ferry crossings: counts and forecasts for the harbour")
    assert take_title(paras, {}, "ferry-memo.docx")[0] == paras[0].text


def _header_block_paper(created: str) -> bytes:
    """A class paper: name, course, "3/4/19", then two steps; English with no region."""
    import datetime as dt

    def build(document) -> None:
        document.core_properties.created = dt.datetime.fromisoformat(created)
        for lang in document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
            lang.set(lang.attrib.keys()[0], "en")
        for line in ("Jo Lindqvist", "GEOG 210", "3/4/19"):
            document.add_paragraph(line)
        for step in ("Step 1: The Problem", "Step 2: The Evidence"):
            document.add_heading(step, level=1)
            document.add_paragraph(BODY)

    return built_docx(build)


def test_a_short_date_in_a_header_block_is_read_the_way_the_files_creation_day_tells():
    read = read_bytes(_header_block_paper("2019-03-06T10:00:00"), name="paper.docx", suffix=".docx")
    assert read.metadata["language"] == "en"
    assert analyze(read).date == "2019-03-04"  # -- 4 March, two days before the file was made
    read = read_bytes(_header_block_paper("2019-04-05T10:00:00"), name="paper.docx", suffix=".docx")
    assert analyze(read).date == "2019-04-03"  # -- 3 April
    # -- guard: a creation day near neither reading leaves the date unknown
    assert (
        analyze(
            read_bytes(
                _header_block_paper("2019-09-01T10:00:00"), name="paper.docx", suffix=".docx"
            )
        ).date
        is None
    )
