"""A section's summary reads as the writer's prose: no list fragments, no printed paragraph numbers."""

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

_SECTION = """# Harbour fees

## Background

The harbour board sets the mooring fees for every berth in the town, and it has raised them
each spring for a decade while berths stood empty. Fishing crews now pay twice what they paid
in 2015, and several have moved their boats to the next bay.

The board was set up by the harbour act and is made up of:

- Two members for the berth holders.
- Two members for the fishing crews of the harbour.
- One member for the town council.

Its fees are reviewed by nobody outside the board, and the act gives the council no say in
them, so the rise has gone on unchecked for a decade.
"""

_LIST_SECTION = """# Harbour fees

## What we ask

We ask the board for three things:

- Freeze mooring fees for the fishing crews until the review ends.
- Publish the accounts of the harbour every year.
- Give the town council a seat on the fee review.
"""


def _summary(markdown: str, heading: str) -> str:
    article = analyze(parse_markdown(markdown, name="x.md"))
    return next(s.summary for s in article.sections if s.heading == heading)


def test_a_list_inside_prose_that_outweighs_it_gives_no_summary_sentence():
    summary = _summary(_SECTION, "Background")
    assert summary
    assert "Two members" not in summary and "One member" not in summary


def test_a_section_that_is_mostly_a_list_is_summarised_from_its_items():
    summary = _summary(_LIST_SECTION, "What we ask")
    assert "mooring fees" in summary or "accounts" in summary or "seat" in summary


_STATEMENT = """# Statement of the island council

## Statement delivered at the harbour conference

1 The island council thanks the conference for its work on the harbour and its ferries.

2 Ferry crossings to the island fell by a third last winter, and island families paid the price.

3 The council asks the ferry company to restore the winter ferry crossings before next year.

4 The council will report to the conference on the ferry crossings in the spring.
"""

_YEARS = """# Ferry crossings

## Winter

2019 Was the last winter in which every ferry crossing to the island ran on time.

The ferry company cut the winter crossings after that, and island families paid the price.

2022 Brought the crossings back to half of what they were.
"""


def test_numbers_printed_before_a_run_of_paragraphs_are_left_out_of_the_summary():
    summary = _summary(_STATEMENT, "Statement delivered at the harbour conference")
    assert summary and not any(ch.isdigit() for ch in summary[:2])
    assert " 2 Ferry" not in summary and " 3 The" not in summary and " 4 The" not in summary


def test_a_paragraph_opening_on_a_year_keeps_it():
    summary = _summary(_YEARS, "Winter")
    assert "2019 Was" in summary or "2022 Brought" in summary
