"""The not-in-source check: invented numbers and names are caught, faithful ones are not."""

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core import faithfulness
from briefing_app.core.faithfulness import unsupported_spans

SOURCE = (
    "In 2020, Armenia and Azerbaijan fought a 44-day war. About 800.000 people were displaced. "
    "President Ilham Aliyev and Prime Minister Nikol Pashinyan signed on 10 November."
)


def flagged(summary: str) -> list[str]:
    return [summary[s:e] for s, e in unsupported_spans(summary, SOURCE)]


def test_numbers_match_however_thousands_are_written():
    assert flagged("Some 800,000 people fled; 800000 is the figure; 800.000 too.") == []


def test_an_invented_number_is_flagged():
    assert flagged("Nearly 900,000 people fled in 2020.") == ["900,000"]


def test_invented_names_are_flagged_anywhere_in_a_sentence():
    assert flagged("Aliyev met Putin in Moscow.") == ["Putin", "Moscow"]


def test_a_sentence_may_open_with_an_ordinary_capitalised_word():
    assert flagged("The war ended. However, Pashinyan's deal held.") == []


def test_a_sentence_opener_counts_when_it_looks_like_a_name():
    assert flagged("Recep Erdogan backed Azerbaijan. NATO agreed. Nearly all left.") == [
        "Recep",
        "Erdogan",
        "NATO",
    ]


def test_possessives_and_case_do_not_hide_a_match():
    assert flagged("Aliyev’s and ARMENIA's positions.") == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.one_of(
            st.characters(blacklist_categories=("Cs",)),
            st.sampled_from(list(" \n\t'’-.,0123456789İAaßΣ")),
        ),
        max_size=120,
    )
)
def test_the_vocabulary_is_the_words_and_numbers_of_the_whole_text(source):
    """_vocabulary matches token by token for speed; it must find what the whole text holds."""
    words = frozenset(w.lower().rstrip("'’") for w in faithfulness._WORD.findall(source))
    numbers = frozenset(faithfulness._digits(n) for n in faithfulness._NUMBER.findall(source))
    faithfulness._vocabulary.cache_clear()
    assert faithfulness._vocabulary(source) == (words, numbers)


def test_an_empty_summary_is_checked_without_reading_the_source():
    faithfulness._vocabulary.cache_clear()
    assert unsupported_spans("  ", "A very long source. " * 1000) == []
    assert faithfulness._vocabulary.cache_info().currsize == 0
