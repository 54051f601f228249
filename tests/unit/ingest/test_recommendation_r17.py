"""Recommendation recall on forms that recur across sources (issue 14, round r17), one rule each."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _heads(article) -> list[str]:
    return [r.headline[:30] for r in article.recommendations]


def test_a_sentence_free_in_a_partly_claimed_paragraph_is_still_found():
    # -- the appeal claims its own sentence; the cue sentence after a statement is advice too
    article = analyze_text(
        "The grid bill\n\n"
        f"{BODY}\n\n"
        "I urge my colleagues to pass the grid bill this week. The vote is on Tuesday. "
        "Operators are recommended to publish their outage data every month.\n\n"
        f"{BODY}\n"
    )
    assert _heads(article) == ["I urge my colleagues to pass t", "Operators are recommended to p"]


def test_a_paragraph_taken_whole_gives_no_second_recommendation_inside_it():
    article = analyze_text(
        "Recommendations\n\n"
        "The regulator should audit every subsidy. It is recommended to publish the audits.\n\n"
        "The regulator should cap prices for three winters.\n\n"
        f"{BODY}\n"
    )
    assert len(article.recommendations) == len({r.id for r in article.recommendations})
    texts = [r.text for r in article.recommendations]
    assert not any(a != b and a in b for a in texts for b in texts)


def test_a_recommendation_the_author_counts_among_theirs_is_advice():
    article = analyze_text(
        "Drive cycles\n\n"
        f"{BODY}\n\n"
        "Another recommendation focuses on simplifying feedback to drivers on the dashboard.\n\n"
        f"{BODY}\n\n"
        "The final suggestion discusses leveraging lane keep assist for eco-driving.\n\n"
        f"{BODY}\n\n"
        "Creating a statewide program is one important recommendation to be considered.\n"
    )
    assert _heads(article) == [
        "Another recommendation focuses",
        "The final suggestion discusses",
        "Creating a statewide program i",
    ]


def test_a_recommendation_someone_else_made_or_made_in_the_past_is_reported():
    article = analyze_text(
        "The inquiry\n\n"
        f"{BODY}\n\n"
        "The first recommendation came from the auditors in 2019. Another recommendation of "
        "the panel was to wait.\n\n"
        f"{BODY}\n"
    )
    assert article.recommendations == ()


def test_a_labelled_list_under_a_what_to_do_heading_is_advice():
    article = analyze_text(
        "# Governing the transition\n\n"
        f"{BODY}\n\n"
        "## What to do\n\n"
        "Large blocs:\n\n"
        "- Progressive compute levy on large commercial users\n"
        "- Public AI infrastructure investment\n\n"
        "Small and medium nations:\n\n"
        "- Regional bloc coordination before unilateral measures\n"
        "- Mineral resource leverage where available\n",
        ".md",
    )
    assert _heads(article) == [
        "Progressive compute levy on la",
        "Public AI infrastructure inves",
        "Regional bloc coordination bef",
        "Mineral resource leverage wher",
    ]


def test_a_labelled_list_under_a_descriptive_heading_stays_prose():
    article = analyze_text(
        "# Governing the transition\n\n"
        f"{BODY}\n\n"
        "## What happened in 2024\n\n"
        "Large blocs:\n\n"
        "- Progressive compute levy on large commercial users\n"
        "- Public AI infrastructure investment\n",
        ".md",
    )
    assert article.recommendations == ()


def test_it_is_time_prescribes_written_out_or_contracted():
    from briefing_app.ingest.cues import is_prescriptive

    for sentence in (
        "It is time to strengthen privacy protections.",
        "It’s time to strengthen privacy protections.",
        "It's critical to raise public knowledge of the law.",
        "It is necessary to fund the program for three more years.",
    ):
        assert is_prescriptive(sentence), sentence
    assert not is_prescriptive("Its time in office was short.")


def test_a_paragraph_naming_a_recommendation_starts_an_item_in_an_advice_section():
    article = analyze_text(
        "# Ending overdose deaths\n\n"
        f"{BODY}\n\n"
        "## Recommendations\n\n"
        "The state should fund mobile outreach teams in every county.\n\n"
        "Naloxone kits reached 4,000 homes last year, most of them in two counties.\n\n"
        "Creating a statewide prevention program is one important recommendation to be "
        "considered. Under the health department, the program should reach rural towns first.\n\n"
        "## Conclusion\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert _heads(article) == [
        "The state should fund mobile o",
        "Creating a statewide preventio",
        "The program should reach rural",
    ]


def test_a_ligature_a_pdf_keeps_as_one_character_is_spelt_out():
    from briefing_app.ingest.pdfligatures import spell_out_ligatures

    words = [{"text": "oﬀicial"}, {"text": "ﬁnancial"}, {"text": "plain"}]
    assert [w["text"] for w in spell_out_ligatures(words)] == ["official", "financial", "plain"]
