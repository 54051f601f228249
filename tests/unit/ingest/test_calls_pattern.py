"""calls._WE_MUST tests the word start once, before its alternatives: the same matches as the
pattern that tested it in each alternative (kept here as the reference)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.ingest.calls import _WE_MUST

# -- the pattern as it was, the word-start lookbehind repeated in each alternative --
REFERENCE = re.compile(
    r"(?<![\w'’])(?i:we)\s+(?:(?:all|also|really|simply|still|now|therefore|urgently|collectively)\s+)?"
    r"(?:must|need\s+to|should|ought\s+to|have\s+(?:got\s+)?to)(?:\s+not)?\s+(?!have\s+\w+(?:ed|en|wn)\b)(?=[a-z])"
    r"|(?<![\w'’])(?i:we['’]ve\s+got\s+to)\s+(?!have\s+\w+(?:ed|en|wn)\b)(?=[a-z])"
    r"|(?<![\w'’])(?i:wir)\s+(?:(?:alle|auch|jetzt|endlich|gemeinsam)\s+)?(?:müssen|sollten)\b"
    r"|(?<![\w'’])(?i:müssen|sollten)\s+wir\b"
    r"|(?<![\w'’])(?i:debemos|tenemos\s+que|nous\s+devons|il\s+nous\s+faut|dobbiamo|devemos"
    r"|precisamos)\b"
)

PIECES = [
    "we",
    "We",
    "WE",
    "wE",
    "wir",
    "Wir",
    "WİR",
    "müssen",
    "MÜSSEN",
    "sollten",
    "debemos",
    "tenemos",
    "que",
    "nous",
    "devons",
    "il",
    "nous",
    "faut",
    "dobbiamo",
    "devemos",
    "precisamos",
    "must",
    "need",
    "to",
    "should",
    "ought",
    "have",
    "got",
    "ve",
    "seen",
    "all",
    "also",
    "not",
    "be",
    "done",
    "it",
    "ſ",
    "K",
    "x",
    "1",
    "_",
    "'",
    "’",
    "-",
    ".",
    ",",
    "\n",
    " ",
    "  ",
    "\t",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join),
    st.text(max_size=40),
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(text=TEXTS)
def test_we_must_matches_as_the_reference(text: str) -> None:
    assert _spans(_WE_MUST, text) == _spans(REFERENCE, text)


def test_we_must_examples() -> None:
    for text in (
        "So we must act now, and wir müssen handeln; müssen wir? debemos y il nous faut.",
        "Answer: we'we must, owe must, we must have seen it, we all need to ship it.",
        "Nous devons partir. We should not wait; WE HAVE TO go.",
    ):
        assert _spans(_WE_MUST, text) == _spans(REFERENCE, text)
    assert _spans(_WE_MUST, "owe must pay, we must pay") == [(14, 22)]
