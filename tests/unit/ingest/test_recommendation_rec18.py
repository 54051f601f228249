"""Advice written in shapes the rules missed, and reasons taken for advice (issue 14,
heldout17-19): ordinal reasons ("First, because …"), a brief that "advocates for" in its own
name, a list the writer proposes as "the following", points under topic labels, labelled
paragraphs after "… are recommended:", a reviewer's hedged suggestions, a brief's actors told
to act, and a command its list completes."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text
from tests.unit.ingest.test_recommendation_r22 import _openings, _paper


def test_ordinal_reasons_for_a_choice_are_no_advice() -> None:
    reasons = (
        "We looked at an inland site for the new depot. First, because it keeps the shore free, "
        "which should stay open to walkers. Second, because storms there should be milder. "
        "Third, because a large depot should serve as many towns as it can."
    )
    assert not analyze_text(_paper(("Background", BODY), ("Site", reasons)), ".md").recommendations
    advice = (
        "We looked at an inland site for the new depot. First, the council should buy the land "
        "this year. Second, the port should move its stores there. Third, the ferry board "
        "should fund the road."
    )
    article = analyze_text(_paper(("Background", BODY), ("Site", advice)), ".md")
    assert len(article.recommendations) == 3


def test_a_brief_advocating_for_something_in_its_own_name_advises() -> None:
    summary = (
        f"{BODY} This policy brief advocates for a winter reserve of two ferries, paid for by "
        "the port fees."
    )
    article = analyze_text(_paper(("Summary", summary), ("Background", BODY)), ".md")
    assert _openings(article) == ["This policy brief advoca"]
    story = f"{BODY} The union's report advocates for a winter reserve of two ferries."
    assert not analyze_text(_paper(("News", story)), ".md").recommendations


def test_a_list_the_writer_proposes_as_the_following_advises_without_a_colon() -> None:
    items = (
        "1. The port will keep two boats ready for the winter.\n"
        "2. Crews will be trained for ice on the northern route.\n"
        "3. Each island gets a weekly ferry from November to March.\n"
    )
    lead = (
        "I would propose the following changes to the ferry plan, so that the islands are "
        "served all winter. The changes would cost the port little."
    )
    article = analyze_text(_paper(("Background", BODY), ("Proposal", f"{lead}\n\n{items}")), ".md")
    assert _openings(article) == [
        "The port will keep two b",
        "Crews will be trained fo",
        "Each island gets a weekl",
    ]
    story = (
        "The committee heard the following changes to the ferry plan from the port, which "
        "would cost it little."
    )
    article = analyze_text(_paper(("Background", BODY), ("News", f"{story}\n\n{items}")), ".md")
    assert not article.recommendations


def test_the_points_under_topic_labels_advise_when_most_command() -> None:
    rules = (
        "1. Winter Service\n"
        "   - Keep two boats ready from November to March.\n"
        "   - Crews must be trained for ice on the northern route.\n"
        "2. Fares & Tickets\n"
        "   - Publish the winter fares by October.\n"
        "   - Offer a monthly pass to island residents.\n"
    )
    article = analyze_text(_paper(("Background", BODY), ("Plan", f"{BODY}\n\n{rules}")), ".md")
    assert _openings(article) == [
        "Keep two boats ready fro",
        "Crews must be trained fo",
        "Publish the winter fares",
        "Offer a monthly pass to ",
    ]
    facts = (
        "1. Winter Service\n"
        "   - Two boats from November to March.\n"
        "   - A crew trained for ice.\n"
        "2. Fares & Tickets\n"
        "   - Winter fares published in October.\n"
        "   - A monthly pass for island residents.\n"
    )
    article = analyze_text(_paper(("Background", BODY), ("Plan", f"{BODY}\n\n{facts}")), ".md")
    assert not article.recommendations


def test_labelled_paragraphs_after_a_line_recommending_them_advise() -> None:
    text = (
        f"Winter service\n\n{BODY}\n\n"
        "To keep the islands served, three actions are recommended:\n\n"
        "Spare Boats: Keep two boats ready from November to March.\n\n"
        "Ice Training: Train every crew for ice on the northern route.\n\n"
        "Winter Fares: Publish the winter fares by October.\n\n"
        "To measure the service:\n\n"
        "Crossings Kept: Count the crossings made against those timetabled.\n\n"
        "Waiting Time: Check how long islanders wait at the pier.\n"
    )
    assert _openings(analyze_text(text)) == [
        "Spare Boats: Keep two bo",
        "Ice Training: Train ever",
        "Winter Fares: Publish th",
    ]


def test_a_reviewers_hedged_suggestions_to_the_authors_advise() -> None:
    review = (
        "This memo gives feedback on your paper about the island ferries. Your paper is clear "
        "and your code ran for me. I think the opening section could be sharpened. Perhaps "
        "you could add a map of the routes. The paper would really benefit from a table of "
        "winter crossings. Your results on fares are convincing."
    )
    article = analyze_text(_paper(("Summary", review)), ".md")
    assert _openings(article) == [
        "I think the opening sect",
        "Perhaps you could add a ",
        "The paper would really b",
    ]
    essay = (
        "The ferry crossed twice a day in those years. I think the old captain could have "
        "sailed it blind. Perhaps you could say the islands lived by its timetable. The "
        "village would benefit from it for decades."
    )
    assert not analyze_text(_paper(("Memories", essay)), ".md").recommendations


def test_a_paper_titled_as_a_brief_advises_where_it_draws_its_implications() -> None:
    def paper(title: str) -> str:
        return (
            f"# {title}\n\n## Exposure\n\n{BODY}\n\n## Implications\n\n"
            "Businesses and port teams should keep a month of spare fuel on the islands.\n"
        )

    article = analyze_text(paper("Island Ferries Strategic Risk Brief"), ".md")
    assert _openings(article) == ["Businesses and port team"]
    assert not analyze_text(paper("Island Ferries in Winter"), ".md").recommendations


def test_a_briefs_actor_told_to_act_after_an_adverb_or_the_writers_belief_advises() -> None:
    body = (
        f"{BODY} The Port Authority specifically should lease two boats for the winter. "
        "With these costs in mind, we believe the council should fund a winter reserve. "
        "These companies should be eager to sell their spare boats."
    )
    text = f"# Ferry Policy Memo\n\n## Background\n\n{body}\n"
    assert _openings(analyze_text(text, ".md")) == [
        "The Port Authority speci",
        "With these costs in mind",
    ]


def test_a_command_its_list_completes_under_an_advice_heading_is_one_recommendation() -> None:
    section = (
        "Build a winter ferry reserve for the three northern islands with:\n\n"
        "- Two spare boats\n- A trained relief crew\n- A fuel store on each island\n"
    )
    article = analyze_text(_paper(("Background", BODY), ("Recommended approach", section)), ".md")
    assert _openings(article) == ["Build a winter ferry res"]
    assert len(article.recommendations[0].paragraphs) == 4
    article = analyze_text(_paper(("Background", BODY), ("The reserve", section)), ".md")
    assert not article.recommendations


def test_advice_headings_that_open_with_a_re_verb_advise() -> None:
    text = _paper(
        ("Background", BODY),
        ("Rebalance the timetable toward the winter months", BODY),
        ("Realign the fares with what each crossing costs", BODY),
        ("Decentralise the booking to the island offices", BODY),
    )
    assert [r.headline for r in analyze_text(text, ".md").recommendations] == [
        "Rebalance the timetable toward the winter months",
        "Realign the fares with what each crossing costs",
        "Decentralise the booking to the island offices",
    ]


def test_an_options_heading_with_the_writers_verdict_is_advice_for_or_against() -> None:
    text = _paper(
        ("Background", BODY),
        ("1. Winter Reserve: two spare boats ⭐ RECOMMENDED", f"**How it works:**\n\n{BODY}"),
        ("2. Fare Cap ❌ NOT RECOMMENDED", BODY),
        ("3. Night Crossings", BODY),
    )
    assert [r.headline for r in analyze_text(text, ".md").recommendations] == [
        "Winter Reserve: two spare boats ⭐ RECOMMENDED",
        "Fare Cap ❌ NOT RECOMMENDED",
    ]
