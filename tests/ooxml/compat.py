"""Markup compatibility (ISO/IEC 29500-3) applied the way a consumer does before validating.

Templates saved by PowerPoint 2010 and later carry ``mc:AlternateContent``
(a ``p14``/``a14`` choice with a plain fallback) and ``mc:Ignorable`` prefixes
on their roots. A consumer keeps what it understands: the first choice whose
``Requires`` namespaces it knows, else the fallback; elements and attributes
of ignorable namespaces it does not know are dropped (their content kept when
``mc:ProcessContent`` names them); a ``mc:MustUnderstand`` namespace it does not
know makes the part unreadable. "Understood" here means "defined by the
schemas we validate against", which is what an ISO 29500 Transitional reader is.
"""

from __future__ import annotations

from lxml import etree

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MC_ATTRS = {f"{{{MC}}}{name}" for name in
             ("Ignorable", "ProcessContent", "MustUnderstand", "PreserveElements",
              "PreserveAttributes")}  # fmt: skip


_ALTERNATE = f"{{{MC}}}AlternateContent"


class CompatibilityError(ValueError):
    """The part requires a namespace the reader must understand but does not."""


def _namespaces(element: etree._Element, attr: str) -> set[str]:
    value = element.get(f"{{{MC}}}{attr}")
    if not value:
        return set()
    found = set()
    for token in value.split():
        prefix = token.split(":", 1)[0]
        uri = element.nsmap.get(prefix)
        if uri is None:
            raise CompatibilityError(f"mc:{attr} names undeclared prefix {prefix!r}")
        found.add(uri)
    return found


def _ns(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def preprocess(root: etree._Element, understood: frozenset[str]) -> etree._Element:
    """``root`` (changed in place, and returned) as a reader understanding ``understood`` sees it."""
    _process(root, understood, set(), set())
    etree.cleanup_namespaces(root)
    return root


def _process(element, understood, ignorable: set[str], process_content: set[str]) -> None:
    if any(name in _MC_ATTRS for name in element.attrib):
        must = _namespaces(element, "MustUnderstand") - understood
        if must:
            raise CompatibilityError(f"mc:MustUnderstand names {sorted(must)}, not understood")
        ignorable = ignorable | (_namespaces(element, "Ignorable") - understood)
        process_content = process_content | _namespaces(element, "ProcessContent")
    for name in list(element.attrib):
        if name in _MC_ATTRS or (ignorable and _ns(name) in ignorable):
            del element.attrib[name]
    index = 0
    while index < len(element):
        child = element[index]
        if not isinstance(child.tag, str):
            index += 1  # -- comments and processing instructions carry no markup --
        elif child.tag == _ALTERNATE:
            # -- the chosen children take its place, and are looked at next --
            _replace(child, _chosen(child, understood))
        elif ignorable and _ns(child.tag) in ignorable:
            _replace(child, list(child) if _ns(child.tag) in process_content else [])
        else:
            _process(child, understood, ignorable, process_content)
            index += 1


def _chosen(alternate, understood) -> list:
    """The children of the first understood mc:Choice, else of mc:Fallback, else nothing."""
    for branch in alternate:
        if branch.tag == f"{{{MC}}}Choice":
            requires = branch.get("Requires", "").split()
            if all(alternate.nsmap.get(p, branch.nsmap.get(p)) in understood for p in requires):
                return list(branch)
        elif branch.tag == f"{{{MC}}}Fallback":
            return list(branch)
    return []


def _replace(element, children: list) -> None:
    """Put ``children`` where ``element`` is (tail text kept), then drop ``element``."""
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    tail = element.tail
    parent.remove(element)
    if tail and tail.strip():
        raise CompatibilityError("text beside a markup-compatibility element")
