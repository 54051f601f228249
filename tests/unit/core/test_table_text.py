"""A table read as sentences, whatever the shape of its rows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.document import table_text


def test_body_cells_are_named_by_their_column():
    rows = (("Country", "GDP", "Growth"), ("Armenia", "$12.6 billion", "7.6%"))
    assert table_text(rows) == "Armenia — GDP: $12.6 billion; Growth: 7.6%."


def test_cells_past_the_header_read_on_their_own_and_missing_cells_are_skipped():
    rows = (("Item", "Answer"), ("Approval", "Yes", "2019"), ("Consent", ""))
    assert table_text(rows) == "Approval — Answer: Yes; 2019. Consent."


cells = st.text(alphabet="ab :", max_size=4)


@given(st.lists(st.lists(cells, max_size=5).map(tuple), min_size=1, max_size=5).map(tuple))
def test_ragged_tables_always_read(rows):
    text = table_text(rows)
    for row in rows[1:]:
        for cell in row:
            assert cell.strip() in text
