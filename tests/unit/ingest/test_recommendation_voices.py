"""Advice in the author's own voice and a speaker's calls to act (issue 14, real-heldout3), one rule each."""

from __future__ import annotations

from tests.timing import least_cpu
from tests.unit.ingest.builders import BODY, analyze_text


def _openings(article) -> list[str]:
    return [r.text[:30] for r in article.recommendations]


def test_we_recommend_and_we_suggest_doing_are_the_authors_advice():
    article = analyze_text(
        "Writing the solicitation\n\n"
        f"{BODY}\n\n"
        "Contractors size their teams better with a budget. We recommend including the "
        "anticipated budget in the solicitation.\n\n"
        f"{BODY}\n\n"
        "If you have supporting material, we suggest attaching it as an appendix.\n"
    )
    assert [r.headline[:22] for r in article.recommendations] == [
        "We recommend including",
        "We suggest attaching i",
    ]


def test_we_suggest_a_finding_and_we_recommended_in_the_past_are_no_advice():
    article = analyze_text(
        "The pilot study\n\n"
        f"{BODY}\n\n"
        "We suggest that the effect is small and mostly seasonal. In 2019 we recommended a "
        "review, and we recommend that it was worth doing is no claim anyone made.\n\n"
        f"{BODY}\n"
    )
    assert article.recommendations == ()


def test_an_ordinal_item_that_says_what_something_is_describes():
    article = analyze_text(
        "Security basics\n\n"
        f"{BODY}\n\n"
        "There are two fundamental steps in securing information that must be described:\n\n"
        "- First, and most important, is the definition of a security policy. A policy should "
        "address three things.\n"
        "- The second fundamental is the use of resource security. Controls should match the "
        "policy.\n\n"
        f"{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


SPEECH = (
    "ACKNOWLEDGING THE SLAVE TRADE\n\n"
    "Mr. Speaker, I rise today in support of this resolution.\n\n"
    f"{BODY}\n\n"
    "This fight is ongoing both at home and abroad. We must extend our reach beyond domestic "
    "policy. There should be no question about it.\n\n"
    "The largest number live in the Caribbean. It is equally our responsibility to aid "
    "these nations.\n\n"
    "{close}\n"
)


def test_a_speech_that_urges_argues_its_calls_to_act_too():
    article = analyze_text(SPEECH.format(close="I urge my colleagues to support this resolution."))
    assert _openings(article) == [
        "We must extend our reach beyon",
        "It is equally our responsibili",
        "I urge my colleagues to suppor",
    ]


def test_modal_sentences_without_an_appeal_stay_prose():
    article = analyze_text(SPEECH.format(close="The resolution passed by voice vote."))
    assert article.recommendations == ()


def test_numbered_headings_a_title_announces_as_tips_are_recommendations_in_any_grammar():
    article = analyze_text(
        f"# Abnehmen: die 3 besten Tipps\n\n{BODY}\n\n## 1. Ernährung umstellen\n\n{BODY}\n\n"
        f"## 2. Satt essen\n\n{BODY}\n\n## 3. Abends keine Kohlenhydrate\n\n{BODY}\n",
        ".md",
    )
    recs = article.recommendations
    assert [r.headline for r in recs] == [
        "Ernährung umstellen",
        "Satt essen",
        "Abends keine Kohlenhydrate",
    ]
    assert [r.marker for r in recs] == ["1.", "2.", "3."]


def test_numbered_headings_nothing_announces_as_tips_stay_sections():
    article = analyze_text(
        f"# Annual report: lessons learned\n\n{BODY}\n\n## 1. Introduction\n\n{BODY}\n\n"
        f"## 2. Methods\n\n{BODY}\n\n## 3. Results\n\n{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_bold_lines_that_advise_carry_the_paragraphs_under_them():
    article = analyze_text(
        f"# Writing rules\n\n{BODY}\n\n**Follow the standard outline**\n\n{BODY}\n\n"
        f"**Amend or remove _whole paragraphs_**\n\nComputers compare whole paragraphs well.\n\n"
        f"**The outline is old**\n\n{BODY}\n",
        ".md",
    )
    recs = article.recommendations
    assert [r.headline for r in recs] == [
        "Follow the standard outline",
        "Amend or remove whole paragraphs",
    ]
    assert recs[1].paragraphs[-1] == "Computers compare whole paragraphs well."


GUIDE = (
    "Statement of objectives\n\n"
    f"{BODY}\n\n"
    "Include a brief summary of your agency's mission. Write in plain language; assume "
    "contractors have never heard of your agency.\n\n"
    "{second}\n\n"
    "List the place of performance. We recommend allowing remote work if at all possible.\n"
)


def test_a_guide_that_recommends_in_its_own_voice_advises_in_the_imperative_too():
    second = (
        "We recommend including the budget. If the officer objects, an alternative is to give "
        "the team's size. Do not include any implementation details."
    )
    article = analyze_text(GUIDE.format(second=second))
    assert [r.text[:24] for r in article.recommendations] == [
        "Write in plain language;",
        "We recommend including t",
        "If the officer objects, ",
        "Do not include any imple",
        "We recommend allowing re",
    ]


def test_imperatives_in_a_text_that_recommends_once_stay_instructions():
    article = analyze_text(GUIDE.format(second=BODY))
    assert [r.text[:24] for r in article.recommendations] == ["We recommend allowing re"]


def _hostile(n: int) -> str:
    """A text built to make the new rules backtrack: every rule active, long runs of their cues."""
    parts = [
        "I urge my colleagues to act now. We recommend reading it. We suggest asking first.",
        "The " + "Big " * (20 * n) + "thing must wait.",
        "we " * (50 * n) + "must act.",
        "First, and " + "most " * (20 * n) + "is the end.",
        "**" + "x " * (50 * n),
        "作者︱" + "春" * (5 * n),
        "Include a summary. " * (10 * n),
    ]
    return "\n\n".join(parts * 3)


def test_the_new_rules_stay_linear_on_hostile_text():
    small, large = (
        least_cpu(analyze_text, _hostile(20), ".md"),
        least_cpu(analyze_text, _hostile(80), ".md"),
    )
    assert large < 10 * max(small, 0.01), (small, large)  # -- linear: about 4x


def test_numbered_headings_under_ways_that_report_are_no_tips():
    article = analyze_text(
        f"# 3 ways the budget will hit you\n\n{BODY}\n\n## 1. Taxes rise\n\n{BODY}\n\n"
        f"## 2. Fares double\n\n{BODY}\n\n## 3. Clinics close\n\n{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_headings_that_name_a_thing_spelt_like_a_verb_are_no_advice():
    article = analyze_text(
        f"# Defence review\n\n{BODY}\n\n## Use of force\n\n{BODY}\n\n"
        f"## Review of the year\n\n{BODY}\n\n## Support of allies\n\n{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_one_commanding_bold_subhead_among_descriptive_ones_stays_a_subhead():
    article = analyze_text(
        f"# The war\n\n{BODY}\n\n**Support for Ukraine**\n\n{BODY} {BODY}\n\n"
        f"**The front line**\n\n{BODY} {BODY}\n\n**Winter ahead**\n\n{BODY} {BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_advice_quoted_inside_a_reporting_sentence_is_someone_elses():
    article = analyze_text(
        "Masks are back\n\n"
        f"{BODY}\n\n"
        'Dr Li said on Monday, "We recommend masks indoors for everyone over six."\n\n'
        "Die Ärztin sagte: „Wir empfehlen Masken in Innenräumen.“ Das Amt schwieg.\n\n"
        f"{BODY}\n"
    )
    assert article.recommendations == ()


def _closing_brief(title: str, *, label: str = "") -> str:
    """A paper whose conclusion advises in plain "should" prose, under ``title``."""
    return (
        f"# {title}\n\n{label}## Background\n\n{BODY}\n\n"
        "The grid lost power twice last winter, and research on storage is thin. The operator "
        "should have seen it coming.\n\n"
        f"## Conclusion\n\n{BODY} The state should fund a reserve of gas turbines for the "
        "coldest weeks. Results should be interpreted with caution. Research should examine the "
        "cost of storage. It must be noted that the figures are estimates.\n\n"
        "We should stop paying for plants that never run, and the regulator must publish its "
        "reserve margins every month.\n"
    )


def test_a_briefs_closing_should_sentences_to_an_actor_are_each_a_recommendation() -> None:
    for title, label in (
        ("Policy Brief: Keeping the Grid On", ""),
        ("Keeping the Grid On", "Policy Memo\n\n"),
    ):
        article = analyze_text(_closing_brief(title, label=label), ".md")
        assert _openings(article) == [
            "The state should fund a reserv",
            "We should stop paying for plan",
        ], title


def test_the_same_closing_prose_in_a_paper_that_is_no_brief_stays_prose() -> None:
    assert not analyze_text(_closing_brief("Keeping the Grid On"), ".md").recommendations


def test_what_a_paper_calls_itself() -> None:
    from briefing_app.ingest.calls import calls_itself_a_brief

    assert calls_itself_a_brief("Policy Proposal for the Campus", [])
    assert calls_itself_a_brief("Grid", ["Grid", "Jo Li", "Issue Brief"])
    assert calls_itself_a_brief("Grid", ["Grid", *["text"] * 9, "Policy Brief"])  # -- a foot line
    assert calls_itself_a_brief("Grid", ["Grid", "x", "y", "z", "This brief uses a benchmark."])
    assert not calls_itself_a_brief("Grid", ["Grid", "x", "y", "z", "After this brief visit, …"])
    assert not calls_itself_a_brief("Grid", ["Grid", "x", "y", "z", "The policy brief he cited"])
    assert not calls_itself_a_brief("Grid", ["Grid", "x", "y", "z", "This memo shows the plan."])


def test_a_closing_sentence_the_page_broke_takes_the_next_line_with_it() -> None:
    from briefing_app.ingest.calls import find_closing_calls

    texts = ["", "We should stop subsidizing the", "industry, and fund storage instead.", "Notes."]
    found = find_closing_calls([("Recap", [1, 2, 3])], texts, brief=True)
    assert [(f.blocks, f.span) for f in found] == [((1, 2), (0, 30))]


def _summarised_paper(summary: str) -> str:
    """A paper (no brief) whose executive summary is ``summary``, its body plain report."""
    return (
        f"# Keeping the Grid On\n\n## Executive summary\n\n{summary}\n\n"
        f"## Background\n\n{BODY}\n\n## Findings\n\n{BODY} The region should expect colder "
        "winters, says the weather service.\n"
    )


def test_should_sentences_of_a_one_paragraph_executive_summary_are_its_advice() -> None:
    summary = (
        f"{BODY} The state should fund a reserve of gas turbines for the coldest weeks. "
        "Results should be interpreted with caution. Grid operators should publish their "
        "reserve margins every month."
    )
    assert _openings(analyze_text(_summarised_paper(summary), ".md")) == [
        "The state should fund a reserv",
        "Grid operators should publish ",
    ]
    # -- a summary of several paragraphs reports as well: its "should" stays prose
    longer = f"{summary}\n\n{BODY}"
    assert not analyze_text(_summarised_paper(longer), ".md").recommendations
