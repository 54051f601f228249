"""Front matter of real-shaped papers: wrapped titles, site trails, letterheads, header blocks.

Each test is made-up text in the shape a class of real documents takes (issue 14).
"""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text

SUBJECT = "Harbour Tolls Raised Ferry Fares"


def test_a_title_wrapped_after_but_takes_its_second_line():
    text = f"Harbour Tolls Raised Ferry Fares but\nLeft the Islands Without a Plan\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title == (
        "Harbour Tolls Raised Ferry Fares but Left the Islands Without a Plan"
    )
