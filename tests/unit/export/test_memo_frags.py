"""The memo's markup skips reportlab's parser: the fragments and the PDF are the parser's own."""

from __future__ import annotations

import datetime as dt
import sys
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from briefing_app.export.memo import frags
from briefing_app.export.memo import text as memo_text
from briefing_app.export.memo.fonts import chain
from briefing_app.export.memo.frags import cleaned, fragments
from briefing_app.export.memo.style import stylesheet
from briefing_app.export.memo.writer import load_memo_template, render_memo
from briefing_app.project import open_path
from tests.conftest import SEED, TEN_NAMES_ARTICLE

CHAIN = chain("serif")
STYLES = stylesheet(load_memo_template(None), CHAIN)
FACES = [CHAIN.font_name(bold=b, italic=i) for b in (False, True) for i in (False, True)]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


def _state(frags) -> list[dict]:
    return [dict(sorted(vars(f).items())) for f in frags]


def _assert_parsers(text: str, style: str) -> bool:
    """Whether ``fragments`` answered; if so, its text and fragments are the parser's."""
    made = fragments(text, STYLES[style])
    if made is None:
        return False
    parsed = Paragraph(text, STYLES[style])
    assert made[0] == parsed.text
    assert _state(made[1]) == _state(parsed.frags)
    return True


# -- markup as the memo writes it: runs in a face, some coloured, any text escaped --
_run = st.one_of(
    TEXT.map(escape),
    st.tuples(TEXT, st.booleans(), st.booleans()).map(
        lambda t: CHAIN.markup(t[0], bold=t[1], italic=t[2])
    ),
    st.tuples(st.sampled_from(FACES), TEXT).map(
        lambda t: f'<font name="{t[0]}">{escape(t[1])}</font>'
    ),
)
_coloured = st.tuples(_run, st.sampled_from(["", "#555555", "#1A1A1A"])).map(
    lambda t: f'<font color="{t[1]}">{t[0]}</font>' if t[1] else t[0]
)
MARKUP = st.lists(_coloured, max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=MARKUP, style=st.sampled_from(sorted(STYLES)))
def test_fragments_of_the_memos_markup_are_the_parsers(text, style):
    assert _assert_parsers(text, style) or not text.strip()


@settings(max_examples=150, deadline=None)
@given(text=TEXT, style=st.sampled_from(sorted(STYLES)))
def test_any_other_text_is_the_parsers_or_left_to_it(text, style):
    _assert_parsers(text, style)


def test_markup_other_than_the_memos_goes_to_the_parser():
    body = STYLES["body"]
    for text in (
        "<b>a</b>",
        "<bullet>1.</bullet> a",
        '<para align="right">a</para>',
        "R&D",  # -- not an entity: the parser decides what it is --
        "&quot;a&quot;",
        '<font name="NotoSerif-Bold">a',  # -- unclosed --
        "a</font>",
        '<font name="NoSuchFont">a</font>',  # -- the parser's error, on the real text --
        "   ",
    ):
        assert fragments(text, body) is None, text
    assert fragments("Budget  talks\n resume", body) is not None
    assert fragments('<font name="NotoSerif-Bold">R&amp;D</font> rest', body) is not None


def test_a_bold_lead_and_a_muted_reference_are_three_kinds_of_fragment():
    lead = CHAIN.markup("Fund the clinics.", bold=True)
    text = f'{lead} Two rural ones first. <font color="#555555">(¶&#160;8)</font>'
    assert fragments(text, STYLES["item_alone"]) is None  # -- a character reference: parser --
    text = f'{lead} Two rural ones &amp; one more. <font color="#555555">(¶ 8)</font>'
    _clean, frags = fragments(text, STYLES["item_alone"])
    assert [f.text for f in frags] == [
        "Fund the clinics.",
        " Two rural ones ",
        "&",
        " one more. ",
        "(¶ 8)",
    ]
    assert frags[0].fontName == FACES[2] and frags[1].fontName == FACES[0]
    assert _assert_parsers(text, "item_alone")


@pytest.mark.parametrize("article", [SEED, TEN_NAMES_ARTICLE], ids=["seed", "ten-names"])
def test_the_memo_is_byte_identical_with_and_without_the_parser(article, monkeypatch):
    briefing = open_path(article)
    fast = render_memo(briefing, today=dt.date(2026, 1, 1)).pdf
    monkeypatch.setattr(memo_text, "fragments", lambda text, style: None)
    parsed = render_memo(briefing, today=dt.date(2026, 1, 1)).pdf
    assert fast == parsed


# -- every character reportlab's cleaning treats as a space or keeps (no-break, zero-width), and
# -- Python's other whitespace, among letters --
SPACES = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2003\u200a\u200b\u2028\u2029\u202f\u205f\u3000\u180e"


@settings(max_examples=2000, deadline=None)
@given(text=st.text(st.sampled_from([*SPACES, "a", "b", "¶", "<", "&"]), max_size=12))
def test_cleaned_is_reportlabs_cleaning(text):
    assert cleaned(text) == cleanBlockQuotedText(text)


def test_the_unclean_characters_are_all_whitespace_but_the_kept_two_and_the_zero_width_space():
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(frags._UNCLEAN_SPACES) == (spaces - {" ", "\xa0"}) | {"\u200b"}


@pytest.mark.parametrize("text", ["a b", "a\xa0b c", "(¶\xa08)"])
def test_clean_text_is_handed_back_as_it_is(text, monkeypatch):
    monkeypatch.setattr("briefing_app.export.memo.frags.cleanBlockQuotedText", None)
    assert cleaned(text) == text  # -- reportlab's cleaning not called (it is None here) --
