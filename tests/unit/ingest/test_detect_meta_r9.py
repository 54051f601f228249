"""Titles, authors and dates in shapes the tenth real set showed, by class of document (issue 14).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.front import Para, closing_credit, signature, take_title, titled_speaker
from briefing_app.ingest.html import _login_only, _off_title
from briefing_app.ingest.pagemeta import read_page_meta
from tests.unit.ingest.builders import BODY, analyze_text, built_docx


def _titled_docx(first: str, second: str) -> bytes:
    def build(document) -> None:
        document.add_paragraph(first, style="Title")
        document.add_paragraph(second, style="Title")
        document.add_paragraph(BODY)
        document.add_heading("Findings", level=1)
        document.add_paragraph(BODY)

    return built_docx(build)


def test_a_title_typed_over_two_title_paragraphs_reads_as_one():
    data = _titled_docx("Why cybercrime victims", "don't report to the police")
    article = analyze(parse_docx(data, name="t.docx"))
    assert article.title == "Why cybercrime victims don't report to the police"
    assert "don't report to the police" not in [s.heading for s in article.sections]
    # -- guard: a second heading that opens in capitals is a heading of its own
    data = _titled_docx("Why Victims Stay Silent", "Background of the study")
    article = analyze(parse_docx(data, name="t.docx"))
    assert article.title == "Why Victims Stay Silent"


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


_TEXT = "".join(f"<p>{BODY}</p>" for _ in range(3))
_FOLHA_TITLE = "<title>No futuro, ninguém morrerá de velhice - 30/01/2017 - Ciência - Folha</title>"


def test_the_headline_the_title_repeats_anchors_byline_and_date_not_a_section_h1():
    html = _page(
        _FOLHA_TITLE,
        '<header><h1><a href="/ciencia/">Ciência</a></h1>'
        '<div class="date">Thursday, 02-Feb-2017 15:37:30 BRST</div></header>'
        "<header><h1>No futuro, ninguém morrerá de velhice</h1>"
        '<div class="credits"><p><b>MARIANA VERSOLATO</b><br>EDITORA-ADJUNTA</p></div>'
        '<h2 class="date">30/01/2017 02h02</h2></header>'
        f"<article>{_TEXT}</article>",
    )
    meta = read_page_meta(html)
    assert (meta.author, meta.date) == ("Mariana Versolato", "2017-01-30")
    # -- guard: a bold place name under the headline, in no credits box, is no author
    plain = html.replace('class="credits"', 'class="lede"').replace(
        "MARIANA VERSOLATO", "São Paulo"
    )
    assert read_page_meta(plain).author is None


def test_a_guessed_title_the_page_title_never_names_yields_to_the_headline():
    head = "No futuro, ninguém morrerá de velhice"
    page_title = f"{head} - 30/01/2017 - Ciência - Folha"
    assert _off_title(head, "Temas relacionados", page_title)
    # -- guard: a guess sharing the <title>'s words is a rewording, judged elsewhere
    assert not _off_title(head, "Ninguém morrerá de velhice", page_title)
    # -- guard: the <title> that does not open with the headline says nothing
    assert not _off_title(head, "Temas relacionados", "Folha - Ciência")


_LONG = "".join(f"<p>{BODY} {BODY} {BODY}</p>" for _ in range(3))  # -- past the byline's reach


def test_a_blog_posts_signature_names_its_writer_not_a_login():
    html = _page(
        "<title>A troubling new way to evade detection</title>",
        f"<article><h1>A troubling new way to evade detection</h1>{_LONG}</article>"
        '<div class="meta"><div class="signature"><p>Written by Alison McCook</p>'
        "<p>April 26th, 2017</p></div></div>",
    )
    assert read_page_meta(html).author == "Alison McCook"
    # -- guard: a login signs nothing
    assert read_page_meta(html.replace("Alison McCook", "admin")).author is None


def test_an_old_portals_table_gives_the_reporter_and_the_day_under_its_bold_headline():
    headline = "话剧《约定无期限》河北各市巡演结束"
    html = _page(
        f"<title>{headline}</title>",
        "<table><tr><td><b><font>" + headline + "</font></b></td></tr>"
        "<tr><td><font>新华网河北频道 ( 2012-06-04 09:20:26 )</font></td></tr>"
        f"<tr><td>{'<p>' + '一个约定，信守15年，感人至深。' * 6 + '</p>'}</td></tr>"
        "<tr><td><font>作者： 记者王敬照</font></td><td><font>编辑： 王华军</font></td></tr>"
        "</table>",
    )
    meta = read_page_meta(html)
    assert (meta.author, meta.date) == ("王敬照", "2012-06-04")
    # -- guard: an editor's cell names no writer
    assert read_page_meta(html.replace("作者： 记者王敬照", "")).author is None


def test_a_radio_scripts_sign_off_names_the_reporter_the_anchor_hands_to():
    script = (
        "Cold Wave Alert Issued\n\nAnchor: Temperatures fell sharply on Tuesday. "
        "Max Lee has more.\n\n" + BODY + "\n\n" + BODY + "\n\nMax Lee, KBS World Radio News.\n"
    )
    assert analyze_text(script).author == "Max Lee"
    # -- guard: a place signing off, handed nothing, is no reporter
    place = script.replace("Max Lee has more.", "More now.").replace("Max Lee,", "Los Angeles,")
    assert analyze_text(place).author is None


def test_a_one_word_guess_the_page_prints_only_in_lower_case_is_a_login():
    page = "<p>Comment by <a class='url'>rfg</a> on another post</p>"
    assert _login_only("Rfg", page)
    # -- guard: a one-word name the page prints with its capital is kept
    assert not _login_only("Madonna", "<p>By Madonna</p><p>madonna fans</p>")


def test_a_file_name_standing_in_for_a_title_says_so():
    truths = "The Twelve Truths\n\nIt Has To Work. " + BODY + "\n\n" + BODY + "\n"
    untitled = "it has to work, and it never does. " + BODY + "\n\n" + BODY + "\n"
    assert analyze_text(untitled).title_source == "file"
    # -- guard: a printed first line is the title, read from the text
    assert analyze_text(truths).title_source is None


def _form_docx(lines: list[str], title_property: str = "") -> bytes:
    def build(document) -> None:
        document.core_properties.title = title_property
        for line in lines:
            document.add_paragraph(line)

    return built_docx(build)


def test_a_forms_numbered_fields_give_its_title_and_its_date():
    lines = ["1.\tTitle", "\tFaculty Role in Policy", "2.\tRule", BODY, BODY]
    lines += ["8.\tDates Approved or Amended", "\tDecember 10, 2004", "9.\tContact", "Ask us."]
    article = analyze(parse_docx(_form_docx(lines), name="f.docx"))
    assert (article.title, article.date) == ("Faculty Role in Policy", "2004-12-10")
    # -- guard: an unnumbered heading over a date heads a schedule, it dates nothing
    text = "# Plan\n\n" + BODY + "\n\n## Key Dates\n\nDecember 10, 2004\n\n" + BODY + "\n"
    assert analyze_text(text, ".md").date is None


def test_a_title_property_that_labels_a_reference_field_is_no_title():
    lines = ["CREDO REFERENCE: 03/599", "Research Governance Checklist", BODY, BODY]
    article = analyze(parse_docx(_form_docx(lines, "CREDO REFERENCE"), name="r.docx"))
    assert article.title == "Research Governance Checklist"
    # -- guard: a title property the first line repeats in full stays the title
    lines = ["Research Governance Checklist", BODY, BODY]
    article = analyze(parse_docx(_form_docx(lines, "Research Governance Checklist"), name="r.docx"))
    assert article.title == "Research Governance Checklist"


def _para(text: str) -> Para:
    return Para(text, Block(text=text, start=0, end=len(text)))


def test_a_closing_credit_in_arabic_names_the_handles_it_links():
    closing = "تم كتابة هذا الدليل بواسطة @nanzggits & @xcorail بمشاركة مساهمي من:"
    assert closing_credit([_para(closing)]) == "nanzggits, xcorail"
    assert closing_credit([_para("Ce guide a été rédigé par Marie Curie.")]) == "Marie Curie"
    # -- guard: a handle mentioned in passing credits no one
    assert closing_credit([_para("Thanks to @xcorail for the review.")]) is None


def test_a_column_titled_with_its_writers_name_that_the_text_opens_with():
    text = "JESSICA LIVINGSTON: The most important thing is this. " + BODY
    assert titled_speaker("Jessica Livingston: Why Startups Need Sales", [_para(text)]) == (
        "Jessica Livingston"
    )
    # -- guard: a headline about a person, over a text that does not open with them
    assert titled_speaker("Jessica Livingston: Why Startups Need Sales", [_para(BODY)]) is None


def test_a_headline_printed_without_h1_is_the_pages_headline():
    head = "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유"
    html = _page(
        f"<title>{head} - Entermedia</title>",
        f'<dl class="newsTitle"><dt>{head}</dt></dl>{_TEXT}',
    )
    assert read_page_meta(html).headline == head
    assert _off_title(head, "엔터 미디어", f"{head} - Entermedia")
    # -- guard: a <title> the page never prints as a line gives no headline
    assert read_page_meta(html.replace("<dt>", "<dt>속보 ")).headline == ""


def test_a_closing_signature_of_a_date_and_a_name_signs_and_dates_the_note():
    body = [_para(BODY), _para("13 March 2013"), _para("Jason Harrop Plutext Pty Ltd")]
    assert signature(body) == ("Jason Harrop", "2013-03-13")
    assert signature([_para(BODY), _para("Mary Ann Smith"), _para("4 May 2020")]) == (
        "Mary Ann Smith",
        "2020-05-04",
    )
    # -- guards: a lone date at the end, and a firm whose name may be several words
    assert signature([_para(BODY), _para("13 March 2013")]) is None
    assert signature([_para("13 March 2013"), _para("Mary Ann Smith Acme Widget Inc")]) is None


def test_a_title_property_with_a_word_left_out_yields_to_the_printed_title():
    printed = "Análisis de la falta de medicamentos oncológicos básicos en Paraguay"
    declared = "Análisis de la falta de medicamentos oncológicos en Paraguay"
    paras = [_para("Yohanna Lisnichuk"), _para(printed + " RESUMEN EJECUTIVO"), _para(BODY)]
    assert take_title(paras, {"title": declared}, "x.pdf")[0] == printed
    # -- guard: a printed line that rewords the property (words dropped, not added) is not it
    paras[1] = _para("Análisis de la falta de medicamentos en Paraguay")
    assert take_title(paras, {"title": declared}, "x.pdf")[0] == declared


def test_a_title_taken_from_a_lower_case_file_name_starts_with_a_capital():
    from briefing_app.ingest.front import _file_title

    meta: dict = {}
    assert _file_title("harbour-fees__memo.docx", meta) == "Harbour fees memo"
    assert meta["title_source"] == "file"
    assert _file_title("ÉTUDE_port.pdf", {}) == "ÉTUDE port"


def test_a_front_matter_switch_named_published_is_no_date_and_datum_is_one():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.markdown import parse_markdown

    body = "\n\nThe ferry board met in the spring and set new fares for island families.\n"
    switch = analyze(parse_markdown(f'---\npublished: "true"\ntitle: Ferry fares\n---{body}'))
    assert switch.date is None
    german = analyze(parse_markdown(f"---\ntitle: Fährpreise\ndatum: 2024-03-05\n---{body}"))
    assert german.date == "2024-03-05"
