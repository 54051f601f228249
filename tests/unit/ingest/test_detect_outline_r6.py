"""Outline and title rules found on the sixth and seventh held-out sets, one small input per rule.

A site generator's title slot as the page's first heading, a share title shortened from the
printed headline, lines of an XML listing in a Word file, two-word headings deep in a document
that are no authors.
"""

from __future__ import annotations

import time

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.html import parse_html
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.subheads import is_markup_line
from tests.unit.ingest.builders import BODY, built_docx, outline

LONG = BODY + " " + BODY


def test_a_template_expression_heading_is_the_declared_titles_slot():
    for slot in ("<%= current_page.data.title %>", "{{ page.title }}", "{% title %}"):
        text = (
            f"---\ntitle: Working in pairs\n---\n# {slot}\n\n{LONG}\n\n## Why pair\n\n{LONG}\n\n"
            f"### Take breaks\n\n{LONG}\n\n## Further steps\n\n{LONG}\n"
        )
        article = analyze(parse_markdown(text, name="p.md"))
        assert article.title == "Working in pairs"
        assert outline(article) == [("Why pair", 1), ("Take breaks", 2), ("Further steps", 1)]


def test_a_heading_mentioning_a_template_is_still_a_heading():
    text = (
        f"---\ntitle: Templates\n---\n# Using {{{{ page.title }}}} in layouts\n\n{LONG}\n\n"
        f"## Why\n\n{LONG}\n"
    )
    found = outline(analyze(parse_markdown(text, name="t.md")))
    assert ("Using {{ page.title }} in layouts", 1) in found


def _page(body: str, *, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}"
        f"</head><body><article>{body}</article></body></html>"
    )


def test_a_share_title_shortened_from_the_printed_headline_gives_way_to_it():
    html = _page(
        f"<h1>15 Helpful Tips to Overcome Binge Eating</h1><p>{LONG}</p>"
        f"<h2>Ditch the diet</h2><p>{LONG}</p><h2>Avoid skipping meals</h2><p>{LONG}</p>",
        title="15 Helpful Tips to Overcome Binge Eating",
        head='<meta property="og:title" content="15 Tips to Overcome Binge Eating">',
    )
    article = analyze(parse_html(html, name="h.html"))
    assert article.title == "15 Helpful Tips to Overcome Binge Eating"


def test_a_headline_that_rewrites_the_title_ends_is_not_taken_as_its_long_form():
    from briefing_app.ingest.html import _abridged

    assert _abridged("Guide to tariffs and international trade", "Guide to tariffs and trade")
    assert not _abridged("Letters: Guide to tariffs and trade", "Guide to tariffs and trade")
    assert not _abridged("Letters to the Editor | Letters: Tax | Roads", "Letters: Tax | Roads")
    assert not _abridged("Guide to tariffs and trade in 2019", "Guide to tariffs and trade")
    assert not _abridged(
        "Guide to a very long and winding history of tariffs and trade", "Guide to trade"
    )


def _least_cpu(run) -> float:
    """The least CPU time of three runs: a loaded machine only ever adds to it."""
    spent = []
    for _ in range(3):
        start = time.process_time()
        run()
        spent.append(time.process_time() - start)
    return min(spent)


def _linear(make, sizes: tuple[int, int]) -> None:
    """Four times the input takes about four times the time (16 would be quadratic)."""
    small, big = (_least_cpu(make(n)) for n in sizes)
    assert big <= 8 * small + 0.3


def test_the_template_and_shortened_title_rules_take_linear_time():
    from briefing_app.ingest.html import _abridged

    def make(n: int):
        words = " ".join(f"w{i}" for i in range(n))
        page = "---\ntitle: T\n---\n# {{ " + "x " * n + "}}\n\n" + LONG
        return lambda: (
            _abridged(words + " extra last", words + " last"),
            analyze(parse_markdown(page, name="x.md")),
        )

    _linear(make, (2_000, 8_000))


def test_lines_of_an_xml_listing_are_code_not_subheads():
    def build(d):
        d.add_paragraph("Binding Images", style="Title")
        d.add_heading("Introduction", level=1)
        d.add_paragraph(LONG)
        d.add_paragraph().add_run("<w:picture/>").bold = True
        d.add_paragraph(LONG)
        d.add_paragraph("</case4B>")
        d.add_paragraph(LONG)
        d.add_paragraph().add_run("Floating pictures").bold = True
        d.add_paragraph(LONG)

    article = analyze(parse_docx(built_docx(build), name="b.docx"))
    assert outline(article) == [("Introduction", 1), ("Floating pictures", 2)]


def test_a_markup_line_is_one_tag_alone():
    assert is_markup_line('<a:blip r:embed="rId9">')
    assert is_markup_line("</case4B>")
    assert not is_markup_line("Use <b> for bold")
    assert not is_markup_line("<b>Plan ahead</b>")
    assert not is_markup_line("a < b > c")


def test_two_word_headings_after_short_sentences_are_sections_not_authors():
    short = "The control is bound to one element of the data."  # -- 10 words, under 30

    def build(d):
        d.add_paragraph("OpenDoPE XHTML support", style="Title")
        d.add_heading("Example", level=1)
        for _ in range(4):
            d.add_paragraph(short)
        d.add_heading("Content Suitability", level=1)
        d.add_paragraph(short)
        d.add_heading("Current Status", level=1)
        d.add_paragraph(short)

    found = outline(analyze(parse_docx(built_docx(build), name="x.docx")))
    assert found == [("Example", 1), ("Content Suitability", 1), ("Current Status", 1)]


def test_markup_lines_take_linear_time():
    _linear(lambda n: lambda: is_markup_line("<w:tag " + 'a="b" ' * n + "c"), (5_000, 20_000))


MEMO_HEAD = (
    "Working Group on Ports                                   A. Writer\n"
    "Note: 42                                          Harbour Institute\n"
    "Category: Informational                                  March 2001\n"
    "\n\n"
    "             Berthing Rules for Small Harbour Vessels\n"
    "\n"
)


def test_a_typed_memo_header_is_one_row_and_the_centred_line_under_it_the_title():
    from briefing_app.ingest.text import parse_text

    text = MEMO_HEAD + f"Abstract\n\n   {LONG}\n\n1. Introduction\n\n   {LONG}\n"
    article = analyze(parse_text(text, name="memo.txt"))
    assert article.title == "Berthing Rules for Small Harbour Vessels"
    assert "1. Introduction" in [h for h, _ in outline(article)]
    assert not any("Working Group" in h for h, _ in outline(article))


def test_a_flush_left_line_under_a_memo_header_is_no_title():
    from briefing_app.ingest.text import parse_text

    text = MEMO_HEAD.replace("             Berthing", "Berthing") + f"{LONG}\n\n{LONG}\n"
    blocks = parse_text(text, name="m.txt").blocks
    assert not any(b.kind == "heading" for b in blocks)


def test_running_foot_and_head_around_a_page_break_are_furniture():
    from briefing_app.ingest.text import parse_text

    page = f"   {LONG}\n\n"
    text = (
        MEMO_HEAD
        + "1. Introduction\n\n"
        + page
        + "Writer                 Informational                 [Page 1]\n\f\n"
        + "Note 42            Berthing Rules            March 2001\n\n"
        + "2. Scope\n\n"
        + page
        + "A short line next to a break stays.\n\f\n"
        + page
    )
    doc = parse_text(text, name="p.txt")
    article = analyze(doc)
    assert [h for h, _ in outline(article)] == ["1. Introduction", "2. Scope"]
    assert "[Page 1]" not in " ".join(b.text for b in doc.blocks)
    assert "A short line next to a break stays." in " ".join(b.text for b in doc.blocks)
    assert len(doc.text) == len(text)  # -- offsets hold


def test_page_furniture_takes_linear_time():
    from briefing_app.ingest.text import parse_text

    page = "Writer     Note     [Page 1]\n\f\nNote 42     Rules     2001\n\n"
    _linear(lambda n: lambda: parse_text(MEMO_HEAD + page * n, name="l.txt"), (500, 2_000))


def test_a_numbered_heading_right_over_its_first_subsection_is_a_heading():
    from briefing_app.ingest.text import parse_text

    text = (
        f"Harbour rules\n\n3. Scope\n\n{LONG}\n\n4. Local Time\n\n4.1. Tides\n\n{LONG}\n\n"
        f"4.2. Moorings\n\n{LONG}\n\n5. Other Ports\n\n5.3. Fees\n\n{LONG}\n"
    )
    found = outline(analyze(parse_text(text, name="h.txt")))
    assert ("4. Local Time", 1) in found
    assert ("4.1. Tides", 2) in found
    assert "5. Other Ports" not in [h for h, _ in found]  # -- "5.3" is not its first child


def test_a_heading_under_a_listings_closing_brace_is_still_a_heading():
    from briefing_app.ingest.text import parse_text

    code = "   int leap(int y)\n   {\n       return y % 4 == 0;\n   }"
    text = (
        f"Harbour rules\n\n{LONG}\n\nAppendix C. Leap Years\n\n{LONG}\n\n{code}\n\n"
        f"Appendix D. Leap Seconds\n\n{LONG}\n\n"
        f"Dear Harbour Master\n\nYours Sincerely\n\nJane Smith Harbour\n\n{LONG}\n"
    )
    found = [h for h, _ in outline(analyze(parse_text(text, name="c.txt")))]
    assert "Appendix D. Leap Seconds" in found
    assert "Jane Smith Harbour" not in found  # -- the last of a stack of short lines stays text


def test_a_plain_numbered_line_over_its_first_styled_subsection_is_their_parent():
    def build(d):
        d.add_paragraph("Research Checklist", style="Title")
        d.add_paragraph(LONG)
        d.add_paragraph("1. TO BE COMPLETED BY THE APPLICANT")
        d.add_paragraph().add_run("1.1 APPLICANT DETAILS").bold = True
        d.add_paragraph(LONG)
        d.add_paragraph().add_run("1.2 PROJECT DETAILS").bold = True
        d.add_paragraph(LONG)
        d.add_paragraph("2. NOTES FOR THE OFFICE")  # -- its next line is no "2.1": text
        d.add_paragraph().add_run("Office use only").bold = True
        d.add_paragraph(LONG)

    found = outline(analyze(parse_docx(built_docx(build), name="f.docx")))
    assert found[:3] == [
        ("1. TO BE COMPLETED BY THE APPLICANT", 1),
        ("1.1 APPLICANT DETAILS", 2),
        ("1.2 PROJECT DETAILS", 2),
    ]
    assert "2. NOTES FOR THE OFFICE" not in [h for h, _ in found]
