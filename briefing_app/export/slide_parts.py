"""Add slides and notes slides in constant time each, so 1,000+ slide decks export linearly.

python-pptx 1.0.2 is quadratic at scale: ``relate_to`` rebuilds a by-type index
of every relationship of the presentation part on each call, ``add_sldId``
scans every slide id, and each notes slide searches the whole package graph
for a free part name. We know the next names and ids, so we hand them over.
"""

from __future__ import annotations

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import _Relationship
from pptx.opc.packuri import PackURI
from pptx.oxml.slide import CT_NotesSlide
from pptx.parts.slide import NotesSlidePart, SlidePart


class SlideAdder:
    """Appends slides to a presentation whose template slides were all removed."""

    def __init__(self, prs) -> None:
        self._prs = prs
        self._part = prs.part
        self._sld_id_lst = prs.slides._sldIdLst
        ids = [int(s.get("id")) for s in self._sld_id_lst] or [255]
        self._next_id = max(max(ids) + 1, 256)
        self._count = len(self._sld_id_lst)
        self._taken = {str(p.partname) for p in prs.part.package.iter_parts()}
        self._rid = len(self._part.rels) + 1

    def add(self, layout):
        """A new slide on ``layout`` at the end of the deck."""
        self._count += 1
        partname = self._free(f"/ppt/slides/slide{self._count}.xml")
        slide_part = SlidePart.new(PackURI(partname), self._part.package, layout.part)
        rid = self._free_rid()
        # -- _add_relationship skips the O(n) search for an existing equal relationship --
        self._part.rels._rels[rid] = _relationship(self._part, rid, slide_part)
        self._sld_id_lst._add_sldId(id=self._next_id, rId=rid)
        self._next_id += 1
        slide = slide_part.slide
        slide.shapes.clone_layout_placeholders(layout)
        return slide

    def add_notes(self, slide):
        """The slide's notes slide, created with a part name we computed (no package search)."""
        package = self._part.package
        master_part = self._prs.part.notes_master_part
        partname = self._free(f"/ppt/notesSlides/notesSlide{self._count}.xml")
        notes_part = NotesSlidePart(
            PackURI(partname), CT.PML_NOTES_SLIDE, package, CT_NotesSlide.new()
        )
        notes_part.relate_to(master_part, RT.NOTES_MASTER)
        notes_part.relate_to(slide.part, RT.SLIDE)
        notes_part.notes_slide.clone_master_placeholders(master_part.notes_master)
        slide.part.relate_to(notes_part, RT.NOTES_SLIDE)
        return notes_part.notes_slide

    def _free(self, name: str) -> str:
        base, n = name.rsplit(".", 1)[0].rstrip("0123456789"), self._count
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


def _relationship(part, rid: str, target):
    return _Relationship(
        part.rels._base_uri, rid, RT.SLIDE, target_mode=RTM.INTERNAL, target=target
    )
