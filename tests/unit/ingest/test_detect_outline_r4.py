"""Outline and title rules found on the fourth held-out set, one small input per rule.

An entity left in a Markdown front matter, a site name glued to a <title>, comment and
share widgets read as headings, roman and letter numbered PDF headings, a chapter label
before a title.
"""

from __future__ import annotations

import io

from briefing_app.core.document import Block
from briefing_app.ingest.detect import _front_names, _without_title_lines, analyze
from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.docx import _labelled_box
from briefing_app.ingest.front import Para, take_title
from briefing_app.ingest.html import _first_part, parse_html
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.pdf import parse_pdf
from briefing_app.ingest.pdflayout import _lettered_outline
from tests.unit.ingest.builders import BODY, analyze_text, outline

LONG = BODY + " " + BODY


def test_an_html_entity_in_front_matter_is_decoded():
    text = f"---\ntitle: 'Harbour Board &#8211; A Case Study &amp; Notes'\n---\n\n{LONG}\n"
    article = analyze(parse_markdown(text, name="a.md"))
    assert article.title == "Harbour Board \u2013 A Case Study & Notes"


def page(body: str, *, title: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><article>{body}</article></body></html>"
    )


def test_a_site_link_inside_the_h1_is_not_glued_to_the_headline():
    html = page(
        "<h1><span>El puerto cerrará el puente</span><a href='/'>Diario Isleño</a></h1>"
        f"<p>{LONG}</p><h2>Las obras</h2><p>{LONG}</p>",
        title="El puerto cerrará el puente » Local » Diario Isleño",
    )
    assert analyze(parse_html(html, name="p.html")).title == "El puerto cerrará el puente"


def test_first_part_needs_the_headline_to_end_at_a_separator():
    assert _first_part("El puerto cerrará el puente", "El puerto cerrará el puente » Local » X")
    assert not _first_part("El puerto cerrará", "El puerto cerrará el puente » Local » X")


def test_comment_timestamps_and_a_comment_box_label_are_no_sections():
    comments = "".join(
        f"<p>{when}</p><p>{BODY}</p>"
        for when in ("Hace 28 minutos", "Hace una hora", "Hace 2 horas", "3 hours ago")
    )
    html = page(
        f"<h1>El puerto cerrará el puente</h1><p>{LONG}</p><h2>Las obras</h2><p>{LONG}</p>"
        f"<h2>Comentar</h2>{comments}",
        title="El puerto cerrará el puente",
    )
    assert outline(analyze(parse_html(html, name="p.html"))) == [("Las obras", 1)]


def test_a_share_bar_label_is_no_section():
    html = page(
        f"<h1>港の橋が閉鎖される</h1><h2>このニュースをシェア</h2><p>{LONG}</p>"
        f"<h2>工事の予定</h2><p>{LONG}</p>",
        title="港の橋が閉鎖される",
    ).replace("lang='es'", "lang='ja'")
    assert outline(analyze(parse_html(html, name="p.html"))) == [("工事の予定", 1)]


# -- PDF --------------------------------------------------------------------------------------


def _paper(heads: list[str], *, title: str = "Harbour Bridges and Their Repair") -> bytes:
    """One page: a large title, then each of ``heads`` in body type over three lines of text."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    y = letter[1] - 80
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, y, title)
    y -= 40
    for head in heads:
        c.setFont("Helvetica", 10)
        c.drawString(72, y, head)
        y -= 20
        for line in (BODY[:90], BODY[90:180], BODY[180:270]):
            c.drawString(72, y, line)
            y -= 12
        y -= 14
    c.save()
    return out.getvalue()


def test_roman_and_letter_numbered_body_size_lines_are_nested_headings():
    heads = ["I. INTRODUCTION", "II. METHODS", "A. The girders", "B. The deck", "III. RESULTS"]
    article = analyze(parse_pdf(_paper(heads), name="paper.pdf"))
    assert outline(article) == [
        ("I. INTRODUCTION", 1),
        ("II. METHODS", 1),
        ("A. The girders", 2),
        ("B. The deck", 2),
        ("III. RESULTS", 1),
    ]


def test_a_letter_out_of_sequence_or_without_a_roman_number_stays_text():
    assert _lettered_outline([[None]] * 3, ["A. Smith", "B. Jones", "II. Later"]) == {}
    texts = ["I. One", "C. Three", "A. First", "B. Second"]
    assert _lettered_outline([[None]] * 4, texts) == {0: 0, 2: 1, 3: 1}


def test_an_address_or_a_formulas_letters_are_no_heading():
    text = (
        "# Harbour Bridges\n\nJane Roe jane@example.org\n\n"
        f"{LONG}\n\n## https://example.org/bridges\n\n{LONG}\n\n## The deck\n\n{LONG}\n"
    )
    assert outline(analyze(parse_markdown(text, name="a.md"))) == [("The deck", 1)]


def test_a_typesetters_job_number_is_no_title():
    assert choose_metadata([], title="88300 162..177", author="") == {}
    assert choose_metadata([], title="港湾", author="") == {"title": "港湾"}


def para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text, kind="heading" if level else "paragraph", level=level), level)


def test_the_one_largest_heading_under_a_journals_furniture_lines_is_the_title():
    paras = [
        para("ER 29,2"),
        para("162"),
        para("The current issue of this journal is available at www.example.com"),
        para("Harbour bridges and their repair", 2),
        para(LONG),
        para("Method", 3),
        para(LONG),
    ]
    title, rest = take_title(paras, {}, "x.pdf")
    assert title == "Harbour bridges and their repair"
    assert [p.text for p in rest][:3] == ["ER 29,2", "162", paras[2].text]
    # -- two headings of the top level: the first line stays the title
    twice = [*paras, para("Results", 2)]
    assert take_title(twice, {}, "x.pdf")[0] == "ER 29,2"
    # -- a chapter label above it belongs to the title
    chapter = [para("CHAPTER 1"), para("INTRODUCTION", 2), para(LONG)]
    assert take_title(chapter, {}, "x.docx")[0] == "CHAPTER 1 – INTRODUCTION"


def test_a_section_number_is_no_word_of_a_chapter_title():
    body = [para("1.1 Nature of Science", 4), para("Lesson Goals", 4), para(LONG)]
    assert _without_title_lines(body, "Chapter 1 – What is Earth Science?") == body
    assert _without_title_lines(body, "Nature of Science")[0].text == "Lesson Goals"


def test_authors_set_as_headings_before_the_text_are_no_sections():
    place = para("The Department of Civil Engineering, Harbour University, New Zealand")
    names = [para("Jane Roe", 3), place, para("Ann Smith and Bo Lee", 3), place]
    assert _front_names([*names, para(LONG), para("Jane Roe", 3)]) == {0, 2}
    # -- one name-shaped heading alone may be a section: "Lesson Goals"
    assert _front_names([para("Lesson Goals", 3), para(LONG), para("Ann Smith", 3)]) == set()


def test_a_running_head_in_the_outer_margin_on_page_after_page_is_dropped():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    for number in range(4):
        y = letter[1] - 100  # -- 13 % down: below the top tenth
        c.setFont("Helvetica", 13)
        c.drawString(470, y, "Harbour")
        c.drawString(470, y - 14, "bridges")
        c.setFont("Helvetica", 10)
        if number == 0:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, y + 40, "The repair of harbour bridges")
            c.setFont("Helvetica", 10)
        for k in range(20):
            c.drawString(72, y - 12 * k, BODY[(k * 60) % 240 : (k * 60) % 240 + 60])
        c.showPage()
    c.save()
    document = parse_pdf(out.getvalue(), name="journal.pdf")
    assert not any(b.text in ("Harbour", "bridges") for b in document.blocks)


def test_a_bold_label_of_two_words_over_its_list_is_a_subhead():
    text = (
        f"# Harbour bridges\n\n{LONG}\n\n## Resources\n\n**Design Research:**\n\n"
        "[Bridges of the north](https://example.org/a)\n\n**Note:**\n\n"
        f"{LONG}\n\n**In the harbour office:**\n\n- Ask for the plans\n- Read them\n\n"
        f"{LONG}\n"
    )
    assert outline(analyze(parse_markdown(text, name="a.md"))) == [
        ("Resources", 1),
        ("Design Research:", 2),
    ]


def test_a_one_column_boxs_label_row_is_read_with_its_content():
    assert _labelled_box(["XPath Queries", "/*/import-profile/@href", "more"]) == [
        "XPath Queries: /*/import-profile/@href",
        "more",
    ]
    assert _labelled_box(["A long first row that is a sentence of its own.", "b"]) == [
        "A long first row that is a sentence of its own.",
        "b",
    ]
    assert _labelled_box(["Name | Role", "Ann | Chair"]) == ["Name | Role", "Ann | Chair"]


def test_the_new_patterns_stay_linear_on_hostile_input():
    import time

    from briefing_app.ingest.detect import _ADDRESS, _RELATIVE_TIME

    def cost(n: int) -> float:
        start = time.process_time()
        for _ in range(5):
            _ADDRESS.search("a" * n)
            _RELATIVE_TIME.match("hace " + " " * n)
            _first_part("b" * n, "b" * n + " " * n + "x")
            _lettered_outline([[None]] * n, ["I. One"] * n)
        return time.process_time() - start

    small, large = cost(20_000), cost(80_000)
    assert large < 12 * small + 0.05  # -- 4 times the input: about 4 times the time


def test_a_short_line_over_a_paragraph_opening_in_lower_case_is_no_heading():
    text = f"Harbour Bridges\n\n{LONG}\n\nTEX\n\nsource files of a book about bridges, {LONG}\n"
    assert outline(analyze_text(text)) == []
