"""Advice cues are searched again only in the sentences where their text has one.

``find_advice_sentences`` finds the cues of each whole text once and searches
only the sentences holding one of them again (a guide's every sentence was
searched: a fifth of reading a report of recommendations). That is only the
same answer if a sentence never holds a cue where its text does not:
the property below checks it on texts made of cues, sentence ends of every
kind the splitter knows, quote marks and Chinese/Japanese stops, and the one
exception the code keeps (a cue right after a closing ’).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import OWN_ADVICE
from briefing_app.ingest.recommendations import _CUE, find_advice_sentences
from briefing_app.ingest.vocabulary import ADVICE_CUES

PIECES = (
    "We recommend asking",
    "we recommend",
    "I suggest checking",
    "we advise",
    "it is advisable to",
    "Wir empfehlen",
    "may wish to",
    " it is",
    " that",
    " this was",
    "ing",
    "The board",
    "Dr",
    "word",
    " ",
    "  ",
    "\n",
    ". ",
    "! ",
    "? ",
    "… ",
    '." ',
    ".” ",
    ".’ ",
    ".) ",
    "。",
    "。’",
    "。”",
    "！",
    "？」",
    "’",
    "'",
    '"',
    "“",
    "-",
    ",",
    "3",
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
def test_a_sentence_holds_no_cue_its_text_does_not(pieces: list[str]) -> None:
    text = "".join(pieces)
    starts = [m.start() for m in _CUE.finditer(text)]
    for start, end in split_sentences(text):
        if _CUE.search(text[start:end]) and not any(start <= s < end for s in starts):
            assert text[start - 1 : start] == "’", (text, text[start:end])


def test_a_cue_after_a_closing_quote_and_a_chinese_stop_is_still_found() -> None:
    text = "他说这件事很重要。’We recommend asking your doctor first."
    assert _CUE.search(text) is None  # -- the text alone hides the cue behind the ’ --
    guide = "We recommend a second opinion. We recommend keeping copies."  # -- a guide --
    found = find_advice_sentences([guide, text])
    assert [(f.blocks, text[slice(*f.span)]) for f in found if f.blocks == (1,)] == [
        ((1,), "We recommend asking your doctor first.")
    ]


# -- the cue pattern written plainly: each branch with its own start (what _CUE was before its
# -- shared word boundary): both must find the same cues everywhere --
_PLAIN_CUE = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in ADVICE_CUES) + r")\b|" + OWN_ADVICE.pattern, re.I
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from((*PIECES, "İ", "ı", "K", "ſ", "_", "we", "I", "x")), max_size=14))
def test_the_cue_pattern_finds_what_its_plain_form_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in _CUE.finditer(text)] == [m.span() for m in _PLAIN_CUE.finditer(text)]
