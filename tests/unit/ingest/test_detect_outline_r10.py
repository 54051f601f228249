"""Outline rules found on the eleventh held-out set, one small input per rule.

A Word file whose only outline is its type sizes (large numbered lines over body text, no
heading style in the text) is read by those sizes, even where the lines end in a full stop.
"""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import BODY, built_docx, outline, sized

POINTS = ("Ask specific questions.", "Set clear expectations.", "Use plain language.")


def test_large_list_lines_over_body_text_are_the_sections_when_no_style_marks_any():
    def build(d):
        sized(d.add_heading("What must we do to get victims to report?", level=1), 18)
        sized(d.add_paragraph(BODY), 11)
        for point in POINTS:
            sized(d.add_paragraph(point, style="List Number"), 16)
            sized(d.add_paragraph(BODY), 11)

    assert outline(analyze(parse_docx(built_docx(build), name="s.docx"))) == [
        (point, 1) for point in POINTS
    ]


def test_one_or_two_large_lines_or_a_styled_outline_keep_them_as_text():
    def two_quotes(d):
        sized(d.add_heading("Grid report", level=1), 18)
        sized(d.add_paragraph(BODY), 11)
        for point in POINTS[:2]:  # -- two pull quotes are no outline
            sized(d.add_paragraph(point), 16)
            sized(d.add_paragraph(BODY), 11)

    def styled(d):
        sized(d.add_heading("Grid report", level=1), 18)
        sized(d.add_paragraph(BODY), 11)
        d.add_heading("Background", level=2)
        sized(d.add_paragraph(BODY), 11)
        for point in POINTS:
            sized(d.add_paragraph(point), 16)
            sized(d.add_paragraph(BODY), 11)

    assert outline(analyze(parse_docx(built_docx(two_quotes), name="q.docx"))) == []
    assert outline(analyze(parse_docx(built_docx(styled), name="w.docx"))) == [("Background", 1)]


# -- saved pages: a list of other stories and a form box, marked by their markup --


def _sections_of(article_html: str) -> list[str | None]:
    from briefing_app.ingest.html import parse_html
    from tests.unit.ingest.test_read_html_news import news_page

    found = analyze(parse_html(news_page(article_html), name="p.html"))
    return [s.heading for s in found.sections if s.heading]


def _article(after: str) -> str:
    from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE

    return (
        f"<h1>{TITLE}</h1><p>{LEAD}</p><h2>What the engineers found</h2><p>{SECOND}</p>"
        f"<p>{THIRD}</p>{after}"
    )


def _teasers(tag: str = "h3") -> str:
    return "".join(
        f"<div class='item'><a href='/story/{n}'><{tag}>Story number {n} about the harbour"
        f"</{tag}></a><p>A blurb of story {n} that the page shows under its link.</p></div>"
        for n in (1, 2, 3)
    )


def test_the_label_of_a_box_of_linked_headlines_is_no_section():
    box = f"<div class='block'><div class='top'><h5>On the front page</h5></div>{_teasers()}</div>"
    assert _sections_of(_article(box)) == ["What the engineers found"]


def test_a_heading_over_text_that_also_holds_a_teaser_box_stays():
    from tests.unit.ingest.test_read_html_news import SECOND

    inline = f"<div><h2>What the pilots said</h2><p>{SECOND}</p>{_teasers()}</div>"
    assert _sections_of(_article(inline)) == ["What the engineers found", "What the pilots said"]


def test_the_lines_of_a_box_with_a_button_are_not_the_article():
    from briefing_app.ingest.html import parse_html
    from tests.unit.ingest.test_read_html_news import THIRD, news_page

    report = (
        "<div class='report'><div class='desc'><strong>Found a mistake?</strong>"
        "<p>Select the text and press Ctrl+Enter to send it to the editor.</p></div>"
        "<div><button>Report a mistake</button></div></div>"
        "<div class='modal'><p>Sign up for our weekly letter</p>"
        "<input type='email'><button type='button'>No e-mails, thanks</button></div>"
    )
    text = parse_html(news_page(_article(report)), name="p.html").text
    assert THIRD in text
    for line in ("Found a mistake?", "Ctrl+Enter", "weekly letter", "No e-mails"):
        assert line not in text


def test_a_disclosure_button_keeps_the_answer_it_opens():
    from tests.unit.ingest.test_read_html_news import SECOND

    faq = (
        "<div class='faq'><h2>Will the bridge reopen?</h2>"
        f"<button aria-expanded='false'>Show the answer</button><p>{SECOND[:300]}</p></div>"
    )
    from briefing_app.ingest.html import parse_html
    from tests.unit.ingest.test_read_html_news import news_page

    article = analyze(parse_html(news_page(_article(faq)), name="p.html"))
    assert SECOND[:300] in article.source.text


# -- a README's tail: one-line sections that only point to other files --


def _readme(tail: str) -> list[tuple[str, int]]:
    from briefing_app.ingest.markdown import parse_markdown

    text = f"# Mitigating web shells\n\n## Background\n\n{BODY}\n\n## Detecting them\n\n{BODY}\n\n{tail}"
    return outline(analyze(parse_markdown(text, name="README.md")))


def test_one_line_pointer_sections_at_the_end_are_back_matter():
    tail = (
        "## License\n\nSee [LICENSE](./LICENSE.md).\n\n"
        "## Contributing\n\nSee [CONTRIBUTING](./CONTRIBUTING.md).\n"
    )
    assert _readme(tail) == [("Background", 1), ("Detecting them", 1)]


def test_a_closing_link_or_a_list_of_resources_stays():
    one = "## Get involved\n\nJoin us at [our forum](https://example.org/forum).\n"
    resources = (
        "## Resources\n\n[A guide to interviews](https://example.org/a)\n\n"
        "[A book on research](https://example.org/b)\n\n"
        "## Further tools\n\n[A toolkit](https://example.org/c)\n\n[A checklist](https://example.org/d)\n"
    )
    assert _readme(one)[-1] == ("Get involved", 1)
    assert _readme(resources)[-2:] == [("Resources", 1), ("Further tools", 1)]


# -- plain text in a script without capitals: a short line with no stop between paragraphs --

HINDI = (
    "गोवर्धन मठ के स्वामी ने राम मंदिर प्राण प्रतिष्ठा के मुहूर्त पर सवाल उठाए हैं और कहा है कि "
    "धर्मगुरुओं को राजनीति से दूर रहना चाहिए। उन्होंने यह बात मीडिया से बातचीत में कही।"
)


def test_hindi_subheads_without_a_stop_are_headings():
    from tests.unit.ingest.builders import analyze_text

    heads = ("पत्र जारी कर किया खंडन", "धर्म गुरुओं का काम धर्म और संस्कृति का प्रसार", "त्रेता युग जैसा है मुहूर्त")
    text = f"{HINDI}\n\n" + "".join(f"{head}\n\n{HINDI}\n\n" for head in heads)
    assert outline(analyze_text(text)) == [(head, 1) for head in heads]


def test_a_short_hindi_sentence_ending_in_a_danda_is_no_heading():
    from tests.unit.ingest.builders import analyze_text

    text = f"{HINDI}\n\nउन्होंने पत्र जारी कर खंडन किया।\n\n{HINDI}\n"
    assert outline(analyze_text(text)) == []


# -- a PDF memo: numbered points in the type of the capitals headings around them --


def _memo_pdf(points: tuple[str, ...], before: tuple[str, ...]) -> list[tuple[str, int]]:
    from briefing_app.ingest.pdf import parse_pdf
    from tests.unit.ingest.test_detect_outline_shapes import _minutes_pdf

    lines = [("Access to cancer medicines in public hospitals", 18), (BODY, 10)]
    for head in before:
        lines += [(head, 13), (BODY, 10)]
    for n, point in enumerate(points, 1):
        lines += [(f"{n}. {point}", 13), (BODY, 10), ("Criteria", 12), (BODY, 10)]
    lines += [("RECOMMENDATION", 13), (BODY, 10)]
    return outline(analyze(parse_pdf(_minutes_pdf(lines), name="m.pdf")))


def test_numbered_points_under_a_capitals_heading_sit_below_it():
    found = _memo_pdf(("Plan from data", "Pool demand"), ("INTRODUCTION", "ANALYSIS"))
    assert found == [
        ("INTRODUCTION", 1),
        ("ANALYSIS", 1),
        ("1. Plan from data", 2),
        ("Criteria", 3),
        ("2. Pool demand", 2),
        ("Criteria", 3),
        ("RECOMMENDATION", 1),
    ]


def test_a_paper_numbering_its_sections_after_one_capitals_heading_keeps_them_on_top():
    found = _memo_pdf(("Introduction", "Method"), ("ABSTRACT",))
    assert [text for text, level in found if level == 1] == [
        "ABSTRACT",
        "1. Introduction",
        "2. Method",
        "RECOMMENDATION",
    ]


# -- a table read line by line: its rows of figures and the column headers over them --


def test_a_row_of_figures_and_a_column_header_over_one_are_no_headings():
    from tests.unit.ingest.builders import analyze_text

    text = (
        f"{BODY}\n\nEU-25 1.7 3.9 1.6 2.1\n\n{BODY}\n\n"
        f"Rate (95% CI)\n\n1,144 193.5 (182.2–204.8) 39,385 181.2 (179.4–183.0) 6,930 177.4\n\n"
        f"{BODY}\n\nWhat the figures show\n\n{BODY}\n"
    )
    assert outline(analyze_text(text)) == [("What the figures show", 1)]


def test_an_unnumbered_heading_wrapped_under_a_hanging_indent_is_one_heading():
    """The second line of a heading set with a hanging indent starts right of the first."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from briefing_app.ingest.pdf import parse_pdf
    from tests.unit.ingest import builders

    builders.register_fonts()
    body = ParagraphStyle("b", fontName="NotoSans", fontSize=10, leading=13, spaceAfter=6)
    big = {"fontName": "NotoSans-Bold", "fontSize": 13, "leading": 16, "spaceAfter": 6}
    plain = ParagraphStyle("h", **big)
    hanging = ParagraphStyle("w", leftIndent=36, firstLineIndent=-36, **big)
    head = (
        "Limitation for Information Residing on Systems or Networks at the Direction of Users "
        "and Their Agents"
    )
    out = io.BytesIO()
    story = [Paragraph("Copyright summary", ParagraphStyle("t", **{**big, "fontSize": 18}))]
    story += [Paragraph(BODY, body), Paragraph("Background", plain), Paragraph(BODY, body)]
    story += [Paragraph(head, hanging), Paragraph(BODY, body), Paragraph(BODY, body)]
    SimpleDocTemplate(out, invariant=1).build(story)
    found = outline(analyze(parse_pdf(out.getvalue(), name="s.pdf")))
    assert found == [("Background", 1), (head, 1)]


def test_short_closing_sections_citing_a_source_in_a_link_stay():
    # -- a sentence that names its source in a link says something; it points nowhere else --
    tail = (
        "## Budgets\n\nThe figures come from the [World Bank water data](https://example.org/w).\n\n"
        "## Outlook\n\nTalks resume in spring, says the [ministry](https://example.org/m).\n"
    )
    assert _readme(tail)[-2:] == [("Budgets", 1), ("Outlook", 1)]
