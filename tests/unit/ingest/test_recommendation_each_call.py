"""Every advising sentence of a calling paragraph is a recommendation of its own (issue 14,
settled truth convention): a paragraph of an op-ed that makes three calls gives three, in
reading order, with no sentence in two of them."""

from __future__ import annotations

from briefing_app.ingest import calls
from briefing_app.ingest.recommendations import Found
from tests.unit.ingest.builders import analyze_text

_NEUTRAL = [
    "The island's harbour was built forty years ago, when two ferries a day were enough.",
    "Today more than a thousand people cross to the mainland every morning and back at night.",
    "Last winter the night ferry was cancelled on eleven days, mostly for engine repairs.",
    "The county's budget for the crossing has not changed since the harbour opened.",
]


def _op_ed(calling: str) -> str:
    paragraphs = [
        *_NEUTRAL,
        "We must keep the night ferry running through the winter, without exceptions.",
        calling,
        "We should also ask the county to publish the ferry's accounts every year.",
    ]
    return "The Ferry Belongs to Everyone\n\n" + "\n\n".join(paragraphs) + "\n"


def _found(calling: str) -> tuple[list[str], list[str]]:
    """The op-ed's recommendations: their openings and their texts."""
    recs = analyze_text(_op_ed(calling)).recommendations
    return [r.text[:25] for r in recs], [r.text for r in recs]


def test_each_call_of_a_calling_paragraph_is_its_own_recommendation() -> None:
    calling = (
        "The new terminal must be placed away from the harbour's last beach. The new terminal "
        "should not displace the fish market. It is close to the school. We must link the "
        "terminal to the bus station by a covered path."
    )
    openings, texts = _found(calling)
    assert openings == [
        "We must keep the night fe",
        "The new terminal must be ",
        "The new terminal should n",
        "We must link the terminal",
        "We should also ask the co",
    ]
    # -- what comes between two calls stays with the one before it; nothing is said twice
    assert texts[2].endswith("It is close to the school.")
    assert "fish market" not in texts[1]


def test_a_sentence_that_goes_on_about_a_call_stays_with_it() -> None:
    calling = (
        "The new terminal must be placed away from the harbour's last beach. It should stand "
        "on the old car park instead. The hall must not rise above one floor. All doors "
        "should be made wide enough for bicycles."
    )
    openings, texts = _found(calling)
    assert openings[1:4] == [
        "The new terminal must be ",
        "The hall must not rise ab",
        "We should also ask the co",
    ]
    # -- a norm in the passive spells out the call before it
    assert "old car park" in texts[1] and texts[2].endswith("wide enough for bicycles.")


def test_each_call_keeps_the_marker_and_the_continuing_paragraphs() -> None:
    texts = ["1. Fund the ferry. The county should pay for a second boat. It is old.", "More."]
    found = calls.each_call([Found(1, (0, 1), "1. ")], texts)
    cut = texts[0].index("The county")
    assert found == [Found(1, (0,), "1. ", (0, cut)), Found(1, (0, 1), "", (cut, len(texts[0])))]
