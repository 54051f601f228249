"""Word papers' authors: a "Name | Policy Brief" header line, a directory-style author property."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import built_docx

BODY = (
    "The mailing reached every household in the region in the first week of the season, and "
    "the office counted the replies that came back over the following month."
)


def test_name_and_kind_line_over_the_title_gives_the_author():
    def build(document):
        document.add_paragraph("Jo Marsh | Policy Brief")
        document.add_paragraph().add_run(
            "Saving Water: Drip Irrigation for Small Farms"
        ).bold = True
        document.add_paragraph().add_run("The Problem").bold = True
        document.add_paragraph(BODY)
        document.add_paragraph().add_run("Options").bold = True
        document.add_paragraph(BODY)

    article = analyze(parse_docx(built_docx(build), name="brief.docx"))
    assert article.title == "Saving Water: Drip Irrigation for Small Farms"
    assert article.author == "Jo Marsh"


FIRST_PERSON = (
    "In this memo I argue that the state acts when cities move first. My analysis covers "
    "three policy areas, and I plan to extend it to a fourth."
)
IMPERSONAL = "The office accepts files in either format and converts them when needed."


def _saved_by(directory_name: str, text: str) -> bytes:
    def build(document):
        document.core_properties.author = directory_name
        document.add_paragraph(text)
        document.add_paragraph(BODY)

    return built_docx(build)


def test_a_directory_name_is_the_writer_of_a_paper_in_the_first_person():
    article = analyze(parse_docx(_saved_by("Marsh, Jonathan", FIRST_PERSON), name="memo.docx"))
    assert article.author == "Jonathan Marsh"


def test_a_directory_name_is_no_author_of_an_impersonal_document():
    article = analyze(parse_docx(_saved_by("Marsh, Jonathan", IMPERSONAL), name="guide.docx"))
    assert article.author is None


def test_a_title_printed_under_a_memo_block_wins_over_its_subject_line():
    from tests.unit.ingest.builders import analyze_text

    memo = (
        "To: Harbour Board\n\nFrom: Jo Marsh\n\nDate: March 3, 2020\n\n"
        "Subject: Policy Memo – Quay Works\n\n# Rebuilding the Old Quay\n\n"
        f"## The Problem\n\n{BODY}\n\n## Options\n\n{BODY}\n"
    )
    article = analyze_text(memo, suffix=".md")
    assert article.title == "Rebuilding the Old Quay"
    assert article.date == "2020-03-03"


def test_a_memo_whose_first_section_follows_its_block_keeps_the_subject_as_title():
    from tests.unit.ingest.builders import analyze_text

    memo = (
        "To: Harbour Board\n\nFrom: Jo Marsh\n\nDate: March 3, 2020\n\n"
        "Subject: Rebuilding the Old Quay\n\n"
        f"## The Problem\n\n{BODY}\n\n## Options\n\n{BODY}\n"
    )
    assert analyze_text(memo, suffix=".md").title == "Rebuilding the Old Quay"
