"""Two columns set closer than an em apart (LaTeX's 10 pt gutter beside 10-11 pt type).

A baseline's words across such a gutter are two lines, one per column, and the
columns are read one after the other: otherwise each row of the left column is
glued to the row beside it and every heading breaks in two.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest.pdf import parse_pdf
from briefing_app.ingest.pdflayout import order_lines
from tests.unit.ingest import builders
from tests.unit.ingest.test_read_pdf import NEWSLETTER


@pytest.fixture(scope="module")
def narrow():
    data = builders.two_column_pdf(
        "Water Security in Central Asia", NEWSLETTER, footer="Regional Brief", gutter=8
    )
    return parse_pdf(data, name="brief.pdf")


def test_columns_eight_points_apart_are_read_column_by_column(narrow):
    expected = [p for _h, paras in NEWSLETTER for p in paras]
    assert [b.text for b in narrow.blocks if b.kind == "paragraph"] == expected


def test_headings_beside_a_narrow_gutter_stay_whole(narrow):
    headings = [b.text for b in narrow.blocks if b.kind == "heading"]
    assert headings[1:] == [h for h, _p in NEWSLETTER if h]


def test_a_table_set_out_left_of_its_column_leaves_the_gutter_a_gutter():
    """Rows of a table standing a few points left of the right column's edge are in that column."""
    left = [f"left column line {k} of the running text goes on here" for k in range(30)]
    lines = [builders.pdf_line(t, 72 + 14 * k, x1=285) for k, t in enumerate(left)]
    right = [
        builders.pdf_line(f"right column text {k} continues", 72 + 14 * k, x0=324) for k in range(8)
    ]
    head = [
        builders.pdf_line(
            "Financing the Shelters and the", 200, x0=324, x1=534, size=14, bold=True
        ),
        builders.pdf_line("Depots", 215, x0=324, x1=371, size=14, bold=True),
    ]
    table = [
        builders.pdf_line(f"Cost | {k} | {k + 1}", 240 + 28 * k, x0=314, x1=611) for k in range(3)
    ]
    ordered = [x.text for x in order_lines(lines + right + head + table)]
    assert ordered.index("Depots") == ordered.index(head[0].text) + 1
    assert ordered[-len(table) - 2 :] == [x.text for x in head + table]
