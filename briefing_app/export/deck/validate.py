"""Check a deck template's structure once, when it is opened: every problem is one sentence naming the part.

python-pptx reads most of a package lazily, so a damaged template used to fail
deep inside layout choice, fitting or saving with a ``KeyError``, ``ValueError``
or ``XMLSyntaxError``. Everything the export later relies on is checked here,
first: every XML part parses; the presentation has a slide master; each
master's layouts and each layout's master resolve; the theme is XML; sizes,
offsets, insets, indents, font sizes and placeholder indices are whole numbers
in their schema's range; placeholder types, orientations and sizes are ones the
schema names. A template that is merely odd (a 1-inch slide, a title box
shorter than a line, no theme, sample slides pointing nowhere) is used.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from briefing_app.core.errors import UserError

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RT_MASTER = "/slideMaster"
_RT_THEME = "/theme"
_RT_CORE_PROPERTIES = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)

_COORD = 27273042316900  # -- ST_Coordinate's bound (DrawingML) --
_INT32 = 2**31
# -- (namespace, element, attribute) -> (low, high, what the sentence calls it) --
_WHOLE_NUMBERS: dict[tuple[str, str, str], tuple[int, int, str]] = {
    (_P, "sldSz", "cx"): (914400, 51206400, "slide width"),
    (_P, "sldSz", "cy"): (914400, 51206400, "slide height"),
    (_P, "notesSz", "cx"): (1, _COORD, "notes page width"),
    (_P, "notesSz", "cy"): (1, _COORD, "notes page height"),
    (_A, "off", "x"): (-_COORD, _COORD, "shape position"),
    (_A, "off", "y"): (-_COORD, _COORD, "shape position"),
    (_A, "ext", "cx"): (0, _COORD, "shape size"),
    (_A, "ext", "cy"): (0, _COORD, "shape size"),
    (_A, "bodyPr", "lIns"): (-_INT32, _INT32 - 1, "text margin"),
    (_A, "bodyPr", "tIns"): (-_INT32, _INT32 - 1, "text margin"),
    (_A, "bodyPr", "rIns"): (-_INT32, _INT32 - 1, "text margin"),
    (_A, "bodyPr", "bIns"): (-_INT32, _INT32 - 1, "text margin"),
    (_P, "ph", "idx"): (0, 2**32 - 1, "placeholder index"),
    (_A, "defRPr", "sz"): (100, 400000, "font size"),
    (_A, "rPr", "sz"): (100, 400000, "font size"),
    (_A, "endParaRPr", "sz"): (100, 400000, "font size"),
}
for _level in range(1, 10):
    _WHOLE_NUMBERS[(_A, f"lvl{_level}pPr", "marL")] = (0, 51206400, "paragraph indent")
    _WHOLE_NUMBERS[(_A, f"lvl{_level}pPr", "indent")] = (-51206400, 51206400, "paragraph indent")
_CHOICES: dict[tuple[str, str, str], tuple[frozenset[str], str]] = {
    (_P, "ph", "type"): (
        frozenset(
            [
                "title",
                "body",
                "ctrTitle",
                "subTitle",
                "dt",
                "sldNum",
                "ftr",
                "hdr",
                "obj",
                "chart",
                "tbl",
                "clipArt",
                "dgm",
                "media",
                "sldImg",
                "pic",
            ]
        ),
        "placeholder type",
    ),
    (_P, "ph", "orient"): (frozenset({"horz", "vert"}), "placeholder orientation"),
    (_P, "ph", "sz"): (frozenset({"full", "half", "quarter"}), "placeholder size"),
}
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def check_parts(data: bytes, *, name: str) -> None:
    """Every XML part of the package parses; UserError naming the first that does not.

    Run before python-pptx reads the package, whose own parse errors name no part.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for info in package.infolist():
            part = info.filename
            if not part.lower().endswith((".xml", ".rels")):
                continue
            body = package.read(info)
            if not body.strip():
                raise UserError(f"Template {name}: the part {part} is empty.")
            try:
                etree.fromstring(body, _SAFE_PARSER)
            except etree.XMLSyntaxError:
                raise UserError(f"Template {name}: the part {part} is not valid XML.") from None


def check_structure(prs, *, name: str) -> None:
    """The parts the export reads resolve and hold values it can use; UserError naming the part."""
    root = prs.part._element
    _check_values(root, part=str(prs.part.partname), name=name)
    master_ids = root.findall(f"{{{_P}}}sldMasterIdLst/{{{_P}}}sldMasterId")
    if not master_ids:
        raise UserError(f"Template {name} has no slide master.")
    for master_id in master_ids:
        master_part = _related(
            prs.part, master_id.get(f"{{{_R}}}id"), name=name, what="slide master"
        )
        _check_master(master_part, name=name)
    if prs.part.package is not None:
        _check_notes_master(prs, name=name)
        _check_unique_parts(prs, name=name)


def _check_master(master_part, *, name: str) -> None:
    where = str(master_part.partname)
    _check_shape_tree(master_part._element, "sldMaster", part=where, name=name, what="slide master")
    _check_values(master_part._element, part=where, name=name)
    for theme in _targets(master_part, _RT_THEME):
        _check_theme(theme, name=name)
    layout_ids = master_part._element.findall(f"{{{_P}}}sldLayoutIdLst/{{{_P}}}sldLayoutId")
    for layout_id in layout_ids:
        layout_part = _related(
            master_part, layout_id.get(f"{{{_R}}}id"), name=name, what="slide layout"
        )
        layout_where = str(layout_part.partname)
        _check_shape_tree(
            layout_part._element, "sldLayout", part=layout_where, name=name, what="slide layout"
        )
        _check_values(layout_part._element, part=layout_where, name=name)
        if not list(_targets(layout_part, _RT_MASTER)):
            raise UserError(
                f"Template {name}: the layout {layout_where} does not say which slide master "
                "it belongs to."
            )


def _check_notes_master(prs, *, name: str) -> None:
    ids = prs.part._element.findall(f"{{{_P}}}notesMasterIdLst/{{{_P}}}notesMasterId")
    for notes_id in ids:
        part = _related(prs.part, notes_id.get(f"{{{_R}}}id"), name=name, what="notes master")
        _check_shape_tree(
            part._element, "notesMaster", part=str(part.partname), name=name, what="notes master"
        )
        _check_values(part._element, part=str(part.partname), name=name)
        for theme in _targets(part, _RT_THEME):
            _check_theme(theme, name=name)


def _check_shape_tree(root, tag: str, *, part: str, name: str, what: str) -> None:
    """``root`` is the element its part must hold and has the shape tree every slide part has."""
    if root.tag != f"{{{_P}}}{tag}" or root.find(f"{{{_P}}}cSld/{{{_P}}}spTree") is None:
        raise UserError(f"Template {name}: {part} is not a usable {what} (it has no shape tree).")


def _check_unique_parts(prs, *, name: str) -> None:
    """No two parts would be saved under one name (a zip with duplicate entries is damaged).

    python-pptx adds the document-properties part the export fills in when the
    package does not link it as such; a template that keeps that part under
    another relationship would then hold it twice.
    """
    properties = prs.core_properties  # -- creates the part now, as the export will --
    if getattr(properties, "_element", None) is None:  # -- read as raw bytes: wrong content type --
        part = prs.part.package.part_related_by(_RT_CORE_PROPERTIES)
        raise UserError(
            f"Template {name}: {part.partname}, linked as the document properties, is not "
            f"(its content type is {part.content_type or 'missing'})."
        )
    seen: set[str] = set()
    for part in prs.part.package.iter_parts():
        partname = str(part.partname)
        if partname in seen:
            raise UserError(
                f"Template {name}: the part {partname} is linked from the package in two ways "
                "that contradict each other."
            )
        seen.add(partname)


def _check_theme(theme_part, *, name: str) -> None:
    where = str(theme_part.partname)
    blob = theme_part.blob
    if not blob or not blob.strip():
        raise UserError(f"Template {name}: the theme {where} is empty.")
    try:
        theme = etree.fromstring(blob, _SAFE_PARSER)
    except etree.XMLSyntaxError:
        raise UserError(f"Template {name}: the theme {where} is not valid XML.") from None
    if theme.tag != f"{{{_A}}}theme":
        raise UserError(f"Template {name}: the part {where} is not a theme.")


def _related(part, r_id: str | None, *, name: str, what: str):
    """The part ``r_id`` points to from ``part``; UserError if the relationship is missing."""
    rel = part.rels.get(r_id) if r_id else None
    if rel is None or rel.is_external:
        raise UserError(
            f"Template {name}: {part.partname} lists a {what} ({r_id or 'no id'}) "
            "that the file does not contain."
        )
    target = rel.target_part
    if (
        getattr(target, "_element", None) is None
    ):  # -- read as raw bytes: its content type is wrong --
        raise UserError(
            f"Template {name}: {target.partname}, listed as a {what}, is not one "
            f"(its content type is {target.content_type or 'missing'})."
        )
    return target


def _targets(part, reltype_suffix: str) -> Iterator:
    for rel in part.rels.values():
        if rel.reltype.endswith(reltype_suffix) and not rel.is_external:
            yield rel.target_part


def _check_values(root, *, part: str, name: str) -> None:
    """Whole numbers and named choices in ``root`` are ones python-pptx and the schema accept."""
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.attrib:
            continue
        namespace, _, local = element.tag[1:].partition("}")
        for attribute, value in element.attrib.items():
            key = (namespace, local, attribute)
            if key in _WHOLE_NUMBERS:
                low, high, what = _WHOLE_NUMBERS[key]
                if not _whole(value, low, high):
                    raise UserError(
                        f"Template {name}: {part} has a {what} that is not a whole number "
                        f"from {low} to {high} ({attribute}={_shown(value)})."
                    )
            elif key in _CHOICES:
                allowed, what = _CHOICES[key]
                if value not in allowed:
                    raise UserError(
                        f"Template {name}: {part} has an unknown {what} ({_shown(value)})."
                    )


def _whole(value: str, low: int, high: int) -> bool:
    text = value.strip()
    digits = text[1:] if text[:1] in "+-" else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 20:
        return False
    return low <= int(text) <= high


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")
