"""export/deck/package.py on its own: each repair does its one thing and leaves the rest alone."""

from __future__ import annotations

from lxml import etree
from pptx import Presentation

from briefing_app.export.deck.package import (
    SECTIONS_EXT,
    drop_custom_shows,
    finish_sections,
    renumber_shape_ids,
)
from tests.ooxml.odd_templates import P14, add_custom_show, add_sections

P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def _with_slides(count: int):
    prs = Presentation()
    for _ in range(count):
        prs.slides.add_slide(prs.slide_layouts[6])
    return prs


def test_a_custom_show_of_listed_slides_stays_one_naming_a_removed_slide_goes():
    prs = _with_slides(3)
    add_custom_show(prs, "kept", [0, 1], show_id=0)
    add_custom_show(prs, "gone", [1, 2], show_id=1)
    third = prs.slides._sldIdLst[2]
    prs.slides._sldIdLst.remove(third)  # -- as if removed with the samples --
    assert drop_custom_shows(prs) == {"1"}
    names = [s.get("name") for s in prs.part._element.iter(f"{{{P}}}custShow")]
    assert names == ["kept"]


def test_the_custom_show_list_goes_when_its_last_show_does():
    prs = _with_slides(2)
    add_custom_show(prs, "gone", [1], show_id=0)
    prs.slides._sldIdLst.remove(prs.slides._sldIdLst[1])
    drop_custom_shows(prs)
    assert prs.part._element.find(f"{{{P}}}custShowLst") is None


def test_sections_become_the_first_one_holding_every_slide_in_order():
    prs = _with_slides(4)
    add_sections(prs, [("A", [0]), ("B", [1, 2]), ("C", [3])])
    finish_sections(prs)
    sections = prs.part._element.findall(f".//{{{P14}}}section")
    assert [s.get("name") for s in sections] == ["A"]
    ids = [s.get("id") for s in prs.slides._sldIdLst]
    assert [el.get("id") for el in sections[0].iter(f"{{{P14}}}sldId")] == ids


def test_an_empty_section_list_is_removed_with_its_extension():
    prs = _with_slides(1)
    add_sections(prs, [])
    finish_sections(prs)
    assert not prs.part._element.findall(f".//{{{P}}}ext[@uri='{SECTIONS_EXT}']")
    assert prs.part._element.find(f"{{{P}}}extLst") is None


def test_repeated_shape_ids_get_fresh_numbers_and_first_uses_keep_theirs():
    tree = etree.fromstring(
        f'<p:spTree xmlns:p="{P}">'
        + "".join(f'<p:cNvPr id="{i}"/>' for i in ("1", "2", "2", "5", "x", "1"))
        + "</p:spTree>"
    )
    renumber_shape_ids(tree)
    assert [el.get("id") for el in tree] == ["1", "2", "6", "5", "7", "8"]
