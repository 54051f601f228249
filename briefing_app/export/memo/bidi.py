"""Right-to-left text for the memo: Unicode bidi levels, visual run order and HarfBuzz shaping.

reportlab (>= 4.4) shapes with HarfBuzz but leaves its right-to-left line
order to ``rlbidi``, a GPL-2.0 module that is not on PyPI, and even with it
only single-font paragraphs are reordered. So the memo does the Unicode bidi
algorithm (UAX #9) itself: :func:`levels` resolves the embedding level of
every character once per paragraph (python-bidi's pure-Python algorithm, the
only one of its two that exposes levels), the line breaker cuts the logical
text into lines, and :func:`visual_runs` reorders each line's runs (rule L2)
and turns every right-to-left run into shaped glyphs in visual order
(:func:`shape_rtl`). Left-to-right runs, digits included, stay plain text, so
Arabic-Indic numbers keep their order.

Text copied out of the PDF: every glyph keeps a Unicode mapping (a letter, an
Arabic presentation form, or the form this module assigns for joined glyphs
the font has no code point for), so pdftotext gives the words back in logical
order; NFKC folds presentation forms to ordinary letters.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import uharfbuzz
from bidi import algorithm
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from briefing_app.core.lazy_pattern import lazy_compile

# -- strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo …) and their forms --
RTL = lazy_compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


_ISOLATES = frozenset(("LRI", "RLI", "FSI", "PDI"))


def levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of every character of ``text`` (rules X1-I2) at ``base``."""
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
        if char["type"] in _ISOLATES:  # -- this algorithm predates isolates: treat as neutral --
            char["type"] = char["orig"] = "ON"
        elif not char["type"]:  # -- an unassigned code point: UAX #9's default class --
            char["type"] = char["orig"] = "L"
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    out = [-1] * len(text)
    for char in storage["chars"]:
        out[char["index"]] = char["level"]
    # -- characters rule X9 removed (ZWJ, ZWNJ, embedding marks) take their neighbour's level --
    previous = base
    for index, level in enumerate(out):
        out[index] = previous = level if level >= 0 else previous
    return out


def visual_order(run_levels: Sequence[int]) -> list[int]:
    """Indices of runs in visual (left-to-right) order by rule L2."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min((lv for lv in run_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and run_levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return order


@dataclass(frozen=True)
class Run:
    """Part of a line in one font and one direction: ``text`` in logical order."""

    owner: int  # index of the reportlab fragment (font, size, colour) it belongs to
    level: int
    text: str


def runs_of(text: str, owners: Sequence[int], line_levels: Sequence[int]) -> list[Run]:
    """Split a line into maximal runs of one fragment and one level, in logical order."""
    runs: list[Run] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or (owners[index], line_levels[index]) != (
            owners[start],
            line_levels[start],
        ):
            runs.append(Run(owners[start], line_levels[start], text[start:index]))
            start = index
    return runs


def visual_text(run: Run, font_name: str, size: float) -> str:
    """A run's text as drawn left to right: shaped glyphs for a right-to-left run."""
    if not run.level % 2:
        return run.text
    return shape_rtl(run.text, font_name, size)


@functools.lru_cache(maxsize=4096)
def shape_rtl(text: str, font_name: str, size: float) -> str:
    """``text`` shaped right to left by HarfBuzz: a reportlab ShapedStr in visual order.

    HarfBuzz joins Arabic letters, places marks and mirrors brackets. Each glyph
    is drawn through a character that maps to it, so the PDF's ToUnicode table
    can give the text back. Cached: a paragraph wrapped twice (kept together
    with its heading) shapes its runs once.
    """
    font = pdfmetrics.getFont(font_name)
    if not getattr(font, "shapable", False):  # -- a standard PDF font: reverse and mirror --
        return "".join(MIRRORED.get(char, char) for char in reversed(text))
    hb_font = font.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.direction = "rtl"
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    chars, data = [], []
    widths = font.face.charWidths
    scale = 1000 / font.face.unitsPerEm  # -- font units to reportlab's 1000-unit em --
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        code = _code_for(font, hb_font, info.codepoint, text[info.cluster], position.x_advance)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                position.x_advance * scale,
                position.y_advance * scale,
                position.x_offset * scale,
                position.y_offset * scale,
                widths[code],
            )
        )
    return ShapedStr("".join(chars), shapeData=data)


_FEATURES = {"kern": True, "liga": True}


@functools.lru_cache(maxsize=4096)
def shaped_advances(text: str, font_name: str, size: float) -> tuple[float, ...]:
    """Width in points each character of ``text`` takes once shaped (a ligature's width goes to
    its first character): joined Arabic letters are much narrower than their isolated forms."""
    font = pdfmetrics.getFont(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font.hbFont(size), buffer, _FEATURES)
    out = [0.0] * len(text)
    scale = size / font.face.unitsPerEm
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        out[info.cluster] += position.x_advance * scale
    return tuple(out)


def _code_for(font: Any, hb_font: Any, glyph: int, source: str, advance: int) -> int:
    """The character to draw ``glyph`` with: its own code point, or an Arabic presentation form.

    A joined form the font's cmap does not list (its medial beh, say) is given
    the presentation-form code point of its letter and position if that is still
    free, so copying from the PDF yields that form (NFKC: the letter); only a
    glyph with no such form left falls back to reportlab's private-use code.
    """
    face = font.face
    known = face.glyphToChar.get(glyph)
    if known:
        return known[0]
    name = hb_font.glyph_to_string(glyph)
    form = _FORM_SUFFIX.get(name.rsplit(".", 1)[-1].split("_")[0]) if "." in name else None
    code = _PRESENTATION.get((source, form)) if form else None
    if code is None or code in face.charToGlyph:
        return font.hbAddPrivate(name, glyph, advance)
    face.charToGlyph[code] = glyph
    face.glyphToChar.setdefault(glyph, []).append(code)
    face.charWidths[code] = font.pdfScale(advance)
    return code


_FORM_SUFFIX = {
    "init": "initial",
    "medi": "medial",
    "fina": "final",
    "isol": "isolated",
}


def _presentation_forms() -> dict[tuple[str, str], int]:
    """(letter, form) -> Arabic presentation-form code point, from Unicode's decompositions."""
    table: dict[tuple[str, str], int] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and parts[0].startswith("<"):
            table.setdefault((chr(int(parts[1], 16)), parts[0][1:-1]), code)
    return table


_PRESENTATION = _presentation_forms()
