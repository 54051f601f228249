"""Classification marking read back from exported decks: every slide and notes page, any template."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.util import Emu, Inches

from briefing_app.export.deck import content as deck_content
from briefing_app.export.deck.marking import contrast_ratio
from briefing_app.export.deck.writer import build_deck
from tests.ooxml.validate import assert_valid_deck
from tests.unit.export.deck_support import long_briefing, synthetic_briefing, third_party_template

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "templates"
TEMPLATES = ["minimal", "dark", "government", *sorted(str(p) for p in CORPUS.glob("*.p?tx"))]
MARK = "CONFIDENTIAL"


def _export(tmp_path, template, marking=MARK, briefing=None):
    briefing = briefing or long_briefing()
    briefing.set_header("classification", marking)
    data, warnings = build_deck(briefing, template=template)
    out = tmp_path / "deck.pptx"
    out.write_bytes(data)
    return Presentation(str(out)), warnings


def _marks(shapes):
    return [s for s in shapes if s.name.startswith("Classification marking")]


def _fill_behind(mark, slide) -> str:
    """The colour behind the marking's text: its own fill, else the template strip under it."""
    if mark.fill.type == MSO_FILL.SOLID:
        return str(mark.fill.fore_color.rgb)
    strips = [s for s in slide.slide_layout.slide_master.shapes if s.name.startswith("Classif")]
    under = [s for s in strips if s.top <= mark.top < s.top + s.height]
    return str(under[0].fill.fore_color.rgb)


def _check_page(shapes, width, height, slide=None):
    marks = _marks(shapes)
    assert len(marks) == 2
    top, bottom = sorted(marks, key=lambda m: m.top)
    assert top.top + top.height <= height * 0.25, "top marking is not at the top"
    assert bottom.top >= height * 0.75, "bottom marking is not at the bottom"
    for mark in marks:
        assert mark.text_frame.text == MARK
        assert mark.left >= 0 and mark.left + mark.width <= width
        assert mark.top >= 0 and mark.top + mark.height <= height
        run = mark.text_frame.paragraphs[0].runs[0]
        assert run.font.size.pt >= 9 and run.font.bold
        if slide is not None:
            ratio = contrast_ratio(str(run.font.color.rgb), _fill_behind(mark, slide))
            assert ratio >= 4.5, f"marking contrast {ratio:.1f}:1"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: Path(t).stem)
def test_every_slide_and_notes_page_is_marked_top_and_bottom(tmp_path, template):
    prs, _ = _export(tmp_path, template)
    width, height = prs.slide_width, prs.slide_height
    notes_w, notes_h = prs.notes_master.part.package.presentation_part._element.xpath(
        "./p:notesSz/@cx | ./p:notesSz/@cy"
    )
    for slide in prs.slides:
        _check_page(slide.shapes, width, height, slide)
        assert slide.has_notes_slide
        _check_page(slide.notes_slide.shapes, int(notes_w), int(notes_h))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: Path(t).stem)
def test_marking_is_clear_of_title_and_body_or_the_user_is_told(tmp_path, template):
    prs, warnings = _export(tmp_path, template)
    told = any("classification marking" in w for w in warnings)
    for slide in prs.slides:
        for mark in _marks(slide.shapes):
            for ph in slide.placeholders:
                box = (ph.left, ph.top, ph.width, ph.height)
                if None in box:
                    continue
                clear = (
                    mark.left + mark.width <= ph.left
                    or ph.left + ph.width <= mark.left
                    or mark.top + mark.height <= ph.top
                    or ph.top + ph.height <= mark.top
                )
                assert clear or told, f"marking covers {ph.name} on slide {slide.slide_id}"


def test_marking_on_a_third_party_template_without_any_strip(tmp_path):
    template = third_party_template(tmp_path, "corporate", width=13.33, height=7.5)
    prs, warnings = _export(tmp_path, str(template), marking="secret")
    texts = {m.text_frame.text for slide in prs.slides for m in _marks(slide.shapes)}
    assert texts == {"SECRET"}
    assert not [w for w in warnings if "classification" in w]


def test_a_template_with_no_room_still_gets_a_strip_and_a_warning(tmp_path):
    from pptx import Presentation as Open

    path = third_party_template(tmp_path, "crowded")
    prs = Open(str(path))
    for layout in prs.slide_layouts:  # -- title from the very top, body to the very bottom --
        for ph in layout.placeholders:
            ph.left, ph.width = Emu(0), prs.slide_width
            if ph.placeholder_format.idx == 0:
                ph.top, ph.height = Emu(0), Inches(2)
            else:
                ph.top, ph.height = Inches(2), prs.slide_height - Inches(2)
    prs.save(str(path))
    deck, warnings = _export(tmp_path, str(path), briefing=synthetic_briefing())
    assert any("no room for the classification marking" in w for w in warnings)
    for slide in deck.slides:
        marks = _marks(slide.shapes)
        assert len(marks) == 2 and all(m.fill.type == MSO_FILL.SOLID for m in marks)


def test_white_text_on_the_dark_template(tmp_path):
    prs, _ = _export(tmp_path, "dark", briefing=synthetic_briefing())
    run = _marks(prs.slides[1].shapes)[0].text_frame.paragraphs[0].runs[0]
    assert str(run.font.color.rgb) == "FFFFFF"


def test_an_unclassified_deck_carries_no_marking(tmp_path):
    prs, _ = _export(tmp_path, "minimal", marking="", briefing=synthetic_briefing())
    assert not any(_marks(slide.shapes) for slide in prs.slides)


def test_marking_text_is_escaped_and_upper_case(tmp_path):
    prs, _ = _export(tmp_path, "minimal", marking="r&d <secret>", briefing=synthetic_briefing())
    assert _marks(prs.slides[0].shapes)[0].text_frame.text == "R&D <SECRET>"


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    marking=st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120
    ).filter(lambda t: t.strip()),
    template=st.sampled_from(["minimal", "dark", "government"]),
)
def test_any_marking_text_is_on_every_slide_of_a_valid_deck(tmp_path, marking, template):
    expected = deck_content.text(marking).upper()
    assume(expected)  # -- a marking of spaces and format characters only is no marking --
    briefing = synthetic_briefing()
    briefing.set_header("classification", marking)
    data, _ = build_deck(briefing, template=template)
    assert_valid_deck(data, "marked")
    out = tmp_path / "any.pptx"
    out.write_bytes(data)
    for slide in Presentation(str(out)).slides:
        assert [m.text_frame.text for m in _marks(slide.shapes)] == [expected, expected]


def test_the_preview_places_the_marking_where_the_deck_does_on_a_second_masters_layout(tmp_path):
    import shutil

    from briefing_app.export.deck.choices import save_choices
    from briefing_app.export.deck.geometry import read_geometry
    from briefing_app.export.deck.marking import slide_marks
    from briefing_app.export.deck.template import all_layouts, open_template

    source = CORPUS / "cast_company.pptx"
    if not source.exists():
        pytest.skip("the corpus template with two masters is not here")
    template = tmp_path / "two-masters.pptx"
    shutil.copy(source, template)
    prs = open_template(template)
    second = len(prs.slide_masters[0].slide_layouts) + 1  # -- "Title Only" of master two --
    assert all_layouts(prs)[second].slide_master is prs.slide_masters[1]
    save_choices(template, {"content": second})
    deck, _ = _export(tmp_path, str(template), briefing=synthetic_briefing())
    content = [s for s in deck.slides if s.slide_layout.name == all_layouts(prs)[second].name]
    assert content, "the chosen layout was used"
    exported = {(m.left, m.top, m.width, m.height) for m in _marks(content[0].shapes)}
    from briefing_app.export.deck.choices import load_choices

    marks, _ = slide_marks(prs, read_geometry(prs, load_choices(template)), MARK)
    shown = {(m.rect.left, m.rect.top, m.rect.width, m.rect.height) for m in marks}
    assert shown == exported
