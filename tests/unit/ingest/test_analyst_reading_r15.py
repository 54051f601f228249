"""Advice in shapes the fifteenth round of issue 14 read, one rule each."""

from __future__ import annotations

from briefing_app.ingest.cues import verb_shaped
from briefing_app.ingest.recommendations import find_appeals
from tests.unit.ingest.builders import analyze_text

_GARDEN = """# Keeping a garden

## Looking after the beds

Gardeners learn most of this by trial and error over many seasons.

### Plan a long soak in the morning

Beds should get a long soak early, before the sun is high, so the roots grow down.

### Protect the soil every spring

A layer of bark keeps the moisture in and the weeds down through the dry months.

### {heading}

{text}

### Rotate your crops yearly

Beds that grow the same plant each year tire, and pests settle in the soil.

## Where we grow

The garden sits on a south-facing slope above the river.
"""


def _headlines(heading: str, text: str) -> list[str]:
    article = analyze_text(_GARDEN.format(heading=heading, text=text), ".md")
    return [r.headline for r in article.recommendations]


def test_a_verb_shaped_heading_between_commanding_siblings_whose_text_commands_is_a_tip():
    # -- "Compost" is no verb the vocabulary lists; its text tells the reader what to do
    text = "Kitchen scraps break down in a few months. Keep a heap in a shady corner."
    assert "Compost where you can" in _headlines("Compost where you can", text)


def test_the_same_heading_over_a_description_stays_a_section():
    text = "Kitchen scraps break down in a few months. The heap at the back is three years old."
    assert "Compost where you can" not in _headlines("Compost where you can", text)


def test_a_noun_heading_between_commanding_siblings_stays_a_section():
    text = "Kitchen scraps break down in a few months. Keep a heap in a shady corner."
    assert "Composting basics" not in _headlines("Composting basics", text)
    assert "Use of compost" not in _headlines("Use of compost", text)


def test_verb_shaped_openings():
    assert verb_shaped("Pair where appropriate")
    assert not verb_shaped("Costs and benefits")
    assert not verb_shaped("The garden")
    assert not verb_shaped("Use of force")


def _appeals(*paragraphs: str) -> list[str]:
    texts = list(paragraphs)
    return [texts[f.blocks[0]][slice(*f.span)] for f in find_appeals(texts) if f.span]


_SPEECH = (
    "I urge the council to back the harbour plan tonight.",
    "Fund the harbour. Train the crews. Open the docks. Rebuild the sea wall before the storms.",
    "So let’s not wait any longer. Send it to the mayor. I will sign it.",
)


def test_a_run_of_short_calls_in_a_speech_is_one_call():
    found = _appeals(*_SPEECH)
    assert (
        "Fund the harbour. Train the crews. Open the docks. Rebuild the sea wall before the storms."
        in found
    )
    assert "So let’s not wait any longer. Send it to the mayor." in found
    # -- the statement after the calls stays out, and no call is split off on its own
    assert "Train the crews." not in found
    assert not any("I will sign it" in call for call in found)
