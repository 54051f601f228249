"""Where a sentence ends: not after an abbreviation opened by a bracket, nor after an act's or a
bill's initials before its number; and Markdown's typed stars never reach a slide."""

from __future__ import annotations

import pytest

from briefing_app.core.text import split_sentences, without_typed_bold


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Local Government Code (R.A. 7160) lets towns levy fees. They rarely do.",
        "Towns may levy fees under S.B. 12 of the last session. They rarely do.",
        "Some fees work well (e.g. Ms Reyes's plastic-bag levy in the capital). They rarely do.",
    ],
)
def test_a_bracketed_abbreviation_or_an_acts_initials_do_not_end_a_sentence(text):
    assert _sentences(text) == [text[: text.index(" They")], "They rarely do."]


def test_initials_at_a_sentences_end_still_end_it_before_a_capital():
    text = "The levy was proposed by the D.A. The council refused it."
    assert _sentences(text) == ["The levy was proposed by the D.A.", "The council refused it."]


def test_typed_bold_loses_its_stars_and_keeps_its_words():
    typed = "Collected revenue enters a **Special Trust Account** and __nothing__ else."
    assert (
        without_typed_bold(typed)
        == "Collected revenue enters a Special Trust Account and nothing else."
    )
    assert without_typed_bold("2 ** 3 and a_b") == "2 ** 3 and a_b"


def test_a_cut_german_headline_does_not_end_on_an_article_or_a_preposition():
    from briefing_app.core.summarize import headline

    cut = headline(
        "Wir bitten Sie, den Ausbau mit den im Bericht genannten Mitteln zu einer vorrangigen "
        "Aufgabe der nächsten Regierung in allen Ländern und Gemeinden zu machen."
    )
    assert cut.split()[-1] not in {"den", "mit", "dem", "der", "zu", "und"}
    assert cut.startswith("Wir bitten Sie")
