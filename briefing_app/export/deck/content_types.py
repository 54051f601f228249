"""``[Content_Types].xml`` built with plain lxml: python-pptx adds each entry through its oxml layer.

python-pptx 1.0.2 makes the content-types part with ``CT_Types.add_override``,
one generated ``_add_child`` (element class lookup, sequence checks, typed
attribute setters) per part of the package: about 9 µs each, 44 ms for the
4,766 parts of a 400-section deck with five recommendations a section, every
slide and notes page one entry (py-spy: 1.4% of the whole export). The same
elements made with ``etree.SubElement`` take about a tenth of that. The tree is
the one python-pptx builds (same defaults and overrides, same order, same
attribute order), serialized by python-pptx as before, so the part is
byte-identical.

:func:`content_types_xml` writes the same part as text, for the deck's own
zip writer (:mod:`zipout`): sorting parts into defaults and overrides took
python-pptx a ``posixpath.splitext`` and a scan of its ~40 default pairs per
part, and building the tree another ~2 µs an entry (py-spy: 13.6% of a
recs-400 deck's render and save). Same bytes as the tree serialized
(tests/unit/export/test_deck_zipout.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree
from pptx.opc import serialized
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import NAMESPACE
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.package import Part
from pptx.opc.spec import default_content_types

_NS = NAMESPACE.OPC_CONTENT_TYPES


def content_types(parts: Sequence[Part]) -> etree._Element:
    """The ``<Types>`` element for ``parts``: defaults sorted by extension, overrides by name."""
    defaults, overrides = serialized._ContentTypesItem(parts)._defaults_and_overrides
    types = etree.Element(f"{{{_NS}}}Types", nsmap={None: _NS})
    for ext, content_type in sorted(defaults.items()):
        etree.SubElement(types, f"{{{_NS}}}Default", Extension=ext, ContentType=content_type)
    for partname, content_type in sorted(overrides.items()):
        etree.SubElement(
            types, f"{{{_NS}}}Override", PartName=str(partname), ContentType=content_type
        )
    return types


_DEFAULT_PAIRS = frozenset(default_content_types)
_HEAD = f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Types xmlns=\"{_NS}\">"
# -- what lxml escapes in an attribute value (it refuses other control characters) --
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;"}
_ESCAPES["\t"] = "&#9;"
_ATTRIBUTE = str.maketrans(_ESCAPES)
_TO_ESCAPE = re.compile('[&<>"\n\r\t]')


def attribute(value: str) -> str:
    """``value`` escaped as lxml escapes an attribute value (most values need nothing)."""
    if _TO_ESCAPE.search(value):
        return value.translate(_ATTRIBUTE)
    return value


def extension(partname: str) -> str:
    """``PackURI.ext`` ("xml" of "/ppt/slides/slide1.xml") without ``posixpath.splitext``: the
    text after the last dot of the file name, unless only dots come before that dot."""
    name = partname[partname.rfind("/") + 1 :]
    dot = name.rfind(".")
    return name[dot + 1 :] if dot > 0 and name[:dot].strip(".") else ""


def content_types_xml(parts: Sequence[Part]) -> bytes:
    """The ``[Content_Types].xml`` python-pptx writes for ``parts``, as text."""
    defaults = {"rels": CT.OPC_RELATIONSHIPS, "xml": CT.XML}  # -- python-pptx's, lower case --
    overrides: dict[str, str] = {}
    for part in parts:
        partname, content_type = part.partname, part.content_type
        ext = extension(partname).lower()
        if (ext, content_type) in _DEFAULT_PAIRS:
            defaults[ext] = content_type
        else:
            overrides[str(partname)] = content_type
    entries = [('<Default Extension="', ext, ct) for ext, ct in sorted(defaults.items())]
    entries += [('<Override PartName="', name, ct) for name, ct in sorted(overrides.items())]
    out = [_HEAD]
    for opening, key, content_type in entries:
        if not (key.isprintable() and content_type.isprintable()):
            return serialize_part_xml(content_types(parts))  # -- lxml's own escaping --
        out.append(f'{opening}{attribute(key)}" ContentType="{attribute(content_type)}"/>')
    out.append("</Types>")
    return "".join(out).encode()


def install() -> None:
    """Make python-pptx's package writer use :func:`content_types` (idempotent)."""
    # -- deliberate patch: python-pptx has no hook for how this part is built --
    serialized._ContentTypesItem.xml_for = staticmethod(content_types)  # type: ignore[method-assign]
