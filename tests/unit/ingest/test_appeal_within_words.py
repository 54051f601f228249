"""The words that let find_appeals skip _APPEAL_WITHIN on most sentences (issue 20).

A sentence holding none of recommendations._APPEAL_WITHIN_WORDS is never
searched for a mid-sentence appeal, so every branch must hold one of them,
in any case and with the letters re.I folds and str.lower() does not.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import recommendations as recs

# -- one sentence for each branch of _APPEAL_WITHIN, then the same in capitals and folded
_BRANCHES = (
    "Zu der Tagung, zu der wir alle Mitglieder herzlich aufrufen.",
    "Ich möchte Sie alle zur Teilnahme auffordern.",
    "Wir rufen alle Bürger zur Teilnahme auf.",
    "Deshalb laden wir Sie herzlich zur Feier ein.",
    "Os invitamos a participar en la reunión.",
    "Hacemos un llamamiento a todos los vecinos.",
    "Nous vous invitons à venir nombreux.",
    "Nous appelons tous les habitants à voter.",
)
_FOLDED = ("WİR rufen alle Bürger auf.", "Nouſ invitons tous les membres.", "Wır laden Sie ein.")


@pytest.mark.parametrize("sentence", [*_BRANCHES, *_FOLDED])
def test_every_appeal_within_a_sentence_is_still_read(sentence: str) -> None:
    assert recs._APPEAL_WITHIN.search(sentence)
    assert recs._may_appeal_within(sentence)


@pytest.mark.parametrize("sentence", [s.upper() for s in (*_BRANCHES, *_FOLDED)])
def test_an_appeal_in_capitals_is_read_as_before(sentence: str) -> None:
    assert recs._may_appeal_within(sentence) or not recs._APPEAL_WITHIN.search(sentence)


def test_a_sentence_without_the_words_is_not_searched() -> None:
    assert not recs._may_appeal_within("The grid held through the winter, as the operator said.")
