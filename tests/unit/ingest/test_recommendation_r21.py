"""A brief's closing advice in forms the first rules missed (issue 14, real-heldout13/15):
a memo addressed "To: … From: …" advises as a brief does, and "It is time for X to …" or
"It is important to …" tells an actor what to do."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _openings(article) -> list[str]:
    return [r.text[:30] for r in article.recommendations]


def _memo(header: str, closing: str) -> str:
    """A paper with ``header`` lines over its title, whose conclusion is ``closing``."""
    return (
        f"{header}# Keeping the Ferries Running\n\n## Background\n\n{BODY}\n\n"
        "The ferry ran late on most winter days, and the harbour board has little data.\n\n"
        f"## Conclusion\n\n{BODY} {closing}\n"
    )


_HEADER = "To: Mayor Ana Ruiz\n\nFrom: Tom Lee, Transport Analyst\n\nDate: May 3, 2021\n\n"
_CLOSING = (
    "The council should lease two spare boats for the winter. Results should be "
    "interpreted with caution."
)


def test_a_memo_addressed_to_a_reader_advises_in_its_closing_prose() -> None:
    article = analyze_text(_memo(_HEADER, _CLOSING), ".md")
    assert _openings(article) == ["The council should lease two s"]


def test_the_same_closing_without_the_address_lines_stays_prose() -> None:
    assert not analyze_text(_memo("", _CLOSING), ".md").recommendations
    # -- a sender alone (a forwarded note, an article "From: the archive") addresses no one
    assert not analyze_text(_memo("From: Tom Lee\n\n", _CLOSING), ".md").recommendations


def test_addressed_memo_needs_both_a_recipient_and_a_sender() -> None:
    from briefing_app.ingest.memohead import addressed_memo

    assert addressed_memo("To: Mayor Ana Ruiz\nFrom: Tom Lee\nRe: Ferries\n\nText.")
    assert not addressed_memo("From: Tom Lee\nSubject: Ferries\n\nText.")
    assert not addressed_memo("The ferry ran to: the island. It came from: the port.")


def test_it_is_time_for_an_actor_to_act_in_a_memos_closing_is_advice() -> None:
    closing = (
        "It is time for the harbour board to publish its timetables a season ahead. It is "
        "important to understand why the boats run late. It is important to establish a "
        "winter reserve fund with the county."
    )
    article = analyze_text(_memo(_HEADER, closing), ".md")
    assert _openings(article) == [
        "It is time for the harbour boa",
        "It is important to establish a",
    ]


def test_it_is_important_to_in_a_paper_that_is_no_memo_stays_prose() -> None:
    closing = "It is time for the harbour board to publish its timetables a season ahead."
    assert not analyze_text(_memo("", closing), ".md").recommendations


def test_a_briefs_body_says_what_should_be_done_but_not_what_must_or_whether() -> None:
    text = (
        "# Policy Brief: Keeping the Ferries Running\n\n## Background\n\n"
        f"{BODY}\n\n"
        "Crews must carry radios under the 2019 law. Whether crews should be paid overtime is "
        "disputed. The idea that ferries should be free is popular. Norway should also be a "
        "leader in safety. To cut the delays, more "
        "spare engines should be stocked at the harbour.\n\n"
        f"## Costs\n\n{BODY}\n"
    )
    assert _openings(analyze_text(text, ".md")) == ["To cut the delays, more spare "]
    # -- the same body in a paper that is no brief: a report's reasoning
    plain = text.replace("Policy Brief: ", "")
    assert not analyze_text(plain, ".md").recommendations


def test_a_named_actor_with_its_article_or_acronym_is_told_to_act() -> None:
    from briefing_app.ingest.calls import tells_actor

    common = {"the", "research"}
    assert tells_actor("The FDA should publish the labels.", common)
    assert tells_actor("The Dutch employers should hire the newcomers.", common)
    assert tells_actor(
        "The Harbour Safety Board (HSB) and Coast Transport Agency (CTA) should add radios.",
        common,
    )
    assert not tells_actor("The research should have started earlier.", common)
    assert not tells_actor("The Research should examine costs.", common)


def test_beside_a_list_taken_as_advice_only_a_sentence_naming_who_acts_is_added() -> None:
    text = (
        "# Policy Brief: Keeping the Ferries Running\n\n## Crews\n\n"
        f"{BODY}\n\n"
        "We recommend the following:\n\n"
        "- Hire two more deckhands for each boat.\n"
        "- Train every crew in night docking.\n\n"
        "The Harbour Board should publish the rota a month ahead. Every boat should be "
        "inspected twice a year.\n"
    )
    assert _openings(analyze_text(text, ".md")) == [
        "Hire two more deckhands for ea",
        "Train every crew in night dock",
        "The Harbour Board should publi",
    ]
