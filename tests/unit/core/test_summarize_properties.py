"""Summary and headline limits hold for any input (hypothesis)."""

from __future__ import annotations

import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing_app.core.summarize import headline, summarize
from briefing_app.core.text import split_sentences

DANGLING = {"the", "of", "and", "in", "to", "a", "an", "or"}
EDGE = string.punctuation + "“”‘’…—–"
WORDS = st.sampled_from(
    [
        "government",
        "should",
        "must",
        "fund",
        "the",
        "of",
        "and",
        "in",
        "to",
        "policy",
        "council",
        "data",
        "new",
        "rail",
        "a",
        "with",
        "regional",
        "agency",
        "publish,",
        "report;",
        "because",
        "which:",
        "(draft)",
        "“quoted”",
        "years",
        "2021",
        "€5bn",
    ]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
PROSE = st.lists(SENTENCE, min_size=0, max_size=8).map(" ".join)
SOME_PROSE = st.lists(SENTENCE, min_size=1, max_size=8).map(" ".join)
ANY_TEXT = st.text(max_size=400)
FAST = settings(max_examples=150, deadline=None)


def _whole_words(result: str, source: str) -> bool:
    """Every headline word is a source word (less edge punctuation), so nothing is cut mid-word."""
    tokens = {t.strip(EDGE).casefold() for t in source.split()}
    return all(w.strip(EDGE).casefold() in tokens for w in result.split() if w.strip(EDGE))


@FAST
@given(st.one_of(PROSE, ANY_TEXT))
@example("x" * 10_000)
@example("\x00\x07\x0c First, \ufffe the the the.")
@example("")
@example("0 :A")
@example("。0")  # -- a CJK stop ends the headline's sentence; it is no word of its own --
def test_headline_limits_hold_for_any_text(text):
    result = headline(text)
    words = result.split()
    assert len(words) <= 15
    assert _whole_words(result, text)
    if words and not all(w.lower().strip(EDGE) in DANGLING for w in words):
        assert words[-1].lower().strip(EDGE) not in DANGLING
        assert result[-1] not in ",;:—–("
    assert result[:1] == result[:1].upper()


@FAST
@given(
    SOME_PROSE, st.sampled_from(["First,", "Firstly,", "Secondly,", "Six,", "Tenth.", "Finally,"])
)
def test_headline_never_keeps_the_ordinal_marker(text, marker):
    assert headline(f"{marker} {text}") == headline(text)


def _laid_out(texts: list[str]) -> list[tuple[str, int]]:
    """Passages at the offsets they would have in one document, a blank line apart."""
    passages, offset = [], 0
    for text in texts:
        passages.append((text, offset))
        offset += len(text) + 2
    return passages


@FAST
@given(st.lists(st.one_of(PROSE, ANY_TEXT), max_size=5).map(_laid_out))
@example([("x" * 10_000, 0)])
def test_section_summary_limits_hold(passages):
    text, spans = summarize(passages)
    assert len(spans) <= 2
    assert len(text.split()) <= 50
    assert spans == sorted(spans)
    assert summarize(passages) == (text, spans)


@FAST
@given(SENTENCE, PROSE)
def test_recommendation_summary_includes_thesis(thesis, rest):
    passages = [(thesis, -1), (rest, 500)]
    text, spans = summarize(passages, max_sentences=2, must_include=0)
    first = thesis[split_sentences(thesis)[0][0] : split_sentences(thesis)[0][1]]
    assert first.strip() in text
    assert 1 <= len(spans) <= 2


LINK_PIECES = st.sampled_from(
    ["a", "b", " ", "\t", "\n", "\u00a0", ";", ",", "and", "AND", "or", "oder", "und", "y", "o",
     "et", "ou", "; and", ", or ", "x."]
)  # fmt: skip


@given(st.lists(LINK_PIECES, max_size=12).map("".join))
@settings(max_examples=500)
@example("Publish the data;  and  ")
@example(" ; ")
def test_without_list_link_is_the_pattern_tried_everywhere(text: str) -> None:
    """The link is sought only from the last ";" or "," (after the spaces before it): the same
    text as the pattern substituted over the whole sentence."""
    from briefing_app.core.summarize import _LIST_LINK, without_list_link

    assert without_list_link(text) == (_LIST_LINK.sub("", text) or text)
