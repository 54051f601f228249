"""One rule for "this bullet only repeats its title", asked by the memo and the deck."""

from briefing_app.core.text import says_the_same


def test_case_spacing_and_the_final_stop_do_not_count():
    assert says_the_same("Make a homemade fig jam.", "make a  homemade fig jam")
    assert says_the_same("Act now!", "Act now")
    assert says_the_same("尽快加强合作。", "尽快加强合作")


def test_other_words_do():
    assert not says_the_same("Make a homemade fig jam for the guests.", "Make a homemade fig jam")
    assert not says_the_same("Act now", "Act later")
