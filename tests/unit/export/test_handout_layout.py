"""Handout page geometry: slide boxes, note lines and scaling on A4 and Letter, 4:3 to 16:9."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.export.handouts.layout import (
    LAYOUTS,
    LINE_PITCH,
    content_box,
    page_geometry,
    per_page,
)

A4 = (595.2756, 841.8898)
LETTER = (612.0, 792.0)
ASPECTS = {"16:9": 16 / 9, "4:3": 4 / 3, "A4 slide": 780 / 540, "16:10": 1.6}


def _inside(box, outer, slack=0.01) -> bool:
    x, y, w, h = box
    ox, oy, ow, oh = outer
    return (
        x >= ox - slack
        and y >= oy - slack
        and x + w <= ox + ow + slack
        and y + h <= oy + oh + slack
    )


def _overlap(a, b) -> bool:
    return not (
        a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    )


@pytest.mark.parametrize("paper", [A4, LETTER], ids=["A4", "Letter"])
@pytest.mark.parametrize("aspect", ASPECTS.values(), ids=ASPECTS.keys())
@pytest.mark.parametrize("layout", LAYOUTS)
def test_slides_keep_their_shape_inside_the_page_without_overlapping(layout, aspect, paper):
    geometry = page_geometry(layout, paper, aspect)
    assert len(geometry.cells) == per_page(layout)
    area = content_box(paper)
    for cell in geometry.cells:
        assert _inside(cell.slide, area)
        assert cell.slide[2] / cell.slide[3] == pytest.approx(aspect)
    for a, b in itertools.combinations([c.slide for c in geometry.cells], 2):
        assert not _overlap(a, b)


@pytest.mark.parametrize("aspect", ASPECTS.values(), ids=ASPECTS.keys())
def test_three_a_page_have_ruled_lines_beside_each_slide(aspect):
    geometry = page_geometry("3", A4, aspect)
    right_edge = content_box(A4)[0] + content_box(A4)[2]
    for cell in geometry.cells:
        x, y, w, h = cell.slide
        assert len(cell.lines) >= 4
        for line_y, left, right in cell.lines:
            assert left > x + w  # -- beside the slide, not over it --
            assert right == pytest.approx(right_edge)
            assert y <= line_y <= y + h
        gaps = [b[0] - a[0] for a, b in itertools.pairwise(cell.lines)]
        assert all(g == pytest.approx(LINE_PITCH, abs=0.02) for g in gaps)
    # -- slides stack down the left edge, one under another --
    lefts = {round(c.slide[0], 3) for c in geometry.cells}
    assert lefts == {content_box(A4)[0]}


def test_one_a_page_uses_the_full_width_for_wide_slides():
    geometry = page_geometry("1", A4, 16 / 9)
    assert geometry.cells[0].slide[2] == pytest.approx(content_box(A4)[2])


def test_six_a_page_are_two_columns_of_three():
    cells = page_geometry("6", LETTER, 4 / 3).cells
    assert len({round(c.slide[0]) for c in cells}) == 2
    assert len({round(c.slide[1]) for c in cells}) == 3


@pytest.mark.parametrize("paper", [A4, LETTER], ids=["A4", "Letter"])
def test_notes_pages_put_the_notes_under_the_slide(paper):
    geometry = page_geometry("notes", paper, 16 / 9)
    slide = geometry.cells[0].slide
    assert geometry.notes is not None
    _x, y, _w, h = geometry.notes
    assert y >= slide[1] + slide[3] and h > paper[1] * 0.3
    assert _inside(geometry.notes, content_box(paper))


@given(
    st.sampled_from(LAYOUTS),
    st.floats(0.5, 3.0),
    st.tuples(st.floats(300, 1500), st.floats(300, 1500)),
)
def test_any_paper_and_slide_shape_fits(layout, aspect, paper):
    geometry = page_geometry(layout, paper, aspect)
    for cell in geometry.cells:
        assert _inside(cell.slide, content_box(paper))
        assert cell.slide[2] > 0 and cell.slide[3] > 0


def test_an_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="unknown handout layout"):
        page_geometry("4", A4, 4 / 3)
