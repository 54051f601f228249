"""Fonts for drawing slides into a PDF: the deck's metric twins first, the memo's chain after.

Slide text was fitted with the metrics of Carlito/Liberation (the bundled twins
of Calibri, Arial, Times); drawing with the same faces keeps every line break
where the plan put it. Characters a twin lacks (Armenian, Georgian, symbols)
fall through to the memo's sans chain, so handouts cover every script the memo
does, and what no bundled face has becomes "?" as it does in the memo.
"""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.export.deck.fonts import FALLBACK, deck_font_dir
from briefing_app.export.memo.fonts import chain

_TWINS = {
    "calibri": "Carlito",
    "carlito": "Carlito",
    "times new roman": "LiberationSerif",
    "times": "LiberationSerif",
    "liberation serif": "LiberationSerif",
    "tinos": "LiberationSerif",
    "georgia": "LiberationSerif",
    "cambria": "LiberationSerif",
    "caladea": "LiberationSerif",
}


def face_for(family: str | None, *, bold: bool = False) -> str:
    """The registered reportlab name of the bundled face that stands in for ``family``."""
    key = (family or "").strip().lower()
    stem = _TWINS.get(key) or (
        "Carlito" if key.startswith("calibri") else FALLBACK
    )  # -- Calibri Light is drawn with Carlito: it was measured with Liberation plus margin --
    name = f"BB-{stem}-{'Bold' if bold else 'Regular'}"
    _register(name)
    return name


@functools.cache
def _register(name: str) -> frozenset[str]:
    """Register a deck face with reportlab once; return the characters it maps."""
    font = TTFont(name, str(deck_font_dir() / f"{name[3:]}.ttf"))
    pdfmetrics.registerFont(font)
    return frozenset(chr(c) for c in font.face.charToGlyph if c <= 0xFFFF)


def runs(text: str, family: str | None, *, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, chunk) runs: the twin where it has the glyphs, the memo chain elsewhere."""
    primary = face_for(family, bold=bold)
    covered = _register(primary)
    if set(text) <= covered:
        return [(primary, text)] if text else []
    out: list[tuple[str, str]] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            out.extend(chain("sans").runs("".join(pending), bold=bold))
            pending.clear()

    for char in text:
        if char in covered or char == " ":
            flush()
            if out and out[-1][0] == primary:
                out[-1] = (primary, out[-1][1] + char)
            else:
                out.append((primary, char))
        else:
            pending.append(char)
    flush()
    return out


def width(text: str, family: str | None, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` as :func:`runs` sets it."""
    return sum(
        pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs(text, family, bold=bold)
    )


def missing(text: str) -> str:
    """Characters neither the twins nor the memo chain can show (drawn as "?")."""
    covered = _register(face_for(None))
    return chain("sans").missing("".join(c for c in dict.fromkeys(text) if c not in covered))
