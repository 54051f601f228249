"""Package repairs, so a deck is one PowerPoint opens without a "Repair" prompt whatever its template.

Removing a template's sample slides leaves whatever named them behind:
custom shows (which keep the removed slides in the package, hidden) and
PowerPoint sections (which name deleted slide ids and leave our slides in no
section). And templates are not always valid themselves: LibreOffice exports
lack the view-properties and table-styles parts, and repeat shape ids inside a
master or layout. :func:`repair_template` fixes the template once its samples
are gone; :func:`finish_sections` puts our slides in a section once they are in.
Everything else in the template is kept as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"p": _P, "a": _A, "r": _R}
_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SECTIONS_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
_DECLS = f'xmlns:a="{_A}" xmlns:r="{_R}" xmlns:p="{_P}"'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# -- what PowerPoint writes in a new presentation; only added where a template has none --
MISSING_PARTS = (
    (RT.PRES_PROPS, CT.PML_PRES_PROPS, "/ppt/presProps.xml",
     f"<p:presentationPr {_DECLS}/>"),
    (RT.VIEW_PROPS, CT.PML_VIEW_PROPS, "/ppt/viewProps.xml",
     f'<p:viewPr {_DECLS}><p:normalViewPr><p:restoredLeft sz="15620"/>'
     '<p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/>'
     "</p:viewPr>"),
    (RT.TABLE_STYLES, CT.PML_TABLE_STYLES, "/ppt/tableStyles.xml",
     f'<a:tblStyleLst xmlns:a="{_A}" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>'),
)  # fmt: skip


def repair_template(prs) -> None:
    """Make an emptied template (sample slides removed) a valid package to add slides to."""
    removed = drop_custom_shows(prs)
    reset_show_range(prs, removed)
    drop_unlisted_slides(prs)
    add_missing_parts(prs)
    for master in prs.slide_masters:
        renumber_shape_ids(master.shapes._spTree)
        for layout in master.slide_layouts:
            renumber_shape_ids(layout.shapes._spTree)


def drop_custom_shows(prs) -> set[str]:
    """Remove custom shows naming a slide that is not in the deck; the ids of those removed."""
    presentation = prs.part._element
    listed = set(_xpath(presentation, "p:sldIdLst/p:sldId/@r:id"))
    removed = set()
    for shows in presentation.findall(f"{{{_P}}}custShowLst"):
        for show in shows.findall(f"{{{_P}}}custShow"):
            if set(_xpath(show, "p:sldLst/p:sld/@r:id")) - listed:
                removed.add(show.get("id", ""))
                shows.remove(show)
        if not len(shows):
            presentation.remove(shows)
    return removed


def reset_show_range(prs, removed_shows: set[str]) -> None:
    """A slide show set to a removed custom show, or to a range of the template's slides, shows all."""
    part = _related(prs.part, RT.PRES_PROPS)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    show = root.find(f"{{{_P}}}showPr")
    if show is None:
        return
    changed = False
    for child in list(show):
        custom = child.tag == f"{{{_P}}}custShow" and child.get("id", "") in removed_shows
        if custom or child.tag == f"{{{_P}}}sldRg":
            child.addprevious(etree.Element(f"{{{_P}}}sldAll"))
            show.remove(child)
            changed = True
    if changed:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def drop_unlisted_slides(prs) -> None:
    """Unrelate slides no longer in the slide list and no longer named anywhere in presentation.xml.

    The package is written by walking relationships, so a slide unrelated here
    leaves the file with every part only it used (notes, pictures, charts).
    """
    presentation = prs.part._element
    named = set(_xpath(presentation, "//@r:id"))
    rels = prs.part.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.SLIDE and rid not in named]:
        rels.pop(rid)


def add_missing_parts(prs) -> None:
    """Presentation, view and table-style properties where the template has none."""
    package = prs.part.package
    taken = {str(part.partname) for part in package.iter_parts()}
    for reltype, content_type, name, xml in MISSING_PARTS:
        if _related(prs.part, reltype) is not None:
            continue
        stem, n = name[: -len(".xml")], 1
        while name in taken:
            n += 1
            name = f"{stem}{n}.xml"
        part = Part(PackURI(name), content_type, package, (_HEAD + xml).encode())
        prs.part.relate_to(part, reltype)


def renumber_shape_ids(tree) -> None:
    """Give every repeated shape id in a shape tree (after its first use) a fresh number."""
    shapes = list(tree.iter(f"{{{_P}}}cNvPr"))
    numbers = [int(v) for v in (el.get("id", "") for el in shapes) if v.isdigit()]
    fresh = max(numbers, default=0) + 1
    seen: set[str] = set()
    for el in shapes:
        value = el.get("id", "")
        if value in seen or not value.isdigit():
            el.set("id", str(fresh))
            fresh += 1
        else:
            seen.add(value)


def finish_sections(prs) -> None:
    """PowerPoint sections: the template's first section holds every slide; the rest go.

    Without this the section list names the removed sample slides' ids and our
    slides sit outside every section, which PowerPoint repairs.
    """
    presentation = prs.part._element
    slide_ids = _xpath(presentation, "p:sldIdLst/p:sldId/@id")
    for ext in _section_exts(presentation):
        sections = ext.findall(f"{{{_P14}}}sectionLst/{{{_P14}}}section")
        if not sections or not slide_ids:
            _remove(ext)
            continue
        first = sections[0]
        for other in sections[1:]:
            other.getparent().remove(other)
        for old in first.findall(f"{{{_P14}}}sldIdLst"):
            first.remove(old)
        listed = etree.Element(f"{{{_P14}}}sldIdLst")
        for value in slide_ids:
            etree.SubElement(listed, f"{{{_P14}}}sldId", id=value)
        first.insert(0, listed)


def _xpath(element, path: str) -> list:
    """XPath with our prefixes (python-pptx's own element ``xpath`` takes no namespaces)."""
    return etree._Element.xpath(element, path, namespaces=NS)


def _section_exts(presentation) -> Iterable:
    return list(presentation.iterfind(f"p:extLst/p:ext[@uri='{SECTIONS_EXT}']", NS))


def _remove(ext) -> None:
    ext_lst = ext.getparent()
    ext_lst.remove(ext)
    if not len(ext_lst):
        ext_lst.getparent().remove(ext_lst)


def _related(part, reltype: str):
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None
