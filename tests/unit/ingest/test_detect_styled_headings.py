"""Headings shown only by styling, and their levels, as real pages and files set them.

One rule per test, each on a small input written here: bold and italic subheads
in HTML, Markdown and Word, numbered Word headings, a template's title block,
a page whose <title> rewords its headline, a teaser naming the site, Chinese
sentences without spaces, a page number beside a PDF's running head.
"""

from __future__ import annotations

import io

from docx.enum.text import WD_BREAK

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.front import is_short_line
from briefing_app.ingest.html import _retitled, parse_html
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest.builders import BODY, built_docx, outline

LONG = BODY + " " + BODY


def page(body: str, *, title: str = "Harbour bridge to close | The Gazette") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><article>{body}</article></body></html>"
    )


# -- HTML ---------------------------------------------------------------------------------


def test_a_headline_the_title_tag_rewords_is_the_title_and_no_section():
    title = "Harbour bridge: the plan to save it » Gazette Blogs"
    html = page(
        f"<h1>Harbour bridge: the eight repairs it needs</h1><p>{LONG}</p>"
        f"<h2>The girders</h2><p>{LONG}</p><h2>The deck</h2><p>{LONG}</p>",
        title=title,
    ).replace("</title>", f"</title><meta property='og:title' content='{title}'>")
    article = analyze(parse_html(html, name="p.html"))
    assert article.title == "Harbour bridge: the eight repairs it needs"
    assert outline(article) == [("The girders", 1), ("The deck", 1)]


def test_only_a_headline_sharing_half_its_words_with_the_title_rewords_it():
    assert _retitled("Harbour bridge: the eight repairs", "Harbour bridge: the plan » Blogs")
    assert not _retitled("The Gazette", "Harbour bridge to close | The Gazette")  # -- a part
    assert not _retitled("Letters to the Editor | Letters: Bridge, Tolls", "Letters: Bridge, Tolls")
    # -- og:title and the h1 of a magazine page share two words of five: another headline
    assert not _retitled(
        "Why Neon Is the Ultimate Symbol of the 20th Century", "The Modern Ambitions Behind Neon"
    )


def test_a_heading_naming_the_site_over_its_other_stories_is_cut():
    html = page(
        f"<h1>Harbour bridge to close</h1><h2>The girders</h2><p>{LONG}</p>"
        "<h2>Also on gazette.co.uk</h2><p><a href='/a'>Ten bridges to see before they close</a>"
        "<br><br><a href='/b'>Why our ferries are late again this winter</a></p>"
    )
    assert outline(analyze(parse_html(html, name="p.html"))) == [("The girders", 1)]


def test_long_italic_subheads_with_a_word_set_roman_inside_are_subheads_under_their_h3():
    html = page(
        f"<h1>Harbour bridge to close</h1><p>{LONG}</p><h3>The inspection</h3><p>{LONG}</p>"
        "<p><i>The engineers found corrosion in three of the main girders of the old "
        "</i>Hafenbrücke<i> and in its deck</i></p>"
        f"<p>{LONG}</p><p><i>The detour</i></p><p>{LONG}</p>"
        f"<h3>The money</h3><p>{LONG}</p>"
    )
    assert outline(analyze(parse_html(html, name="p.html"))) == [
        ("The inspection", 1),
        (
            "The engineers found corrosion in three of the main girders of the old "
            "Hafenbrücke and in its deck",
            2,
        ),
        ("The detour", 2),
        ("The money", 1),
    ]


def test_a_line_promoted_by_its_shape_sits_under_the_explicit_heading_above_it():
    # -- "?" keeps the italic line from the reader's subheads; detection promotes it later
    html = page(
        f"<h1>Harbour bridge to close</h1><p>{LONG}</p><h3>The inspection</h3><p>{LONG}</p>"
        f"<p><i>Which girders?</i></p><p>{LONG}</p><h3>The money</h3><p>{LONG}</p>"
    )
    assert outline(analyze(parse_html(html, name="p.html"))) == [
        ("The inspection", 1),
        ("Which girders?", 2),
        ("The money", 1),
    ]


def test_guillemets_do_not_count_as_words_of_a_heading():
    heading = (
        "Les choix de la section « économie-gestion » du comité national de la recherche "
        "(section dite « 37 ») en matière de supports de publication"
    )
    html = page(f"<h1>Les revues</h1><p>{LONG}</p><h3>{heading}</h3><p>{LONG}</p>")
    assert outline(analyze(parse_html(html, name="p.html"))) == [(heading, 1)]


# -- plain text in scripts without spaces ---------------------------------------------------


def test_a_chinese_sentence_is_no_short_line_but_a_chinese_heading_is():
    assert not is_short_line(
        "他说：“如果人们没有感受到充分的大气压力，他们也会觉得喝醉了一样。”", 14
    )
    assert not is_short_line("席尔霍尔茨补充说，在测试中使用雪利酒引发呕吐反射，公众也反对", 14)
    assert is_short_line("宇航员在太空中喝酒会怎么样", 14)


# -- Markdown -------------------------------------------------------------------------------


def test_markdown_paragraphs_wholly_in_bold_are_headings_of_any_case():
    text = (
        "# Pro tips\n\nSome lessons we learned:\n\n"
        f"**Add any numbered lists to the main outline of your document**\n\n{LONG}\n\n"
        f"**Amend or remove _whole paragraphs_**\n\n{LONG}\n\n"
        f"**Act now.**\n\n{LONG}\n\n**Note** that the last one is {BODY}\n"
    )
    article = analyze(parse_markdown(text, name="t.md"))
    assert outline(article) == [
        ("Add any numbered lists to the main outline of your document", 1),
        ("Amend or remove whole paragraphs", 1),
    ]


def test_html_paragraphs_inside_markdown_are_read_and_a_bold_one_is_a_heading():
    text = (
        f'# Ten tips\n\n<p dir="ltr">\n  {BODY}\n</p>\n\n'
        '<p dir="ltr">\n  <strong>1. Location, Location!</strong>\n</p>\n\n'
        f'  * <p dir="ltr">\n      {LONG}\n    </p>\n\n'
        '<p dir="ltr">\n  <strong>2. Plan Ahead</strong>\n</p>\n\n'
        f'  * <p dir="ltr">\n      {LONG}\n    </p>\n'
    )
    article = analyze(parse_markdown(text, name="t.md"))
    assert outline(article) == [("1. Location, Location!", 1), ("2. Plan Ahead", 1)]
    assert article.sections[0].paragraphs[0] == BODY  # -- the HTML paragraph is text, not dropped
    assert LONG in article.sections[1].paragraphs


# -- Word -----------------------------------------------------------------------------------


def test_word_paragraphs_in_bold_or_underlined_are_subheads_under_the_heading_above():
    def build(d):
        d.add_paragraph("DETERMINATION & FINDINGS", style="Title")
        d.add_paragraph(BODY)
        d.add_heading("Time and Materials Contracts", level=1)
        d.add_paragraph(LONG)
        d.add_paragraph().add_run("Findings for this contract:").underline = True
        d.add_paragraph(LONG, style="List Number")
        d.add_paragraph().add_run("Determination").bold = True
        d.add_paragraph(LONG)
        d.add_paragraph().add_run("This bold sentence is no heading.").bold = True
        d.add_paragraph(LONG)

    article = analyze(parse_docx(built_docx(build), name="d.docx"))
    assert outline(article) == [
        ("Time and Materials Contracts", 1),
        ("Findings for this contract:", 2),
        ("Determination", 2),
    ]


def test_word_numbered_bold_list_items_are_headings_and_numbers_give_depth():
    def build(d):
        d.add_paragraph("Statement of Objectives", style="Title")
        d.add_paragraph(BODY)
        d.add_paragraph(style="List Number").add_run("Background and Purpose").bold = True
        d.add_paragraph().add_run("1.1\tBackground").bold = True
        d.add_paragraph(LONG)
        d.add_paragraph(style="List Number").add_run("Scope").bold = True
        d.add_heading("2.1\tProduct Vision", level=1)  # -- a Heading 1 holding a 2.1
        d.add_paragraph(LONG)
        d.add_paragraph("An ordinary numbered step of the list", style="List Number")

    article = analyze(parse_docx(built_docx(build), name="d.docx"))
    assert outline(article) == [
        ("Background and Purpose", 1),
        ("1.1 Background", 2),
        ("Scope", 1),
        ("2.1 Product Vision", 2),
    ]


def test_word_heading_styles_skipping_a_level_sit_beside_numbered_bold_headings():
    def build(d):
        d.add_paragraph("Statement of Objectives", style="Title")
        d.add_paragraph(BODY)
        d.add_heading("Instructions", level=1)
        d.add_paragraph(LONG)
        d.add_paragraph().add_run("6.2 Instructions for Proposals").bold = True
        d.add_paragraph(LONG)
        d.add_heading("Price Submissions", level=6)  # -- Heading 2, 3 and 4 never used
        d.add_paragraph(LONG)
        d.add_heading("Basis of Award", level=5)
        d.add_paragraph(LONG)
        d.add_heading("Price", level=6)
        d.add_paragraph(LONG)

    article = analyze(parse_docx(built_docx(build), name="d.docx"))
    assert outline(article) == [
        ("Instructions", 1),
        ("6.2 Instructions for Proposals", 2),
        ("Price Submissions", 3),
        ("Basis of Award", 2),
        ("Price", 3),
    ]


def test_a_template_title_block_with_placeholders_gives_the_real_title():
    def build(d):
        d.add_paragraph("[Agency/State]", style="Title")
        p = d.add_paragraph("[Program]", style="Title")
        p.add_run().add_break(WD_BREAK.LINE)
        p.add_run("Statement of Objectives for [Product]")
        d.add_heading("Background", level=1)
        d.add_paragraph(LONG)

    article = analyze(parse_docx(built_docx(build), name="template.docx"))
    assert article.title == "Statement of Objectives for [Product]"
    assert outline(article) == [("Background", 1)]


# -- PDF --------------------------------------------------------------------------------------


def test_the_page_number_beside_a_lone_pages_running_head_is_not_part_of_the_title():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    height = letter[1]
    c.setFont("Helvetica", 9)
    c.drawString(194, height - 100, "Optimized Table Tokenization for Recognition")  # -- 12 % down
    c.drawString(476, height - 100, "9")
    c.setFont("Helvetica", 10)
    y = height - 125
    for _ in range(3):
        for line in (BODY[:90], BODY[90:]):
            c.drawString(135, y, line)
            y -= 12
        y -= 6
    c.save()
    article = analyze(parse_pdf(out.getvalue(), name="p9.pdf"))
    assert article.title == "Optimized Table Tokenization for Recognition"


def _canvas_pdf(draw, pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    for number in range(pages):
        draw(c, number, letter[1])
        c.showPage()
    c.save()
    return out.getvalue()


def _column(c, x: float, y: float, text: str, width: int = 48, *, right: float = 0) -> float:
    """``text`` wrapped at ``width`` characters from (x, y) down; the y below it.

    With ``right`` each line ends there (set flush right), so the gap to the
    next column is the same on every line.
    """
    line = ""
    rows = []
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            rows.append(line)
            line = ""
        line = f"{line} {word}".strip()
    for row in [*rows, line]:
        c.drawRightString(right, y, row) if right else c.drawString(x, y, row)
        y -= 12
    return y - 6


def test_two_columns_a_bare_em_apart_are_read_one_after_the_other():
    left = f"Boots nuts. {BODY}"
    right = f"Elastic nuts. {BODY.replace('committee', 'board')}"

    def draw(c, _n, height):
        c.setFont("Helvetica", 10)
        _column(c, 72, height - 72, left, right=309)
        _column(c, 321, height - 72, right)  # -- a 12 pt gutter: 1.2 em

    document = parse_pdf(_canvas_pdf(draw), name="cols.pdf")
    text = " ".join(" ".join(b.text for b in document.blocks).split())
    assert f"Boots nuts. {BODY} Elastic nuts." in text


def test_a_code_listing_in_fixed_width_type_is_neither_a_heading_nor_text():
    def draw(c, _n, height):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, height - 72, "1.1 Security fundamentals")
        c.setFont("Helvetica", 10)
        y = _column(c, 72, height - 100, LONG, width=90)
        c.setFont("Courier", 9)
        for row in ("ALTER TABLE HR_SCHEMA.EMPLOYEES", "ACTIVATE ROW ACCESS CONTROL", "END"):
            c.drawString(72, y, row)
            y -= 11
        c.setFont("Helvetica", 10)
        _column(c, 72, y - 10, LONG, width=90)

    article = analyze(parse_pdf(_canvas_pdf(draw), name="code.pdf"))
    assert [h for h, _ in outline(article)] == ["1.1 Security fundamentals"]
    assert "ALTER TABLE" not in " ".join(p for s in article.sections for p in s.paragraphs)
    assert any(b.kind == "code" for b in article.source.blocks)


def test_a_listings_keyword_in_a_bold_cut_and_two_lines_on_a_page_are_still_code():
    # -- a notebook report: a keyword in bold fixed-width type, two lines of code under the
    # -- title (too few words to measure the font's widths): both were read as text --
    def draw(c, n, height):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, height - 72, "1.1 Harbour counts" if n == 0 else "1.2 Method")
        c.setFont("Courier", 9)
        if n == 0:
            c.drawString(72, height - 95, "library(harbours)")
            c.drawString(72, height - 106, "ferries <- read_csv(piers)")
        c.setFont("Helvetica", 10)
        y = _column(c, 72, height - 130, LONG, width=90)
        if n == 1:
            c.setFont("Courier", 9)
            c.drawString(72, y, "count_queues <- ")
            c.setFont("Courier-Bold", 9)
            c.drawString(72 + c.stringWidth("count_queues <- ", "Courier", 9), y, "function")
            c.setFont("Courier", 9)
            c.drawString(72 + c.stringWidth("count_queues <- function", "Courier", 9), y,
                         "(pier) {")  # fmt: skip

    article = analyze(parse_pdf(_canvas_pdf(draw, pages=2), name="notebook.pdf"))
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    assert "library(" not in text and "read_csv" not in text and "count_queues" not in text
    assert article.publication != "library(harbours)"


def test_a_memo_typed_in_courier_is_read_as_text_not_as_a_listing():
    # -- typed memos and filings: read as one long code listing, nothing was left --
    def draw(c, _n, height):
        c.setFont("Courier-Bold", 11)
        c.drawString(72, height - 72, "MEMORANDUM FOR THE HARBOUR BOARD")
        c.drawString(72, height - 110, "1. BACKGROUND")
        c.setFont("Courier", 10)
        y = _column(c, 72, height - 130, LONG, width=72)
        c.setFont("Courier-Bold", 11)
        c.drawString(72, y - 12, "2. DISCUSSION")
        c.setFont("Courier", 10)
        _column(c, 72, y - 32, LONG, width=72)

    article = analyze(parse_pdf(_canvas_pdf(draw), name="typed.pdf"))
    assert [h for h, _ in outline(article)] == ["1. BACKGROUND", "2. DISCUSSION"]
    assert all(s.paragraphs for s in article.sections)


def test_a_cover_page_gives_the_title_and_no_sections_and_a_caption_is_no_heading():
    def draw(c, n, height):
        if n == 0:  # -- a label, the title, a tagline, the authors, the series' logo
            c.setFont("Helvetica-Bold", 24)
            c.drawString(72, height - 60, "Front cover")
            c.setFont("Helvetica-Bold", 40)
            c.drawString(72, height - 130, "Harbour Bridge Repairs")
            c.setFont("Helvetica-Bold", 14)
            c.drawString(72, height - 300, "Plan the closure with the hauliers")
            c.setFont("Helvetica-Bold", 12)
            c.drawString(72, height - 500, "Jo Lin")
            c.drawString(72, height - 514, "Sam Ruiz")
            c.setFont("Helvetica-Bold", 60)
            c.drawString(72, height - 700, "Briefs")
            return
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, height - 72, "Chapter 1. The inspection")
        c.setFont("Helvetica", 10)
        y = _column(c, 72, height - 100, LONG, width=90)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, "Figure 1-2 The corroded girder")
        c.setFont("Helvetica", 10)
        _column(c, 72, y - 20, LONG, width=90)

    article = analyze(parse_pdf(_canvas_pdf(draw, pages=2), name="cover.pdf"))
    assert article.title == "Harbour Bridge Repairs"
    assert [h for h, _ in outline(article)] == ["Chapter 1. The inspection"]
    kept = " ".join(b.text for b in article.source.blocks if b.kind == "footnote")
    assert "Plan the closure with the hauliers" in kept  # -- the publisher's, kept aside


def test_code_set_in_a_heading_tag_is_no_section():
    text = (
        f"# Access control\n\n{BODY}\n\n## CREATE PERMISSION &lt;permission name&gt;\n\n{LONG}\n\n"
        f"## USER = ALICE\n\n{LONG}\n\n## Column masks\n\n{LONG}\n"
    )
    assert outline(analyze(parse_markdown(text, name="t.md"))) == [("Column masks", 1)]


def test_a_pdf_heading_wrapped_onto_a_line_of_its_own_is_one_heading():
    from briefing_app.ingest.assemble import Piece
    from briefing_app.ingest.pdflayout import _rejoined_headings

    pieces = [
        Piece("Chapter 1. Securing and protecting IBM DB2", kind="heading", level=2),
        Piece("data", kind="heading", level=2),
        Piece("Recent news headlines are filled with reports of data breaches."),
        Piece("1.1 Security fundamentals", kind="heading", level=3),
        Piece("Before reviewing techniques, there are two fundamental steps."),
        Piece("Data", kind="heading", level=2),  # -- capitalised: a heading of its own
    ]
    assert [p.text for p in _rejoined_headings(pieces) if p.kind == "heading"] == [
        "Chapter 1. Securing and protecting IBM DB2 data",
        "1.1 Security fundamentals",
        "Data",
    ]


def test_an_insert_in_small_print_and_a_back_cover_are_kept_out_of_the_outline():
    def draw(c, n, height):
        if n == 0:
            c.setFont("Helvetica-Bold", 40)
            c.drawString(72, height - 130, "Harbour Bridge Repairs")
            c.setFont("Helvetica-Bold", 14)
            c.drawString(72, height - 300, "Plan the closure with the hauliers")
        elif n == 1:  # -- a promotional insert: display lines over small print
            c.setFont("Helvetica-Bold", 19)
            c.drawString(72, height - 90, "Bridge Services Centre")
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(72, height - 120, "We build confident clients")
            c.setFont("Helvetica", 7.5)
            _column(c, 72, height - 140, LONG + " " + LONG, width=110)
        elif n == 2:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, height - 72, "Chapter 1. The inspection")
            c.setFont("Helvetica", 10)
            _column(c, 72, height - 100, LONG + " " + LONG, width=90)
        else:  # -- the back cover: the title again over a blurb
            c.setFont("Helvetica-Bold", 33)
            c.drawString(72, height - 100, "Harbour Bridge Repairs")
            c.setFont("Helvetica-Bold", 14)
            c.drawString(72, height - 160, "INTERNATIONAL SUPPORT ORGANIZATION")
            c.setFont("Helvetica", 10)
            _column(c, 72, height - 190, LONG, width=90)

    article = analyze(parse_pdf(_canvas_pdf(draw, pages=4), name="report.pdf"))
    assert article.title == "Harbour Bridge Repairs"
    assert [h for h, _ in outline(article)] == ["Chapter 1. The inspection"]
    kept = " ".join(b.text for b in article.source.blocks if b.kind == "footnote")
    assert "Bridge Services Centre" in kept and "INTERNATIONAL SUPPORT" in kept
