"""A PDF's title block: byline labels and a date in the top corner (issue 14, helper front23).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.ingest.pdflayout import Piece, _title_block, order_lines
from tests.unit.ingest.builders import BODY, pdf_line


def test_a_byline_label_under_a_pdf_title_is_no_subtitle():
    pieces = [
        Piece("Why the harbour needs a second ferry", kind="heading", level=1),
        Piece("featured op-ed by", kind="heading", level=3),
        Piece(BODY),
        Piece("Costs", kind="heading", level=2),
    ]
    assert _title_block(pieces)[0].text == "Why the harbour needs a second ferry"
    # -- guard: a subtitle in a type of its own is still joined to the title
    pieces[1] = Piece("The case for the islands", kind="heading", level=3)
    assert _title_block(pieces)[0].text == (
        "Why the harbour needs a second ferry: The case for the islands"
    )


def test_a_date_in_the_top_corner_reads_before_the_columns():
    lines = [
        pdf_line("April 9, 2026", 100, x0=480, x1=540, size=10),
        pdf_line("Harbour Tolls", 115, x0=72, x1=300, size=18, bold=True),
        *[
            pdf_line(f"left column line {k} of the text", 150 + 12 * k, x1=290, size=10)
            for k in range(8)
        ],
        *[
            pdf_line(f"right column line {k} of the text", 150 + 12 * k, x0=320, size=10)
            for k in range(8)
        ],
    ]
    ordered = [x.text for x in order_lines(lines)]
    assert ordered[0] == "April 9, 2026"
    assert ordered.index("left column line 7 of the text") + 1 == ordered.index(
        "right column line 0 of the text"
    )
