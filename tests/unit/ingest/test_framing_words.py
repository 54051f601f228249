"""The words that let without_framing skip its pattern on most sentences (issue 20).

A sentence holding a modal but none of cues._FRAMING_WORDS is never searched for a framing
phrase, so every verb of saying the pattern knows must hold one of them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.ingest import cues

_SAID = (
    "noted", "mentioned", "stressed", "emphasized", "emphasised", "underlined", "highlighted",
    "pointed out", "said", "added", "admitted", "conceded", "clarified", "reiterated", "observed",
    "remembered", "recalled", "acknowledged", "recognized", "recognised", "understood",
    "borne in mind", "kept in mind", "considered",
)  # fmt: skip
_SAY = (
    "note", "mention", "stress", "emphasize", "emphasise", "underline", "highlight", "point out",
    "add", "admit", "concede", "clarify", "reiterate", "observe", "remember", "recall",
    "acknowledge", "recognize", "recognise", "understand", "realize", "bear in mind",
    "keep in mind", "address", "consider",
)  # fmt: skip


@pytest.mark.parametrize("verb", _SAID)
def test_every_passive_framing_is_still_taken_out(verb: str) -> None:
    text = f"It must be {verb} that agencies must report."
    assert cues.FRAMING.search(text) and cues.without_framing(text) == cues.FRAMING.sub(" ", text)


@pytest.mark.parametrize("verb", _SAY)
def test_every_active_framing_is_still_taken_out(verb: str) -> None:
    for text in (f"We must {verb} that prices rose.", f"It is important to {verb} that it rose."):
        assert cues.FRAMING.search(text)
        assert cues.without_framing(text) == cues.FRAMING.sub(" ", text)


_PIECES = st.sampled_from(
    ["It", "it", "must", "crucial", "should", "be", "noted", "note", "that", ",", "we", "One", "important",
     "to", "address", "keep in mind", "NOTED", "ſaid", "İt", "agencies", "report", "."]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=10).map(" ".join))
@settings(max_examples=400)
def test_the_pre_check_answers_as_the_pattern_does(text: str) -> None:
    modal = any(m in text for m in ("ust", "hould", "mportant", "eed"))
    assert cues.without_framing(text) == (cues.FRAMING.sub(" ", text) if modal else text)
