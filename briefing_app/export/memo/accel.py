"""Faster equals of three reportlab internals a long memo spends a quarter of its time in.

``sameFrag``: reportlab's line breaker asks ``sameFrag`` whether each word of a paragraph
with several fragments (a bold lead, a muted reference) continues the
fragment before it. Its C version (rl_accel) reads eight attributes with
``getattr`` and so raises and clears an AttributeError for each one a
fragment lacks, eight per call on the memo's fragments: ~9 µs a call, a
tenth of a recommendations memo. :func:`same_frag` reads the fragments'
``__dict__`` and answers the same for every fragment.

``TTFont.splitString``: each run of text drawn is turned into the codes of
the font's subsets one character at a time in Python. :class:`SubsetFont`
translates a run whose characters all have codes in the first subset already
(nearly every run after the memo's first page) in one ``str.translate``.

``stringWidth`` in the line breaker: every word of every paragraph is
measured, and the space after each word again, through three Python calls
(~1.6 µs); a memo says the same few thousand words over and over, so
:func:`string_width` remembers each (text, font, size) width. A font's
widths never change once it is registered, and the memo's fonts are
registered once (fonts.py); the table is emptied when one is, and when it
grows past WIDTHS_MAX entries.

All three give what reportlab gives (tests/unit/export/test_memo_accel.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

# -- what rl_accel's sameFrag compares, in its order --
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_MISSING = object()
WIDTHS_MAX = 100_000  # -- (text, font, size) widths remembered, a few MB at most --
_WIDTHS: dict[tuple[str, str, float, str], float] = {}


def same_frag(f: Any, g: Any) -> bool:
    """Whether ``g`` may join ``f``'s run: neither a callback nor a line break, and the same
    font, size, colour, rise, lines, link, background and no-break (absent on both counts as same)."""
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "cbDefn" in gd or "lineBreak" in fd or "lineBreak" in gd:
        return False
    for name in _COMPARED:
        a, b = fd.get(name, _MISSING), gd.get(name, _MISSING)
        if a is not b and (a is _MISSING or b is _MISSING or a != b):
            return False
    return True


def string_width(text: Any, font_name: str, size: float, encoding: str = "utf8") -> float:
    """reportlab's ``stringWidth``, remembered for plain strings."""
    if type(text) is not str:  # -- bytes, or reportlab's own str kinds (shaped, split words) --
        return pdfmetrics.stringWidth(text, font_name, size, encoding)
    key = (text, font_name, size, encoding)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) >= WIDTHS_MAX:
            _WIDTHS.clear()
        width = _WIDTHS[key] = pdfmetrics.stringWidth(text, font_name, size, encoding)
    return width


def forget_widths() -> None:
    """Empty the remembered widths (a font was registered, perhaps again under a known name)."""
    _WIDTHS.clear()


def install() -> None:
    """Make reportlab's paragraph module use :func:`same_frag` and :func:`string_width`
    (once per process is enough)."""
    paragraph.sameFrag = same_frag
    paragraph.stringWidth = string_width


class SubsetFont(TTFont):
    """A TTFont whose ``splitString`` skips reportlab's per-character loop when it can."""

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list:
        state = self.state.get(doc)
        if state is None or not isinstance(text, str):
            return super().splitString(text, doc, encoding)
        if not text:
            return []
        # -- kept on the state (one per document), remade when a character got a new code --
        known: int
        table: dict[int, int]
        chars: frozenset[str]
        known, table, chars = getattr(state, "_first_subset", (-1, {}, frozenset()))
        if known != len(state.assignments):
            table, chars = _first_subset(state.assignments)
            state._first_subset = (len(state.assignments), table, chars)
        if not chars.issuperset(text):
            return super().splitString(text, doc, encoding)
        return [(0, text.translate(table).encode("latin-1"))]


def _first_subset(assignments: dict[int, int]) -> tuple[dict[int, int], frozenset[str]]:
    """The translation of every character coded in subset 0, and those characters; a no-break
    space is coded as the space, as reportlab codes it."""
    table = {code: n for code, n in assignments.items() if n < 256 and code != 0xA0}
    if 32 in table:
        table[0xA0] = table[32]
    return table, frozenset(map(chr, table))
