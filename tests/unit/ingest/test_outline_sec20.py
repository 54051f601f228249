"""Heading detection, issue 14 (heldout20 round): body type beside code listings, chart
labels, numbered bold points, identifier and dateline headings."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.ingest.pdflayout import body_size
from tests.unit.ingest.builders import pdf_line


def test_a_long_code_listing_does_not_set_the_body_size():
    """Prose in 12 pt and a longer fixed-width listing in 9 pt: the prose is the body type."""
    prose = [
        pdf_line(
            "The district spends more per household than its neighbours do.",
            100 + 20 * n,
            size=12.0,
        )
        for n in range(5)
    ]
    code = [
        replace(
            pdf_line(
                f"var_{n} | 30 44.96533 16.27534 20.69 84.15 12.23 607.66", 400 + 11 * n, size=9.0
            ),
            mono=True,
        )
        for n in range(12)
    ]
    assert body_size(prose + code) == 12.0
