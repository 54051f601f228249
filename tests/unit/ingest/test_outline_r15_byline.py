"""A byline set as a heading, a role before the name, is no section (round 15, issue 14)."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import analyze_text, built_docx

PROSE = "The council met on Tuesday and agreed the budget after a long debate. " * 4
ZH = "市政府周二召开会议，经过长时间讨论后通过了预算方案，并决定增加对农村道路和学校的投入。" * 3


def _page(author: str, byline: str, body: str, section: str) -> str:
    return (
        f"<html><head><title>Budget</title><meta name='author' content='{author}'></head>"
        f"<body><article><h1>Budget agreed</h1><h5>{byline}</h5><p>{body}</p>"
        f"<h2>{section}</h2><p>{body}</p><h2>{section} 2</h2><p>{body}</p>"
        "</article></body></html>"
    )


def test_a_role_before_the_author_s_name_is_a_byline():
    article = analyze_text(_page("Jane Doe", "Staff writer Jane Doe", PROSE, "Funding"), ".html")
    assert [s.heading for s in article.sections if s.heading] == ["Funding", "Funding 2"]


def test_a_role_before_a_name_written_without_spaces_is_a_byline():
    article = analyze_text(_page("王小明", "本刊记者 王小明", ZH, "农村道路"), ".html")
    assert [s.heading for s in article.sections if s.heading] == ["农村道路", "农村道路 2"]


def test_a_section_under_the_text_that_ends_in_the_author_s_name_stays():
    article = analyze_text(
        _page("Jane Doe", "Staff writer Jane Doe", PROSE, "Interview with Jane Doe"),
        ".html",
    )
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == ["Interview with Jane Doe", "Interview with Jane Doe 2"]


def test_a_line_under_the_byline_taken_out_as_metadata_is_no_section():
    article = analyze_text(
        "Policy Memo: Harbour Budget\n\n"
        "To: City Council\n\n"
        "From: Jane Doe, John Roe\n\n"
        "Department of Civic Affairs, Harbour University\n\n"
        f"{PROSE}\n\nFunding\n\n{PROSE}\n\nSchools\n\n{PROSE}\n"
    )
    assert article.author == "Jane Doe, John Roe"
    headings = [s.heading for s in article.sections if s.heading]
    assert "Department of Civic Affairs, Harbour University" not in headings
    assert headings == ["Funding", "Schools"]


def test_a_line_under_the_date_taken_out_as_metadata_is_no_section():
    def build(document) -> None:
        document.add_paragraph("Jane Doe")
        document.add_paragraph("Course Paper")
        document.add_paragraph("November 12, 2015")
        document.add_paragraph("Student Number 4711")
        document.add_heading("Harbour Budget Review: Funding and Schools", level=1)
        for _ in range(4):
            document.add_paragraph(PROSE)

    article = analyze(parse_docx(built_docx(build), name="t.docx"))
    assert article.title == "Harbour Budget Review: Funding and Schools"
    assert [s.heading for s in article.sections if s.heading] == []
