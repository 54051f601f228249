"""Outline rules found reading the real held-out sets again (round 11), one small input per rule.

A picture's credit set as a heading ("Bildnachweis", "Credits: …") and the line naming
the document by its number ("MEDIA ADVISORY M23-095") are no sections.
"""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _headings(markdown: str) -> list[str]:
    return [s.heading for s in analyze_text(markdown, ".md").sections if s.heading]


def test_a_picture_credit_set_as_a_heading_is_no_section():
    for label in ("Bildnachweis", "Photo credits", "Credits: NASA/Frank Michaux", "Créditos"):
        text = f"# Harvest tips\n\n## Picking\n\n{BODY}\n\n### {label}\n\niStock/cjp\n"
        assert _headings(text) == ["Picking"], label


def test_a_plural_credit_line_is_not_promoted_to_a_heading():
    """Plain text: a short line is a candidate subhead, but "Credits: …" is a picture's credit."""
    text = (
        "Recovery craft for the Moon mission\n\n"
        f"{BODY}\n\nCredits: NASA/Frank Michaux\n\n{BODY}\n\nSecond Test Phase\n\n{BODY}\n"
    )
    assert "Credits: NASA/Frank Michaux" not in [
        s.heading for s in analyze_text(text).sections if s.heading
    ]


def test_the_documents_own_number_set_as_a_heading_is_no_section():
    for line in ("MEDIA ADVISORY M23-095", "Memorandum M-16-21", "Report GAO-23-105"):
        text = f"# Launch\n\n## {line}\n\n{BODY}\n\n## Background\n\n{BODY}\n"
        assert _headings(text) == ["Background"], line


def test_headings_that_merely_hold_numbers_stay():
    text = f"# Plan\n\n## Budget 2023-24\n\n{BODY}\n\n## COVID-19 Response\n\n{BODY}\n"
    assert _headings(text) == ["Budget 2023-24", "COVID-19 Response"]


def test_a_numbered_item_inside_a_later_section_stays_a_section():
    text = (
        f"# Minutes\n\n## 4. Demolition request\n\n{BODY}\n\n### Résolution DM-2023-001\n\n{BODY}\n"
    )
    assert _headings(text) == ["4. Demolition request", "Résolution DM-2023-001"]


def test_a_table_label_ending_in_a_colon_is_no_section_and_a_plain_appendix_label_is():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.docx import parse_docx
    from tests.unit.ingest.builders import built_docx, outline

    def build(d):
        d.add_heading("Lottery scholarship memo", level=1)
        d.add_paragraph(BODY)
        d.add_heading("APPENDIX A", level=2)
        d.add_paragraph(BODY)
        d.add_paragraph("APPENDIX B:")
        d.add_heading("Impact of the change", level=2)
        d.add_paragraph(BODY)
        d.add_heading("Distribution by variable:", level=2)
        table = d.add_table(rows=2, cols=2)
        for r, row in enumerate(table.rows):
            row.cells[0].text, row.cells[1].text = f"Group {r}", f"{r * 10}%"
        d.add_paragraph(BODY)

    assert outline(analyze(parse_docx(built_docx(build), name="m.docx"))) == [
        ("APPENDIX A", 1),
        ("APPENDIX B:", 1),
        ("Impact of the change", 2),
    ]


# -- saved pages: subheads the markup names by class, not by tag --

from tests.unit.ingest.test_read_html_news import TITLE  # noqa: E402

_QUESTIONS = ("Who pays the cost of a tariff?", "Don't tariffs produce revenue?")


def _page_headings(article_html: str) -> list[str]:
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.html import parse_html
    from tests.unit.ingest.test_read_html_news import news_page

    article = analyze(parse_html(news_page(article_html), name="p.html"))
    return [s.heading for s in article.sections if s.heading]


def test_a_series_of_lines_classed_as_subheads_are_the_sections():
    parts = "".join(
        f'<div class="pf_subheadline">{q}</div><p>{n} {BODY}</p><p>{BODY} {n}</p>'
        for n, q in enumerate(_QUESTIONS)
    )
    lead = f"<p>{BODY}</p><p>Lead: {BODY}</p>"
    assert _page_headings(f"<h1>{TITLE}</h1>{lead}{parts}") == list(_QUESTIONS)


def test_one_subheadline_or_a_box_printed_twice_stays_text():
    deck = '<div class="article-subheadline">What the new duties mean for shoppers</div>'
    box = '<div class="support-subheading">Available for everyone, funded by readers</div>'
    body = f"<p>1 {BODY}</p><p>2 {BODY}</p><p>3 {BODY}</p>"
    assert _page_headings(f"<h1>{TITLE}</h1>{deck}{body}") == []
    from briefing_app.ingest.html import _classed_subheads

    page = f"<h1>{TITLE}</h1>{body}{box}<p>{BODY}</p>{box}"
    assert _classed_subheads(page) == page


def test_a_sentence_the_list_under_it_finishes_is_no_heading():
    items = (
        "- a traditional bind (exactly what you would create using the Content Control Toolkit)\n"
        "- a condition\n- a repeat\n"
    )
    text = f"Content controls\n\n{BODY}\n\nThe four options are\n\n{items}\n{BODY}\n"
    assert "The four options are" not in [
        s.heading for s in analyze_text(text, ".txt").sections if s.heading
    ]
    asked = f"# About us\n\n{BODY}\n\n## Who we are\n\n{items}\n{BODY}\n"
    assert _headings(asked) == ["Who we are"]


def test_headings_numbered_in_one_run_are_siblings_whatever_their_styles():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.docx import parse_docx
    from tests.unit.ingest.builders import built_docx, outline

    def build(d):
        d.add_heading("Faculty role in policy", level=1)
        d.add_paragraph(BODY)
        d.add_heading("2. Rule and Regulation", level=2)
        d.add_paragraph(BODY)
        d.add_heading("2.1 Board commitment", level=3)
        d.add_paragraph(BODY)
        for n, name in enumerate(("Definitions", "Who Should Know", "Contact"), start=3):
            d.add_heading(f"{n}. {name}", level=4)
            d.add_paragraph(BODY)

    assert outline(analyze(parse_docx(built_docx(build), name="r.docx"))) == [
        ("2. Rule and Regulation", 1),
        ("2.1 Board commitment", 2),
        ("3. Definitions", 1),
        ("4. Who Should Know", 1),
        ("5. Contact", 1),
    ]


def test_numbered_items_that_restart_under_each_chapter_keep_their_levels():
    from briefing_app.ingest.detect import _one_numbered_series, _Para

    class _Block:
        kind = "heading"

    body = [
        _Para(text=t, block=_Block(), heading_level=lv)  # type: ignore[arg-type]
        for t, lv in (("1. First", 3), ("2. Second", 3), ("1. First again", 3), ("3. Third", 2))
    ]
    assert [p.heading_level for p in _one_numbered_series(body)] == [3, 3, 3, 2]


def test_an_appendix_set_in_the_type_of_its_parts_rises_beside_the_part_it_follows():
    from briefing_app.ingest.detect import _Para, _under_appendices

    class _Block:
        kind = "heading"

    def para(text: str, level: int) -> _Para:
        return _Para(text=text, block=_Block(), heading_level=level)  # type: ignore[arg-type]

    body = [
        para("VI. DISCUSSION", 2),
        para("C. Audio synthesis", 3),
        para("APPENDIX A AUTOMATICALLY GENERATED TEXTS", 3),
        para("A. Shakespeare", 3),
    ]
    assert [p.heading_level for p in _under_appendices(body)] == [2, 3, 2, 3]
    held = [para("Appendices", 1), para("Appendix A Data", 2), para("Sources", 3)]
    assert [p.heading_level for p in _under_appendices(held)] == [1, 2, 3]


def test_the_wrapped_tail_of_a_caption_is_no_heading():
    caption = "Gráfico 3. Distribución de medicamentos adquiridos por país. Fuente: datos de la"
    text = f"Informe\n\n{BODY}\n\n{caption}\n\nDNCP\n\n{BODY} {BODY}\n"
    assert "DNCP" not in [s.heading for s in analyze_text(text, ".txt").sections if s.heading]
