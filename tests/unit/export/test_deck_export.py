"""The exported deck read back with python-pptx: slides, titles, notes, properties, safety."""

from __future__ import annotations

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Pt

from briefing_app.cli import main
from briefing_app.core.errors import UserError
from briefing_app.export.deck.geometry import read_geometry
from briefing_app.export.deck.plan import MIN_BODY_PT, plan_deck, slides_for_item
from briefing_app.export.deck.template import open_template
from briefing_app.export.deck.writer import build_deck, write_deck
from briefing_app.export.templates import resolve_template
from briefing_app.project import open_path
from tests.ooxml.validate import assert_valid_deck
from tests.unit.export.deck_support import long_briefing, slide_texts, synthetic_briefing


@pytest.fixture(scope="module")
def seed_deck(tmp_path_factory):
    from tests.conftest import SEED

    out = tmp_path_factory.mktemp("deck") / "seed.pptx"
    briefing = open_path(SEED)
    write_deck(briefing, out)
    assert_valid_deck(out)
    return briefing, out, Presentation(str(out))


def _title(slide) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title else ""


def test_seed_deck_has_every_kind_of_slide_in_order(seed_deck):
    briefing, _, prs = seed_deck
    titles = [_title(s) for s in prs.slides]
    assert titles[0] == briefing.article.title
    assert titles[1:3] == ["Bottom line up front", "Agenda"]
    for item_id in briefing.order:
        assert briefing.title_of(item_id) in titles
    assert titles[-2:] == ["Key figures", "Source"]
    assert "Recommendations" in titles


def test_every_slide_title_is_unique_and_first_in_reading_order(seed_deck):
    _, _, prs = seed_deck
    titles = [_title(s) for s in prs.slides]
    assert all(titles) and len(set(titles)) == len(titles)
    for slide in prs.slides:
        assert slide.shapes[0].shape_id == slide.shapes.title.shape_id


def test_slides_link_their_layout_and_notes_both_ways(seed_deck):
    _, out, prs = seed_deck
    geometry = read_geometry(open_template(resolve_template("deck", None)))
    layouts = list(prs.slide_layouts)
    with_notes = 0
    for n, slide in enumerate(prs.slides):
        kind = geometry.title_layout if n == 0 else geometry.content_layout
        assert layouts.index(slide.slide_layout) == kind.layout_index
        if not slide.has_notes_slide:
            continue
        with_notes += 1
        notes_part = slide.notes_slide.part
        assert notes_part.part_related_by(RT.SLIDE) is slide.part
        assert notes_part.part_related_by(RT.NOTES_MASTER) is prs.notes_master.part
    assert with_notes >= len(prs.slides) - 2  # -- all but the title and source slides --
    with zipfile.ZipFile(out) as package:
        names = set(package.namelist())
    assert {f"ppt/slides/_rels/slide{n}.xml.rels" for n in range(1, len(prs.slides) + 1)} <= names


def test_content_slides_have_notes_with_source_paragraph_references(seed_deck):
    briefing, _, prs = seed_deck
    by_title = {_title(s): s for s in prs.slides}
    for item_id in briefing.order:
        notes = by_title[briefing.title_of(item_id)].notes_slide.notes_text_frame.text
        assert "¶ " in notes
        assert briefing.article.item(item_id).paragraphs[0][:40] in notes or "Source:" in notes


def test_core_properties_are_set(seed_deck):
    briefing, _, prs = seed_deck
    props = prs.core_properties
    assert props.title == briefing.article.title
    assert props.author == briefing.article.author
    assert props.subject and props.keywords.startswith("briefing")


def test_unpicked_section_is_not_in_deck(tmp_path):
    from tests.conftest import SEED

    briefing = open_path(SEED)
    dropped = briefing.sections()[1]
    briefing.set_picked(dropped.id, False)
    out = tmp_path / "deck.pptx"
    write_deck(briefing, out)
    assert not any(briefing.title_of(dropped.id) in t for t in slide_texts(out))


def test_same_briefing_gives_the_same_slides(tmp_path):
    first, second = tmp_path / "a.pptx", tmp_path / "b.pptx"
    write_deck(long_briefing(), first, template="dark")
    write_deck(long_briefing(), second, template="dark")
    assert slide_texts(first) == slide_texts(second)


def test_long_content_continues_on_cont_slides_and_never_below_minimum_size(tmp_path):
    out = tmp_path / "deck.pptx"
    write_deck(long_briefing(), out, template="government")
    assert_valid_deck(out)
    titles = [_title(s) for s in Presentation(str(out)).slides]
    assert "Section 0 (cont.)" in titles and "Section 0 (cont. 2)" in titles
    sizes = [
        run.font.size
        for slide in Presentation(str(out)).slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
        for run in p.runs
    ]
    assert sizes and min(sizes) >= Pt(MIN_BODY_PT)


def test_hostile_text_is_sanitized_not_lost(tmp_path):
    briefing = long_briefing()
    sid = briefing.sections()[2].id
    briefing.set_field(sid, "bullets", ["a\x00b\x07c\ufffed", "R&D <b> & 🇦🇲 مرحبا", "y" * 5000])
    out = tmp_path / "deck.pptx"
    write_deck(briefing, out)
    assert_valid_deck(out)
    text = "\n".join(slide_texts(out))
    assert "abcd" in text and "R&D <b> & 🇦🇲 مرحبا" in text
    assert text.replace("\n", "").count("y" * 100) >= 1
    assert sum(t.count("y") for t in slide_texts(out)) >= 5000


def test_slides_for_item_returns_its_continuations_for_the_preview():
    briefing = long_briefing()
    geometry = read_geometry(open_template(resolve_template("deck", "minimal")))
    lead = briefing.sections()[0].id
    slides = slides_for_item(briefing, geometry, lead)
    assert len(slides) > 1
    assert [s.continued for s in slides] == list(range(len(slides)))
    assert all(s.item_id == lead for s in slides)


def test_plan_is_template_agnostic_data():
    briefing = synthetic_briefing()
    geometry = read_geometry(open_template(resolve_template("deck", None)))
    plan = plan_deck(briefing, geometry)
    assert plan.slides[0].layout == "title"
    assert {s.layout for s in plan.slides[1:]} == {"content"}
    assert geometry.slide_width == 12192000 and geometry.content_layout.body.font == "Arial"


def test_output_must_be_pptx(tmp_path):
    with pytest.raises(UserError, match=r"\.pptx"):
        write_deck(synthetic_briefing(), tmp_path / "deck.pdf")


def test_classification_marking_goes_into_the_government_strip(tmp_path):
    briefing = synthetic_briefing()
    briefing.set_header("classification", "official-sensitive")
    data, _ = build_deck(briefing, template="government")
    assert_valid_deck(data)
    out = tmp_path / "deck.pptx"
    out.write_bytes(data)
    prs = Presentation(str(out))
    strips = {s.name: (s.top, s.height) for s in prs.slide_master.shapes if "strip" in s.name}
    for slide in prs.slides:
        marks = [s for s in slide.shapes if s.name.startswith("Classification marking")]
        assert {m.text_frame.text for m in marks} == {"OFFICIAL-SENSITIVE"}
        assert {(m.top, m.height) for m in marks} == set(strips.values())  # -- in the strips --


def test_cli_exports_a_deck(tmp_path, capsys):
    from tests.conftest import SEED

    out = tmp_path / "cli.pptx"
    assert main(["export", str(SEED), "--deck", str(out), "--deck-template", "minimal"]) == 0
    assert len(Presentation(str(out)).slides) > 10
    assert f"Wrote {out}" in capsys.readouterr().out


def test_cli_templates_json_lists_builtin_deck_templates(capsys):
    assert main(["templates", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    names = {t["name"] for t in listing["deck"] if t["builtin"]}
    assert {"government", "minimal", "dark"} <= names


def test_cli_bad_template_exits_2_with_one_line(tmp_path, capsys):
    from tests.conftest import SEED

    code = main(
        ["export", str(SEED), "--deck", str(tmp_path / "x.pptx"), "--deck-template", "nope"]
    )
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nope" in err


def test_repeated_titles_are_numbered_without_taking_another_slides_title():
    from briefing_app.export.deck.content import Draft, unique_titles

    drafts = [Draft("section", "content", t, ()) for t in ["A", "A", "A (2)", "a"]]
    titles = [d.title for d in unique_titles(drafts)]
    assert len({t.casefold() for t in titles}) == 4 and titles[2] == "A (2)"


def test_template_pictures_get_alt_text(tmp_path):
    from pptx.oxml.shapes.picture import CT_Picture

    from tests.unit.export.deck_support import third_party_template

    template = third_party_template(tmp_path, "pic")
    prs = Presentation(str(template))
    layout = prs.slide_layouts[0]
    png = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (8, 8), "navy").save(png)
    _, rid = layout.part.get_or_add_image_part(str(png))
    pic = CT_Picture.new_pic(99, "Logo", "", rid, 0, 0, 914400, 914400)
    layout.shapes._spTree.append(pic)
    prs.save(str(template))
    out = tmp_path / "deck.pptx"
    write_deck(synthetic_briefing(), out, template=template)
    assert_valid_deck(out)
    layouts = Presentation(str(out)).slide_layouts
    descriptions = [
        el.get("descr")
        for lay in layouts
        for el in lay.shapes._spTree.iter()
        if el.tag.endswith("cNvPr") and el.get("name") == "Logo"
    ]
    assert descriptions and all(descriptions)


def test_geometry_gives_the_preview_background_and_fonts():
    for name, background in (("government", "FFFFFF"), ("dark", "16191F")):
        geometry = read_geometry(open_template(resolve_template("deck", name)))
        assert geometry.background == background
        assert geometry.content_layout.title.size_pt >= 24


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.text(max_size=300),
    bullets=st.lists(st.text(max_size=400), max_size=6),
)
def test_any_text_exports_and_reopens(tmp_path_factory, title, bullets):
    briefing = synthetic_briefing()
    sid = briefing.sections()[0].id
    briefing.set_field(sid, "title", title)
    briefing.set_field(sid, "bullets", bullets)
    out = tmp_path_factory.mktemp("fuzz") / "deck.pptx"
    write_deck(briefing, out, template="minimal")
    assert_valid_deck(out)
    titles = [_title(s) for s in Presentation(str(out)).slides]
    assert len(set(titles)) == len(titles)


def test_geometry_for_resolves_names_and_the_default():
    from briefing_app.export.deck.geometry import geometry_for

    assert geometry_for(None) == geometry_for("government")
    assert geometry_for("minimal").content_layout.body.font == "Calibri"


def test_content_slides_show_their_number_where_the_template_has_a_place(seed_deck):
    _, _, prs = seed_deck
    numbered = []
    for slide in prs.slides:
        fields = slide.shapes._spTree.xpath(".//a:fld[@type='slidenum']")
        numbered.append(fields[0].text if fields else None)
    assert numbered[0] is None  # -- no number on the title slide --
    assert numbered[1:] == [str(n) for n in range(2, len(numbered) + 1)]


def test_planning_calls_the_checkpoint_for_every_draft_and_stops_when_it_raises():
    briefing = synthetic_briefing()
    geometry = read_geometry(open_template(resolve_template("deck", None)))
    calls = []
    plan = plan_deck(briefing, geometry, checkpoint=lambda: calls.append(1))
    assert len(calls) >= 2 * len({s.item_id or s.kind for s in plan.slides})  # build + fit
    assert plan == plan_deck(briefing, geometry)  # -- a checkpoint changes nothing else --

    class Stop(Exception):
        pass

    def stop_after_three():
        calls.append(1)
        if len(calls) > 3:
            raise Stop

    calls.clear()
    with pytest.raises(Stop):
        plan_deck(briefing, geometry, checkpoint=stop_after_three)
    assert len(calls) == 4


def test_core_properties_leave_emoji_out(tmp_path):
    """Emoji are no keyword, and poppler writes them into a rendered PDF's metadata as broken
    UTF-8 (a deck checker reading `pdftotext -bbox-layout` then fails to decode it)."""
    from briefing_app.export.deck.content import properties

    article = tmp_path / "tips.md"
    article.write_text(
        "# ⭐ Memory tips 💡\n\nHow to keep a memory in shape.\n\n"
        "## 🧠 Stay informed\n\nRead the news every day.\n\n## Keep lists ⬅\n\nWrite them down.\n",
        encoding="utf-8",
    )
    props = properties(open_path(article))
    assert props["title"] == "Memory tips"
    assert props["keywords"] == "briefing; Stay informed; Keep lists"
    assert all(ord(c) < 0x2B00 for value in props.values() for c in value)
