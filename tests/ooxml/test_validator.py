"""The validator itself: a valid deck passes, and a deck broken in one way trips exactly that rule."""

from __future__ import annotations

import re
import time

import pytest

from briefing_app.export.deck.writer import build_deck
from tests.ooxml.breakage import rewrite, sub
from tests.ooxml.validate import assert_valid_deck, problems
from tests.unit.export.deck_support import synthetic_briefing

SLIDE = "ppt/slides/slide2.xml"
SLIDE_RELS = "ppt/slides/_rels/slide2.xml.rels"
PRESENTATION = "ppt/presentation.xml"
PRES_RELS = "ppt/_rels/presentation.xml.rels"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SECTION_EXT = (
    '<p:extLst><p:ext uri="{{521415D9-36F7-43E2-AB2F-B90AF26B5E84}}">'
    f'<p14:sectionLst xmlns:p14="{P14}">'
    '<p14:section name="One" id="{{5A1E6E6C-0000-4000-8000-000000000001}}"><p14:sldIdLst>{ids}'
    "</p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst>"
)


@pytest.fixture(scope="module")
def deck() -> bytes:
    briefing = synthetic_briefing()
    first = briefing.order[0]
    briefing.set_field(first, "notes", "Speaker notes <&> for the first section.")
    data, _ = build_deck(briefing, template="minimal")
    return data


def rules_of(data: bytes) -> set[str]:
    return {rule for rule, _part, _message in problems(data)}


def test_a_deck_we_write_is_valid(deck):
    assert_valid_deck(deck)


def test_validation_is_fast_enough_for_the_fuzz_suite(deck):
    problems(deck)  # -- schemas compiled once, here or earlier --
    start = time.perf_counter()
    for _ in range(5):
        problems(deck)
    assert (time.perf_counter() - start) / 5 < 0.5


def _slide_ids(data: bytes) -> list[str]:
    import zipfile
    from io import BytesIO

    with zipfile.ZipFile(BytesIO(data)) as zf:
        return re.findall(r'<p:sldId id="(\d+)"', zf.read(PRESENTATION).decode())


BREAKAGES = {
    # rule: (edits, parts to add)
    "schema": ({SLIDE: sub(r"(<p:txBody>.*?<a:lstStyle/>).*?(</p:txBody>)", r"\1\2")}, {}),
    "xml": ({SLIDE: sub(r"</p:sld>", "</p:sldd>")}, {}),
    "compatibility": (
        {
            SLIDE: sub(
                r"<p:sld ",
                '<p:sld xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'xmlns:x="urn:unknown" mc:MustUnderstand="x" ',
            )
        },
        {},
    ),
    "content-types": (
        {"[Content_Types].xml": sub(r'<Override PartName="/ppt/slides/slide2.xml"[^>]*/>', "")},
        {},
    ),
    "relationships": ({SLIDE_RELS: sub(r"slideLayout\d+\.xml", "slideLayout99.xml")}, {}),
    "orphans": (
        {
            "[Content_Types].xml": sub(
                r"</Types>",
                '<Override PartName="/ppt/slides/slide99.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>',
            )
        },
        {
            "ppt/slides/slide99.xml": b"<p:sld xmlns:p='http://schemas.openxmlformats.org/presentationml/2006/main'>"
            b"<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id='1' name=''/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
            b"<p:grpSpPr/></p:spTree></p:cSld></p:sld>"
        },
    ),
    "shape-ids": ({SLIDE: sub(r'<p:cNvPr id="3"', '<p:cNvPr id="2"')}, {}),
    "slide-ids": ({PRESENTATION: sub(r'<p:sldId id="\d+"', '<p:sldId id="256"', count=2)}, {}),
    "custom-shows": (
        {
            PRESENTATION: sub(
                r"(</p:sldIdLst>)",
                r'\1<p:custShowLst><p:custShow name="Old" id="0"><p:sldLst>'
                r'<p:sld r:id="rId1"/></p:sldLst></p:custShow></p:custShowLst>',
            )
        },
        {},
    ),
    "expected-parts": (
        {
            PRES_RELS: sub(
                r'<Relationship Id="rId\d+" Type="[^"]*/viewProps" Target="viewProps.xml"/>', ""
            ),
            "ppt/viewProps.xml": lambda body: None,
            "[Content_Types].xml": sub(r'<Override PartName="/ppt/viewProps.xml"[^>]*/>', ""),
        },
        {},
    ),
    "app-properties": (
        {"docProps/app.xml": sub(r"<Slides>\d+</Slides>", "<Slides>99</Slides>")},
        {},
    ),
    "core-properties": (
        {
            "docProps/core.xml": sub(
                r'<dcterms:created xsi:type="dcterms:W3CDTF">', "<dcterms:created>"
            )
        },
        {},
    ),
}


@pytest.mark.parametrize("rule", sorted(BREAKAGES))
def test_each_broken_deck_trips_its_rule(deck, rule):
    edits, add = BREAKAGES[rule]
    broken = rewrite(deck, edits, add)
    assert rule in rules_of(broken), problems(broken)


def test_sections_naming_a_removed_slide_and_leaving_one_out_trip_the_rule(deck):
    ids = _slide_ids(deck)
    listed = "".join(f'<p14:sldId id="{i}"/>' for i in [*ids[1:], "9999"])
    broken = rewrite(
        deck, {PRESENTATION: sub(r"(</p:presentation>)", SECTION_EXT.format(ids=listed) + r"\1")}
    )
    found = [m for r, _p, m in problems(broken) if r == "sections"]
    assert any("9999" in m for m in found) and any(ids[0] in m for m in found), found
    good = "".join(f'<p14:sldId id="{i}"/>' for i in ids)
    assert_valid_deck(
        rewrite(
            deck, {PRESENTATION: sub(r"(</p:presentation>)", SECTION_EXT.format(ids=good) + r"\1")}
        )
    )


def test_slide_id_out_of_range_and_an_unlisted_slide_trip_the_rule(deck):
    out_of_range = rewrite(deck, {PRESENTATION: sub(r'<p:sldId id="\d+"', '<p:sldId id="12"')})
    assert "slide-ids" in rules_of(out_of_range)
    unlisted = rewrite(deck, {PRESENTATION: sub(r'<p:sldId id="\d+" r:id="rId\d+"/>', "")})
    assert any("not in its slide list" in m for _r, _p, m in problems(unlisted))


def test_alternate_content_is_resolved_as_a_consumer_would(deck):
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    choice = (
        f'<mc:AlternateContent {mc}xmlns:p14="{P14}"><mc:Choice Requires="p14">'
        "<p14:unknownToIso/></mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>"
    )
    good = choice.replace("{fallback}", '<p:transition spd="slow"/>')
    bad = choice.replace("{fallback}", '<p:transition speed="slow"/>')
    where = r"(</p:clrMapOvr>)"
    assert_valid_deck(rewrite(deck, {SLIDE: sub(where, r"\1" + good)}))
    assert "schema" in rules_of(rewrite(deck, {SLIDE: sub(where, r"\1" + bad)}))
    ignorable = rewrite(
        deck, {SLIDE: sub(r"<p:sld ", f'<p:sld {mc}xmlns:x="urn:x" mc:Ignorable="x" x:extra="1" ')}
    )
    assert_valid_deck(ignorable)
    not_ignorable = rewrite(deck, {SLIDE: sub(r"<p:sld ", '<p:sld xmlns:x="urn:x" x:extra="1" ')})
    assert "schema" in rules_of(not_ignorable)


def test_notes_pointing_at_another_slide_trip_the_rule(deck):
    import zipfile
    from io import BytesIO

    with zipfile.ZipFile(BytesIO(deck)) as zf:
        notes = sorted(n for n in zf.namelist() if n.startswith("ppt/notesSlides/_rels/"))
        assert notes, "the fixture deck has speaker notes"
        slide = re.search(r"slides/slide(\d+)\.xml", zf.read(notes[0]).decode()).group(1)
    other = "2" if slide == "1" else "1"
    broken = rewrite(
        deck, {notes[0]: sub(rf"slides/slide{slide}\.xml", f"slides/slide{other}.xml")}
    )
    assert "notes-links" in rules_of(broken)


def test_a_part_in_a_misspelt_namespace_is_an_error_not_an_extension(deck):
    wrong = "http://schemas.openxmlformats.org/presentationml/2006/mian"
    broken = rewrite(deck, {SLIDE: sub(r'xmlns:p="[^"]*"', f'xmlns:p="{wrong}"')})
    assert any("is not of the schemas" in m for _r, _p, m in problems(broken))


def test_package_streams_are_schema_checked_too(deck):
    """[Content_Types].xml and .rels parts go through the OPC schemas like any part."""
    types = rewrite(
        deck,
        {
            "[Content_Types].xml": sub(
                r'(<Override PartName="/ppt/slides/slide2.xml") ContentType="[^"]*"', r"\1"
            )
        },
    )
    assert any(r == "schema" and p == "/[Content_Types].xml" for r, p, _m in problems(types))
    rels = rewrite(
        deck, {SLIDE_RELS: sub(r'<Relationship Id="rId1"', '<Relationship Id="rId1" Colour="red"')}
    )
    assert any(r == "schema" and p.endswith("slide2.xml.rels") for r, p, _m in problems(rels))
