"""Add finished slide and notes parts in constant time each, so 1,000+ slide decks export linearly.

The parts arrive as XML bytes (see :mod:`slide_xml`) and are stored as plain
python-pptx ``Part`` objects, which the package writer saves as they are.
python-pptx's own ``add_slide`` is quadratic at scale: ``relate_to`` rebuilds a
by-type index of every relationship of the presentation part on each call,
``add_sldId`` scans every slide id, and each notes slide searches the whole
package for a free part name. We know the next names and ids, so we hand them over.
"""

from __future__ import annotations

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationship, _Relationships
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.util import lazyproperty

_RELS_HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
)

_SLD_ID, _R_ID = qn("p:sldId"), qn("r:id")


class SlideAdder:
    """Appends slides to a presentation whose template slides were all removed."""

    def __init__(self, prs) -> None:
        self._part = prs.part
        self._sld_id_lst = prs.slides._sldIdLst
        ids = [int(s.get("id")) for s in self._sld_id_lst] or [255]
        self._next_id = max(max(ids) + 1, 256)
        self.count = len(self._sld_id_lst)
        self._taken = {str(p.partname) for p in prs.part.package.iter_parts()}
        self._rid = len(self._part.rels) + 1

    def add(self, xml: bytes, layout_part) -> Part:
        """A slide part holding ``xml`` on ``layout_part``, appended at the end of the deck."""
        self.count += 1
        slide = self._new_part(f"/ppt/slides/slide{self.count}.xml", CT.PML_SLIDE, xml)
        _relate_new(slide, layout_part, RT.SLIDE_LAYOUT)
        rid = self._free_rid()
        # -- straight into the dict: skips the O(n) search for an existing equal relationship --
        self._part.rels._rels[rid] = _Relationship(
            self._part.rels._base_uri, rid, RT.SLIDE, target_mode=RTM.INTERNAL, target=slide
        )
        # -- an lxml child as python-pptx's ``_add_sldId`` makes it, less its per-attribute
        # -- validation and namespace lookups (the list holds only ``p:sldId``: it goes last) --
        etree.SubElement(self._sld_id_lst, _SLD_ID, {"id": str(self._next_id), _R_ID: rid})
        self._next_id += 1
        return slide

    def add_notes(self, slide: Part, xml: bytes, master_part) -> Part:
        """The notes part holding ``xml`` for ``slide`` (added last, so it takes its number)."""
        name = f"/ppt/notesSlides/notesSlide{self.count}.xml"
        notes = self._new_part(name, CT.PML_NOTES_SLIDE, xml)
        _relate_new(notes, master_part, RT.NOTES_MASTER)
        _relate_new(notes, slide, RT.SLIDE)
        _relate_new(slide, notes, RT.NOTES_SLIDE)
        return notes

    def _new_part(self, name: str, content_type: str, xml: bytes) -> Part:
        return _BlobPart(PackURI(self._free(name)), content_type, self._part.package, xml)

    def _free(self, name: str) -> str:
        base, n = name.rsplit(".", 1)[0].rstrip("0123456789"), self.count
        while name in self._taken:
            n += 1
            name = f"{base}{n}.xml"
        self._taken.add(name)
        return name

    def _free_rid(self) -> str:
        rels = self._part.rels._rels
        while f"rId{self._rid}" in rels:
            self._rid += 1
        return f"rId{self._rid}"


def _relate_new(part: Part, target: Part, reltype: str) -> None:
    """``part.relate_to(target, reltype)`` for a relationship ``part`` cannot have yet (we made
    it): without first indexing all of the part's relationships by type to look for an equal
    one (four times a slide with notes), and with the next rId known: a new part's
    relationships are numbered 1, 2, … with no gap (python-pptx's ``_next_rId`` would count
    down to find one)."""
    rels = part.rels
    rid = f"rId{len(rels._rels) + 1}"
    rels._rels[rid] = _Relationship(
        rels._base_uri, rid, reltype, target_mode=RTM.INTERNAL, target=target
    )


class _BlobPart(Part):
    """A part saved as the bytes it was given, with its relationships written as text."""

    @lazyproperty
    def _rels(self) -> _Relationships:
        return _TextRelationships(self._partname.baseURI)


class _TextRelationships(_Relationships):
    """python-pptx builds an lxml tree for each .rels file; two lines of text are much cheaper.

    Same content as python-pptx's: relationships in rId order, internal targets only
    (our slides and notes never link outside the package).
    """

    @property
    def xml(self) -> bytes:
        rels = sorted(self._rels.values(), key=lambda rel: int(rel.rId[3:]))
        body = "".join(
            f'<Relationship Id="{rel.rId}" Type="{rel.reltype}" Target="{_relative(self._base_uri, rel)}"/>'
            for rel in rels
        )
        return (_RELS_HEAD + body + "</Relationships>").encode()


def _relative(base_uri: str, rel: _Relationship) -> str:
    """ "../slideLayouts/slideLayout2.xml" from "/ppt/slides" without a posixpath.relpath each."""
    target = str(rel.target_partname)
    parent = base_uri.rsplit("/", 1)[0] + "/"
    if base_uri.count("/") == 2 and target.startswith(parent):
        return "../" + target[len(parent) :]
    return rel.target_ref
