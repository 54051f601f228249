"""Titles, bylines and dates of memos, briefs and news pages (issue 14, round 22).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.ingest.dates import find_date
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text, built_docx

SUBJECT = "Harbour Tolls for the Island Ferries"


def test_a_korean_date_written_with_hangul_units():
    assert find_date("2025년 10월 27일") == "2025-10-27"
    assert find_date("2016年10月14日07:17") == "2016-10-14"  # -- guard: the CJK units stay


def test_a_korean_memo_header_names_subject_sender_and_date():
    text = (
        "# 정책 보고서\n\n**수신**: 해양수산부 장관  \n**발신**: 한국해양 정책연구원  \n"
        "**일자**: 2024년 3월 5일  \n**제목**: 섬 여객선 항만 통행료 개편 방안\n\n---\n\n"
        f"## 요약\n\n{BODY}\n\n## 배경\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.title, article.author, article.date) == (
        "섬 여객선 항만 통행료 개편 방안",
        "한국해양 정책연구원",
        "2024-03-05",
    )
    # -- guard: a sender line that is a sentence names no one
    sent = text.replace("한국해양 정책연구원", "우리가 보냅니다.")
    assert analyze_text(sent, ".md").author is None


def _page(
    byline: str, *, site: str = "news.Example.at", h1: str = SUBJECT, title: str = ""
) -> bytes:
    paragraphs = "".join(f"<p>{BODY} Paragraph {n}.</p>" for n in range(6))
    return (
        f"<html lang='de'><head><title>{title or h1} - {site}</title>"
        f"<meta property='og:title' content='{title or h1}'/>"
        f"<meta property='og:site_name' content='{site}'/></head><body><article><h1>{h1}</h1>"
        f"<div class='text'>{paragraphs}</div><div class='byline'><p>{byline}</p></div>"
        "</article></body></html>"
    ).encode()


def _html(data: bytes):
    return analyze(read_bytes(data, name="page.html", suffix=".html"))


def test_a_desk_sign_off_naming_the_site_and_agencies_is_no_author():
    assert _html(_page("red, Example.at/<a href='/agenturen'>Agenturen</a>")).author is None
    # -- guard: a writer's name printed the same way stays
    assert _html(_page("Jo Lindqvist, Example.at")).author == "Jo Lindqvist"


def test_writers_joined_by_and_in_their_language_are_listed_with_commas():
    for joined in ("Benedikt Kranz und Sabina Holm", "Benedikt Kranz et Sabina Holm"):
        text = f"{SUBJECT}\n\nBy {joined}\n\n{BODY}\n\n{BODY}\n"
        assert analyze_text(text).author == "Benedikt Kranz, Sabina Holm"
    # -- guard: a body named with "and" is one name
    text = f"{SUBJECT}\n\nBy Department of Health and Social Care\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author != "Department of Health, Social Care"


def test_a_project_label_heading_over_the_question_and_a_name_with_its_role():
    text = (
        "# GREEN HARBOUR — Policy Brief\n\n**Can toll data speed up ferry subsidies?**\n\n"
        "Jo K. Lindqvist · Independent Transport Researcher\n\n---\n\n"
        f"## The Problem\n\n{BODY}\n\n## What Was Found\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.title, article.author) == (
        "Can toll data speed up ferry subsidies?",
        "Jo K. Lindqvist",
    )
    # -- guard: a label heading over a section's heading keeps the heading a section
    plain = f"# GREEN HARBOUR — Policy Brief\n\n## Summary\n\n{BODY}\n\n## Options\n\n{BODY}\n"
    assert [s.heading for s in analyze_text(plain, ".md").sections][:1] == ["Summary"]


def test_a_kind_label_with_its_draft_state_is_no_part_of_the_title():
    text = f"# Policy Brief Draft — {SUBJECT}\n\n## Key message\n\n{BODY}\n\n## Options\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == SUBJECT
    # -- guard: "Draft" inside a title's own words stays
    own = "Draft Rules for Harbour Tolls"
    assert analyze_text(f"# {own}\n\n## Key message\n\n{BODY}\n", ".md").title == own


def test_a_memo_label_and_a_title_wrapped_onto_a_second_line():
    text = f"Memo: Harbour Tolls and Ferry Use: Evidence from\n\nThe Northern Islands\n\n{BODY}\n\n{BODY}\n"
    assert (
        analyze_text(text).title
        == "Harbour Tolls and Ferry Use: Evidence from The Northern Islands"
    )
    # -- guard: a title ending on a full word keeps the line under it out
    text = f"Harbour Tolls and Ferry Use\n\nThe Northern Islands\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title == "Harbour Tolls and Ferry Use"


def test_a_byline_of_first_names_only_lists_every_writer():
    text = f"{SUBJECT}\n\nBy Josh, Pony, Sol, Ha\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author == "Josh, Pony, Sol, Ha"
    # -- guard: a name and an agency after it is the name
    text = f"{SUBJECT}\n\nBy Jo Lindqvist, Reuters\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author == "Jo Lindqvist"


def _memo(opening: str):
    def build(document):
        document.core_properties.author = "Clerk, Sam (DOF)"
        document.add_paragraph(SUBJECT)
        document.add_paragraph("Harbour Office Fiscal Officer March 2, 2022")
        document.add_paragraph(opening)
        document.add_paragraph(BODY)

    return analyze(read_bytes(built_docx(build), name="memo.docx", suffix=".docx"))


def test_a_memo_written_on_behalf_of_an_official_is_theirs():
    opening = "On behalf of Budget Director, Jo Lindqvist, below is the harbour budget for 2023."
    assert _memo(opening).author == "Jo Lindqvist"
    # -- guard: "on behalf of" a body names no signatory
    opening = "On behalf of the Harbour Office, below is the harbour budget for 2023."
    assert _memo(opening).author != "Jo Lindqvist"


_HEADLINE = "Kontrolle nicht mehr möglich: Inseln mit heftiger Kritik an der Maut"


def test_a_headline_laid_out_with_its_kicker_beats_a_reworded_page_title():
    h1 = (
        f"<span class='dachzeile'>Beschluss geplant</span><span class='headline'>{_HEADLINE}</span>"
    )
    reworded = "Inseln in Nordland beklagen fehlende Kontrolle für die Maut 2023"
    page = _page("Jo Lindqvist", h1=h1, title=reworded)
    assert _html(page).title == _HEADLINE
    # -- guard: without a kicker element the page's title stays
    page = _page("Jo Lindqvist", h1=_HEADLINE, title=reworded)
    assert _html(page).title == reworded


_SUBTITLE = "A Spatial and Cost Review of the Harbour Operations"


def _titled_pdf(subtitle_font: str) -> bytes:
    """A brief whose bold title runs on into its subtitle on one line, as a word processor sets it;
    the file's title property is both lines run together."""
    import io

    from reportlab.pdfgen import canvas as pdfcanvas

    out = io.BytesIO()
    page = pdfcanvas.Canvas(out, pagesize=(612, 792))
    page.setTitle(f"{SUBJECT} {_SUBTITLE} — March 2026")
    page.setFont("Helvetica-Bold", 11)
    page.drawString(72, 700, SUBJECT)
    page.setFont(subtitle_font, 11)
    first, rest = _SUBTITLE.rsplit(" ", 2)[0], " ".join(_SUBTITLE.split()[-2:])
    page.drawString(72 + page.stringWidth(SUBJECT + " ", "Helvetica-Bold", 11), 700, first)
    page.drawString(72, 686, f"{rest} — March 2026")
    page.setFont("Helvetica-Bold", 11)
    page.drawString(72, 640, "Background")
    page.setFont("Helvetica", 11)
    for n, line in enumerate((BODY[:90], BODY[90:], BODY[:90], BODY[90:])):
        page.drawString(72, 620 - 14 * n, line)
    page.save()
    return out.getvalue()


def test_a_pdf_title_running_on_into_an_italic_subtitle_is_the_bold_part():
    article = analyze(read_bytes(_titled_pdf("Helvetica-Oblique"), name="b.pdf", suffix=".pdf"))
    assert (article.title, article.date) == (SUBJECT, "2026-03")
    # -- guard: a subtitle in the body's roman type is not cut off this way
    article = analyze(read_bytes(_titled_pdf("Helvetica"), name="b.pdf", suffix=".pdf"))
    assert article.title != SUBJECT
