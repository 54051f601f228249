"""Lookalikes of advice in papers and memos (issue 14): things proposed, reading guidance."""

from __future__ import annotations

import time

from briefing_app.ingest.cues import imperative
from briefing_app.ingest.recommendations import _defines, _reading_guidance, find_advice_sentences
from tests.unit.ingest.builders import BODY, analyze_text


def test_proposed_indices_defined_in_a_list_are_not_recommendations() -> None:
    article = analyze_text(
        f"# Governance and privacy\n\n{BODY}\n\n"
        "Based on our research we are proposing two indices that measure both:\n\n"
        "- A Service Speed Index (SSI) – This index measures delivery within the timeline.\n"
        "- A Data Care Index (DCI) that measures the responsible use of citizen data.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert not article.recommendations


def test_a_proposal_list_of_actions_is_still_advice() -> None:
    article = analyze_text(
        f"# Governance and privacy\n\n{BODY}\n\nWe propose the following:\n\n"
        "- Publish every service's delivery time each month.\n"
        "- Limit the data collected to what the service needs.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations][:1] == [
        "Publish every service's delivery time each month"
    ]


def test_defines_needs_a_defining_clause_and_no_advice() -> None:
    assert _defines("A Governance Index (GI) – This index measures delivery time.")
    assert _defines("An Information Privacy Index that measures responsible collection.")
    assert not _defines("A carbon tax of $50 per tonne, rising each year.")
    assert not _defines("Establish a registry that tracks loans.")


def test_recommending_a_route_through_the_document_is_not_advice() -> None:
    article = analyze_text(
        f"# How public should public data be?\n\n{BODY}\n\n"
        "For the reader familiar with the law, we recommend skipping Section 3.2. "
        "Again, for the reader familiar with the technology, we recommend skipping the next "
        f"section.\n\n{BODY}\n\nConsider a grievance about sewage overflow at a location.\n\n"
        "Tax Receipt\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert not article.recommendations


def test_reading_guidance_in_several_languages_but_not_advice_citing_a_section() -> None:
    assert _reading_guidance("we recommend skipping Section 3.2 and going to Section 4")
    assert _reading_guidance("empfehlen wir, Kapitel 4 zu überspringen")
    assert _reading_guidance("recomendamos pasar al capítulo 3")
    assert not _reading_guidance("As Section 4 shows, we recommend that Congress fund the program.")
    assert not _reading_guidance("we recommend that their section 3 staff be trained")


def test_reading_guidance_is_linear_on_hostile_text() -> None:
    def cpu(n: int) -> float:
        text = "skip " * n + "x"
        start = time.process_time()
        for _ in range(3):
            _reading_guidance(text)
            _defines("A " + "b " * n)
        return time.process_time() - start

    cpu(1000)
    small, large = min(cpu(4000) for _ in range(3)), min(cpu(32000) for _ in range(3))
    assert large < 8 * 3 * max(small, 1e-4)


def test_items_typed_inline_under_a_recommendations_heading_are_each_advice() -> None:
    article = analyze_text(
        f"# Protest and democracy\n\n{BODY}\n\n## Recommendations\n\n"
        "1. For European countries: - Enhance dialogue to manage violent protests (e.g., France). "
        "- Support peaceful protest channels.\n"
        "2. For Central Asian countries: - Promote freedom of expression. "
        "- Address repression's long-term risks.\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Enhance dialogue to manage violent protests (e.g., France)",
        "Support peaceful protest channels",
        "Promote freedom of expression",
        "Address repression's long-term risks",
    ]


def test_inline_dashes_outside_an_advice_section_or_not_advising_stay_prose() -> None:
    article = analyze_text(
        f"# Protest and democracy\n\n{BODY}\n\n## Findings\n\n"
        "Two patterns stand out: - Strong democracies see peaceful protest. "
        "- Authoritarian regimes see sporadic violence.\n\n"
        f"## Recommendations\n\n{BODY}\n\nWe saw two groups: - France and Italy. - Poland.\n",
        ".md",
    )
    assert not article.recommendations


def test_numbered_how_to_steps_with_everyday_verbs_are_advice() -> None:
    article = analyze_text(
        f"# Hydrangea care\n\n{BODY}\n\n## How to care for hydrangeas in vases\n\n"
        f"### 1. Examine the blooms\n\n{BODY}\n\n### 2. Use your garden\n\n{BODY}\n\n"
        f"### 3. Prep them\n\n{BODY}\n\n### 4. Get creative with arranging\n\n{BODY}\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Examine the blooms",
        "Use your garden",
        "Prep them",
        "Get creative with arranging",
    ]


def test_an_invitation_to_get_in_touch_is_not_a_guides_advice() -> None:
    article = analyze_text(
        f"# Writing a solicitation\n\n{BODY}\n\n"
        "We recommend keeping it short. We also recommend writing it with the team.\n\n"
        "Write in plain language for people who never heard of your agency.\n\n"
        "If you're interested in working with us, get in touch at team@example.gov.\n",
        ".md",
    )
    headlines = [r.headline for r in article.recommendations]
    assert any(h.startswith("Write in plain language") for h in headlines)
    assert not any("touch" in h for h in headlines)


def test_a_pointer_to_an_appendix_under_recommendations_is_not_one() -> None:
    article = analyze_text(
        f"# Newcomer health\n\n{BODY}\n\n## Recommendations\n\n"
        "We recommend a holistic education program for newcomers.\n\n"
        "We recommend a patient-hosted medical record.\n\n"
        "See appendix 7 for a detailed view of the workflow.\n",
        ".md",
    )
    headlines = [r.headline for r in article.recommendations]
    assert len(headlines) == 2
    assert not any(h.startswith("See appendix") for h in headlines)


def test_two_we_recommend_sentences_in_one_paragraph_are_two_recommendations() -> None:
    article = analyze_text(
        f"# Newcomer health\n\n{BODY}\n\n## Recommendations\n\n"
        "We recommend a holistic education program. We also recommend the program to teach "
        "telehealth.\n\nWe recommend a patient-hosted medical record.\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "We recommend a holistic education program",
        "We also recommend the program to teach telehealth",
        "We recommend a patient-hosted medical record",
    ]


def test_an_ordinal_after_the_counts_a_noun_and_commands_nothing() -> None:
    assert not imperative("The first track quantitatively evaluates the protocols.")
    assert not imperative("And the second step involves a jury.")
    assert imperative("First, track the spending of each agency.")
    article = analyze_text(
        f"# A competition\n\n{BODY}\n\nThe competition has three tracks. The first track "
        "quantitatively evaluates each protocol. The second track, in addition, involves a "
        "jury. The third track invites critical analysis.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert not article.recommendations


def test_the_authors_encouraging_readers_to_act_is_advice() -> None:
    article = analyze_text(
        f"# Climate negotiation\n\n{BODY}\n\n"
        "Fairness can be measured in many ways. We encourage the community to explore "
        "protocols that implement climate justice.\n\n"
        "Simulations emit carbon. To mitigate this harm, we encourage participating teams to "
        "consider their energy use. Rather, we invite the community to consider how regions "
        "differ. Hence, it is recommended to use efficient implementations.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [r.text for r in article.recommendations] == [
        "We encourage the community to explore protocols that implement climate justice.",
        "To mitigate this harm, we encourage participating teams to consider their energy use.",
        "Rather, we invite the community to consider how regions differ.",
        "Hence, it is recommended to use efficient implementations.",
    ]


def test_an_invitation_to_take_part_or_a_past_encouragement_is_no_advice() -> None:
    article = analyze_text(
        f"# A competition\n\n{BODY}\n\n"
        "We invite the community to join our working group. Last year we encouraged teams to "
        "share code. We encourage every newsroom we talk to, to start a partnership.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert not article.recommendations


def test_shaped_advice_is_linear_on_hostile_text() -> None:
    def cpu(n: int) -> float:
        texts = ["we, " * n + "we encourage", "a. " * n, "we encourage " * n]
        start = time.process_time()
        for text in texts:
            find_advice_sentences([text])
        return time.process_time() - start

    cpu(500)
    small, large = min(cpu(2000) for _ in range(3)), min(cpu(16000) for _ in range(3))
    assert large < 8 * 3 * max(small, 1e-4)


def test_a_party_recommended_to_act_in_the_present_is_advice() -> None:
    article = analyze_text(
        f"# Obsolete TLS\n\n{BODY}\n\n"
        "Systems not classified as NSS are recommended to also follow this guidance. "
        "Testing is now recommended for everyone with the disease. In 2019 the agency was "
        "recommended to close the office.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [r.text for r in article.recommendations] == [
        "Systems not classified as NSS are recommended to also follow this guidance."
    ]


def test_a_speech_that_appeals_calls_with_lets_and_asks_a_named_party() -> None:
    article = analyze_text(
        "Madam Speaker, members of Congress, my fellow Americans.\n\n"
        "Prices are up and families feel it. I ask Congress to pass the bill this spring.\n\n"
        "Let’s cap the cost of insulin at $35 a month. Let’s face it, costs are high. "
        "And let’s not abandon our streets.\n\n"
        "We ask the network: “Whatever you see there, show more of it.”\n",
        ".txt",
    )
    assert [r.text for r in article.recommendations] == [
        "I ask Congress to pass the bill this spring.",
        "Let’s cap the cost of insulin at $35 a month.",
        "And let’s not abandon our streets.",
    ]


def test_a_speech_that_appeals_commands_its_audience_but_not_in_its_own_turns() -> None:
    article = analyze_text(
        "Madam Speaker, members of Congress, my fellow Americans.\n\n"
        "Prices are up and families feel it. I ask Congress to act this spring.\n\n"
        "Ban assault weapons and high-capacity magazines. Think about that. "
        "Imagine what it means for families.\n\n"
        "The commission that studied ways to make the\n\n"
        "Tax Code simpler looked at the estate tax a year ago.\n",
        ".txt",
    )
    assert [r.text for r in article.recommendations] == [
        "I ask Congress to act this spring.",
        "Ban assault weapons and high-capacity magazines.",
    ]


def test_common_imperatives_take_discuss_rotate_communicate_open_advice_headings() -> None:
    article = analyze_text(
        f"# Pair programming\n\n{BODY}\n\n## Working as a pair\n\n"
        "### Rotate pairs regularly\n\nPairs should rotate often.\n\n"
        "### Discuss how to pair together\n\nAgree on a style first.\n\n"
        "### Take breaks\n\nLong focus is tiring.\n\n"
        "### Communicate effectively\n\nRespect each other's needs.\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Rotate pairs regularly",
        "Discuss how to pair together",
        "Take breaks",
        "Communicate effectively",
    ]


def test_its_best_to_is_advice_in_the_present_only() -> None:
    article = analyze_text(
        f"# Fresh figs\n\n{BODY}\n\nFresh figs are perishable. It's best to use them within "
        "two days. Back then it was best to dry them.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [r.text for r in article.recommendations] == ["It's best to use them within two days."]


def test_the_author_naming_their_own_recommendation_is_advice() -> None:
    article = analyze_text(
        f"# Medicamentos\n\n{BODY}\n\n"
        "La recomendación por tanto sería que se agregue demanda. Our recommendations are "
        "addressed to central government. The recommendation of the WHO is to test early. "
        "My recommendation to decision makers is a joint purchase.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [r.text for r in article.recommendations] == [
        "La recomendación por tanto sería que se agregue demanda.",
        "My recommendation to decision makers is a joint purchase.",
    ]


def test_options_named_then_weighed_are_not_advice_but_the_chosen_ones_are() -> None:
    options = (
        "- Increase the grant: Allows increases to councils with little revenue.\n"
        "- Retain the current minimum: Maintains stability but may keep inequities.\n"
        "- Reduce the minimum to 20%: Targets funding to needier councils.\n"
        "- Remove the minimum entirely: Maximizes targeting but may cause swings.\n"
        "- Reform the formula: Restructure the way grants are calculated.\n"
    )
    article = analyze_text(
        f"# Grants\n\n{BODY}\n\n## Possible courses of action\n\n{options}", ".md"
    )
    assert not article.recommendations
    # -- the same commands without an appraisal after a colon are a how-to's steps
    steps = options.replace(": Allows", ". It allows").replace(": Maintains", ". It keeps")
    steps = steps.replace(": Targets", ". It targets").replace(": Maximizes", ". It maximizes")
    article = analyze_text(f"# Grants\n\n{BODY}\n\n## Possible courses of action\n\n{steps}", ".md")
    assert len(article.recommendations) == 4


def test_a_course_named_the_recommended_one_is_advice() -> None:
    article = analyze_text(
        f"# Grants\n\n{BODY}\n\nSimulations show large swings. A gradual move to a needs-based "
        "formula is the recommended course of action. The old formula was the preferred "
        "course until 2010.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [r.text for r in article.recommendations] == [
        "A gradual move to a needs-based formula is the recommended course of action."
    ]


def test_requirement_key_words_defined_in_a_glossary_are_not_advice() -> None:
    article = analyze_text(
        "Key words for use in RFCs\n\n"
        'The key words "MUST", "SHOULD" and "MAY" in this document are to be interpreted as '
        "described in RFC 2119.\n\n"
        '1. MUST This word, or the term "REQUIRED", mean that the definition is absolute.\n\n'
        '2. SHOULD This word, or the adjective "RECOMMENDED", mean that there may be reasons '
        "to ignore an item.\n\n"
        "3. MAY This word means that an item is optional.\n\n"
        "Authors should incorporate this phrase near the beginning of their document.\n",
        ".txt",
    )
    assert [r.text for r in article.recommendations] == [
        "Authors should incorporate this phrase near the beginning of their document."
    ]


def test_the_reader_addressed_by_role_in_an_argued_text_is_called_to_act() -> None:
    from briefing_app.ingest.calls import _calls

    assert _calls("Administrators and analysts should embrace cryptographic agility.")
    assert _calls("Over time, all network operators must retire obsolete suites.")
    assert not _calls("Dell is advising that all customers should not deploy the update.")
    assert not _calls("Administrators should have known about the flaw.")


def test_a_framing_phrase_with_a_modal_is_no_advice_but_what_it_frames_may_be() -> None:
    from briefing_app.ingest.cues import is_prescriptive

    assert not is_prescriptive("It must be noted that, the levy like any other tool has limits.")
    assert not is_prescriptive("It is important to address that the levy is one of many factors.")
    assert not is_prescriptive("It should be borne in mind that the sample is small.")
    assert not is_prescriptive("We should note that the figures are estimates.")
    assert is_prescriptive("It should be noted that agencies must report every breach.")
    assert is_prescriptive("It is important to address the skills gap.")


def test_framing_sentences_under_recommendations_are_no_recommendations() -> None:
    article = analyze_text(
        f"# Levies for an ageing town\n\n## Background\n\n{BODY}\n\n## Recommendations\n\n"
        "It must be noted that, the levy like any other tool has some shortfalls. Shop owners "
        "often find the forms too long.\n\n"
        "It is important to address that the levy is one of many factors behind the budget.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert not article.recommendations


def test_a_guide_does_not_instruct_in_should_be_noted() -> None:
    from briefing_app.ingest.deontic import instructs

    assert not instructs("It should be noted that the URIs in the results are benign.")
    assert instructs("The URIs in the results should be verified benign.")


def test_a_hedged_have_to_is_a_forecast_not_advice() -> None:
    from briefing_app.ingest.cues import is_prescriptive

    assert not is_prescriptive("The town may have to accept a smaller budget or risk decline.")
    assert not is_prescriptive("Residents might need to wait a year for the new line.")
    assert is_prescriptive("The town has to accept a smaller budget.")
    assert is_prescriptive("Residents need to register before May.")
