"""The stems that let find_advice_sentences skip the cue alternation on most texts (issue 20).

A text holding none of recommendations.CUE_STEMS is never searched for a cue,
so every cue must hold one of them, or it would silently stop being read.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import recommendations as recs
from briefing_app.ingest.vocabulary import ADVICE_CUES

# -- one phrase for each branch of OWN_ADVICE, _RECOMMENDED_TO and _NAMED_OWN
_BRANCHES = (
    "We strongly recommend asking first.",
    "We suggest attaching it.",
    "I advise you to wait.",
    "We generally wouldn't recommend importing it.",
    "Systems are also recommended to follow this guidance.",
    "My recommendation to decision makers is simple.",
    "La recomendación por tanto sería que se agregue.",
    "Notre recommandation est claire.",
    "Unsere Empfehlung ist klar.",
    "It is proposed that the fee be cut.",
    "Se propone que este sistema se use.",
    "Il est proposé que la taxe baisse.",
    "This is the preferred course of action.",
    "I’d recommend a script instead.",
    "My position on the matter is that the city should wait.",
    "Our stance is that the fee should fall.",
    "The recommended policy after the review is to build two clinics.",
)


@pytest.mark.parametrize("cue", ADVICE_CUES)
def test_every_advice_cue_holds_a_stem(cue: str) -> None:
    assert any(stem in cue.lower() for stem in recs.CUE_STEMS)


@pytest.mark.parametrize("sentence", _BRANCHES)
def test_every_first_person_and_named_cue_is_still_read(sentence: str) -> None:
    assert recs._cue_starts(sentence) != []


def test_letters_re_i_folds_and_lower_does_not_still_reach_the_cues() -> None:
    # -- "ſ" (long s) is "s" to re.I, not to str.lower(): the pre-check must not hide the cue
    text = "We ſuggest attaching it."
    assert recs._cue_starts(text) == [m.start() for m in recs._CUE.finditer(text)] != []


def test_a_text_without_a_stem_has_no_cue() -> None:
    assert recs._cue_starts("The grid held through the winter, as the operator said.") == []
