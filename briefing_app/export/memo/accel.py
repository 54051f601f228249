"""Faster equals of two reportlab internals a long memo spends a fifth of its time in.

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

Both give what reportlab gives (tests/unit/export/test_memo_accel.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

# -- what rl_accel's sameFrag compares, in its order --
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_MISSING = object()


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


def install() -> None:
    """Make reportlab's paragraph module use :func:`same_frag` (once per process is enough)."""
    paragraph.sameFrag = same_frag


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
