"""The words that let a guide's sentences skip _OPTION, _CONTACT and _TELLS_READER (issue 20).

guide_command searches a sentence with each pattern only when ``may_hold`` finds one of its
words, so every branch of each pattern must hold one of them, in any case and with the
letters re.I folds and str.lower() does not; _NAMED_APPEAL is searched only in a sentence
with a colon, and _FIGURE only in a sentence with a digit.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import detect, figures
from briefing_app.ingest import recommendations as recs

# -- (pattern, its words, one made-up sentence for each branch)
_CASES = (
    (
        recs._OPTION,
        recs._OPTION_WORDS,
        (
            "An alternative is to rent the hall.",
            "The better option is to wait a week.",
            "One good approach is to ask the tenants.",
            "The best way is to start early.",
        ),
    ),
    (
        recs._CONTACT,
        recs._CONTACT_WORDS,
        (
            "Get in touch with the office.",
            "Contact us for a copy.",
            "E-mail us the form.",
            "Email us the form.",
            "Call us at noon.",
            "Write to us with questions.",
            "Reach out to us any time.",
        ),
    ),
    (
        recs._TELLS_READER,
        recs._TELLS_READER_WORDS,
        (
            "You should probably use a list.",
            "You must keep the receipt.",
            "You need to sign twice.",
            "You ought to ask first.",
            "It is always better to ask.",
            "It’s better to be brief.",
        ),
    ),
)
_ALL = [(pattern, words, s) for pattern, words, sentences in _CASES for s in sentences]


@pytest.mark.parametrize(("pattern", "words", "sentence"), _ALL)
def test_every_branch_holds_one_of_its_words(pattern, words, sentence: str) -> None:
    for text in (sentence, sentence.upper(), sentence.title()):
        if pattern.search(text):
            assert recs.may_hold(text, words)
    assert pattern.search(sentence)


@pytest.mark.parametrize(
    ("pattern", "words", "sentence"),
    [
        (recs._CONTACT, recs._CONTACT_WORDS, "Contact uſ for a copy."),
        (recs._TELLS_READER, recs._TELLS_READER_WORDS, "You ſhould keep it."),
        (recs._OPTION, recs._OPTION_WORDS, "The better optıon is to wait."),
    ],
)
def test_letters_re_i_folds_and_lower_does_not_are_still_searched(pattern, words, sentence) -> None:
    # -- "ſ" and "ı" are "s" and "i" to re.I, not to str.lower()
    assert recs.may_hold(sentence, words)


def test_a_sentence_without_the_words_is_not_searched() -> None:
    sentence = "The grid held through the winter, as the operator said."
    for _pattern, words, _sentences in _CASES:
        assert not recs.may_hold(sentence, words)


def test_guide_commands_are_read_as_before() -> None:
    said = [
        "An alternative is to rent the hall.",
        "Contact us for a copy.",
        "You should probably use a list.",
        "The grid held through the winter.",
        "Write the summary first.",
    ]
    assert [recs.guide_command(s) for s in said] == [True, False, True, False, True]


def test_a_named_appeal_and_a_figure_are_still_found() -> None:
    texts = ["Thank you all. My appeal to the council is: Please fund the library."]
    assert recs.find_appeals(texts)
    found = figures.find_key_figures([("It rained. The fund holds $12 million now.", 0)])
    assert [f.text for f in found] == ["$12 million"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Methods ....... 12", True),
        ("Preface . . . . . . . xi", True),
        ("Annex .....iv", True),
        ("Annex .... 12", False),  # -- four dots: no leader, not searched --
        ("The fee rose. It fell. It rose. It fell. It rose 12", False),
    ],
)
def test_a_contents_entry_is_counted_then_searched(text: str, entry: bool) -> None:
    assert detect._contents_entry(text) is entry
    assert bool(detect._CONTENTS_ENTRY.search(text)) is entry
