"""Titles, bylines and dates on real documents' front matter (issue 14, helper front21).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def test_a_login_written_first_dot_last_in_front_matter_reads_as_a_name():
    page = f"---\ntitle: Harbour tolls\nauthors: mira.halvorsen\n---\n\n{BODY}\n"
    assert analyze_text(page, ".md").author == "Mira Halvorsen"
    page = f"---\ntitle: Harbour tolls\nauthor: mira_halvorsen\n---\n\n{BODY}\n"
    assert analyze_text(page, ".md").author == "Mira Halvorsen"
    # -- guard: a site's domain names no writer
    page = f"---\ntitle: Harbour tolls\nauthor: harbourpost.com\n---\n\n{BODY}\n"
    assert analyze_text(page, ".md").author != "Harbourpost Com"
