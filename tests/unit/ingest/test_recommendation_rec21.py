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
