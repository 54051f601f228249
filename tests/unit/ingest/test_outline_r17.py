"""Outline rules of round 17 (issue 14), each on made-up text: front matter beside the chapters,
and headings that belong to a figure or a table (a chart's title, a caption, a column head)."""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.detect import _front_matter_beside_chapters, _without_figure_titles
from briefing_app.ingest.front import Para
from briefing_app.ingest.pdf import _run_in_lead
from briefing_app.ingest.pdflayout import Line, order_lines, to_pieces
from tests.unit.ingest.builders import pdf_line

PROSE = (
    "The harbour board met twice in the spring and agreed that the old quay must be rebuilt "
    "before the ferries return in the autumn, whatever the cost to the town's other plans."
)


def _body(*items: tuple[str, int]) -> list[Para]:
    """Paragraphs (level 0) and headings (their level) in reading order."""
    return [
        Para(
            text=text,
            block=Block(text, kind="heading" if level else "paragraph"),
            heading_level=level,
        )
        for text, level in items
    ]


def _levels(body: list[Para]) -> list[tuple[str, int]]:
    return [(p.text, p.heading_level) for p in body if p.heading_level]


def test_an_abstract_set_smaller_than_the_numbered_chapters_sits_beside_them():
    body = _body(
        ("Abstract", 3),
        (PROSE, 0),
        ("1 Harbours", 2),
        (PROSE, 0),
        ("1.1 The old quay", 3),
        (PROSE, 0),
        ("2 Ferries", 2),
        (PROSE, 0),
    )
    assert _levels(_front_matter_beside_chapters(body)) == [
        ("Abstract", 2),
        ("1 Harbours", 2),
        ("1.1 The old quay", 3),
        ("2 Ferries", 2),
    ]


def test_a_type_used_only_ahead_of_the_first_chapter_makes_no_level():
    # -- the author's name set large under the title, before the first chapter
    body = _body(
        ("Jane Harbourmaster", 4),
        ("Why the quay matters", 3),
        (PROSE, 0),
        ("Options", 3),
        ("Rebuild in stone", 5),
        (PROSE, 0),
        ("Repair in timber", 5),
        (PROSE, 0),
    )
    assert _levels(_front_matter_beside_chapters(body))[0] == ("Jane Harbourmaster", 3)


def test_an_untitled_opening_s_own_subsections_stay_under_it():
    # -- the deeper type is used again inside the chapters: the opening's subsections
    body = _body(
        (PROSE, 0),
        ("What we will do together", 2),
        (PROSE, 0),
        ("Methods", 1),
        ("Letting users guide the work", 2),
        (PROSE, 0),
    )
    assert _front_matter_beside_chapters(body) == body


def test_numbers_under_a_shallower_heading_count_its_points_not_chapters():
    body = _body(
        ("Background", 1),
        ("Context", 3),
        (PROSE, 0),
        ("Recommendations", 1),
        ("1. Rebuild the quay", 2),
        (PROSE, 0),
        ("2. Keep the ferries", 2),
        (PROSE, 0),
    )
    assert _front_matter_beside_chapters(body) == body


def test_a_chart_s_title_over_its_caption_is_no_section():
    body = _body(
        ("1 Harbours", 1),
        (PROSE, 0),
        ("Tonnage landed per year", 2),
        ("Figure 2: Tonnage landed at the old quay, 2010-2020.", 0),
        (PROSE, 0),
        ("2 Ferries", 1),
        (PROSE, 0),
    )
    assert [t for t, _ in _levels(_without_figure_titles(body))] == ["1 Harbours", "2 Ferries"]


def test_a_caption_s_words_under_its_label_are_no_section():
    body = _body(
        (PROSE, 0),
        ("Table 1.", 0),
        ("Costs of the quay by item", 2),
        ("Stone 40 000", 0),
        (PROSE, 0),
    )
    assert _levels(_without_figure_titles(body)) == []


def test_a_column_head_over_bare_cells_is_no_section():
    body = _body(
        ("Findings", 1),
        (PROSE, 0),
        ("Distance to quay", 1),
        ("16.2km", 0),
        ("11.5km", 0),
        ("9.8km", 0),
        ("Next steps", 1),
        (PROSE, 0),
    )
    assert [t for t, _ in _levels(_without_figure_titles(body))] == ["Findings", "Next steps"]


def test_a_heading_over_prose_or_a_numbered_heading_over_a_caption_stays():
    body = _body(
        ("Costs", 1),
        (PROSE, 0),
        ("3.2 Results", 2),
        ("Figure 3: Tonnage by month.", 0),
        (PROSE, 0),
        ("Contacts", 1),
        ("Harbour office", 0),
        (PROSE, 0),
    )
    assert _without_figure_titles(body) == body


# -- PDF run-in heads ---------------------------------------------------------------------------


def _word(text: str, x0: float, *, bold: bool = False) -> dict:
    font = "ABCDEF+Serif-Bold" if bold else "ABCDEF+Serif-Regular"
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "fontname": font, "size": 9.0}


def _lead(*words: tuple[str, bool]) -> str:
    placed = [_word(t, 60 + 40 * k, bold=b) for k, (t, b) in enumerate(words)]
    return _run_in_lead(placed, [b for _, b in words])


def test_a_bold_phrase_closed_by_a_colon_bold_or_roman_is_a_run_in_head():
    assert _lead(("Stone", True), ("quay:", True), ("Using", False), ("granite", False)) == (
        "Stone quay:"
    )
    head = _lead(("Stone", True), ("quay", True), (":", False), ("Using", False), ("it", False))
    assert head.startswith("Stone quay") and head.endswith(":")


def test_a_bold_phrase_before_a_new_sentence_is_a_run_in_head():
    assert _lead(("Background", True), ("The", False), ("harbour", False)) == "Background"
    # -- running on into lower-case words it is emphasis inside the sentence
    assert _lead(("Most", True), ("boats", True), ("moor", False), ("here", False)) == ""


def test_a_field_or_speaker_label_is_no_run_in_head():
    assert _lead(("FROM:", True), ("Jane", False), ("Doe", False)) == ""
    assert _lead(("Human", True), (":", False), ("what", False), ("is", False)) == ""
    assert _lead(("NOTE", True), ("The", False), ("quay", False)) == ""


def _plain_line(
    text: str, top: float, *, x0: float = 72.0, x1: float = 540.0, bold: bool = False
) -> Line:
    return pdf_line(text, top, x0=x0, x1=x1, bold=bold)


def test_run_in_heads_opening_the_text_before_any_bold_heading_sit_beside_those():
    body = PROSE[:90]

    def lead(head: str, top: float) -> Line:
        line = _plain_line(f"{head} The board met in spring. {body}", top, x0=88.0)
        line.lead = head
        return line

    def text(top: float) -> list[Line]:
        return [_plain_line(body, top + 14 * k) for k in range(3)]

    lines = [
        lead("Background", 60),
        *text(74),
        _plain_line("Key findings", 130, x1=200.0, bold=True),
        *text(144),
        lead("Priorities", 200),
        *text(214),
        _plain_line("Next steps", 270, x1=200.0, bold=True),
        *text(284),
    ]
    levels = {p.text: p.level for p in to_pieces(order_lines(lines)) if p.kind == "heading"}
    assert levels["Background"] == levels["Key findings"] == levels["Priorities"]


# -- subheads closed by a question or a bracketed short name (HTML and Word) -------------------


def _html_headings(paragraphs: str) -> list[str]:
    from briefing_app.ingest.html import parse_html

    prose = f"<p>{PROSE}</p>"
    page = f"<html><body><article><h1>The harbour</h1>{prose}{paragraphs}</article></body></html>"
    doc = parse_html(page, name="harbour.html")
    return [b.text for b in doc.blocks if b.kind == "heading"]


def test_a_bold_question_or_a_name_with_its_bracketed_short_form_is_a_subhead():
    prose = f"<p>{PROSE}</p>"
    heads = _html_headings(
        f"<p><strong>Why rebuild the quay?</strong></p>{prose}"
        f"<p><strong>Harbour Board – North Quay (HBNQ)</strong></p>{prose}"
    )
    assert "Why rebuild the quay?" in heads
    assert "Harbour Board – North Quay (HBNQ)" in heads


def test_a_labelled_pointer_ending_in_a_question_is_no_subhead():
    prose = f"<p>{PROSE}</p>"
    heads = _html_headings(
        f"<p><strong>Read: <a href='/q'>What is a quay?</a></strong></p>{prose}"
        f"<p><strong>What it costs (and who pays for the stone).</strong></p>{prose}"
    )
    assert heads == ["The harbour"]


def test_a_short_bold_question_in_a_word_file_heads_its_answer():
    import io

    import docx

    from briefing_app.ingest.docx import parse_docx

    document = docx.Document()
    document.add_paragraph(PROSE)
    for head in ("Summary", "Why rebuild the quay?", "Next steps"):
        document.add_paragraph().add_run(head).bold = True
        document.add_paragraph(PROSE)
    long_question = "Would the board rebuild the quay if the ferries did not return next year?"
    document.add_paragraph().add_run(long_question).bold = True
    document.add_paragraph(PROSE)
    out = io.BytesIO()
    document.save(out)
    doc = parse_docx(out.getvalue(), name="quay.docx")
    heads = {b.text: b.level for b in doc.blocks if b.kind == "heading"}
    assert heads["Why rebuild the quay?"] == heads["Summary"] == heads["Next steps"]
    assert long_question not in heads
