"""Line-end hyphens in hard-wrapped text and typeset PDFs (issue 14: "long- term")."""

from __future__ import annotations

from briefing_app.ingest.hyphens import join_wrapped, resolve_hyphens
from briefing_app.ingest.readers import read_bytes


def _resolved(first: str, second: str, context: str, *, typeset: bool) -> str:
    return resolve_hyphens([join_wrapped(first, second), context], typeset=typeset)[0]


def test_a_compound_keeps_its_hyphen_when_both_halves_are_words_of_the_document():
    got = _resolved("plan the long-", "term future", "a long road, a short term", typeset=True)
    assert got == "plan the long-term future"


def test_typesetting_hyphenation_is_joined_and_a_capitalised_first_part_kept():
    assert (
        _resolved("the develop-", "ment of", "we develop it", typeset=True) == "the development of"
    )
    context = "talks with Russia"
    assert (
        _resolved("a Russia-", "brokered deal", context, typeset=True) == "a Russia-brokered deal"
    )
    assert _resolved("Con-", "versely, it", "dense vectors", typeset=True) == "Conversely, it"


def test_the_documents_own_spelling_decides():
    assert _resolved("a decision-", "making body", "decisionmaking", typeset=False) == (
        "a decisionmaking body"
    )
    assert _resolved("the co-", "operation", "co-operation is key", typeset=True) == (
        "the co-operation"
    )


def test_hard_wrapped_plain_text_keeps_a_line_end_hyphen_without_a_space():
    text = (
        "The committee said that our plan covers the long-\n"
        "term future of the grid, which matters more than anything else we do\n"
        "this year, and that the finance ministry must pay for it from now on.\n"
    )
    doc = read_bytes(text.encode("utf-8"), name="a.txt", suffix=".txt")
    assert "covers the long-term future" in doc.blocks[0].text
    assert "long- term" not in doc.blocks[0].text


def test_a_title_case_compound_broken_at_the_line_end_is_one_word():
    got = _resolved("Increase On-", "Campus Ferries", "more on-campus ferries", typeset=True)
    assert got == "Increase On-Campus Ferries"
    # -- guard: a lower-case word before the break over a capital is left as set
    assert join_wrapped("the on-", "Campus") == "the on- Campus"
