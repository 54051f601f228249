"""Outline rules found on the tenth held-out set, one small input per rule.

A Word file whose heading styles are misused is read by its visible type sizes; a Subtitle
further down a Word file is text, not lost; a title wrapped over two Title paragraphs is one.
"""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import BODY, built_docx, outline, sized


def _misused(d) -> None:
    """Sizes, not styles, make the outline: 24 pt parts, 16 pt findings, 14 pt points."""
    sized(d.add_paragraph("Why victims stay silent", style="Title"), 18)
    sized(d.add_paragraph(BODY), 11)
    sized(d.add_heading("1) Before becoming victims, people take small steps.", level=1), 24)
    sized(d.add_heading("(This header marks where people stop.)", level=1), 16)
    sized(d.add_heading("People who heard of scams are wary of sharing their data online.", 1), 16)
    sized(d.add_heading(BODY + " " + BODY, level=2), 11)  # -- a body paragraph in Heading 2
    sized(d.add_paragraph("Victims take minor preventative measures:", style="Subtitle"), 14)
    sized(d.add_paragraph(BODY), 11)
    sized(d.add_paragraph("2) When people become victims they cannot explain it."), 24)
    sized(d.add_heading("Many victims were unsure it was a crime at all.", level=1), 16)
    sized(d.add_paragraph(BODY), 11)


def test_misused_heading_styles_give_way_to_the_visible_type_sizes():
    article = analyze(parse_docx(built_docx(_misused), name="m.docx"))
    assert outline(article) == [
        ("1) Before becoming victims, people take small steps.", 1),
        ("People who heard of scams are wary of sharing their data online.", 2),
        ("Victims take minor preventative measures:", 3),
        ("2) When people become victims they cannot explain it.", 1),
        ("Many victims were unsure it was a crime at all.", 2),
    ]
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert "(This header marks where people stop.)" in paragraphs  # -- a note, kept as text
    assert BODY + " " + BODY in paragraphs


def test_a_large_line_in_normal_style_leaves_well_styled_headings_alone():
    def build(d):
        d.add_paragraph("Grid report", style="Title")
        sized(d.add_paragraph(BODY), 11)
        d.add_heading("Background", level=1)
        sized(d.add_paragraph(BODY), 11)
        sized(d.add_paragraph("The grid held, but only just, said the operator."), 20)  # -- a quote
        sized(d.add_paragraph(BODY), 11)
        d.add_heading("Scope", level=2)
        sized(d.add_paragraph(BODY), 11)

    found = outline(analyze(parse_docx(built_docx(build), name="w.docx")))
    assert found == [("Background", 1), ("Scope", 2)]


def test_a_subtitle_further_down_is_text_not_lost():
    def build(d):
        d.add_paragraph("Grid report", style="Title")
        d.add_paragraph("What the winter showed", style="Subtitle")
        d.add_paragraph(BODY)
        d.add_heading("Findings", level=1)
        d.add_paragraph("Demand peaked twice in the coldest week.", style="Subtitle")
        d.add_paragraph(BODY)

    doc = parse_docx(built_docx(build), name="s.docx")
    assert "Demand peaked twice in the coldest week." in doc.text
    assert doc.metadata.get("standfirst") == "What the winter showed"


def test_a_title_wrapped_over_two_title_paragraphs_is_one_title():
    def build(d):
        d.add_paragraph("Why cybercrime victims", style="Title")
        d.add_paragraph("don't report to the police", style="Title")
        d.add_paragraph(BODY)
        d.add_heading("Findings", level=1)
        d.add_paragraph(BODY)

    article = analyze(parse_docx(built_docx(build), name="t.docx"))
    assert article.title == "Why cybercrime victims don't report to the police"
    assert outline(article) == [("Findings", 1)]


# -- saved pages: furniture around the article marked by its markup, in any language --


def _page(article: str) -> str:
    from tests.unit.ingest.test_read_html_news import news_page

    return news_page(article)


def _sections_of(html: str) -> list[str | None]:
    from briefing_app.ingest.html import parse_html

    return [s.heading for s in analyze(parse_html(html, name="p.html")).sections if s.heading]


def test_linked_teaser_headings_and_their_label_are_no_sections():
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE

    teasers = "".join(
        f"<div><h2><a href='/story/{n}'>Story number {n} about the harbour</a></h2>"
        f"<p class='date'>2023-11-0{n}</p></div>"
        for n in (1, 2, 3)
    )
    html = _page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><h2>What the engineers found</h2><p>{SECOND}</p>"
        f"<p>{THIRD}</p><h2>Picked for you</h2>{teasers}"
    )
    assert _sections_of(html) == ["What the engineers found"]


def test_a_paywall_box_with_a_form_is_no_section():
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE

    box = (
        "<div class='box'><h2>Pour lire la suite, créez votre compte</h2>"
        "<p>Ou si vous avez déjà un compte, connectez-vous</p>"
        "<form><input name='email'><button>Valider</button></form></div>"
    )
    html = _page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><h2>What the engineers found</h2><p>{SECOND}</p>"
        f"<p>{THIRD}</p>{box}"
    )
    assert _sections_of(html) == ["What the engineers found"]


def test_a_headline_linked_to_its_own_address_keeps_the_article_under_it():
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE

    html = _page(
        f"<h2><a href='/2023/harbour-bridge'>{TITLE}</a></h2><p>{LEAD}</p>"
        f"<h2><a href='#found'>What the engineers found</a></h2><p>{SECOND}</p><p>{THIRD}</p>"
    )
    from briefing_app.ingest.html import parse_html

    article = analyze(parse_html(html, name="p.html"))
    assert [s.heading for s in article.sections if s.heading] == ["What the engineers found"]
    assert LEAD in article.source.text and THIRD in article.source.text


# -- papers: appendices lettered without the word "Appendix", after the reference list --


def _paper(after_references: str) -> list[tuple[str, int]]:
    from briefing_app.ingest.markdown import parse_markdown

    text = (
        f"# A paper\n\n## 1 Introduction\n\n{BODY}\n\n## 2 Method\n\n{BODY}\n\n"
        f"## References\n\n[1] Kim, J. A survey of grids. 2020.\n\n"
        f"[2] Lee, K. Winter demand. 2021.\n\n{after_references}"
    )
    return outline(analyze(parse_markdown(text, name="p.md")))


def test_lettered_appendices_after_the_references_are_sections():
    found = _paper(
        f"## A Model details\n\n{BODY}\n\n### A.1 Climate\n\n{BODY}\n\n"
        f"## B Calibration\n\n{BODY}\n\n"
    )
    assert found == [
        ("1 Introduction", 1),
        ("2 Method", 1),
        ("A Model details", 1),
        ("A.1 Climate", 2),
        ("B Calibration", 1),
    ]


def test_a_reference_set_as_a_heading_opening_with_a_stays_in_the_list():
    found = _paper(f"## A survey of winter grids\n\n{BODY}\n\n## Kim and Lee\n\n{BODY}\n\n")
    assert found == [("1 Introduction", 1), ("2 Method", 1)]


def test_an_article_laid_out_in_a_lists_only_item_is_read_as_text():
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE

    html = _page(
        f"<ul><li><h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p>"
        f"<h2>Fact box</h2><p>{THIRD}</p></li></ul>"
    )
    from briefing_app.ingest.html import parse_html

    doc = parse_html(html, name="p.html")
    assert [b.kind for b in doc.blocks if b.text in (LEAD, SECOND, THIRD)] == ["paragraph"] * 3
    assert _sections_of(html) == ["Fact box"]


def test_a_list_of_slides_each_with_a_heading_keeps_its_items():
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE

    slides = "".join(
        f"<li><h3>Slide {n}</h3><p>{text}</p></li>" for n, text in enumerate((SECOND, THIRD))
    )
    html = _page(f"<h1>{TITLE}</h1><p>{LEAD}</p><ul>{slides}</ul>")
    assert _sections_of(html) == []


def test_a_dateline_with_a_clock_time_in_a_heading_tag_is_no_section():
    from briefing_app.ingest.html import parse_html
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE, news_page

    # -- the page declares another day (updated), so the printed dateline is not taken as the date
    head = "<meta property='article:published_time' content='2017-02-02T10:00:00'>"
    article = (  # -- laid out as a portal does: kicker, its time, headline, byline, dateline
        f"<ul><li><h1>Science</h1>Thursday, 02-Feb-2017 15:37:30 BRST<h1>{TITLE}</h1>"
        "<p><b>JANE DOE</b><br/>HARBOUR EDITOR</p><h2>30/01/2017 02h02</h2>"
        f"<p>{LEAD}</p><p>{SECOND}</p><h1>Fact box</h1><p>{THIRD}</p></li></ul>"
    )
    found = analyze(parse_html(news_page(article, head=head), name="p.html"))
    headings = [s.heading for s in found.sections if s.heading]
    assert "Fact box" in headings
    assert "30/01/2017 02h02" not in headings


def test_a_tip_box_label_above_the_first_section_heads_nothing():
    from briefing_app.ingest.html import parse_html
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE

    tip = "Fresh figs keep for two days at most, so buy them the day you mean to serve them."
    html = _page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><section><h3>Tip</h3><ul><li>{tip}</li></ul></section>"
        f"<h2>With honey</h2><p>{SECOND}</p><h2>With cheese</h2><p>{THIRD}</p>"
    )
    assert _sections_of(html) == ["With honey", "With cheese"]
    assert "Tip" in parse_html(html, name="p.html").text


def test_an_algorithm_set_in_the_body_face_is_code_not_text():
    from briefing_app.ingest.pdf import parse_pdf
    from tests.unit.ingest.test_detect_outline_r7 import Page, pdf

    def draw(p: Page) -> None:
        p.line("1 Model", size=12, bold=True)
        p.gap()
        p.paragraph()
        p.line("Require: emissions, labour, capital")
        p.gap()
        p.line("end for")
        p.gap()
        p.paragraph()

    doc = parse_pdf(pdf(draw), name="a.pdf")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Require: emissions, labour, capital"] == "code"
    assert kinds["end for"] == "code"
