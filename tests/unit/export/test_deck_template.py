"""Templates: any .pptx/.potx works, layouts are chosen by placeholder type, bad files are refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from briefing_app.core.errors import UserError
from briefing_app.export.deck import template as template_module
from briefing_app.export.deck import validate
from briefing_app.export.deck.geometry import read_geometry
from briefing_app.export.deck.template import open_template
from briefing_app.export.deck.writer import write_deck
from briefing_app.export.templates import DEFAULTS, list_templates
from tests.ooxml.validate import assert_valid_deck
from tests.unit.export.deck_support import slide_texts, synthetic_briefing, third_party_template


def test_three_builtin_templates_are_listed_and_the_default_is_one_of_them():
    names = {t.name for t in list_templates("deck") if t.builtin}
    assert {"government", "minimal", "dark"} <= names
    assert DEFAULTS["deck"] in names


@pytest.mark.parametrize("name", ["government", "minimal", "dark"])
def test_builtin_templates_are_16_by_9_with_title_and_content_layouts(name):
    prs = open_template(next(t.path for t in list_templates("deck") if t.name == name))
    assert prs.slide_width * 9 == prs.slide_height * 16
    geometry = read_geometry(prs)
    assert not geometry.warnings
    assert geometry.content_layout.body_is_placeholder
    assert geometry.title_layout.layout_index != geometry.content_layout.layout_index


@pytest.mark.parametrize("name", ["government", "minimal", "dark"])
def test_builtin_templates_pass_the_checks_an_export_skips_for_them(name, tmp_path, monkeypatch):
    path = next(t.path for t in list_templates("deck") if t.name == name)
    data = template_module._checked_package(path, path.read_bytes())
    validate.check_parts(data, name=path.name)
    validate.check_structure(Presentation(io.BytesIO(data)), name=path.name)
    checked = []
    monkeypatch.setattr(template_module, "check_structure", lambda *a, **k: checked.append(a))
    open_template(path)
    assert checked == []
    copy = tmp_path / path.name  # -- the same file anywhere else is a user's: checked --
    copy.write_bytes(path.read_bytes())
    open_template(copy)
    assert len(checked) == 1


def test_builtin_templates_look_different():
    themes = set()
    for info in list_templates("deck"):
        geometry = read_geometry(open_template(info.path))
        themes.add((geometry.major_font, geometry.content_layout.title.color))
    assert len(themes) >= 3


def test_layouts_are_chosen_by_placeholder_type_not_name_or_order(tmp_path):
    prs = open_template(third_party_template(tmp_path, "corp"))
    geometry = read_geometry(prs)
    content = prs.slide_layouts[geometry.content_layout.layout_index]
    types = [ph.placeholder_format.type for ph in content.placeholders]
    assert PP_PLACEHOLDER.OBJECT in types and PP_PLACEHOLDER.TITLE in types
    assert types.count(PP_PLACEHOLDER.OBJECT) == 1
    title = prs.slide_layouts[geometry.title_layout.layout_index]
    assert PP_PLACEHOLDER.SUBTITLE in [ph.placeholder_format.type for ph in title.placeholders]


def test_sample_slides_are_removed_and_4_by_3_size_is_kept(tmp_path):
    out = tmp_path / "deck.pptx"
    write_deck(synthetic_briefing(), out, template=third_party_template(tmp_path, "corp"))
    assert_valid_deck(out)
    prs = Presentation(str(out))
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)
    assert not any("SAMPLE SLIDE" in text for text in slide_texts(out))
    assert "A synthetic briefing on regional transit" in slide_texts(out)[0]


def test_potx_template_is_accepted(tmp_path):
    out = tmp_path / "deck.pptx"
    write_deck(synthetic_briefing(), out, template=third_party_template(tmp_path, "t", potx=True))
    assert_valid_deck(out)
    with zipfile.ZipFile(out) as zf:
        types = zf.read("[Content_Types].xml")
    assert b"presentation.main+xml" in types and b"template.main+xml" not in types


def test_missing_body_layout_falls_back_to_a_text_box_with_a_warning(tmp_path):
    template = third_party_template(tmp_path, "bare", keep_only=("Title Only", "Blank"))
    out = tmp_path / "deck.pptx"
    warnings = write_deck(synthetic_briefing(), out, template=template)
    assert_valid_deck(out)
    assert any("body box that can hold text" in w for w in warnings)
    assert any("title-slide layout" in w for w in warnings)
    texts = slide_texts(out)
    assert any("The delegation reviewed" in t for t in texts)


@pytest.mark.parametrize("suffix", [".pptm", ".potm"])
def test_macro_enabled_templates_are_refused(tmp_path, suffix):
    path = tmp_path / f"macro{suffix}"
    path.write_bytes(third_party_template(tmp_path, "m").read_bytes())
    with pytest.raises(UserError, match="macro"):
        open_template(path)


def test_a_vba_part_is_refused_whatever_the_extension(tmp_path):
    src = third_party_template(tmp_path, "v").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("ppt/vbaProject.bin", b"\0" * 10)
    path = tmp_path / "renamed.pptx"
    path.write_bytes(out.getvalue())
    with pytest.raises(UserError, match="macros"):
        open_template(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a zip at all", "not a zip"), (b"", "not a zip")],
)
def test_broken_template_gives_one_sentence(tmp_path, content, message):
    path = tmp_path / "broken.pptx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        open_template(path)


def test_zip_bomb_template_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.pptx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("ppt/big.xml", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(UserError, match="implausibly large"):
        open_template(path)


def test_unknown_template_name_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="No deck template named"):
        write_deck(synthetic_briefing(), tmp_path / "x.pptx", template="no-such-template")


def _title_box(size_pt: float, top_pt: float, height_pt: float):
    from briefing_app.export.deck.geometry import BoxStyle, Rect

    box = Rect(0, int(top_pt * 12700), 600 * 12700, int(height_pt * 12700))
    return BoxStyle(box=box, font="Liberation Sans", size_pt=size_pt, insets=(0, 0, 0, 0))


@pytest.mark.parametrize(
    ("anchor", "keeps"), [("t", "top"), ("b", "bottom"), ("ctr", "middle"), (None, "top")]
)
def test_a_title_box_tighter_than_its_line_grows_away_from_its_anchor(anchor, keeps):
    from briefing_app.export.deck.geometry import LINE_EXTENT_EM, _holding_one_line

    tight = _title_box(34.0, top_pt=100.0, height_pt=30.0)
    grown = _holding_one_line(tight, anchor or "t", 540 * 12700).box
    assert grown.height >= LINE_EXTENT_EM * 34.0 * 12700 - 1
    middle = {"top": lambda r: r.top, "bottom": lambda r: r.bottom}.get(
        keeps, lambda r: r.top + r.height // 2
    )
    assert abs(middle(grown) - middle(tight.box)) <= 1


def test_a_title_box_with_room_for_its_line_is_left_as_drawn():
    from briefing_app.export.deck.geometry import _holding_one_line

    roomy = _title_box(28.0, top_pt=20.0, height_pt=80.0)
    assert _holding_one_line(roomy, "b", 540 * 12700) == roomy


def test_a_grown_title_box_stays_on_the_slide():
    from briefing_app.export.deck.geometry import _holding_one_line

    at_the_top = _title_box(40.0, top_pt=2.0, height_pt=20.0)
    assert _holding_one_line(at_the_top, "b", 540 * 12700).box.top == 0


def test_a_written_slide_title_holds_its_line_on_a_template_with_a_tight_title_box(tmp_path):
    # -- cast_company.pptx draws a 37 pt box for its 34 pt content title (auto-fit on): the
    # -- title's text stood 6 pt below the box, which a reader checking text against its box rejects
    template = Path(__file__).resolve().parents[2] / "corpus" / "templates" / "cast_company.pptx"
    out = tmp_path / "deck.pptx"
    write_deck(synthetic_briefing(), out, template=template)
    slide = Presentation(str(out)).slides[2]
    title = slide.shapes.title
    layout_title = next(
        ph
        for ph in slide.slide_layout.placeholders
        if ph.placeholder_format.type == PP_PLACEHOLDER.TITLE
    )
    assert title.top == layout_title.top  # -- anchored at the top: the text stays where it was
    assert title.height >= 1.3 * 34 * 12700 - 1 > layout_title.height
