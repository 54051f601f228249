"""Outline shapes real documents have (issue 14, second blind set), one test per rule."""

from __future__ import annotations

from functools import partial

from briefing_app.ingest.detect import analyze
from tests.unit.ingest.builders import BODY, analyze_text

_read = partial(analyze_text, suffix=".md")


def _headings(article) -> list[str | None]:
    return [s.heading for s in article.sections if s.heading]


def test_a_reference_list_in_french_runs_to_the_end_and_an_appendix_ends_it():
    article = _read(
        f"# Un rapport\n\n## 1 Introduction\n\n{BODY}\n\n## Références\n\n"
        "## Dupont, A. (2009). Un article cité\n\nRevue 3, 1–20.\n\n"
        f"## Summary\n\nAn abstract in English.\n\n## Annexe A\n\n{BODY}\n"
    )
    assert _headings(article) == ["1 Introduction", "Annexe A"]


def test_a_long_question_set_as_a_heading_stays_a_heading_and_a_long_statement_does_not():
    question = (
        "As you have been onboarding more partners into the system, have there been any good "
        "examples where someone spotted an issue that the team turned into a feature?"
    )
    statement = (
        "The grid held up through the winter because operators prepared early and shared "
        "their plans with one another in the autumn."
    )
    html = (
        f"<html><body><article><h1>Check-in</h1><h3>{question}</h3><p>{BODY}</p>"
        f"<h3>{statement}</h3><p>{BODY}</p><h3>Next steps</h3><p>{BODY}</p></article></body></html>"
    )
    assert _headings(_read(html, suffix=".html")) == [question, "Next steps"]
    # -- a Markdown author writes "###" on purpose: explicit structure wins, statements too
    markdown = f"# Check-in\n\n### {question}\n\n{BODY}\n\n### {statement}\n\n{BODY}\n"
    assert _headings(_read(markdown)) == [question, statement]


def test_chapter_and_article_lines_of_a_statute_are_headings_at_two_levels():
    article = _read(
        "ESTATUTOS DA ASSOCIAÇÃO\n\nCAPÍTULO PRIMEIRO\n\n(Denominação e sede)\n\n"
        "Artigo Primeiro\n\nA Associação denomina-se CNA.\n\n"
        "Artigo Segundo\n\nA CNA é uma associação sem fins lucrativos.\n\n"
        "CAPÍTULO SEGUNDO\n\nArtigo Terceiro\n\nDos Direitos\n\n"
        "São direitos dos membros participar na actividade da associação.\n",
        suffix=".txt",
    )
    outline = [(s.level, s.heading) for s in article.sections if s.heading]
    assert outline == [
        (1, "CAPÍTULO PRIMEIRO"),
        (2, "Artigo Primeiro"),
        (2, "Artigo Segundo"),
        (1, "CAPÍTULO SEGUNDO"),
        (2, "Artigo Terceiro"),
    ]


def test_division_lines_are_label_and_number_only():
    from briefing_app.ingest.divisions import division_level

    assert division_level("Chapter IV") == 3
    assert division_level("Artigo Décimo Segundo") == 5
    assert division_level("PART 2") == 2
    assert division_level("Section headings") == 0
    assert division_level("Article about the grid") == 0
    assert division_level("Part civil") == 0  # -- letters that spell no Roman numeral
    assert division_level("Title XIV") == 2


def test_a_title_line_over_a_byline_in_running_text_heads_the_inserted_article():
    article = _read(
        f"Remarks on jobs\n\n{BODY}\n\n[From the New York Times]\n\nThe Young and the Jobless\n\n"
        f"(By Bob Herbert)\n\n{BODY}\n",
        suffix=".txt",
    )
    assert _headings(article) == ["The Young and the Jobless"]


def test_headings_at_the_top_that_spell_the_title_in_pieces_are_no_sections():
    article = _read(
        "---\ntitle: Comité de démolition - Procès-verbal de la séance publique du 20 juin 2023\n"
        "---\n\n## COMITÉ DE DÉMOLITION\n\n## PROCÈS-VERBAL Séance publique tenue le 20 juin\n\n"
        f"## Présences\n\n{BODY}\n\n## Comité des démolitions futures\n\n{BODY}\n"
    )
    assert _headings(article) == ["Présences", "Comité des démolitions futures"]


def test_a_heading_near_the_title_with_its_own_paragraphs_stays_a_section():
    article = _read(
        "---\ntitle: Gathering feedback with customer panels\n---\n\n"
        f"# Recruiting customers for feedback panels\n\n{BODY}\n\n## Background\n\n{BODY}\n"
    )
    assert _headings(article) == ["Recruiting customers for feedback panels", "Background"]


def _minutes_pdf(lines: list[tuple[str, int]]) -> bytes:
    """A PDF of (text, font size) paragraphs; sizes above 10 are set bold, as headings."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from tests.unit.ingest import builders

    builders.register_fonts()
    body = ParagraphStyle("b", fontName="NotoSans", fontSize=10, leading=13, spaceAfter=6)
    out = io.BytesIO()
    story = [
        Paragraph(t, body)
        if size == 10
        else Paragraph(
            t,
            ParagraphStyle(
                "h", fontName="NotoSans-Bold", fontSize=size, leading=size + 4, spaceAfter=6
            ),
        )
        for t, size in lines
    ]
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def test_numbered_agenda_items_between_paragraphs_are_headings_with_their_numbers():
    from briefing_app.ingest.pdf import parse_pdf

    pdf = _minutes_pdf(
        [
            ("Minutes of the public meeting of the demolition committee", 18),
            ("Attendance", 14),
            (BODY, 10),
            ("1. Opening of the meeting", 10),
            ("The meeting is opened at four in the afternoon by the chair of the committee.", 10),
            ("2. Request for the demolition of 1069 Main Street", 10),
            ("Resolution DM-2023-001", 14),
            (BODY, 10),
            ("3. Closing of the meeting", 10),
            ("The meeting is closed at five past four in the afternoon.", 10),
        ]
    )
    article = analyze(parse_pdf(pdf, name="minutes.pdf"))
    assert [(s.level, s.heading) for s in article.sections if s.heading] == [
        (1, "Attendance"),
        (1, "1. Opening of the meeting"),
        (1, "2. Request for the demolition of 1069 Main Street"),
        (2, "Resolution DM-2023-001"),
        (1, "3. Closing of the meeting"),
    ]


def test_a_numbered_list_of_short_items_stays_a_list():
    from briefing_app.ingest.pdf import parse_pdf

    pdf = _minutes_pdf(
        [("Attendance", 14), (BODY, 10), ("1. Opening", 10), ("2. Closing", 10), (BODY, 10)]
    )
    doc = parse_pdf(pdf, name="minutes.pdf")
    assert [b.kind for b in doc.blocks if b.text in {"Opening", "Closing"}] == ["list_item"] * 2


def test_a_capitals_line_inside_a_resolutions_wording_is_no_heading():
    article = _read(
        f"Minutes\n\nResolution DM-7\n\n{BODY}\n\n"
        "WHEREAS the building is protected by the heritage bylaw of the town since 1990;\n\n"
        "RESOLVED UNANIMOUSLY\n\n"
        "TO APPROVE the request for the partial demolition of the building at 12 Main Street.\n",
        suffix=".txt",
    )
    assert "RESOLVED UNANIMOUSLY" not in _headings(article)


def test_contents_entries_and_headings_without_a_word_are_no_sections():
    article = _read(
        f"# A report\n\n## Preface . . . . . . . . . . xi\n\n"
        f"## Chapter 1. Securing data . . . . . . . 1\n\n## iii.\n\n{BODY}\n\n"
        f"## 1.\n\n## Securing data\n\n{BODY}\n\n## Chapter IV\n\n{BODY}\n"
    )
    assert _headings(article) == ["Securing data", "Chapter IV"]
    assert not any(". . ." in p for s in article.sections for p in s.paragraphs)


def test_a_single_capital_letter_heading_stays_a_section():
    article = _read(f"# Glossary\n\n## B\n\n{BODY}\n\n## C\n\n{BODY}\n\n## I\n\n{BODY}\n")
    assert _headings(article) == ["B", "C", "I"]
