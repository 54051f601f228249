"""Link addresses go to the deck's speaker notes and the memo's source list, for ticked text
only; footnotes print as their section's notes in the memo's annex, never as body text."""

from __future__ import annotations

import datetime as dt
import io

import pypdf

from briefing_app.core.briefing import Briefing
from briefing_app.core.document import Document, Footnote
from briefing_app.export.deck.geometry import geometry_for
from briefing_app.export.deck.plan import plan_deck
from briefing_app.export.memo.plan import build_plan
from briefing_app.export.memo.writer import render_memo
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

TEXT = """# Water report

The basin feeds three countries and the quarrel over it is older than any of them.

## Budgets

The figures come from the [World Bank water data](https://data.worldbank.org/water).[^1]

## Outlook

Talks resume in spring, says the [ministry](https://mfa.example/talks), with new money.

[^1]: National budget laws for 2020, as published by each finance ministry.
"""
DAY = dt.date(2024, 5, 1)


def _briefing() -> Briefing:
    return Briefing.from_article(analyze(parse_markdown(TEXT, name="w.md")))


def _id(briefing: Briefing, heading: str) -> str:
    return next(s.id for s in briefing.article.sections if s.heading == heading)


def test_footnotes_are_kept_with_the_block_that_calls_them_and_survive_a_project():
    doc = parse_markdown(TEXT)
    (note,) = doc.footnotes
    assert (note.label, note.text) == (
        "1",
        "National budget laws for 2020, as published by each finance ministry.",
    )
    assert TEXT[note.start :].startswith("The figures come from")
    assert Document.from_json(doc.to_json()).footnotes == (note,)
    assert isinstance(note, Footnote)


def test_the_deck_notes_give_each_ticked_sections_link_addresses():
    briefing = _briefing()
    slides = {s.title: s for s in plan_deck(briefing, geometry_for(None)).slides}
    assert "World Bank water data: https://data.worldbank.org/water" in slides["Budgets"].notes
    assert "https://mfa.example/talks" in slides["Outlook"].notes
    assert "https://mfa.example" not in slides["Budgets"].notes


def test_the_memo_source_list_has_the_links_of_ticked_sections_only():
    briefing = _briefing()
    briefing.set_picked(_id(briefing, "Outlook"), False)
    links = build_plan(briefing, today=DAY).citation.links
    assert links == (("World Bank water data", "https://data.worldbank.org/water"),)
    text = "".join(
        p.extract_text()
        for p in pypdf.PdfReader(io.BytesIO(render_memo(briefing, today=DAY).pdf)).pages
    )
    assert "https://data.worldbank.org/water" in text and "mfa.example" not in text


def test_a_footnote_prints_as_its_sections_note_not_as_body_text():
    briefing = _briefing()
    plan = build_plan(briefing, today=DAY)
    budgets = next(i for i in plan.annex if i.title == "Budgets")
    assert budgets.notes == (
        ("1", "National budget laws for 2020, as published by each finance ministry."),
    )
    assert not any("National budget laws" in p for i in plan.annex for p in i.paragraphs)
    text = "".join(
        p.extract_text()
        for p in pypdf.PdfReader(io.BytesIO(render_memo(briefing, today=DAY).pdf)).pages
    )
    assert "Note 1: National budget laws for 2020" in " ".join(text.split())
