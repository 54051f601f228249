"""Advice in real briefs, op-eds and speeches the earlier rules missed (issue 14, heldout21)."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _openings(article) -> list[str]:
    """Each recommendation's first 24 characters."""
    return [r.text[:24] for r in article.recommendations]


def test_the_means_listed_for_a_call_are_its_recommendations() -> None:
    brief = (
        "# Ferry Fares\n\n## Outlook\n\n"
        f"{BODY}\n\n"
        "Island fares have doubled in five years. Therefore, the harbour board must keep the "
        "night ferry affordable for shift workers. This can be accomplished by:\n\n"
        "1. Freezing the evening fare until the new boats arrive;\n"
        "2. Offering a monthly pass at the price of twelve single trips;\n"
        "3. Funding the pass from the mainland car park's income.\n\n"
        f"{BODY}\n"
    )
    assert _openings(analyze_text(brief, ".md")) == [
        "Therefore, the harbour b",
        "Freezing the evening far",
        "Offering a monthly pass ",
        "Funding the pass from th",
    ]
    # -- the same list after a sentence that reports, not prescribes: a method, no advice
    reported = brief.replace("must keep", "kept")
    assert not analyze_text(reported, ".md").recommendations


def test_acts_that_would_help_beside_our_own_suggestion_are_suggestions_too() -> None:
    memo = (
        "Ferry data memo\n\n"
        f"{BODY}\n\n"
        "Counting the night passengers by hand would allow us to check the ticket data. We "
        "suggest surveying the island households about their late shifts. Finally, repeating "
        "the 2019 count with our method would permit a fair comparison of the two winters.\n"
    )
    assert _openings(analyze_text(memo)) == [
        "Counting the night passe",
        "We suggest surveying the",
        "Finally, repeating the 2",
    ]
    # -- alone, such a sentence is a paper's reasoning about its limits, no advice
    limits = memo.replace(
        "We suggest surveying the island households about their late shifts. ", ""
    )
    assert not analyze_text(limits).recommendations


def test_the_call_a_piece_ends_on_is_its_recommendation() -> None:
    ending = (
        "So, instead of arguing about the timetable, we should fund the night ferry for "
        "another winter and count who uses it."
    )
    essay = f"Ferries and fear\n\n{BODY}\n\n{BODY}\n\n{BODY} {ending}\n"
    assert _openings(analyze_text(essay)) == ["So, instead of arguing a"]
    # -- the same call early in the piece is reasoning on the way
    early = f"Ferries and fear\n\n{BODY} {ending}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n"
    assert not analyze_text(early).recommendations
    # -- and a conclusion about what the writers did is no call
    done = essay.replace("we should fund", "we funded")
    assert not analyze_text(done).recommendations
