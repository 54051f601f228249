"""Forms of the writer's advice the finders missed (issue 14, recform23): announced lists of act
labels, labelled paragraphs announced as steps, and first-person proposals. Made-up texts."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown


def _found(markdown: str) -> list[str]:
    """The texts of the recommendations found in a Markdown document."""
    return [r.text for r in analyze(parse_markdown(markdown, name="doc.md")).recommendations]


def _opens_each(texts: list[str], openings: tuple[str, ...]) -> None:
    for opening in openings:
        assert any(t.startswith(opening) for t in texts), (opening, texts)


GERUND_SOLUTIONS = """# Water utilities in small towns

## Problems and solutions

Small utilities lose a quarter of their water to leaks and bill late.

### Problems

1. Ageing pipes:
    - Most mains were laid before 1970 and break every winter.
2. Late billing:
    - Bills reach households three months after the water is used.

### Solutions

1. Replacing Ageing Mains:
    - A ten-year programme of replacement can cut leaks by half.
2. Metering Every Household:
    - Smart meters can bring the bill within a month of use.
3. Pooling Maintenance Crews:
    - Neighbouring towns can share crews and equipment.

## Conclusion

Utilities that act now will save money within a decade.
"""


def test_gerund_labels_under_a_solutions_heading_are_recommendations():
    texts = _found(GERUND_SOLUTIONS)
    _opens_each(texts, ("Replacing Ageing Mains", "Metering Every Household", "Pooling Main"))
    assert not any(t.startswith(("Ageing pipes", "Late billing")) for t in texts)


GERMAN_DEMANDS = """# Offener Brief zur Wasserversorgung

Die Gemeinden verlieren jedes Jahr mehr Wasser durch alte Leitungen.

Unsere Forderungen:

- Alte Leitungen schnell erneuern
- Wasserzähler in jedem Haushalt einbauen
- Kleine Versorger finanziell stärken

Mit freundlichen Grüßen
"""


def test_german_infinitive_labels_after_our_demands_are_recommendations():
    article = analyze(parse_markdown(GERMAN_DEMANDS, name="brief.md"))
    texts = [r.text for r in article.recommendations]
    for label in ("Alte Leitungen", "Wasserzähler", "Kleine Versorger"):
        assert any(label in t for t in texts), (label, texts)


REPORTED_LIST = """# Strike at the harbour

The dockworkers walked out on Monday morning.

The union's demands:

- Raising wages at the port
- Paying overtime on Sundays

The talks resume on Friday.
"""


def test_a_reported_list_of_gerund_labels_stays_prose():
    article = analyze(parse_markdown(REPORTED_LIST, name="strike.md"))
    assert not article.recommendations


STEPS_ANNOUNCED = """# Safer school crossings

## Background

Three children were hurt at crossings near schools in the district this year, and parents have
asked the council to respond.

## Urgent Actions Needed

The case for action is plain. The following steps are essential:

Lower Speed Limits: A limit of twenty miles an hour near schools is crucial for safety.

Trained Crossing Guards: Guards at every crossing during school hours are vital.

Better Lighting: Bright lighting at crossings is necessary for winter mornings.

These changes cost little compared with the harm they prevent.
"""


def test_labelled_paragraphs_after_an_announcement_of_steps_are_recommendations():
    texts = _found(STEPS_ANNOUNCED)
    _opens_each(texts, ("Lower Speed Limits", "Trained Crossing Guards", "Better Lighting"))
    assert not any(t.startswith("These changes") for t in texts)


LETTER = """# Letter to the editor

To the Editor,

Every spring the river floods the lower town, and every spring the council promises a study.
The last one was published eight years ago and nobody has read it since.

I propose a permanent flood board for the town, with members from the council, the farmers
upstream and the residents who live along the river.

As a resident of the lower town for twenty years, I advocate for a levy on new building in the
flood plain to pay for the board's work.

Sincerely,

A. Reader
"""


def test_first_person_proposals_are_recommendations():
    article = analyze(parse_markdown(LETTER, name="letter.md"))
    texts = [r.text for r in article.recommendations]
    assert any(t.startswith("I propose a permanent flood board") for t in texts), texts
    assert any("I advocate for a levy" in t for t in texts), texts


PAPER = """# A model of river floods

In this paper we propose a new model of river floods and test it on ten years of data.
The model explains most of the variance in flood height.
"""


def test_a_papers_we_propose_stays_prose():
    article = analyze(parse_markdown(PAPER, name="paper.md"))
    assert not article.recommendations
