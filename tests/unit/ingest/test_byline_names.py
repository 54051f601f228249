"""A byline's name, without whom the writer wrote for: read as a careful reader would."""

from __future__ import annotations

from briefing_app.ingest.front import clean_author


def test_the_body_a_writer_wrote_for_is_not_part_of_the_name():
    assert clean_author("Maria Lopez-Ortega for DOTX as part of the State University") == (
        "Maria Lopez-Ortega"
    )


def test_a_body_named_with_for_stays_whole():
    assert clean_author("Institute for Fiscal Studies") == "Institute for Fiscal Studies"
    assert clean_author("Centre for Policy Research") == "Centre for Policy Research"
