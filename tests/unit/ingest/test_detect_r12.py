"""Detection round 12 (issue 14): a speaker's appeals after a lead-in, proposals, offered
referrals, Spanish impersonal advice, and headings kept whole as headlines."""

from __future__ import annotations

from briefing_app.core.summarize import headline
from briefing_app.ingest.cues import imperative
from briefing_app.ingest.recommendations import find_advice_sentences, find_appeals
from tests.unit.ingest.builders import BODY, analyze_text


def _appealed(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in find_appeals([text]) if f.span]


# -- appeals: the speaker's own call, after a lead-in clause or "That's why"


def test_an_appeal_after_a_lead_in_clause_is_an_appeal():
    text = "To reach that goal, I call on the Assembly to fund the new laboratory."
    assert _appealed(text) == [text]


def test_an_appeal_after_so_at_the_end_of_a_lead_in_is_an_appeal():
    text = "Most farmers have used the scheme before, so I urge Parliament to renew it."
    assert _appealed(text) == [text]


def test_a_proposal_the_argument_leads_to_is_an_appeal():
    text = "The levy is unfair. That’s why I’ve proposed a flat fee for every harbour."
    assert _appealed(text) == ["That’s why I’ve proposed a flat fee for every harbour."]


def test_a_paper_s_proposed_method_is_no_appeal():
    assert _appealed("We have proposed a new model of the tides in this paper.") == []
    assert _appealed("In this chapter, we have proposed a parser for the logs.") == []


def test_an_ordinal_lead_in_is_left_to_the_ordinal_run():
    # -- "First, I call on …" is one of a counted run of proposals, read as that run
    assert _appealed("First, I call on every port to publish its catch.") == []


def test_a_lead_in_in_the_speaker_s_own_voice_is_a_clause_of_its_own():
    text = "In 2019 we recommended a review, and we recommend that it was worth doing."
    assert _appealed(text) == []


# -- the author's own proposal of an act, and its lookalikes


def test_we_propose_doing_something_is_own_advice():
    text = f"{BODY} We propose creating a winter reserve that pays plants to stay available."
    found = find_advice_sentences([text])
    assert len(found) == 1
    assert text[found[0].span[0] :].startswith("We propose creating")


def test_we_propose_using_a_method_is_a_paper_s_contribution():
    assert find_advice_sentences([f"{BODY} We propose using a graph model for the grid."]) == []


# -- a referral to someone who can help, offered to a reader in a condition


def test_an_offered_referral_after_a_condition_on_the_reader_is_advice():
    text = f"{BODY} If you’re still at school, you can also talk to a careers adviser there."
    assert len(find_advice_sentences([text])) == 1


def test_contact_us_after_a_condition_is_the_author_s_invitation():
    text = f"{BODY} If you’re in a council and want to know more, contact us at team@example.org."
    assert find_advice_sentences([text]) == []


# -- Spanish impersonal "one should" in the conditional, as German "sollte man"


def test_spanish_impersonal_should_is_advice():
    text = "A largo plazo, se debería invertir en la red de frío de los hospitales."
    assert len(find_advice_sentences([text])) == 1


def test_spanish_se_deberia_a_means_would_be_due_to():
    text = "El aumento de los precios se debería a la sequía del último verano."
    assert find_advice_sentences([text]) == []


# -- commands in a speech's counted run


def test_ordinal_then_stay_or_beat_commands():
    assert imperative("First, stay home when you are ill.")
    assert imperative("Second, beat the backlog before the summer.")


# -- a heading is its author's own headline


def test_a_heading_headline_keeps_its_last_word():
    assert headline("Pick a colleague to report to", whole=True) == "Pick a colleague to report to"


def test_a_heading_headline_is_not_cut_at_fifteen_words():
    heading = (
        "Make the form available in the places where people already report fraud and ask for help"
    )
    assert headline(heading, whole=True) == heading


def test_a_speech_whose_lead_in_appeal_makes_it_appeal_reads_its_calls():
    text = (
        "Remarks at the harbour\n\n"
        f"{BODY}\n\n"
        "To keep the port open, I call on the Council to fund the new dredger.\n\n"
        f"{BODY} We must also train the next pilots here.\n"
    )
    found = [r.text for r in analyze_text(text).recommendations]
    assert any(t.startswith("To keep the port open, I call on") for t in found)
    assert any(t.startswith("We must also train") for t in found)


# -- a party advised to weigh an act, and the author's comparative advice


def test_a_party_that_should_consider_an_act_is_advised():
    text = f"{BODY} Over time, the Region should consider closing the oldest plant."
    assert len(find_advice_sentences([text])) == 1


def test_should_consider_whether_weighs_no_act():
    assert find_advice_sentences([f"{BODY} The court should consider whether it applies."]) == []


def test_it_would_be_better_to_is_the_author_s_advice():
    text = f"{BODY} It would be better to ship one tool that works than five that do not."
    assert len(find_advice_sentences([text])) == 1
