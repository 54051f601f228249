"""The package rules PowerPoint enforces beyond the schemas (ISO/IEC 29500-1 §13, -2 §9–11).

Each rule is a function from a :class:`Package` to a list of problems, so a
test can break one rule on purpose and see exactly that rule fire.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from lxml import etree

from tests.ooxml.package import CONTENT_TYPES, R_DOC, Package

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DCTERMS = "http://purl.org/dc/terms/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS = {"p": P, "p14": P14, "r": R_DOC}
SECTIONS_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
SHAPE_TREE_PARTS = ("slide", "slideLayout", "slideMaster", "notesSlide", "notesMaster",
                    "handoutMaster")  # fmt: skip
# -- ST_SlideId 256 ≤ id < 2^31; master and layout ids share the range from 2^31 up --
SLIDE_ID_RANGE = range(256, 2**31)
MASTER_ID_RANGE = range(2**31, 2**32)

Problem = tuple[str, str, str]  # -- (rule, part, message) --


_PML = "application/vnd.openxmlformats-officedocument.presentationml."
# -- what a part reached by a relationship of this type must declare itself to be --
EXPECTED_TYPES = {
    **{kind: (f"{_PML}{kind}+xml",) for kind in
       ("slide", "slideLayout", "slideMaster", "notesSlide", "notesMaster", "handoutMaster",
        "presProps", "viewProps", "tableStyles", "commentAuthors", "comments")},
    "officeDocument": (
        *(f"{_PML}{k}.main+xml" for k in ("presentation", "slideshow", "template")),
        *(f"application/vnd.ms-powerpoint.{k}.macroEnabled.main+xml"
          for k in ("presentation", "slideshow", "template")),
    ),
    "theme": ("application/vnd.openxmlformats-officedocument.theme+xml",),
    "core-properties": ("application/vnd.openxmlformats-package.core-properties+xml",),
    "extended-properties": ("application/vnd.openxmlformats-officedocument.extended-properties+xml",),
}  # fmt: skip


def content_types(pkg: Package) -> list[Problem]:
    """Every part has a content type, the one its relationship type needs; overrides name parts."""
    if CONTENT_TYPES not in pkg.blobs:
        return [("content-types", CONTENT_TYPES, "missing")]
    out = [("content-types", name, "no content type")
           for name in pkg.parts() if not pkg.content_type(name)]  # fmt: skip
    names = {n.lower() for n in pkg.blobs}
    out += [("content-types", name, "override for a part that does not exist")
            for name in pkg.overrides if name not in names]  # fmt: skip
    for source, rels in pkg.rels.items():
        for rel in rels:
            wanted = EXPECTED_TYPES.get(rel.type)
            actual = pkg.content_type(rel.target) if rel.target in pkg.blobs else None
            if wanted and actual and actual not in wanted:
                out.append(
                    (
                        "content-types",
                        rel.target,
                        f"{actual}, but {source} relates it as {rel.type}",
                    )
                )
    out += [("content-types", name, "stored twice in the zip") for name in pkg.stored_twice]
    clashes = [n for n, c in Counter(n.lower() for n in pkg.blobs).items() if c > 1]
    out += [("content-types", name, "part names differ only in case") for name in clashes]
    return out


def relationships(pkg: Package) -> list[Problem]:
    """Every internal target exists; every .rels belongs to a part; ids unique per source."""
    out = []
    for source, rels in pkg.rels.items():
        if source != "/" and source not in pkg.blobs:
            out.append(("relationships", source, "relationships of a part that does not exist"))
        for rid, count in Counter(r.rid for r in rels).items():
            if count > 1:
                out.append(("relationships", source, f"relationship id {rid} repeated"))
        for rel in rels:
            # -- a hyperlink is a reference, not a part: "#_ftn1" or a missing file is no package error --
            if not rel.external and rel.type != "hyperlink" and rel.target not in pkg.blobs:
                out.append(
                    ("relationships", source, f"{rel.rid} ({rel.type}) → missing {rel.target}")
                )
    return out


def orphans(pkg: Package) -> list[Problem]:
    """Every part is reachable from the package relationships."""
    seen, todo = {"/"}, ["/"]
    while todo:
        for rel in pkg.rels.get(todo.pop(), []):
            if not rel.external and rel.target not in seen:
                seen.add(rel.target)
                todo.append(rel.target)
    return [("orphans", name, "no relationship reaches this part")
            for name in pkg.parts() if name not in seen]  # fmt: skip


def _kind(pkg: Package, name: str) -> str:
    """ "slide", "slideLayout", … from the content type (…presentationml.slide+xml)."""
    ct = pkg.content_type(name) or ""
    match = re.search(r"presentationml\.(\w+)\+xml$", ct)
    return match.group(1) if match else ""


def shape_ids(pkg: Package) -> list[Problem]:
    """Shape ids (p:cNvPr/@id) are unique within each slide, layout, master and notes tree."""
    out = []
    for name in pkg.parts():
        if _kind(pkg, name) not in SHAPE_TREE_PARTS:
            continue
        for tree in pkg.xml(name).iterfind(".//p:cSld/p:spTree", NS):
            ids = Counter(el.get("id") for el in tree.iter(f"{{{P}}}cNvPr"))
            repeated = sorted(i for i, c in ids.items() if c > 1)
            if repeated:
                out.append(("shape-ids", name, f"shape ids repeated: {', '.join(repeated)}"))
    return out


def _presentation(pkg: Package) -> tuple[str, etree._Element] | None:
    name = pkg.presentation
    if not name or name not in pkg.blobs:
        return None
    return name, pkg.xml(name)


def slide_ids(pkg: Package) -> list[Problem]:
    """Slide ids unique and in range; each names a slide; every related slide is listed.

    Master and layout ids (sldMasterId, sldLayoutId) must be unique across the
    whole presentation and at least 2^31.
    """
    found = _presentation(pkg)
    if found is None:
        return [("slide-ids", "/", "no presentation part")]
    name, root = found
    out = []
    rels = pkg.by_rid(name)
    ids = [el.get("id", "") for el in root.iterfind("p:sldIdLst/p:sldId", NS)]
    for value, count in Counter(ids).items():
        if count > 1:
            out.append(("slide-ids", name, f"slide id {value} repeated"))
        if not value.isdigit() or int(value) not in SLIDE_ID_RANGE:
            out.append(("slide-ids", name, f"slide id {value} out of range"))
    listed = []
    for el in root.iterfind("p:sldIdLst/p:sldId", NS):
        rel = rels.get(el.get(f"{{{R_DOC}}}id", ""))
        if rel is None or rel.type != "slide":
            out.append(("slide-ids", name, f"slide id {el.get('id')} names no slide"))
        else:
            listed.append(rel.target)
    for target in pkg.related(name, "slide"):
        if target not in listed:
            out.append(
                ("slide-ids", target, "related from the presentation, not in its slide list")
            )
    related = set(pkg.related(name, "slide"))
    for part in pkg.parts():
        if _kind(pkg, part) == "slide" and part not in listed and part not in related:
            out.append(("slide-ids", part, "a slide in the package, not in the slide list"))
    master_ids = [el.get("id", "") for el in root.iterfind("p:sldMasterIdLst/p:sldMasterId", NS)]
    for master in pkg.related(name, "slideMaster"):
        if master in pkg.blobs:
            tree = pkg.xml(master)
            master_ids += [
                el.get("id", "") for el in tree.iterfind("p:sldLayoutIdLst/p:sldLayoutId", NS)
            ]
    # -- the id is optional on sldMasterId and sldLayoutId (PowerPoint 2007 leaves it out) --
    for value, count in Counter(i for i in master_ids if i).items():
        if count > 1:
            out.append(("slide-ids", name, f"master/layout id {value} repeated"))
        if not value.isdigit() or int(value) not in MASTER_ID_RANGE:
            out.append(("slide-ids", name, f"master/layout id {value} out of range"))
    return out


def notes_links(pkg: Package) -> list[Problem]:
    """A slide's notes slide points back at it, and a notes slide's slide points at it."""
    out = []
    for name in pkg.parts():
        kind = _kind(pkg, name)
        if kind == "slide":
            for notes in pkg.related(name, "notesSlide"):
                if name not in pkg.related(notes, "slide"):
                    out.append(("notes-links", name, f"its notes {notes} do not point back"))
        elif kind == "notesSlide":
            slides = pkg.related(name, "slide")
            if len(slides) != 1:
                out.append(("notes-links", name, f"notes slide with {len(slides)} slides"))
            for slide in slides:
                if name not in pkg.related(slide, "notesSlide"):
                    out.append(("notes-links", name, f"its slide {slide} does not point back"))
    return out


def _slide_ids(root: etree._Element) -> set[str]:
    return {el.get("id", "") for el in root.iterfind("p:sldIdLst/p:sldId", NS)}


def sections(pkg: Package) -> list[Problem]:
    """PowerPoint sections (p14:sectionLst) name existing slides, each slide exactly once."""
    found = _presentation(pkg)
    if found is None:
        return []
    name, root = found
    lists = root.findall(f"p:extLst/p:ext[@uri='{SECTIONS_EXT}']/p14:sectionLst", NS)
    if not lists:
        return []
    out = []
    slides = _slide_ids(root)
    named = Counter(el.get("id", "") for el in lists[0].iterfind(".//p14:sldId", NS))
    for value in sorted(set(named) - slides):
        out.append(("sections", name, f"a section names slide id {value}, which is not a slide"))
    for value in sorted(slides - set(named)):
        out.append(("sections", name, f"slide id {value} is in no section"))
    for value, count in named.items():
        if count > 1:
            out.append(("sections", name, f"slide id {value} is in {count} sections"))
    return out


def custom_shows(pkg: Package) -> list[Problem]:
    """Custom shows name only slides of the presentation's slide list."""
    found = _presentation(pkg)
    if found is None:
        return []
    name, root = found
    rels = pkg.by_rid(name)
    listed = {rels[el.get(f"{{{R_DOC}}}id", "")].target
              for el in root.iterfind("p:sldIdLst/p:sldId", NS)
              if el.get(f"{{{R_DOC}}}id", "") in rels}  # fmt: skip
    out = []
    for show in root.iterfind("p:custShowLst/p:custShow", NS):
        for sld in show.iterfind("p:sldLst/p:sld", NS):
            rel = rels.get(sld.get(f"{{{R_DOC}}}id", ""))
            if rel is None or rel.target not in listed:
                out.append(("custom-shows", name,
                            f"custom show {show.get('name')!r} names a slide not in the deck"))  # fmt: skip
    return out


def core_properties(pkg: Package) -> list[Problem]:
    """docProps/core: dates typed dcterms:W3CDTF; no other refinement; revision a number."""
    parts = pkg.related("/", "core-properties")
    if len(parts) > 1:
        return [("core-properties", "/", "more than one core properties part")]
    out = []
    for name in parts:
        if name not in pkg.blobs:
            continue  # -- reported by the relationships rule --
        root = pkg.xml(name)
        for el in root:
            typed = el.get(f"{{{XSI}}}type")
            if el.tag in (f"{{{DCTERMS}}}created", f"{{{DCTERMS}}}modified"):
                if typed is None or _resolve(el, typed) != (DCTERMS, "W3CDTF"):
                    out.append(
                        ("core-properties", name, f"{etree.QName(el).localname} not typed W3CDTF")
                    )
            elif typed is not None:
                out.append(("core-properties", name, f"{etree.QName(el).localname} has xsi:type"))
            if el.get("{http://www.w3.org/XML/1998/namespace}lang") is not None:
                out.append(("core-properties", name, f"{etree.QName(el).localname} has xml:lang"))
        revision = root.find(f"{{{CP}}}revision")
        if revision is not None and not (revision.text or "").strip().isdigit():
            out.append(("core-properties", name, f"revision {revision.text!r} is not a number"))
    return out


def _resolve(el: etree._Element, qname: str) -> tuple[str | None, str]:
    prefix, _, local = qname.rpartition(":")
    return el.nsmap.get(prefix or None), local


EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def app_properties(pkg: Package) -> list[Problem]:
    """docProps/app: heading-pair counts add up to the titles listed; slide and notes counts true."""
    parts = [n for n in pkg.related("/", "extended-properties") if n in pkg.blobs]
    found = _presentation(pkg)
    if not parts or found is None:
        return []
    name, root = parts[0], pkg.xml(parts[0])
    out = []
    counts = [
        int(el.text or 0)
        for el in root.iterfind(f"{{{EP}}}HeadingPairs/{{{VT}}}vector/{{{VT}}}variant/{{{VT}}}i4")
    ]
    titles = root.findall(f"{{{EP}}}TitlesOfParts/{{{VT}}}vector/*")
    if root.find(f"{{{EP}}}TitlesOfParts") is not None and sum(counts) != len(titles):
        out.append(
            (
                "app-properties",
                name,
                f"heading pairs count {sum(counts)} parts, {len(titles)} listed",
            )
        )
    slides = found[1].findall("p:sldIdLst/p:sldId", NS)
    notes = [n for n in pkg.parts() if _kind(pkg, n) == "notesSlide"]
    for tag, actual in (("Slides", len(slides)), ("Notes", len(notes))):
        element = root.find(f"{{{EP}}}{tag}")
        if element is not None and (element.text or "").strip() != str(actual):
            out.append(
                ("app-properties", name, f"{tag} says {element.text}, the deck has {actual}")
            )
    return out


# -- optional in ISO/IEC 29500, but PowerPoint writes them always and expects them --
EXPECTED_PARTS = ("presProps", "viewProps", "tableStyles", "theme")


def expected_parts(pkg: Package) -> list[Problem]:
    """The presentation relates the parts PowerPoint always writes, each masters its theme."""
    name = pkg.presentation
    if not name:
        return []
    out = [("expected-parts", name, f"no {kind} part")
           for kind in EXPECTED_PARTS if not pkg.related(name, kind)]  # fmt: skip
    for master in pkg.related(name, "slideMaster"):
        if not pkg.related(master, "theme"):
            out.append(("expected-parts", master, "master without a theme"))
    return out


RULES: tuple[Callable[[Package], list[Problem]], ...] = (
    content_types, relationships, orphans, shape_ids, slide_ids, notes_links, sections,
    custom_shows, core_properties, expected_parts, app_properties,
)  # fmt: skip
