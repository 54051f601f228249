"""Two reportlab bugs the memo meets on shaped text, mended where reportlab has them.

reportlab draws each piece of shaped text (a HarfBuzz ``ShapedStr``) into a
fresh operator list and raises the baseline for a glyph HarfBuzz places
higher (a mark). ``PDFTextObject.setRise`` first looks at the operator before
it to merge two rises, so when a piece starts with such a glyph and no font
switch comes first, the list is empty and it fails with an IndexError. In a
right-to-left line the visually first glyph is the last letter's mark, so any
line ending in a word like "صرفاً" ("merely", a tanwin on its alef) stopped
the whole export (found on a Persian news page; reportlab 5.1.0). With
nothing before it there is nothing to merge: the rise is simply set.

``shapeFragWord`` shapes a word (the text between two spaces) with its first
fragment's font and hands every fragment glyph numbers of that font: in a
shaped Hindi paragraph, "कहा," (Devanagari letters, then a comma of the Latin
face) drew a wrong glyph for the comma. Each run of one font is shaped on its own.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph

_SET_RISE = PDFTextObject.setRise
_SHAPE_WORD = ttfonts.shapeFragWord


def _set_rise(self: Any, rise: float) -> None:
    """reportlab's ``setRise``, also when no operator precedes it in the piece being drawn."""
    if self._code:
        _SET_RISE(self, rise)
        return
    self._rise = rise
    self._y -= rise
    self._code.append(f"{fp_str(rise)} Ts")


def _shape_word(word: Any) -> Any:
    """reportlab's ``shapeFragWord``, each run of fragments in one font shaped with that font.

    A word is ``[width, (frag, text), …]``; a word in one font (nearly all) goes
    to reportlab as it is.
    """
    spans = [list(span) for _, span in groupby(word[1:], key=_font_of)]
    if len(spans) < 2:
        return _SHAPE_WORD(word)
    shaped = [_SHAPE_WORD(word.__class__([_span_width(span), *span])) for span in spans]
    kind = next((type(w) for w in shaped if isinstance(w, ttfonts.ShapedFragWord)), None)
    if kind is None:
        return word  # -- nothing changed by shaping --
    return kind([sum(w[0] for w in shaped), *(pair for w in shaped for pair in w[1:])])


def _font_of(pair: Any) -> str | None:
    return getattr(pair[0], "fontName", None)


def _span_width(span: list[Any]) -> float:
    return sum(
        stringWidth(text, frag.fontName, frag.fontSize)
        for frag, text in span
        if hasattr(frag, "fontName")
    )


def install() -> None:
    """Mend ``PDFTextObject.setRise`` and word shaping (once per process is enough)."""
    PDFTextObject.setRise = _set_rise
    paragraph.shapeFragWord = _shape_word
