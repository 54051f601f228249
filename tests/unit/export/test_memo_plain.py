"""Plain paragraphs skip reportlab's parser: the fragments and the PDF are the parser's own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from briefing_app.export.memo import text as memo_text
from briefing_app.export.memo.fonts import chain
from briefing_app.export.memo.style import stylesheet
from briefing_app.export.memo.writer import load_memo_template, render_memo
from briefing_app.project import open_path
from tests.conftest import SEED, TEN_NAMES_ARTICLE

STYLES = stylesheet(load_memo_template(None), chain("serif"))


def _state(frags) -> list[dict]:
    return [dict(sorted(vars(f).items())) for f in frags]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
    style=st.sampled_from(sorted(STYLES)),
)
def test_plain_fragments_are_the_parsers(text, style):
    frags = memo_text._plain_frags(text, STYLES[style])
    if frags is None:
        return  # -- markup, an entity or nothing: left to the parser --
    parsed = Paragraph(text, STYLES[style])
    assert _state(frags) == _state(parsed.frags)


def test_markup_and_entities_go_to_the_parser():
    body = STYLES["body"]
    assert memo_text._plain_frags('<font name="X">a</font>', body) is None
    assert memo_text._plain_frags("R&amp;D", body) is None
    assert memo_text._plain_frags("   ", body) is None
    assert memo_text._plain_frags("Budget  talks\n resume", body) is not None


@pytest.mark.parametrize("article", [SEED, TEN_NAMES_ARTICLE], ids=["seed", "ten-names"])
def test_the_memo_is_byte_identical_with_and_without_the_plain_path(article, monkeypatch):
    briefing = open_path(article)
    fast = render_memo(briefing, today=dt.date(2026, 1, 1)).pdf
    monkeypatch.setattr(memo_text, "_plain_frags", lambda text, style: None)
    parsed = render_memo(briefing, today=dt.date(2026, 1, 1)).pdf
    assert fast == parsed
