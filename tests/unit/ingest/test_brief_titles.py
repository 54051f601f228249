"""A brief's long title set in its headings' bold type, read as the title, not a section."""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.front import Para, take_title

TITLE = (
    "Keeping the Lights On: Ending Winter Power Cuts Across the Northern Valleys, "
    "Building a Shared Grid Repair Service for Every County"
)
TEXT = "The valleys lost power for a week last winter, and repairs took longer than anywhere else."


def _para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text=text, kind="heading" if level else "paragraph"), level)


def test_a_long_first_line_heading_nothing_is_the_title():
    paras = [_para(TITLE, 2), _para("Executive Summary", 2), _para(TEXT)]
    title, rest = take_title(paras, {}, "brief.pdf")
    assert title == TITLE
    assert [p.text for p in rest] == ["Executive Summary", TEXT]


def test_a_long_first_heading_with_text_under_it_is_no_title():
    paras = [_para(TITLE, 2), _para(TEXT), _para("Executive Summary", 2), _para(TEXT)]
    assert take_title(paras, {}, "brief.pdf")[0] != TITLE
