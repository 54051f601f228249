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
