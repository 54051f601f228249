"""Every advising sentence of an announced list item or of a speaker's appeal is a
recommendation of its own (issue 14, settled truth convention), not only in the paragraphs
find_calls takes: a list item "Buy a second boat. The county should pay for its crew." gives two."""

from __future__ import annotations

from tests.unit.ingest.builders import analyze_text


def _openings(text: str) -> list[str]:
    return [r.text[:24] for r in analyze_text(text).recommendations]


def test_each_call_of_an_announced_list_item_is_its_own_recommendation() -> None:
    text = (
        "Keeping the Island Connected\n\n"
        "The island's ferry has run at a loss for six years, and its two boats are old.\n\n"
        "Last winter the night crossing was cancelled on eleven days.\n\n"
        "## Recommendations\n\n"
        "- Buy a second boat before next winter. The county should pay for its crew.\n"
        "- Publish the ferry's accounts every year.\n"
        "- Keep the night crossing running in winter.\n"
    )
    assert _openings(text) == [
        "Buy a second boat before",
        "The county should pay fo",
        "Publish the ferry's acco",
        "Keep the night crossing ",
    ]


def test_each_exhortation_after_a_speaker_s_appeal_is_its_own_recommendation() -> None:
    text = (
        "Statement on the Ferry Safety Bill\n\n"
        "Mr. Speaker, the island's ferry carried two hundred thousand passengers last year, "
        "and its inspections are still voluntary.\n\n"
        "I urge my colleagues to support this bill. Let's make the inspections mandatory.\n"
    )
    assert _openings(text) == ["I urge my colleagues to ", "Let's make the inspectio"]
