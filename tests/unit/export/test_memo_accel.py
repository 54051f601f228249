"""The sameFrag installed into reportlab answers as rl_accel's C function, and memos stay the same."""

from __future__ import annotations

import datetime as dt

import pytest
from _rl_accel import sameFrag as c_same_frag
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag

from briefing_app.export.memo.accel import same_frag
from briefing_app.export.memo.writer import render_memo
from briefing_app.project import open_path
from tests.conftest import SEED, TEN_NAMES_ARTICLE

SHARED = [[], None, 0, colors.black]  # -- the same object on both sides --
VALUES = st.one_of(
    st.sampled_from(SHARED),
    st.sampled_from(["NotoSerif-Regular", "NotoSerif-Bold", 11.0, 11, 0, None, True, False]),
    st.builds(list),  # -- equal, not the same: [] == [] --
    st.sampled_from([colors.black, colors.HexColor("#555555"), colors.Color(0, 0, 0)]),
)
NAMES = ["fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr"]
FRAG = st.dictionaries(st.sampled_from([*NAMES, "cbDefn", "lineBreak", "text"]), VALUES)


def _frag(attributes: dict) -> ParaFrag:
    frag = ParaFrag()
    frag.__dict__.update(attributes)
    return frag


@settings(max_examples=500, deadline=None)
@given(f=FRAG, g=FRAG, same=st.booleans())
def test_same_frag_answers_as_rl_accel(f, g, same):
    if same:  # -- a clone with one attribute changed, the usual case in the line breaker --
        g = {**f, **dict(list(g.items())[:1])}
    left, right = _frag(f), _frag(g)
    assert same_frag(left, right) == bool(c_same_frag(left, right))


def test_it_is_what_the_line_breaker_uses():
    assert paragraph.sameFrag is same_frag


@pytest.mark.parametrize("article", [SEED, TEN_NAMES_ARTICLE], ids=["seed", "ten-names"])
def test_the_memo_is_byte_identical_with_rl_accels_same_frag(article, monkeypatch):
    briefing = open_path(article)
    fast = render_memo(briefing, today=dt.date(2026, 1, 1)).pdf
    monkeypatch.setattr(paragraph, "sameFrag", c_same_frag)
    assert render_memo(briefing, today=dt.date(2026, 1, 1)).pdf == fast
