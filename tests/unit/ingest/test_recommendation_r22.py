"""Advice real reports and memos give in forms the earlier rules missed (issue 14, heldout16/17):
the paper advising in its own name ("This report thus recommends …", "It recommends …" after
"This brief explores …"), one paragraph under "Recommendations" packing several, "I'd
recommend", "My position is that X should …", "The recommended policy is to …", and a brief's
conclusion drawn from its evidence ("The benefits … strongly suggest that X should be …")."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _openings(article) -> list[str]:
    """Each recommendation's first 24 characters."""
    return [r.text[:24] for r in article.recommendations]


def _paper(*sections: tuple[str, str]) -> str:
    """A markdown paper with a title and one section per (heading, paragraphs)."""
    body = "\n\n".join(f"## {heading}\n\n{text}" for heading, text in sections)
    return f"# Keeping the Ferries Running\n\n{body}\n"


def test_a_report_recommending_in_its_own_name_advises() -> None:
    text = _paper(
        ("Background", BODY),
        (
            "Conclusions",
            f"{BODY} This report thus recommends the addition of a winter ferry, in place of "
            "the spare bus.",
        ),
    )
    assert _openings(analyze_text(text, ".md")) == ["This report thus recomme"]


def test_it_recommends_is_the_papers_own_once_the_section_named_the_paper() -> None:
    summary = (
        "This brief explores how the ferries serve the islands.\n\n"
        "It recommends the council lease two spare boats for the winter."
    )
    article = analyze_text(_paper(("Summary", summary), ("Background", BODY)), ".md")
    assert _openings(article) == ["It recommends the counci"]
    memo = (
        "This policy memo outlines the ferry's troubles. The memo strongly urges the mayor to "
        "fund a winter reserve. Key recommendations include leasing two spare boats."
    )
    article = analyze_text(_paper(("Abstract", memo), ("Background", BODY)), ".md")
    assert _openings(article) == ["The memo strongly urges ", "Key recommendations incl"]


def test_a_story_reporting_a_reports_advice_gives_none() -> None:
    story = (
        "The report, published on Monday, recommends that the council lease two spare boats. "
        "It also recommends that every ferry carry a nurse. The memo urges the mayor to act."
    )
    assert not analyze_text(_paper(("News", f"{BODY} {story}")), ".md").recommendations


def test_a_paper_announcing_its_list_or_its_method_is_no_advice_itself() -> None:
    text = _paper(
        (
            "Approach",
            "This paper proposes a new model of ferry demand. This memo recommends the "
            "following steps. This memo recommends taking the following actions. This document "
            "recommends starting values.",
        ),
        ("Background", BODY),
    )
    assert not analyze_text(text, ".md").recommendations


def test_one_paragraph_under_recommendations_with_three_pieces_of_advice_is_three() -> None:
    advice = (
        "A winter ferry should be added to the timetable, with no change to the summer runs. "
        "The ferry should call at both islands on every crossing. The crew should follow the "
        "harbour board's winter guide."
    )
    text = _paper(("Background", BODY), ("Recommendations", advice))
    assert _openings(analyze_text(text, ".md")) == [
        "A winter ferry should be",
        "The ferry should call at",
        "The crew should follow t",
    ]


def test_id_recommend_is_the_authors_advice() -> None:
    text = _paper(("Review", f"{BODY} Finally, I’d also recommend keeping the code in a script."))
    assert _openings(analyze_text(text, ".md")) == ["Finally, I’d also recomm"]


def test_a_stance_that_a_party_should_act_advises_and_a_bare_stance_does_not() -> None:
    stance = "My position on the matter is that the government should not copy any existing system."
    assert _openings(analyze_text(_paper(("Position", f"{BODY} {stance}")), ".md")) == [
        "My position on the matte"
    ]
    bare = "My position on the matter is that the data are too thin to judge."
    assert not analyze_text(_paper(("Position", f"{BODY} {bare}")), ".md").recommendations


def test_the_recommended_policy_named_is_advice() -> None:
    named = (
        "The recommended policy after the modelling is to build two new clinics. Our suggested "
        "policy here is to combine both plans."
    )
    article = analyze_text(_paper(("Summary", f"{BODY} {named}")), ".md")
    assert _openings(article) == ["The recommended policy a", "Our suggested policy her"]


def test_a_memos_conclusion_drawn_from_its_evidence_advises() -> None:
    header = "To: Mayor Ana Ruiz\n\nFrom: Tom Lee, Transport Analyst\n\nDate: May 3, 2021\n\n"
    closing = (
        "The savings shown by the pilot across three islands strongly suggest that the winter "
        "ferry should be funded by the council."
    )
    text = _paper(("Background", BODY), ("Conclusion", closing))
    assert _openings(analyze_text(header + text, ".md")) == ["The savings shown by the"]
    assert not analyze_text(text, ".md").recommendations  # -- not a memo: a finding


def test_a_sentence_going_on_about_the_advice_before_it_is_no_second_piece() -> None:
    advice = (
        "We recommend that the new ferry pier should be built at the north harbour. It should "
        "attach to the northern end of the quay."
    )
    text = _paper(("Background", BODY), ("Recommendations", advice))
    assert _openings(analyze_text(text, ".md")) == ["We recommend that the ne"]


def test_a_duty_that_should_hold_in_a_memos_body_advises_and_hindsight_does_not() -> None:
    header = "To: Mayor Ana Ruiz\n\nFrom: Tom Lee, Transport Analyst\n\nDate: May 3, 2021\n\n"
    duty = "However, the council should have a duty to publish the winter timetable."
    text = _paper(("Background", f"{BODY} {duty}"), ("Outlook", BODY))
    assert _openings(analyze_text(header + text, ".md")) == ["However, the council sho"]
    hindsight = "However, the council should have known about the delays."
    text = _paper(("Background", f"{BODY} {hindsight}"), ("Outlook", BODY))
    assert not analyze_text(header + text, ".md").recommendations


_MEMO = "To: Mayor Ana Ruiz\n\nFrom: Tom Lee, Transport Analyst\n\nDate: May 3, 2021\n\n"


def test_a_group_told_to_act_in_a_sentences_second_half_in_a_memo_is_advice() -> None:
    call = "The ferries are a lifeline for the islands and the county government should fund them."
    text = _paper(("Background", f"{BODY} {call}"), ("Outlook", BODY))
    assert _openings(analyze_text(_MEMO + text, ".md")) == ["The ferries are a lifeli"]
    assert not analyze_text(text, ".md").recommendations  # -- not a memo: an opinion in passing


def test_that_before_a_noun_names_the_thing_to_be_done_and_a_pronoun_restates() -> None:
    named = "That distinction should be preserved in any public release."
    text = _paper(("Background", f"{BODY} {named}"), ("Outlook", BODY))
    assert _openings(analyze_text(_MEMO + text, ".md")) == ["That distinction should "]
    for other in (
        "That should be done before the winter.",
        "The mayor promotes the idea that the fares should be cut by the board.",
    ):
        text = _paper(("Background", f"{BODY} {other}"), ("Outlook", BODY))
        assert not analyze_text(_MEMO + text, ".md").recommendations, other


def test_a_recommendation_label_before_a_price_is_advice() -> None:
    text = _paper(
        ("Options", BODY), ("Summary", f"{BODY}\n\n**Recommendation:** $2.50 per ticket.")
    )
    assert _openings(analyze_text(text, ".md")) == ["Recommendation: $2.50 pe"]


def test_a_lone_title_case_label_under_next_steps_is_no_advice_and_a_lone_command_is() -> None:
    """A figure's form field the PDF reader took for a one-item numbered list ("Tax Receipt"
    under "7.3 Next Steps", heldout9) names a thing though "Tax" can be a verb; a one-item
    list that commands in a sentence still advises."""
    from briefing_app.ingest.recommendations import find_list_recommendations

    def found(item: str) -> list[tuple[int, ...]]:
        texts = ["Distribution Line Location Map", item, "No. of Persons"]
        kinds = [("paragraph", False), ("list_item", True), ("paragraph", False)]
        runs = find_list_recommendations(texts, kinds, set(), context={0: "7.3 Next Steps"})
        return [f.blocks for f in runs]

    assert found("Tax Receipt") == []
    assert found("Tax the receipts of the ferry company.") == [(1,)]
