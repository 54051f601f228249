"""Two columns set closer than an em apart (LaTeX's 10 pt gutter beside 10-11 pt type).

A baseline's words across such a gutter are two lines, one per column, and the
columns are read one after the other: otherwise each row of the left column is
glued to the row beside it and every heading breaks in two.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest.pdf import parse_pdf
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
