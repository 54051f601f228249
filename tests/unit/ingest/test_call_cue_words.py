"""The words that let find_calls skip its cue patterns on most paragraphs (issue 20).

A paragraph holding none of calls._CALL_CUE_WORDS is never searched with _WE_MUST,
_BE_DONE_CUE or _MODAL_CUE, and one holding none of calls._FOREIGN_CALL_WORDS never
with _FOREIGN_CALL: every branch must hold one of those words, or its calls would
silently stop being read.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.ingest import calls
from briefing_app.ingest.recommendations import may_hold

# -- one phrase for each branch of _WE_MUST, _MODAL_CUE and _BE_DONE_CUE
_OWN_CALLS = (
    "Today we must act.",
    "So we all need to act.",
    "We should not wait.",
    "We ought to act.",
    "We have got to act.",
    "We've got to act.",
    "We’ve got to act.",
    "Daher wir müssen handeln.",
    "Jetzt sollten wir handeln.",
    "Por eso debemos actuar.",
    "Tenemos que actuar.",
    "Alors nous devons agir.",
    "Il nous faut agir.",
    "Dobbiamo agire.",
    "Devemos agir.",
    "Precisamos agir.",
    "Requerimos construir más.",
    "Necesitamos cambiar todo.",
    "Standards must be created by the board.",
    "Agencies need to report.",
    "Funds SHOULD go there.",
)
# -- one phrase for each branch of _FOREIGN_CALL
_FOREIGN_CALLS = (
    "Es muss sich etwas ändern.",
    "Lasst uns anfangen.",
    "Lassen Sie uns anfangen.",
    "Il faut agir vite.",
    "Nous devrions agir.",
    "Il est indispensable de agir.",
    "Il sera nécessaire de agir.",
    "Il est essentiel d'agir.",
    "Il est urgent d'agir.",
    "Il est impératif d'agir.",
    "Il est primordial d'agir.",
    "Il est temps d'agir.",
    "Hay que actuar.",
    "Deberíamos actuar.",
    "Deveríamos agir.",
    "Dovremmo agire.",
    "Bisogna agire.",
    "Occorre agire.",
    "Es necesario que actuemos.",
    "Es imprescindible que actuemos.",
    "Es urgente que actuemos.",
    "Es fundamental que actuemos.",
    "Es preciso que actuemos.",
    "Es hora de que actuemos.",
    "Temos que agir.",
    "É preciso agir.",
    "É hora de agir.",
    "È necessario agire.",
    "È ora di agire.",
    "L'État doit agir.",
    "Les pays doivent agir.",
    "Ils devraient agir.",
    "Los países deben agruparse.",
    "Los países deberán actuar.",
    "Los países deberían actuar.",
    "O governo deve investir.",
    "Os governos devem investir.",
    "Lo Stato deve intervenire.",
    "Gli Stati devono intervenire.",
    "O governo deveria investir.",
    "Lo Stato dovrebbe intervenire.",
    "Daher muss die Politik sich ändern.",
    "Deshalb müssen die Länder handeln.",
    "Die Politik MUSS sich ändern.",
    "Die Politik sollte sich ändern.",
)


@pytest.mark.parametrize("text", _OWN_CALLS)
def test_every_own_call_branch_holds_a_word(text: str) -> None:
    found = (
        calls._WE_MUST.search(text)
        or calls._BE_DONE_CUE.search(text)
        or calls._MODAL_CUE.search(text)
    )
    assert found and may_hold(text, calls._CALL_CUE_WORDS)


@pytest.mark.parametrize("text", _FOREIGN_CALLS)
def test_every_foreign_call_branch_holds_a_word(text: str) -> None:
    assert calls._FOREIGN_CALL.search(text) and may_hold(text, calls._FOREIGN_CALL_WORDS)


_PIECES = st.sampled_from(
    [" ", ",", ".", "we", "We", "wir", "must", "MUST", "should", "need to", "ought to", "have to",
     "be", "done", "müssen", "sollten", "es muss", "il faut", "hay que", "doit", "deben",
     "agir", "actuar", "ändern", "Die Politik", "daher", "è", "necessario", "ſhould", "İl faut",
     "chez", "Achten Sie", "vérifiez", "the", "plan"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=10).map(" ".join))
@settings(max_examples=400)
def test_the_pre_check_answers_as_the_patterns_do(text: str) -> None:
    patterns = (
        calls._WE_MUST,
        calls._BE_DONE_CUE,
        calls._MODAL_CUE,
        calls._FOREIGN_CALL,
        calls._IMPERATIVE_CUE,
    )
    assert calls._may_call(text) == any(p.search(text) for p in patterns)
