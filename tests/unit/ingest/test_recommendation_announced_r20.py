"""Recommendations announced by a lead-in or a label line, not by their own grammar (issue 14, r20).

A sentence that recommends a counted set ("We recommend two instruments …:") over as
many subheads, and a plain-text "Recommendations:" line over paragraphs of advice.
"""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _heads(article) -> list[str]:
    return [r.headline for r in article.recommendations]


# -- a counted recommendation over subheads ----------------------------------------------------


def _toolbox(lead: str, subheads: list[str]) -> str:
    parts = ["# Cleaner rivers for river towns", "## The problem", BODY, "## The toolbox", lead]
    for subhead in subheads:
        parts += [f"### {subhead}", BODY]
    parts += ["## References", "Smith, J. (2020). Rivers. Press."]
    return "\n\n".join(parts) + "\n"


def test_subheads_a_lead_in_recommends_by_count_are_each_one():
    article = analyze_text(
        _toolbox(
            "Rather than banning things, towns can price them. We recommend two instruments "
            "that councils can adopt quickly:",
            ["Deposit Fees on Bottles", "Tradable Discharge Permits"],
        ),
        ".md",
    )
    assert _heads(article) == ["Deposit Fees on Bottles", "Tradable Discharge Permits"]


def test_findings_that_suggest_priority_areas_announce_their_subheads():
    article = analyze_text(
        _toolbox(
            "Taken together, these results suggest three priority areas:",
            ["Retraining for Stranded Clerks", "Invest in Night Courses", "Track the Flows"],
        ),
        ".md",
    )
    assert len(article.recommendations) == 3


def test_a_count_that_does_not_match_or_names_no_advice_announces_nothing():
    # -- "three instruments" over two subheads; "three conclusions" are findings
    for lead, subheads in (
        ("We recommend three instruments:", ["Deposit Fees on Bottles", "Discharge Permits"]),
        ("The data suggest three conclusions:", ["Towns Differ", "Rivers Differ", "Fees Work"]),
    ):
        assert analyze_text(_toolbox(lead, subheads), ".md").recommendations == ()


# -- a plain-text label line over paragraphs of advice -----------------------------------------


def _audit_report(label: str) -> str:
    return (
        "We audited the loan model against the bank's own records for the last five years.\n\n"
        "The audit showed that applicants from rural districts were refused twice as often.\n\n"
        f"{label}\n\n"
        "Audit the training data so that rural applicants count as much as urban ones.\n\n"
        "Publish the refusal rates by district every quarter.\n\n"
        "Independently review the model before each new release.\n\n"
        "The audit took three weeks and involved four analysts from two departments.\n"
    )


def test_paragraphs_of_advice_after_a_recommendations_line_are_each_one():
    article = analyze_text(_audit_report("Recommendations:"), ".txt")
    assert [r.text for r in article.recommendations] == [
        "Audit the training data so that rural applicants count as much as urban ones.",
        "Publish the refusal rates by district every quarter.",
        "Independently review the model before each new release.",
    ]


def test_the_same_paragraphs_under_another_label_stay_prose():
    assert analyze_text(_audit_report("Method notes:"), ".txt").recommendations == ()
