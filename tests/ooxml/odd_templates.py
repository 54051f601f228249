"""Templates that use PowerPoint sections and custom shows, made from a built-in with python-pptx and lxml.

PowerPoint writes sections as ``p14:sectionLst`` in the presentation's extension
list and custom shows as ``p:custShowLst`` naming slides by relationship id;
``presProps.xml`` may start the slide show on a custom show. These builders
write exactly that markup around a few sample slides, one with speaker notes
and a picture, so a test can check that none of it survives into a deck.
"""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

from briefing_app.export.templates import resolve_template

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SAMPLE = "SAMPLE CONTENT that must not leak"
# -- the government built-in as LibreOffice 7.4 saves it (see templates/SOURCES.md) --
LIBREOFFICE = Path(__file__).resolve().parent / "templates" / "libreoffice-export.pptx"
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


def _sections(prs, groups: list[tuple[str, list[int]]]) -> None:
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


def _custom_show(prs, name: str, members: list[int], show_id: int = 0) -> None:
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


def sections_and_shows_template(folder: Path, base: str = "government", *, sections: bool = True,
                                shows: bool = True) -> Path:  # fmt: skip
    """``base`` (a built-in) with four sample slides in three sections and two custom shows."""
    prs = Presentation(str(resolve_template("deck", base)))
    _sample_slides(prs, 4)
    if sections:
        _sections(prs, [("Opening", [0]), ("Argument", [1, 2]), ("Close", [3])])
    if shows:
        _custom_show(prs, "Short version", [1, 3], show_id=0)
        _custom_show(prs, "Board", [0, 2], show_id=1)
        _show_custom_show(prs, 0)
    name = f"{base}-{'sections' if sections else ''}{'-shows' if shows else ''}.pptx"
    path = folder / name
    prs.save(str(path))
    return path
