"""PDF reports: a contents page without dot leaders, its indentation giving the outline's depth;
a borderless table's bold header row; the bio under "About the author"; an imprint's year
(made-up text, no corpus words)."""

from __future__ import annotations

from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.front import Para, imprint_date, take_author_bio
from briefing_app.ingest.pdf import _header_rows_as_text
from briefing_app.ingest.pdfcontents import contents_outline, with_contents_levels, without_contents
from tests.unit.ingest.builders import pdf_line

BODY = "The harbour board met twice in the spring and agreed that the old quay must be rebuilt"


def _contents_page() -> list:
    """A designer's contents page: entries set further in by level, page numbers at the right."""
    rows = [
        ("Harbours", 72, True, "3"),
        ("The old quay", 86, False, "4"),
        ("Stone and timber", 100, False, "4"),
        ("The ferries", 86, False, "6"),
        ("Money", 72, True, "8"),
        ("Who pays for the works", 86, False, "9"),
    ]
    page = [pdf_line("Table of contents", 70, x1=260, size=24, bold=True)]
    for k, (text, x0, bold, number) in enumerate(rows):
        top = 120 + 20 * k
        page += [
            pdf_line(text, top, x0=x0, x1=x0 + 8 * len(text), bold=bold),
            pdf_line(number, top, x0=530, x1=540, bold=bold),
        ]
    return page


def test_a_contents_page_without_leaders_goes_and_gives_each_entry_its_depth():
    page = _contents_page()
    assert without_contents([page])[0] == []
    assert contents_outline([page]) == [
        ("Harbours", 1),
        ("The old quay", 2),
        ("Stone and timber", 3),
        ("The ferries", 2),
        ("Money", 1),
        ("Who pays for the works", 2),
    ]


def test_entry_rows_under_no_contents_heading_stay_text():
    page = _contents_page()[1:]  # -- a price list, say: words with numbers at the right
    assert without_contents([page])[0] == page
    assert contents_outline([page]) == []


def test_headings_take_the_contents_depth_and_unlisted_ones_keep_their_distance():
    pieces = [
        Piece("Harbours", kind="heading", level=1),
        Piece(BODY),
        Piece("The old quay", kind="heading", level=3),  # -- type sizes disagree with the contents
        Piece("Stone and timber", kind="heading", level=2),
        Piece("A drawing of the quay", kind="heading", level=4),  # -- not in the contents
        Piece("Money", kind="heading", level=1),
    ]
    outline = contents_outline([_contents_page()])
    levels = [(p.text, p.level) for p in with_contents_levels(pieces, outline) if p.level]
    assert levels == [
        ("Harbours", 1),
        ("The old quay", 2),
        ("Stone and timber", 3),
        ("A drawing of the quay", 5),
        ("Money", 1),
    ]


def test_a_borderless_tables_bold_header_row_is_one_line_of_text():
    page = [
        pdf_line("Costs of the works", 90, x1=300, size=14, bold=True),
        pdf_line("Item", 120, x0=80, x1=110, bold=True),
        pdf_line("Cost", 120, x0=250, x1=280, bold=True),
        pdf_line("Use", 120, x0=400, x1=425, bold=True),
        pdf_line("Stone", 135, x0=80, x1=115),
        pdf_line("€2M", 135, x0=250, x1=275),
        pdf_line("Quay wall", 135, x0=400, x1=460),
    ]
    rows = [(x.text, x.table, x.bold) for x in _header_rows_as_text(page)]
    assert ("Item | Cost | Use", True, False) in rows
    assert ("Costs of the works", False, True) in rows


def test_a_wrapped_heading_in_two_columns_is_no_table_row():
    page = [
        pdf_line("2.1 Money for the works and who", 100, x0=72, x1=297, bold=True),
        pdf_line("3.1 The ferries and their new", 101, x0=315, x1=540, bold=True),
        pdf_line("pays it", 113, x0=90, x1=130, bold=True),
        pdf_line("timetable", 114, x0=330, x1=380, bold=True),
        pdf_line(BODY[:50], 130, x0=72, x1=297),
        pdf_line(BODY[:50], 130, x0=315, x1=540),
    ]
    assert _header_rows_as_text(page) == page


def _para(text: str, heading: int = 0) -> Para:
    return Para(text=text, block=None, heading_level=heading)


def test_the_bio_under_the_last_heading_about_the_author_is_taken_before_the_endnotes():
    bio = "Jo Marsh is a harbour engineer and founder of the Quay Trust, based in Oban."
    body = [
        _para("Money", 1),
        _para(BODY),
        _para("About the author", 1),
        _para(bio),
        _para("1 The board's minutes, March."),
    ]
    kept, taken = take_author_bio(body, None)
    assert taken == bio
    assert [p.text for p in kept] == ["Money", BODY, "1 The board's minutes, March."]


def test_an_imprints_year_is_the_publication_date():
    assert imprint_date(["Published in 2024 by the Harbour Trust, Oban"]) == "2024"
    assert imprint_date(["The board published its plan in 2024."]) is None


def test_a_memo_field_label_and_its_value_set_apart_by_a_tab_are_one_line():
    from briefing_app.ingest.pdf import _labels_with_values

    page = [
        pdf_line("To:", 74, x0=72, x1=86),
        pdf_line("Harbour Board, Oban", 74, x0=111, x1=233),
        pdf_line("Date:", 101, x0=72, x1=96),
        pdf_line("March 3, 2020", 101, x0=111, x1=193),
        pdf_line(BODY, 130),
    ]
    assert [x.text for x in _labels_with_values(page)] == [
        "To: Harbour Board, Oban",
        "Date: March 3, 2020",
        BODY,
    ]


def test_a_display_heading_broken_after_a_word_no_heading_ends_on_is_one_heading():
    from briefing_app.ingest.pdflayout import to_pieces

    lines = [
        pdf_line("Harbour Report to", 100, x1=180, size=16),
        pdf_line("Parliament (2010)", 121, x1=190, size=16),
        *[pdf_line(BODY, 141 + 14 * k) for k in range(4)],
    ]
    pieces = to_pieces(lines)
    assert pieces[0].text == "Harbour Report to Parliament (2010)"
    assert pieces[0].kind == "heading"
