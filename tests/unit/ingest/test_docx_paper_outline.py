"""Word papers outlined without heading styles: roman-numbered sections, plain labels with a colon."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import built_docx, outline

BODY = (
    "The mailing reached every household in the region in the first week of the season, and "
    "the office counted the replies that came back over the following month."
)


def _numbered(document, fmt: str) -> str:
    """A list numbering of one level in ``fmt`` ("upperRoman", "decimal"); returns its numId."""
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
            f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/>'
            "</w:lvl></w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    return "90"


def _item(document, text: str, num_id: str):
    paragraph = document.add_paragraph(text, style="List Paragraph")
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


ROMAN = ("Introduction", "Addresses Audience Needs", "Areas Needing Improvement")


def _roman_memo(*, argued: bool, fmt: str = "upperRoman") -> bytes:
    def build(document):
        num_id = _numbered(document, fmt)
        document.add_paragraph("Analysis of the Autumn Mailing", style="Title")
        document.add_paragraph(BODY)
        for text in ROMAN:
            _item(document, text, num_id)
            if argued:
                document.add_paragraph(BODY)

    return built_docx(build)


def test_roman_numbered_lines_each_over_its_text_are_the_sections():
    article = analyze(parse_docx(_roman_memo(argued=True), name="memo.docx"))
    assert outline(article) == [(text, 1) for text in ROMAN]


def test_roman_numbered_lines_with_no_text_under_them_stay_a_list():
    article = analyze(parse_docx(_roman_memo(argued=False), name="memo.docx"))
    assert not any(s.heading in ROMAN for s in article.sections)


def test_decimal_numbered_plain_lines_over_text_stay_list_items():
    article = analyze(parse_docx(_roman_memo(argued=True, fmt="decimal"), name="memo.docx"))
    assert not any(s.heading in ROMAN for s in article.sections)


def _labelled_brief() -> bytes:
    def build(document):
        document.add_paragraph().add_run("Advocacy Online").bold = True
        document.add_paragraph(BODY)
        document.add_paragraph().add_run("Methods:").bold = True
        document.add_paragraph("Our dataset includes:")
        document.add_paragraph("Posts and comments", style="List Bullet")
        document.add_paragraph("Sentiment Analysis:")
        document.add_paragraph(BODY)
        document.add_paragraph("Content Analysis:")
        document.add_paragraph(BODY)
        document.add_paragraph().add_run("Results:").bold = True
        document.add_paragraph(BODY)

    return built_docx(build)


def test_plain_capitalised_labels_with_a_colon_are_headings_below_their_section():
    article = analyze(parse_docx(_labelled_brief(), name="brief.docx"))
    assert outline(article) == [
        ("Methods:", 1),
        ("Sentiment Analysis:", 2),
        ("Content Analysis:", 2),
        ("Results:", 1),
    ]


def test_form_fields_under_the_title_are_no_headings():
    def build(document):
        document.add_paragraph("Determination and Findings", style="Title")
        document.add_paragraph(BODY)
        document.add_paragraph("Title:")
        document.add_paragraph("Requisition #:")
        document.add_paragraph("Program Office:")
        document.add_paragraph(BODY)
        document.add_heading("Contract Types", level=1)
        document.add_paragraph(BODY)

    article = analyze(parse_docx(built_docx(build), name="form.docx"))
    assert outline(article) == [("Contract Types", 1)]


def test_a_label_repeated_under_each_entry_is_a_field_not_a_heading():
    def build(document):
        document.add_paragraph().add_run("Model Structure").bold = True
        document.add_paragraph(BODY)
        for stock in ("Mothers", "Ambulances"):
            document.add_paragraph().add_run(stock).bold = True
            document.add_paragraph("Inflows:")
            document.add_paragraph(BODY)
            document.add_paragraph("Outflows:")
            document.add_paragraph(BODY)
        document.add_paragraph("Calibration Notes:")
        document.add_paragraph(BODY)

    article = analyze(parse_docx(built_docx(build), name="model.docx"))
    assert ("Inflows:", 2) not in outline(article)
    assert ("Outflows:", 2) not in outline(article)
    assert ("Calibration Notes:", 2) in outline(article)
