"""A .pptx read as an OPC package: parts, content types and resolved relationships.

Only what the validator's rules need, read straight from the zip (not through
python-pptx, whose loader silently drops what it cannot resolve, which is
exactly what the rules must see).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = "/[Content_Types].xml"


@dataclass(frozen=True)
class Relationship:
    """One relationship: its id, type (last path segment) and the part name it points at."""

    rid: str
    type: str
    target: str  # -- an absolute part name, or the raw target of an external relationship --
    external: bool


@dataclass
class Package:
    """Parts by absolute name ("/ppt/slides/slide1.xml"), content types and relationships."""

    blobs: dict[str, bytes]
    defaults: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)
    rels: dict[str, list[Relationship]] = field(default_factory=dict)
    stored_twice: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, source: Path | bytes) -> Package:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            blobs = {"/" + i.filename: zf.read(i) for i in infos}
        package = cls(blobs)
        package.stored_twice = sorted(
            n for n, c in Counter("/" + i.filename for i in infos).items() if c > 1
        )
        package._read_content_types()
        package._read_relationships()
        return package

    def _read_content_types(self) -> None:
        blob = self.blobs.get(CONTENT_TYPES)
        if blob is None:
            return
        root = etree.fromstring(blob, PARSER)
        for el in root.iter(f"{{{CT_NS}}}Default"):
            self.defaults[el.get("Extension", "").lower()] = el.get("ContentType", "")
        for el in root.iter(f"{{{CT_NS}}}Override"):
            self.overrides[el.get("PartName", "").lower()] = el.get("ContentType", "")

    def _read_relationships(self) -> None:
        for name, blob in self.blobs.items():
            if not name.endswith(".rels"):
                continue
            folder, file = posixpath.split(name)
            if posixpath.basename(folder) != "_rels":
                continue
            source = posixpath.join(posixpath.dirname(folder), file[: -len(".rels")])
            base = posixpath.dirname(source)
            found = []
            for el in etree.fromstring(blob, PARSER).iter(f"{{{REL_NS}}}Relationship"):
                external = el.get("TargetMode") == "External"
                target = el.get("Target", "")
                if not external:
                    target = posixpath.normpath(
                        target if target.startswith("/") else posixpath.join(base, target)
                    )
                reltype = el.get("Type", "").rsplit("/", 1)[-1]
                found.append(Relationship(el.get("Id", ""), reltype, target, external))
            self.rels[source] = found

    def content_type(self, name: str) -> str | None:
        """The part's content type (override first, then default by extension), or None."""
        if name.lower() in self.overrides:
            return self.overrides[name.lower()]
        extension = name.rsplit(".", 1)[-1].lower() if "." in posixpath.basename(name) else ""
        return self.defaults.get(extension)

    def related(self, source: str, reltype: str) -> list[str]:
        """Internal targets of ``source``'s relationships of ``reltype``."""
        return [r.target for r in self.rels.get(source, []) if r.type == reltype and not r.external]

    def by_rid(self, source: str) -> dict[str, Relationship]:
        return {r.rid: r for r in self.rels.get(source, [])}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.blobs[name], PARSER)

    @property
    def presentation(self) -> str | None:
        found = self.related("/", "officeDocument")
        return found[0] if found else None

    def parts(self) -> list[str]:
        """Every part but the content-types stream and relationship parts."""
        return [n for n in self.blobs if n != CONTENT_TYPES and not n.endswith(".rels")]
