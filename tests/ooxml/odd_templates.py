"""Templates that use PowerPoint sections and custom shows, made from a built-in with python-pptx and lxml.

PowerPoint writes sections as ``p14:sectionLst`` in the presentation's extension
list and custom shows as ``p:custShowLst`` naming slides by relationship id;
``presProps.xml`` may start the slide show on a custom show. These builders
write exactly that markup around a few sample slides, one with speaker notes
and a picture, and give a layout a button jumping to a sample slide, so a test
can check that none of it survives into a deck.
"""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.shapes.autoshape import CT_Shape
from pptx.util import Inches

from briefing_app.export.templates import resolve_template
from tests.ooxml.breakage import rewrite, sub

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SAMPLE = "SAMPLE CONTENT that must not leak"
# -- the government built-in as LibreOffice 7.4 saves it (see templates/SOURCES.md) --
LIBREOFFICE = Path(__file__).resolve().parent / "templates" / "libreoffice-export.pptx"
# -- a real PowerPoint deck with ten sections and a repeated master shape id (Apache POI test data) --
REAL_SECTIONS = Path(__file__).resolve().parent / "templates" / "poi-bug65551-sections.pptx"
# -- a 1×1 PNG, so a sample slide has a part that only it uses --
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)


def _sample_slides(prs, count: int) -> list:
    layout = prs.slide_layouts[1] if len(prs.slide_layouts) > 1 else prs.slide_layouts[0]
    slides = []
    for n in range(count):
        slide = prs.slides.add_slide(layout)
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(5), Inches(1))
        box.text_frame.text = f"{SAMPLE} {n}"
        if n == 1:
            slide.notes_slide.notes_text_frame.text = f"{SAMPLE} in notes"
            slide.shapes.add_picture(io.BytesIO(PIXEL), Inches(1), Inches(3))
        slides.append(slide)
    return slides


def add_sections(prs, groups: list[tuple[str, list[int]]]) -> None:
    ids = [s.get("id") for s in prs.slides._sldIdLst]
    ext_lst = prs.part._element.find(f"{{{P}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(prs.part._element, f"{{{P}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{P}}}ext", uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    section_lst = etree.SubElement(ext, f"{{{P14}}}sectionLst", nsmap={"p14": P14})
    for n, (name, members) in enumerate(groups):
        section = etree.SubElement(
            section_lst, f"{{{P14}}}section", name=name,
            id=f"{{6D3A1E4C-0000-4000-8000-{n + 1:012d}}}",
        )  # fmt: skip
        listed = etree.SubElement(section, f"{{{P14}}}sldIdLst")
        for index in members:
            etree.SubElement(listed, f"{{{P14}}}sldId", id=ids[index])


def add_custom_show(prs, name: str, members: list[int], show_id: int = 0) -> None:
    rids = [s.get(f"{{{R}}}id") for s in prs.slides._sldIdLst]
    root = prs.part._element
    shows = root.find(f"{{{P}}}custShowLst")
    if shows is None:
        shows = etree.Element(f"{{{P}}}custShowLst")
        # -- after sldSz/notesSz, before photoAlbum/custDataLst/kinsoku/defaultTextStyle… --
        root.find(f"{{{P}}}notesSz").addnext(shows)
    show = etree.SubElement(shows, f"{{{P}}}custShow", name=name, id=str(show_id))
    listed = etree.SubElement(show, f"{{{P}}}sldLst")
    for index in members:
        etree.SubElement(listed, f"{{{P}}}sld", {f"{{{R}}}id": rids[index]})


def _show_custom_show(prs, show_id: int) -> None:
    part = prs.part.part_related_by(RT.PRES_PROPS)
    root = etree.fromstring(part.blob)
    show = etree.Element(f"{{{P}}}showPr", loop="0", showNarration="1")
    etree.SubElement(show, f"{{{P}}}custShow", id=str(show_id))
    root.insert(0, show)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _link_from_layout(prs, target: int) -> None:
    """A layout shape that jumps to a sample slide (an "agenda" button, say)."""
    layout = prs.slide_layouts[0]
    slide = list(prs.slides)[target]
    rid = layout.part.relate_to(slide.part, RT.SLIDE)
    tree = layout.shapes._spTree
    free = max(int(i) for i in tree.xpath("//p:cNvPr/@id")) + 1
    box = CT_Shape.new_textbox_sp(
        free, "Agenda button", Inches(0.2), Inches(0.2), Inches(1), Inches(0.4)
    )
    tree.append(box)
    c_nv_pr = box.find(f".//{{{P}}}cNvPr")
    link = etree.SubElement(c_nv_pr, f"{{{A}}}hlinkClick", action="ppaction://hlinksldjump")
    link.set(f"{{{R}}}id", rid)


def sections_and_shows_template(folder: Path, base: str = "government", *, sections: bool = True,
                                shows: bool = True) -> Path:  # fmt: skip
    """``base`` (a built-in) with four sample slides in three sections and two custom shows."""
    prs = Presentation(str(resolve_template("deck", base)))
    _sample_slides(prs, 4)
    _link_from_layout(prs, 2)
    if sections:
        add_sections(prs, [("Opening", [0]), ("Argument", [1, 2]), ("Close", [3])])
    if shows:
        add_custom_show(prs, "Short version", [1, 3], show_id=0)
        add_custom_show(prs, "Board", [0, 2], show_id=1)
        _show_custom_show(prs, 0)
    name = f"{base}-{'sections' if sections else ''}{'-shows' if shows else ''}.pptx"
    path = folder / name
    prs.save(str(path))
    return path


def odd_package_template(folder: Path, kind: str, base: str = "minimal") -> Path:
    """A built-in with one package oddity real templates have (Apache POI's test decks have both).

    "old-core-type": the core-properties relationship spelt as ECMA-376 1st edition
    did, lower-cased (``…/officedocument/2006/relationships/metadata/core-properties``);
    "sharepoint-core": a ``cp:contentType`` core property, which the OPC schema lacks;
    "notes-master-ids": a shape id repeated in the notes master (``base`` must have one).
    """
    data = resolve_template("deck", base).read_bytes()
    if kind == "old-core-type":
        edits = {
            "_rels/.rels": sub(
                r"package/2006/relationships/metadata/core-properties",
                "officedocument/2006/relationships/metadata/core-properties",
            )
        }
    elif kind == "notes-master-ids":
        edits = {"ppt/notesMasters/notesMaster1.xml": sub(r'<p:cNvPr id="3"', '<p:cNvPr id="2"')}
    elif kind == "sharepoint-core":
        edits = {
            "docProps/core.xml": sub(
                r"</cp:coreProperties>",
                "<cp:contentType>Document</cp:contentType></cp:coreProperties>",
            )
        }
    else:
        raise ValueError(kind)
    path = folder / f"{Path(base).stem}-{kind}.pptx"
    path.write_bytes(rewrite(data, edits))
    return path
