"""The speed fixes keep their output: compiled XPath, one-pass memo numbering, bounded notes."""

from __future__ import annotations

import io

from lxml import etree
from pptx import Presentation
from pptx.oxml import xmlchemy
from pypdf import PdfReader

from briefing_app.export.deck.geometry import read_geometry
from briefing_app.export.deck.plan import CONTINUED_NOTES_MAX, plan_deck
from briefing_app.export.deck.template import open_template
from briefing_app.export.deck.xpath import _xpath
from briefing_app.export.memo.writer import render_memo
from briefing_app.export.templates import resolve_template
from briefing_app.project import open_path
from tests.conftest import SEED
from tests.unit.export.deck_support import _recommendation, synthetic_briefing

EXPRESSIONS = (
    "./p:nvSpPr/p:nvPr/p:ph",
    ".//a:t",
    "./p:spPr/a:xfrm/a:off",
    "./p:txBody/a:p[1]",
    "count(.//a:p)",
)


def test_compiled_xpath_returns_what_lxml_returns():
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Transit corridor"
    slide.placeholders[1].text = "First point\nSecond point"
    for shape in slide.shapes:
        for expression in EXPRESSIONS:
            expected = etree.ElementBase.xpath(
                shape._element, expression, namespaces=xmlchemy._nsmap
            )
            assert _xpath(shape._element, expression) == expected


def test_every_memo_page_says_page_x_of_the_total():
    result = render_memo(open_path(SEED))
    pages = PdfReader(io.BytesIO(result.pdf)).pages
    assert len(pages) == result.pages > 1
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {result.pages}" in page.extract_text()


def test_long_notes_stay_on_the_first_slide_of_a_continued_item():
    headline = "The ministries should publish a joint transit schedule for every border crossing"
    summary = " ".join(f"{headline} number {n}." for n in range(60))
    plan = plan_deck(
        synthetic_briefing(recommendations=[_recommendation(0, headline, summary)]),
        read_geometry(open_template(resolve_template("deck", None))),
    )
    slides = [s for s in plan.slides if s.kind == "recommendation"]
    assert len(slides) > 1 and len(slides[0].notes) > CONTINUED_NOTES_MAX
    assert headline in slides[0].notes
    assert all(len(s.notes) < 200 and slides[0].title in s.notes for s in slides[1:])


def _bottom_line_slides(count: int) -> list:
    recs = [
        _recommendation(n, f"Do the thing number {n}", f"Do the thing number {n}.")
        for n in range(count)
    ]
    plan = plan_deck(
        synthetic_briefing(recommendations=recs),
        read_geometry(open_template(resolve_template("deck", None))),
    )
    return [s for s in plan.slides if s.kind == "bluf"]


def test_bottom_line_is_one_slide_however_many_recommendations():
    bluf = _bottom_line_slides(40)
    assert len(bluf) == 1
    text = " ".join(p.text for p in bluf[0].paragraphs)
    assert "Do the thing number 0" in text and "34 more recommendations" in text


def test_one_more_recommendation_is_singular():
    text = " ".join(p.text for s in _bottom_line_slides(7) for p in s.paragraphs)
    assert "and 1 more recommendation (see" in text
