"""Titles, bylines and dates on real documents' front matter (issue 14, helper front20).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.front import Para, read_front


def _para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text=text, kind="heading" if level else "paragraph"), level)


def test_a_dateline_naming_a_speaker_by_courtesy_title_gives_the_surname():
    assert read_front([_para("Ms. HALVORSEN — 4 May 2011")])["author"] == "Halvorsen"
    assert read_front([_para("Dr. Okafor · 12 March 2019")])["author"] == "Okafor"
    # -- guard: a full name in a dateline stays as printed
    assert read_front([_para("Jo Lindqvist · 12 March 2019")])["author"] == "Jo Lindqvist"
