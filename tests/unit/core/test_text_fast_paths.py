"""Text shortcuts answer as the rules they skip: clean_spaces' (nothing to collapse) as the
full collapse, slide text's (no dash) as the glued-dash rule, remembered sentence spans as
splitting again."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing_app.core import text as core_text
from briefing_app.core.text import clean_spaces, split_sentences
from briefing_app.export.deck import content

# -- every space the collapse knows, line breaks it leaves alone, dashes, letters and digits --
_SPACES = [" ", "\t", "\x85", "\u00a0", "\u2003", "\u2028", "\u202f", "\u3000", "\n", "\r"]
_ALPHABET = st.sampled_from([*_SPACES, "—", "–", "-", "a", "Z", "é", "7", "ש", "字", "."])


@settings(max_examples=500, deadline=None)
@given(st.text(_ALPHABET, max_size=30))
@example("two  spaces")
@example("a \u00a0b ")
@example(" lone spaces only ")
def test_clean_spaces_is_the_full_collapse(text):
    assert clean_spaces(text) == core_text._SPACES.sub(" ", text).strip()


@settings(max_examples=500, deadline=None)
@given(st.text(_ALPHABET, max_size=30))
@example("areas—utilities")
@example("Armenia–Azerbaijan")
def test_slide_text_glues_dashes_as_the_rule_says(text):
    line = clean_spaces(core_text.sanitize(text).replace("\n", " ").replace("\r", " "))
    expected = content._GLUED_DASH.sub(rf"{content.THIN_SPACE}\1{content.THIN_SPACE}", line)
    assert content.text(text) == expected


def test_remembered_sentence_spans_are_a_fresh_list_each_time():
    text = "Fund the clinics. Train nurses first. Dr. Lee agrees."
    spans = split_sentences(text)
    assert spans == [(0, 17), (18, 37), (38, 53)]
    spans.append((0, 1))  # -- a caller changing its list changes nobody else's --
    assert split_sentences(text) == [(0, 17), (18, 37), (38, 53)]
    assert split_sentences(text) is not split_sentences(text)


# -- stops of every script the splitter knows, closing quotes, spaces, capitals and lower case --
_SENTENCE_ALPHABET = st.sampled_from(
    [
        *".!?…\u061f\u06d4。！？",
        *"”’」』）\"')]",
        *"“‘([",
        " ",
        "\n",
        "\t",
        "A",
        "a",
        "7",
        "É",
        "ж",
        "字",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.text(_SENTENCE_ALPHABET, max_size=24))
@example("End. Next")
@example("一。”下")
@example("一。。下")
@example("Stop.) (Start")
def test_sentence_ends_are_the_patterns_own_matches(text):
    expected = [m.span() for m in core_text._SENTENCE_END.finditer(text)]
    assert [m.span() for m in core_text._sentence_ends(text)] == expected


@settings(max_examples=500, deadline=None)
@given(
    st.text(st.sampled_from(["a", " ", "\t", "\n", "\x00", "\x0b", "\x1f", "\x7f", "é", "\ud800"]))
)
def test_sanitize_of_ascii_is_the_full_rule(text):
    expected = core_text.unicodedata.normalize("NFC", core_text._XML_ILLEGAL.sub("", text))
    assert core_text.sanitize(text) == expected
