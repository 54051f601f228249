"""A reportlab bug the memo meets on Arabic and Persian text, mended where reportlab has it.

reportlab draws each piece of shaped text (a HarfBuzz ``ShapedStr``) into a
fresh operator list and raises the baseline for a glyph HarfBuzz places
higher (a mark). ``PDFTextObject.setRise`` first looks at the operator before
it to merge two rises, so when a piece starts with such a glyph and no font
switch comes first, the list is empty and it fails with an IndexError. In a
right-to-left line the visually first glyph is the last letter's mark, so any
line ending in a word like "صرفاً" ("merely", a tanwin on its alef) stopped
the whole export (found on a Persian news page; reportlab 5.1.0). With
nothing before it there is nothing to merge: the rise is simply set.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.textobject import PDFTextObject

_SET_RISE = PDFTextObject.setRise


def _set_rise(self: Any, rise: float) -> None:
    """reportlab's ``setRise``, also when no operator precedes it in the piece being drawn."""
    if self._code:
        _SET_RISE(self, rise)
        return
    self._rise = rise
    self._y -= rise
    self._code.append(f"{fp_str(rise)} Ts")


def install() -> None:
    """Mend ``PDFTextObject.setRise`` (once per process is enough)."""
    PDFTextObject.setRise = _set_rise
