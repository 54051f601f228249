"""Real corporate templates' structures, rebuilt small: each class of failure from issue 13.

Each test builds a template with one structure seen in real organisations'
templates (a thin BODY strip beside the content box, a filled fixed-height
title bar, a logo in the body area, a ctrTitle + BODY title layout, an
auto-numbered body list, a narrow title column) and checks the deck's plan or
XML for the failure that structure caused.
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import replace
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

from briefing_app.cli import main
from briefing_app.export.deck.choices import load_choices, save_choices
from briefing_app.export.deck.fit import title_fits
from briefing_app.export.deck.geometry import _overlap, obstacles_of, read_geometry
from briefing_app.export.deck.plan import _title_style, plan_deck
from briefing_app.export.deck.template import all_layouts, open_template, remove_all_slides
from briefing_app.export.deck.writer import build_deck, write_deck
from tests.ooxml.validate import assert_valid_deck
from tests.unit.export.deck_support import (
    _recommendation,
    _section,
    long_text,
    slide_texts,
    synthetic_briefing,
)

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _save(prs, path: Path) -> Path:
    prs.save(str(path))
    return path


def _layout(prs, name: str):
    return next(layout for layout in prs.slide_layouts if layout.name == name)


def _ph(layout, kind):
    return next(ph for ph in layout.placeholders if ph.placeholder_format.type == kind)


def _copy_shape(layout, element):
    from copy import deepcopy

    clone = deepcopy(element)
    layout.shapes._spTree.append(clone)
    return clone


def _on_master(prs, add):
    """A shape added to the slide master (python-pptx can only add shapes to slides)."""
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    shape = add(slide.shapes)
    master = prs.slide_master
    for blip in shape._element.iter(f"{{{A}}}blip"):
        image = slide.part.related_part(blip.get(f"{{{R}}}embed"))
        blip.set(f"{{{R}}}embed", master.part.relate_to(image, RT.IMAGE))
    master.shapes._spTree.append(shape._element)
    remove_all_slides(prs)
    return next(sh for sh in master.shapes if sh._element is shape._element)


def _briefing():
    recs = [
        _recommendation(
            n,
            "The United States should expand the corridor agreement into a regional framework "
            f"for transit, customs and security guarantees, step {n}",
            long_text(2, n),
        )
        for n in range(3)
    ]
    sections = [_section(n, long_text(3, n), heading=f"Section {n} on the talks") for n in range(4)]
    return synthetic_briefing(sections=sections, recommendations=recs)


def _titles(path: Path) -> list[str]:
    prs = Presentation(str(path))
    return [s.shapes.title.text_frame.text if s.shapes.title else "" for s in prs.slides]


def test_thin_body_strip_beside_the_content_box_is_not_the_body(tmp_path):
    prs = Presentation()
    layout = _layout(prs, "Title and Content")
    content = _ph(layout, PP_PLACEHOLDER.OBJECT)
    strip = _copy_shape(layout, content._element)
    strip.find(f".//{{{P}}}ph").attrib.update({"type": "body", "idx": "7"})
    box = (content.left, content.top, content.width, content.height)
    strip_shape = next(sh for sh in layout.placeholders if sh._element is strip)
    # -- a 0.4 in subheading strip above the content box --
    strip_shape.left, strip_shape.top, strip_shape.width = box[0], box[1], box[2]
    strip_shape.height = Inches(0.4)
    content.left, content.width = box[0], box[2]
    content.top, content.height = box[1] + Inches(0.5), box[3] - Inches(0.5)
    template = _save(prs, tmp_path / "strip.pptx")
    data, _warnings = build_deck(_briefing(), template=template)  # -- no IndexError --
    assert_valid_deck(data)
    geometry = read_geometry(open_template(template))
    assert geometry.content_layout.body.box.height > Inches(3)
    assert data


def test_a_body_that_cannot_hold_text_falls_back_to_text_boxes_with_a_warning(tmp_path):
    prs = Presentation()
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.type in (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY):
                ph.height = Inches(0.3)
    template = _save(prs, tmp_path / "flat.pptx")
    out = tmp_path / "deck.pptx"
    warnings = write_deck(_briefing(), out, template=template)
    assert_valid_deck(out)
    assert any("text boxes" in w for w in warnings)
    assert any("The delegation reviewed" in t for t in slide_texts(out))


def test_titles_fit_a_filled_fixed_height_title_bar_and_never_end_in_an_ellipsis(tmp_path):
    prs = Presentation()
    layout = _layout(prs, "Title and Content")
    title = _ph(layout, PP_PLACEHOLDER.TITLE)
    title.top, title.height = Inches(0.2), Inches(0.7)
    bar = _on_master(prs, lambda shapes: shapes.add_shape(
        MSO_SHAPE.RECTANGLE, 0, Inches(0.2), prs.slide_width, Inches(0.7)
    ))  # fmt: skip
    bar.fill.solid()
    bar.fill.fore_color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    template = _save(prs, tmp_path / "bar.pptx")
    geometry = read_geometry(open_template(template))
    plan = plan_deck(_briefing(), geometry)
    box = geometry.content_layout.title
    width, height = box.inner_pt()
    for slide in plan.slides[1:]:
        assert not slide.title.endswith(("…", "...")), slide.title
        assert title_fits(slide.title, _title_style(box), width, height, slide.title_size_pt)
    sizes = {s.title_size_pt for s in plan.slides[1:]}
    assert len(sizes) <= 2
    full = next(s for s in plan.slides if s.kind == "recommendation")
    assert full.paragraphs[0].text.startswith("The United States should expand the corridor")
    assert sum(p.text.startswith("The United States should expand") for p in full.paragraphs) == 1


def _logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (200, 100), (200, 30, 30)).save(path)
    return path


def test_body_text_stays_clear_of_a_master_logo_in_the_body_area(tmp_path):
    prs = Presentation()
    body = _ph(_layout(prs, "Title and Content"), PP_PLACEHOLDER.OBJECT)
    right = body.left + body.width
    logo = _on_master(prs, lambda shapes: shapes.add_picture(
        str(_logo(tmp_path)), right - Inches(1.5), body.top + Inches(0.2), Inches(1.4), Inches(0.7)
    ))  # fmt: skip
    template = _save(prs, tmp_path / "logo.pptx")
    opened = open_template(template)
    geometry = read_geometry(opened)
    layout = all_layouts(opened)[geometry.content_layout.layout_index]
    obstacles = obstacles_of(opened, layout)
    assert any(o.left == logo.left and o.top == logo.top for o in obstacles)
    for o in obstacles:
        assert not _overlap(geometry.content_layout.body.box, o)
    out = tmp_path / "deck.pptx"
    write_deck(_briefing(), out, template=template)
    assert_valid_deck(out)
    deck = Presentation(str(out))
    placed = next(sh for sh in deck.slides[3].placeholders if sh.placeholder_format.idx == 1)
    assert placed.top >= logo.top + logo.height or placed.left + placed.width <= logo.left


def test_a_ctr_title_with_a_body_box_is_recognised_as_the_title_layout(tmp_path):
    prs = Presentation()
    title_layout = prs.slide_layouts[0]
    sub = _ph(title_layout, PP_PLACEHOLDER.SUBTITLE)
    sub._element.find(f".//{{{P}}}ph").set("type", "body")  # -- ctrTitle + BODY, no subTitle --
    template = _save(prs, tmp_path / "ctr.pptx")
    geometry = read_geometry(open_template(template))
    assert geometry.title_layout.layout_index == 0
    out = tmp_path / "deck.pptx"
    write_deck(_briefing(), out, template=template)
    assert_valid_deck(out)
    titles = _titles(out)
    assert titles[0] == "A synthetic briefing on regional transit"
    assert not titles[1].startswith("A synthetic briefing")  # -- one title slide, not continued --


def test_bullets_are_explicit_when_the_body_list_is_auto_numbered(tmp_path):
    prs = Presentation()
    style = prs.slide_master._element.find(f".//{{{P}}}bodyStyle/{{{A}}}lvl1pPr")
    # -- in buChar's place: the schema orders a paragraph's properties --
    for old in style.findall(f"{{{A}}}buChar"):
        old.addprevious(etree.Element(f"{{{A}}}buAutoNum", type="arabicPeriod"))
        style.remove(old)
    template = _save(prs, tmp_path / "numbered.pptx")
    out = tmp_path / "deck.pptx"
    write_deck(_briefing(), out, template=template)
    assert_valid_deck(out)
    deck = Presentation(str(out))
    for slide in list(deck.slides)[1:]:
        for ph in slide.placeholders:
            if ph.placeholder_format.idx != 1:
                continue
            for p in ph.text_frame.paragraphs:
                ppr = p._p.find(f"{{{A}}}pPr")
                assert ppr is not None
                assert (
                    ppr.find(f"{{{A}}}buChar") is not None or ppr.find(f"{{{A}}}buNone") is not None
                )


def test_a_narrow_title_column_layout_is_not_chosen_and_no_title_breaks_a_word(tmp_path):
    prs = Presentation()
    layout = _layout(prs, "Title and Content")
    body = _ph(layout, PP_PLACEHOLDER.OBJECT)
    body.height = Inches(0.3)  # -- the government template's "Title and Content" --
    narrow = _layout(prs, "Content with Caption")
    _ph(narrow, PP_PLACEHOLDER.TITLE).width = Inches(2.4)
    template = _save(prs, tmp_path / "narrow.pptx")
    geometry = read_geometry(open_template(template))
    assert geometry.content_layout.title.box.width > Inches(4)
    out = tmp_path / "deck.pptx"
    write_deck(_briefing(), out, template=template)
    assert_valid_deck(out)
    assert "Agenda" in _titles(out)


def test_a_50000_character_title_exports_in_seconds_with_a_warning(tmp_path):
    heading = "corridor " * 5600
    briefing = synthetic_briefing(sections=[_section(0, long_text(2), heading=heading)])
    start = time.perf_counter()
    warnings = write_deck(briefing, tmp_path / "deck.pptx")
    assert time.perf_counter() - start < 10
    assert any("characters was cut" in w for w in warnings)


def test_templates_check_reports_roles_fonts_and_warnings(tmp_path, capsys):
    prs = Presentation()
    template = _save(prs, tmp_path / "plain.pptx")
    assert main(["templates", "--check", str(template), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    roles = {r["role"]: r for r in report["roles"]}
    assert set(roles) == {"title", "section", "content", "figures", "closing"}
    assert roles["title"]["layout_name"] == "Title Slide"
    assert roles["content"]["body_area"]["height"] > 3
    assert {f["measured"] for f in report["fonts"]} <= {
        "installed",
        "metric-compatible",
        "estimate",
    }
    assert main(["templates", "--check", str(template)]) == 0
    assert "Content" in capsys.readouterr().out
    assert main(["templates", "--check", str(tmp_path / "missing.pptx")]) == 2
    assert main(["templates", "--check", "minimal"]) == 0  # -- a built-in template by name --
    assert "Template minimal.pptx" in capsys.readouterr().out


def test_a_layout_chosen_by_the_user_is_used_by_the_export(tmp_path):
    prs = Presentation()
    template = _save(prs, tmp_path / "choice.pptx")
    two_content = [layout.name for layout in prs.slide_layouts].index("Two Content")
    save_choices(template, {"closing": two_content})
    assert load_choices(template) == {"closing": two_content}
    data, _ = build_deck(_briefing(), template=template)
    assert_valid_deck(data)
    deck = Presentation(io.BytesIO(data))
    assert deck.slides[-1].slide_layout.name == "Two Content"
    assert deck.slides[1].slide_layout.name == "Title and Content"


def test_the_full_sentence_of_a_shortened_title_is_said_once():
    from briefing_app.export.deck.fit import Para
    from briefing_app.export.deck.plan import _open_with

    sentence = "The United States needs to shift away from its traditional policy"
    longer = Para(sentence + " of conflict prevention in favour of resolution.")
    assert _open_with(sentence, [longer, Para("Other point.")]) == [longer, Para("Other point.")]
    part = Para("The United States needs to shift away")
    opened = _open_with(sentence, [part, Para("Other point.")])
    assert [p.text for p in opened] == [sentence, "Other point."]
    assert opened[0].bold and not opened[0].bullet and opened[0].keep_with_next
    other = _open_with(sentence, [Para("Other point.")])
    assert [p.text for p in other] == [sentence, "Other point."]


def test_a_dash_glued_between_words_gets_thin_spaces_on_slides_only():
    from briefing_app.export.deck.content import THIN_SPACE, text

    assert text("areas—utilities, roads") == f"areas{THIN_SPACE}—{THIN_SPACE}utilities, roads"
    assert text("Armenia–Azerbaijan talks") == f"Armenia{THIN_SPACE}–{THIN_SPACE}Azerbaijan talks"
    assert text("from 1990–2020 — a decade") == "from 1990–2020 — a decade"


def test_a_title_style_in_capitals_is_read_and_its_titles_fit_in_capitals(tmp_path):
    """A section layout whose title is set cap="all" (a government template): a title fitted in
    lower case rendered 'D’APPLICATION' outside its box."""
    prs = Presentation()
    layout = _layout(prs, "Title and Content")
    title = _ph(layout, PP_PLACEHOLDER.TITLE)
    lst_style = title._element.get_or_add_txBody().find(f"{{{A}}}lstStyle")
    lst_style.append(
        etree.fromstring(f'<a:lvl1pPr xmlns:a="{A}"><a:defRPr cap="all"/></a:lvl1pPr>')
    )
    template = _save(prs, tmp_path / "caps.pptx")
    geometry = read_geometry(open_template(template))
    box = geometry.content_layout.title
    assert box.caps and not geometry.title_layout.title.caps
    width, height = box.inner_pt()
    for slide in plan_deck(_briefing(), geometry).slides[1:]:
        shown = slide.title.upper()
        assert title_fits(shown, replace(_title_style(box), caps=False), width, height,
                          slide.title_size_pt), slide.title  # fmt: skip
