"""English advice the heldout23 op-eds, essays and guidelines showed the detector missing or
misreading (issue 14, helper recen23): each test is an invented text of the same shape."""

from __future__ import annotations

from tests.unit.ingest.builders import analyze_text


def _openings(text: str, suffix: str = ".md") -> list[str]:
    return [r.text[:24] for r in analyze_text(text, suffix).recommendations]


_FERRY = (
    "# The Ferry Nobody Runs\n\n"
    "The island's ferry has run at a loss for six years, and its two boats are old.\n\n"
    "Last winter the night crossing was cancelled on eleven days.\n\n"
    "## So, what should be done?\n\n"
    "The ferry should be handed to a public trust, with fares set by the council. "
    "The trust should be paid a fixed grant each year. This would:\n\n"
    "1. Keep the night crossing running in winter,\n\n"
    "2. Bring the old boats back into service, and\n\n"
    "3. Give the crews a steady wage.\n\n"
    "The council should agree to the trust before the summer timetable is printed. "
    "It should also publish the ferry's accounts.\n"
)


def test_a_list_of_what_a_measure_would_do_is_no_advice() -> None:
    found = _openings(_FERRY)
    assert not any(o.startswith(("Keep the", "Bring the", "Give the")) for o in found)


def test_advice_before_a_lead_in_colon_counts_under_an_advice_heading() -> None:
    assert _openings(_FERRY) == [
        "The ferry should be hand",
        "The trust should be paid",
        "The council should agree",
        "It should also publish t",
    ]


def test_a_lead_in_that_proposes_an_act_is_advice_with_its_list() -> None:
    text = (
        "# Keeping the Island Connected\n\n"
        "The island's ferry has run at a loss for six years, and its two boats are old.\n\n"
        "## Next Steps\n\n"
        "We propose a working meeting with the harbour board to:\n\n"
        "- Compare the costs of a second boat and a longer lease\n"
        "- Review the winter timetable with the crews\n"
        "- Agree a date for the public consultation\n"
    )
    assert _openings(text) == [
        "We propose a working mee",
        "Compare the costs of a s",
        "Review the winter timeta",
        "Agree a date for the pub",
    ]


_ARGUED = (
    "# Ten Points on Ferry Safety\n\n"
    "The island's ferry carried two hundred thousand passengers last year. Its inspections are "
    "still voluntary, and its crews are trained on the job.\n\n"
    "We must make the inspections mandatory before the next winter season begins.\n\n"
    "The crews work long shifts in bad weather, and the night crossing is the hardest.\n\n"
    "We should pay for proper training, and we should pay the crews for the hours they train.\n\n"
    "Lifejackets should be checked every month. For the night crossing, a second mate should "
    "be on deck at all times.\n\n"
    "Whatever the harbour board decides, the money has to be there to keep the boats safe.\n\n"
    "The old pier is rotting, but when the money needs to be found nobody answers. New boats "
    "will need to be bought within ten years. Islanders should have a say.\n\n"
    "We need to remember who the ferry is for: the people who live on the island.\n"
)


def test_a_duty_put_on_a_party_counts_in_a_piece_that_argues() -> None:
    """Not a need inside a clause after a conjunction, a future need or a state to have."""
    assert _openings(_ARGUED) == [
        "We must make the inspect",
        "We should pay for proper",
        "Lifejackets should be ch",
        "For the night crossing, ",
        "Whatever the harbour boa",
        "We need to remember who ",
    ]


def test_a_heading_naming_an_act_under_recommendations_is_one() -> None:
    text = (
        "# Running the Island Ferry Better\n\n"
        "The ferry has run at a loss for six years, and its two boats are old.\n\n"
        "## Recommendations\n\n"
        "### Strengthening the Winter Service\n\n"
        "A second boat is essential for a reliable winter timetable. It would also cut the "
        "waiting lists.\n\n"
        "### Improving the Ferry's Accounts\n\n"
        "Publishing the accounts every year can build trust with the islanders.\n\n"
        "### Training the Crews\n\n"
        "Paid training days can keep experienced crews on the island.\n\n"
        "## Conclusion\n\n"
        "The island depends on its ferry.\n"
    )
    assert _openings(text) == [
        "A second boat is essenti",
        "Publishing the accounts ",
        "Paid training days can k",
    ]
