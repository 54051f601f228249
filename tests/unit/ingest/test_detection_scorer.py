"""The corpus scorer counts a recommendation by its opening words, however long its truth."""

from benchmarks.detection_quality import (
    OPENING,
    WINDOW,
    match_recommendations,
    norm,
    opening_words,
)


def test_a_truth_longer_than_the_window_is_found_by_its_opening_words():
    truth = "Ensure trust within team contexts to facilitate effective collaboration, " * 4
    assert len(truth) > WINDOW
    found = truth  # -- the detector gave the whole sentence back --
    assert match_recommendations([truth], [found]) == 1


def test_opening_words_end_on_a_whole_word():
    text = "word " * 60
    opening = opening_words(text)
    assert len(opening) <= OPENING
    assert opening.endswith("word")


def test_a_different_recommendation_is_not_matched():
    truth = "Fund the regional rail link before the next budget cycle and publish its audit."
    assert match_recommendations([truth], ["Publish the audit of the rail link."]) == 0


def test_canonically_equal_spellings_score_as_the_same_text():
    composed = "\u092c\u095c\u0940 \u092c\u093e\u0924"  # -- "ड़" as one code point (U+095C)
    decomposed = "\u092c\u0921\u093c\u0940 \u092c\u093e\u0924"  # -- "ड" and a nukta (NFC)
    assert composed != decomposed
    assert norm(composed) == norm(decomposed)
