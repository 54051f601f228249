"""Validate a deck as a strict reader would: every XML part against the schemas, then the package rules.

``problems(deck)`` lists what is wrong; ``assert_valid_deck(deck)`` is what the
deck tests call. Parts whose root namespace the ISO schemas do not define (a
Microsoft extension part such as ``ppt/revisionInfo.xml``) are parsed but not
schema-checked; :func:`unvalidated` names them so a test can see what was skipped.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.ooxml.compat import MC, CompatibilityError, preprocess
from tests.ooxml.package import PARSER, Package
from tests.ooxml.rules import RULES, Problem
from tests.ooxml.schemas import NAMESPACES, UNDERSTOOD, schema

MAX_ERRORS_PER_PART = 5


def _is_xml(pkg: Package, name: str) -> bool:
    ct = pkg.content_type(name) or ""
    return ct.endswith("xml") or name.endswith((".xml", ".rels"))


# -- content types ISO/IEC 29500 defines (Microsoft's extensions are "application/vnd.ms-…") --
_ISO_TYPES = ("application/vnd.openxmlformats-",)


def _iso_content_type(pkg: Package, name: str) -> bool:
    """Whether the part claims a content type whose markup the ISO schemas define.

    A slide whose root is in a misspelt namespace must fail, not be skipped as
    an extension part; generic "application/xml" parts (custom XML data) may
    hold anything, so only the ISO "openxmlformats" types count.
    """
    return (pkg.content_type(name) or "").startswith(_ISO_TYPES)


def schema_problems(pkg: Package) -> tuple[list[Problem], list[str]]:
    """Schema errors of every XML part, and the names of parts no schema covers."""
    out: list[Problem] = []
    skipped = []
    xsd = schema()
    for name, blob in pkg.blobs.items():
        if not _is_xml(pkg, name):
            continue
        try:
            root = etree.fromstring(blob, PARSER)
        except etree.XMLSyntaxError as exc:
            out.append(("xml", name, f"not well-formed: {exc}"))
            continue
        try:
            # -- without the namespace declared no markup-compatibility markup can occur --
            if MC.encode() in blob:
                root = preprocess(root, UNDERSTOOD)
        except CompatibilityError as exc:
            out.append(("compatibility", name, str(exc)))
            continue
        if etree.QName(root).namespace not in NAMESPACES:
            if _iso_content_type(pkg, name):
                out.append(("schema", name, f"root {root.tag} is not of the schemas its "
                            f"content type {pkg.content_type(name)} names"))  # fmt: skip
            else:
                skipped.append(name)
            continue
        if not xsd.validate(root):
            for error in list(xsd.error_log)[:MAX_ERRORS_PER_PART]:
                out.append(("schema", name, f"line {error.line}: {error.message}"))
    return out, skipped


def problems(deck: Path | bytes) -> list[Problem]:
    """Everything wrong with ``deck`` (a path or the .pptx bytes): schema errors, then rule breaks."""
    pkg = Package.read(deck)
    found, _skipped = schema_problems(pkg)
    for rule in RULES:
        try:
            found += rule(pkg)
        except etree.XMLSyntaxError:
            continue  # -- a part the rule reads is not XML: reported above as "xml" --
    return found


def unvalidated(deck: Path | bytes) -> list[str]:
    """Parts parsed but not schema-checked (root namespace outside the ISO schemas)."""
    return schema_problems(Package.read(deck))[1]


def assert_valid_deck(deck: Path | bytes, label: str = "") -> None:
    """AssertionError listing every problem when ``deck`` is not a valid package."""
    found = problems(deck)
    name = label or (deck.name if isinstance(deck, Path) else "deck")
    assert not found, f"{name}: {len(found)} OOXML problem(s):\n" + "\n".join(
        f"  [{rule}] {part}: {message}" for rule, part, message in found[:40]
    )


def main(argv: list[str]) -> int:
    """``python -m tests.ooxml.validate DECK.pptx …``: each deck's problems; exit 1 if any."""
    bad = 0
    for name in argv:
        found = problems(Path(name))
        bad += bool(found)
        print(f"{name}: {'valid' if not found else f'{len(found)} problem(s)'}")
        for rule, part, message in found:
            print(f"  [{rule}] {part}: {message}")
        skipped = unvalidated(Path(name))
        if skipped:
            print(f"  (no ISO schema for: {', '.join(skipped)})")
    return 1 if bad else 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
