"""Outline rules found on the ninth held-out set, one small input per rule.

A Word file whose outline is set in heading styles keeps its bold list items and lead-ins as text;
a PDF's numbered heading wrapped onto a second line is one heading, and a heading numbered under
a found one ("3.2.1" under "3.2") sits below it whatever its type; a stack of unnumbered labels
without text is a figure's; a heading holding the author and a date is a byline; a memo's
"MEMORANDUM" line over its TO/FROM block is no section.
"""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.html import parse_html
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest.builders import BODY, built_docx, outline
from tests.unit.ingest.test_detect_outline_r7 import Page, pdf
from tests.unit.ingest.test_detect_outline_r7 import outline as pdf_outline


def _bold(paragraph) -> None:
    for run in paragraph.runs:
        run.bold = True


def test_bold_list_items_under_styled_headings_are_list_text():
    def build(d):
        d.add_heading("A review of synthesis tools", level=1)
        for part in ("Landscape", "Policy", "Supply", "Sources"):
            d.add_heading(f"Part: {part}", level=2)
            d.add_paragraph(BODY)
        d.add_heading("Primary literature", level=3)
        for label in ("Inkjet synthesis (core technology)", "Screening policy (framework)"):
            _bold(d.add_paragraph(label, style="List Number"))
            d.add_paragraph("Kim, J. (2024). An open-source printer.", style="List Bullet 2")
        _bold(d.add_paragraph("Market intelligence:"))
        d.add_paragraph(BODY)

    found = outline(analyze(parse_docx(built_docx(build), name="r.docx")))
    assert found == [
        ("Part: Landscape", 1),
        ("Part: Policy", 1),
        ("Part: Supply", 1),
        ("Part: Sources", 1),
        ("Primary literature", 2),
    ]


def test_bold_headings_that_open_the_outline_stay_headings_beside_a_few_styled_ones():
    def build(d):
        d.add_paragraph("Statement of objectives", style="Title")
        for n, name in enumerate(("Background", "Scope", "Objectives", "Constraints"), 1):
            _bold(d.add_paragraph(f"{n}.1 {name}"))
            d.add_paragraph(BODY)
        d.add_heading("Price", level=4)
        d.add_paragraph(BODY)

    found = [h for h, _level in outline(analyze(parse_docx(built_docx(build), name="s.docx")))]
    assert found == ["1.1 Background", "2.1 Scope", "3.1 Objectives", "4.1 Constraints", "Price"]


def test_a_numbered_heading_wrapped_onto_a_hung_second_line_is_one_heading():
    def draw(p: Page) -> None:
        p.line("1 Introduction", size=12, bold=True)
        p.gap()
        p.paragraph()
        p.line("2 The Research Questions, Our Method and the Relevant Privacy", size=12, bold=True)
        p.line("Principles of the Study", size=12, bold=True, x=86)
        p.gap()
        p.paragraph()
        p.line("3 Background: the Digitization of Cities and Their Constitu-", size=12, bold=True)
        p.line("tional Privacy", size=12, bold=True, x=86)
        p.gap()
        p.paragraph()

    assert pdf_outline(pdf(draw)) == [
        ("1 Introduction", 1),
        (
            "2 The Research Questions, Our Method and the Relevant Privacy Principles of the Study",
            1,
        ),
        ("3 Background: the Digitization of Cities and Their Constitutional Privacy", 1),
    ]


def test_a_short_numbered_heading_over_a_paragraph_stays_apart_from_it():
    def draw(p: Page) -> None:
        p.line("1 Introduction", size=12, bold=True)
        p.paragraph()
        p.line("2 Method", size=12, bold=True)
        p.line("Principles of the study come first.", size=12, bold=True, x=86)
        p.gap()
        p.paragraph()

    assert [h for h, _ in pdf_outline(pdf(draw))][:2] == ["1 Introduction", "2 Method"]


def test_a_heading_numbered_under_a_found_heading_sits_below_it_whatever_its_type():
    def draw(p: Page) -> None:
        p.line("3 Background", size=12, bold=True)
        p.gap()
        p.paragraph()
        p.line("3.2 The Constitution", size=12, bold=True)
        p.gap()
        p.paragraph()
        p.line("3.2.1 The Court's Decision", bold=True)
        p.paragraph()
        p.line("3.2.2 The Value of Privacy", bold=True)
        p.paragraph()
        p.line("4 Data", size=12, bold=True)
        p.gap()
        p.paragraph()

    assert pdf_outline(pdf(draw)) == [
        ("3 Background", 1),
        ("3.2 The Constitution", 2),
        ("3.2.1 The Court's Decision", 3),
        ("3.2.2 The Value of Privacy", 3),
        ("4 Data", 1),
    ]


def _numbered_paper(figure) -> bytes:
    def draw(p: Page) -> None:
        for n, name in enumerate(("Introduction", "Method", "Results"), 1):
            p.line(f"{n} {name}", size=12, bold=True)
            p.gap()
            p.paragraph()
        figure(p)
        p.line("Figure 8: Data fields sorted by utility")
        p.gap()
        p.paragraph()

    return pdf(draw)


def test_a_stack_of_labels_in_large_type_without_text_is_no_outline():
    def fields(p: Page) -> None:
        for name in ("Property Type", "Guardian", "Email address", "Zone", "Usage", "Age"):
            p.line(name, size=12)

    assert pdf_outline(_numbered_paper(fields)) == [
        ("1 Introduction", 1),
        ("2 Method", 1),
        ("3 Results", 1),
    ]


def test_a_few_unnumbered_headings_in_a_row_stay_headings():
    def run(p: Page) -> None:
        for name in ("Appendix", "Data sources"):
            p.line(name, size=12, bold=True)
        p.gap()
        p.paragraph()

    found = [h for h, _ in pdf_outline(_numbered_paper(run))]
    assert found[3:5] == ["Appendix", "Data sources"]


def test_a_heading_holding_the_author_and_a_date_is_a_byline():
    page = f"""<html><head><title>Stolen cars cross the border</title>
<meta name="author" content="Ana Ruiz Gomez"></head><body><article>
<h1>Stolen cars cross the border</h1>
<h6><a href="/autor/ana-ruiz-gomez">Ana Ruiz Gomez</a> 3/5/2022 22:41</h6>
<p>{BODY}</p><p>{BODY}</p>
<h2>Hard to recover</h2><p>{BODY}</p><p>{BODY}</p>
</article></body></html>"""
    article = analyze(parse_html(page, name="n.html"))
    assert [h for h, _ in outline(article)] == ["Hard to recover"]


def test_a_heading_naming_the_author_among_other_words_stays_a_heading():
    page = f"""<html><head><title>A life in maps</title>
<meta name="author" content="Ana Ruiz Gomez"></head><body><article>
<h1>A life in maps</h1><p>{BODY}</p>
<h2>Ana Ruiz Gomez and the early surveys</h2><p>{BODY}</p><p>{BODY}</p>
</article></body></html>"""
    article = analyze(parse_html(page, name="m.html"))
    assert [h for h, _ in outline(article)] == ["Ana Ruiz Gomez and the early surveys"]


def test_a_memos_kind_line_above_its_header_is_no_section():
    def draw(p: Page) -> None:
        p.line("MEMORANDUM", size=11, bold=True, x=260)
        p.gap()
        for label in (
            "TO: City Health Alliance",
            "FROM: Amy Wu, Grey Xu",
            "DATE: November 19, 2023",
            "RE: Improving access to care for newcomers",
        ):
            p.line(label, size=11)
            p.gap()
        for name in ("Executive Summary", "Background and Motivation"):
            p.line(name, size=11, bold=True)
            p.gap()
            p.paragraph()

    article = analyze(parse_pdf(pdf(draw), name="memo.pdf"))
    assert article.title == "Improving access to care for newcomers"
    assert [s.heading for s in article.sections if s.heading] == [
        "Executive Summary",
        "Background and Motivation",
    ]
