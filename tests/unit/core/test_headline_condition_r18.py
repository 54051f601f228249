"""A heading's condition stays in its headline; a purpose or means clause still goes (r18)."""

from __future__ import annotations

from briefing_app.core.summarize import headline


def test_a_headings_condition_says_whom_the_advice_is_for():
    text = "8. If you have a mortgage, consider paying it off"
    assert headline(text, whole=True) == "If you have a mortgage, consider paying it off"


def test_a_headings_means_clause_and_a_sentences_condition_still_go():
    means = "By applying the rules, we will save money and time for all"
    assert headline(means, whole=True) == "We will save money and time for all"
    sentence = "If you have a mortgage, consider paying it off early. More text follows."
    assert headline(sentence) == "Consider paying it off early"
