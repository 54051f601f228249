"""Recommendation recall on forms with a clear document convention (issue 14, round r19)."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _heads(article) -> list[str]:
    return [r.headline[:30] for r in article.recommendations]


def _texts(article) -> list[str]:
    return [r.text for r in article.recommendations]


# -- a speaker's requests in so many words ---------------------------------------------------


def test_a_speakers_i_ask_you_requests_are_recommendations():
    article = analyze_text(
        "Address to the nation\n\n"
        f"{BODY}\n\n"
        "Americans are asking what is expected of them. I ask you to live your lives, and hug "
        "your children. Many fear the coming months, and I ask you to be calm.\n\n"
        f"{BODY}\n\n"
        "I ask for your patience, with the delays that tighter security will bring.\n"
    )
    texts = _texts(article)
    assert len(texts) == 3
    assert texts[0].startswith("I ask you to live your lives")
    assert texts[1].startswith("Many fear the coming months, and I ask you to be calm")
    assert texts[2].startswith("I ask for your patience")


def test_asking_the_audience_to_imagine_or_a_quoted_request_is_no_recommendation():
    article = analyze_text(
        "A speech on the sea\n\n"
        f"{BODY}\n\n"
        "I ask you to imagine a coast without a single harbour light.\n\n"
        'The captain told the crew, "I ask you to stay below deck."\n\n'
        f"{BODY}\n"
    )
    assert article.recommendations == ()


# -- demands announced before a colon -----------------------------------------------------------


def test_demands_the_speaker_announces_before_a_colon_are_each_a_recommendation():
    article = analyze_text(
        "Address to the nation\n\n"
        f"{BODY}\n\n"
        "And tonight, this country makes the following demands on the regime: Deliver the "
        "leaders of the network to our authorities. Release all foreign nationals you hold. "
        "Close every training camp immediately.\n\n"
        "These demands are not open to negotiation.\n\n"
        f"{BODY} Tonight I have a message for our military: Be ready. The hour is coming.\n"
    )
    assert _heads(article) == [
        "Deliver the leaders of the net",
        "Release all foreign nationals ",
        "Close every training camp imme",
        "Be ready",
    ]


def test_demands_reported_in_the_past_or_narration_are_no_recommendation():
    article = analyze_text(
        "The strike\n\n"
        f"{BODY}\n\n"
        "On the third day of the stoppage the strikers made the following demands: Release the "
        "arrested organisers. Close the "
        "night shift. Pay the overtime owed.\n\n"
        "First, the managers refused to meet them. Second, the police arrived at noon. Third, "
        "the strikers went home.\n\n"
        f"{BODY}\n"
    )
    assert article.recommendations == ()


# -- a list that finishes an open command to a party -------------------------------------------


def test_a_list_finishing_a_command_to_a_party_gives_one_recommendation_per_item():
    article = analyze_text(
        "# Drug facts memo\n\n"
        "## Recommended actions\n\n"
        f"{BODY}\n\n"
        "Direct the agency to\n\n"
        "1. Create a list of drugs for which the choice of trial is clear\n"
        "2. Assign the original reviewers of these drugs to the boxes\n"
        "3. Survey patients and physicians for their opinions\n\n"
        "## Background\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert _heads(article) == [
        "Create a list of drugs for whi",
        "Assign the original reviewers ",
        "Survey patients and physicians",
    ]


def test_a_procedures_steps_after_a_lead_in_are_no_recommendations():
    article = analyze_text(
        "# Finding the report\n\n"
        f"{BODY}\n\n"
        "Open the archive page to\n\n"
        "1. Click the link to download the zip file\n"
        "2. Extract the files and open the review memo\n"
        "3. Scroll to page 198\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


# -- a document that declares its labelled values recommendations -------------------------------

_DECLARED = (
    "# Starting values\n\n"
    "## Purpose\n\n"
    "The bills leave many values to regulation. This document recommends starting values. "
    "Every number below is a recommendation with rationale, not a requirement.\n\n"
    "## Part 1\n\n"
    "**Processing fee cap.** $500 per bidder per fiscal year for full disclosure.\n\n"
    "**Recall petition parameters.** Signatures from 40% of the electorate within 90 days.\n\n"
    "## Part 2\n\n"
    "**Collection period maximum.** 60 months for natural persons.\n\n"
    "## Priorities\n\n"
    "The first year's regulations come in this order.\n\n"
    "## Open questions\n\n"
    "**Journalism definition.** The exemption applies to journalists; defining it needs care.\n"
)


def test_bold_labelled_values_a_document_declares_recommendations_are_each_one():
    article = analyze_text(_DECLARED, ".md")
    # -- the bold leads are the values' subheads (markdown's run-in heads), each value its text --
    assert [(r.headline, r.text[:12]) for r in article.recommendations] == [
        ("Processing fee cap", "$500 per bid"),
        ("Recall petition parameters", "Signatures f"),
        ("Collection period maximum", "60 months fo"),
    ]


def test_bold_labelled_values_without_a_declaration_stay_prose():
    article = analyze_text(
        _DECLARED.replace(
            "Every number below is a recommendation with rationale, not a requirement.",
            "The numbers below come from the consultation.",
        ).replace("This document recommends starting values. ", ""),
        ".md",
    )
    assert article.recommendations == ()


def test_the_writers_recommend_label_inside_a_paragraph_is_a_recommendation():
    article = analyze_text(
        "Open questions\n\n"
        f"{BODY}\n\n"
        "Whether investigations continue through an election is not addressed. Recommend: "
        "investigations in progress at writ issue continue.\n\n"
        f"{BODY}\n"
    )
    assert _texts(article) == ["Recommend: investigations in progress at writ issue continue."]


# -- a call to action, audience by audience -----------------------------------------------------

_CALL = (
    "# The alliance brief\n\n"
    "## Background\n\n"
    f"{BODY}\n\n"
    "## Call to Action\n\n"
    "This framework needs champions. Several specific actions could advance it:\n\n"
    "### For foundations\n\n"
    "Your voices carry weight with policymakers and maintainers alike. Public statements "
    "supporting coordinated funding would show the breadth of support.\n\n"
    "### For lawmakers\n\n"
    "If you have championed digital policy, this framework is for you. Specific asks:\n\n"
    "- Include funding for open infrastructure in the budget negotiations\n"
    "- Oppose further cuts to existing programs\n\n"
    "## Conclusion\n\n"
    f"{BODY}\n"
)


def test_a_call_to_action_gives_each_ask_and_each_audiences_request():
    article = analyze_text(_CALL, ".md")
    assert [t[:30] for t in _texts(article)] == [
        "Public statements supporting c",
        "Include funding for open infra",
        "Oppose further cuts to existin",
    ]


def test_a_section_about_calls_to_action_is_no_call_to_action():
    article = analyze_text(
        _CALL.replace("## Call to Action", "## Writing a good call to action"), ".md"
    )
    assert article.recommendations == ()


# -- numbered headings ------------------------------------------------------------------------


def test_recommendation_numbered_headings_under_recommendations_are_each_one():
    article = analyze_text(
        "# Open resources brief\n\n"
        "## Findings\n\n"
        f"{BODY}\n\n"
        "## Conclusions & Recommendations\n\n"
        "### R1: Crypto technologies can play a role in open resources\n\n"
        f"{BODY}\n\n"
        "### R2: Signing works is essential to traceability\n\n"
        f"{BODY}\n\n"
        "### R3: Global standards for traceable resources are needed\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [r.headline[:6] for r in article.recommendations] == ["R1: Cr", "R2: Si", "R3: Gl"]


def test_counted_phases_of_a_roadmap_are_no_commands():
    article = analyze_text(
        "# The alliance brief\n\n"
        "## Implementation roadmap\n\n"
        "### Phase 1: Foundation (months 1-6)\n\n"
        f"{BODY}\n\n"
        "### Phase 2: Institutional setup (months 7-12)\n\n"
        f"{BODY}\n\n"
        "### Phase 3: Initial operations (year 1)\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_a_numbered_list_of_recommendations_resumed_after_a_comment_stays_one_list():
    article = analyze_text(
        "# Hydroponics brief\n\n"
        "## Recommendations\n\n"
        "We have a few recommendations for a slow introduction of hydroponic systems.\n\n"
        "1. Every farm over 750 acres is required to keep some land for hydroponic systems.\n\n"
        "This policy does not apply to farms smaller than that.\n\n"
        "2. The government will provide tax breaks for every hydroponic system in use.\n\n"
        "## Background\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert [t[:30] for t in _texts(article)] == [
        "Every farm over 750 acres is r",
        "The government will provide ta",
    ]


# -- an option the writer rejects ------------------------------------------------------------


def _options_brief(verdict: str) -> str:
    return (
        "# Price controls at the ballpark\n\n"
        f"{BODY}\n\n"
        f"## Option 2: Price ceiling {verdict}\n\n"
        "**Problems:**\n\n"
        "- Shortages appear at every stand within the first innings of a game\n"
        "- Queues grow longer and fans miss the game waiting for a drink\n"
        "- Resale of drinks moves to the stands at a higher price than before\n"
    )


def test_the_points_under_a_not_recommended_option_are_no_recommendations():
    # -- the verdict itself is advice against the option (rec18); its problems are not advice
    article = analyze_text(_options_brief("❌ NOT RECOMMENDED"), ".md")
    assert [r.paragraphs for r in article.recommendations] == [
        ("Option 2: Price ceiling ❌ NOT RECOMMENDED",)
    ]


def test_the_points_under_a_recommended_option_still_count():
    assert analyze_text(_options_brief("(recommended)"), ".md").recommendations
