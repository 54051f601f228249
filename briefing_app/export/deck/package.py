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

import re
from collections.abc import Iterable

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationship
from pptx.opc.packuri import PackURI

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"p": _P, "a": _A, "r": _R}
_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SECTIONS_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
_DECLS = f'xmlns:a="{_A}" xmlns:r="{_R}" xmlns:p="{_P}"'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# -- characters an XML document cannot hold (the plan's titles are sanitized; this is a guard) --
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
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
    normalise_relationship_types(prs)
    drop_unknown_core_properties(prs)
    removed = drop_custom_shows(prs)
    reset_show_range(prs, removed)
    drop_unlisted_slides(prs)
    add_missing_parts(prs)
    for master in prs.slide_masters:
        for owner in (master, *master.slide_layouts):
            drop_links_to_removed_slides(owner.part)
            renumber_shape_ids(owner.shapes._spTree)
    for reltype in (RT.NOTES_MASTER, RT.HANDOUT_MASTER):
        part = _related(prs.part, reltype)
        if part is not None:
            _renumber_part(part)


_STANDARD_TYPES = {
    value.lower(): value
    for value in vars(RT).values()
    if isinstance(value, str) and value.startswith("http")
}
# -- ECMA-376 1st edition's name for it, which Office still reads --
_STANDARD_TYPES[
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
] = RT.CORE_PROPERTIES
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC, _DCTERMS = "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/"
# -- the core properties of ISO/IEC 29500-2 §11.1, the only ones its schema allows --
CORE_PROPERTIES = {
    *(f"{{{_CP}}}{n}" for n in ("category", "contentStatus", "keywords", "lastModifiedBy",
                                "lastPrinted", "revision", "version")),
    *(f"{{{_DC}}}{n}" for n in ("creator", "description", "identifier", "language", "subject",
                                "title")),
    f"{{{_DCTERMS}}}created", f"{{{_DCTERMS}}}modified",
}  # fmt: skip


def normalise_relationship_types(prs) -> None:
    """Spell standard relationship types as ISO/IEC 29500 does (case, and 1st-edition names).

    python-pptx matches types exactly: a core-properties relationship spelt the
    ECMA-376 1st-edition way ("…/officeDocument/2006/…/metadata/core-properties",
    here even lower-cased) is missed, so python-pptx relates a fresh core-properties
    part under the same name, and the zip would hold that name twice. Where it
    already did, the template's misspelt relationship goes (our writer sets the
    properties on python-pptx's part); elsewhere a misspelt type is respelt.
    """
    package = prs.part.package
    exact = {rel.reltype for rel in package._rels.values()}
    for rels in [package._rels, *(part.rels for part in package.iter_parts())]:
        for rid, rel in list(rels.items()):
            canonical = _STANDARD_TYPES.get(rel.reltype.lower())
            if canonical is None or canonical == rel.reltype:
                continue
            if canonical == RT.CORE_PROPERTIES and canonical in exact:
                rels.pop(rid)
            else:  # -- a new relationship: python-pptx caches the type it read --
                target = rel.target_ref if rel.is_external else rel.target_part
                mode = RTM.EXTERNAL if rel.is_external else RTM.INTERNAL
                rels._rels[rid] = _Relationship(rels._base_uri, rid, canonical, mode, target)


def drop_unknown_core_properties(prs) -> None:
    """Core properties outside the standard's list (``cp:contentType`` from SharePoint) go."""
    element = prs.core_properties._element
    for child in list(element):
        if isinstance(child.tag, str) and child.tag not in CORE_PROPERTIES:
            element.remove(child)


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


def drop_links_to_removed_slides(part) -> None:
    """A master's or layout's jump to a sample slide would keep that slide in the file, hidden.

    The element naming the relationship (an ``a:hlinkClick`` action) goes with it:
    it has nowhere left to point.
    """
    listed = {rel.target_part for rel in part.package.presentation_part.rels.values()
              if rel.reltype == RT.SLIDE}  # fmt: skip
    for rid, rel in list(part.rels.items()):
        if rel.reltype != RT.SLIDE or rel.is_external or rel.target_part in listed:
            continue
        for owner in _xpath(part._element, f"//*[@r:id='{rid}']"):
            owner.getparent().remove(owner)
        part.rels.pop(rid)


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


def _renumber_part(part) -> None:
    """Repeated shape ids in a notes or handout master (python-pptx keeps the latter as bytes)."""
    element = getattr(part, "_element", None)
    if element is not None:
        renumber_shape_ids(element)
        return
    root = etree.fromstring(part.blob)
    before = etree.tostring(root)
    renumber_shape_ids(root)
    if etree.tostring(root) != before:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


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


def finish_app_properties(prs, titles: list[str], notes: int) -> None:
    """docProps/app.xml tells our slides, not the template's samples (their titles included).

    Counts of slides, notes and hidden slides are set; the last heading pair, where
    PowerPoint lists slide titles (under a localised name), is replaced by ours
    when its count is the template's slide count. Fonts and themes stay as they are.
    """
    try:
        part = prs.part.package.part_related_by(RT.EXTENDED_PROPERTIES)
    except KeyError:
        return
    root = etree.fromstring(part.blob)
    if root.find(f"{{{_EP}}}Slides") is None:
        # -- a template saved by LibreOffice may have no count at all: add ours (xsd:all, any order) --
        etree.SubElement(root, f"{{{_EP}}}Slides").text = "0"
    old_slides = _set_count(root, "Slides", len(titles))
    _set_count(root, "Notes", notes)
    _set_count(root, "HiddenSlides", 0)
    pairs = root.find(f"{{{_EP}}}HeadingPairs/{{{_VT}}}vector")
    names = root.find(f"{{{_EP}}}TitlesOfParts/{{{_VT}}}vector")
    if pairs is not None and names is not None and old_slides is not None:
        counts = pairs.findall(f"{{{_VT}}}variant/{{{_VT}}}i4")
        if counts and counts[-1].text == str(old_slides):
            start = sum(int(c.text or 0) for c in counts[:-1])
            for old in list(names)[start : start + old_slides]:
                names.remove(old)
            for title in titles:
                etree.SubElement(names, f"{{{_VT}}}lpstr").text = _NOT_XML.sub("", title)
            counts[-1].text = str(len(titles))
            names.set("size", str(len(names)))
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_count(root, name: str, value: int) -> int | None:
    """Set ``<name>`` to ``value`` where the template has it; the number it held, if any."""
    element = root.find(f"{{{_EP}}}{name}")
    if element is None:
        return None
    old = element.text
    element.text = str(value)
    return int(old) if old and old.strip().isdigit() else None
