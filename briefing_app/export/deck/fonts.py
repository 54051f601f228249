"""Real font metrics for deck text fitting: a template's font, or a bundled metric-compatible one.

PowerPoint templates name fonts such as Calibri or Arial that cannot ship with
the app. Carlito and Liberation Sans/Serif are metric-compatible (same advance
widths), so measuring with them predicts PowerPoint's and LibreOffice's line
breaks. A font we know nothing about is measured with Liberation Sans plus a
safety margin, and the caller is told so.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from fontTools.ttLib import TTFont

from briefing_app.resources import assets_dir

# -- Office fonts and their metric-compatible, freely licensed twins (bundled) --
_TWINS = {
    "calibri": "Carlito",
    "carlito": "Carlito",
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "liberation sans": "LiberationSans",
    "arimo": "LiberationSans",
    "times new roman": "LiberationSerif",
    "times": "LiberationSerif",
    "liberation serif": "LiberationSerif",
    "tinos": "LiberationSerif",
}
FALLBACK = "LiberationSans"
# -- Carlito's 'created' date trips a harmless fontTools warning on every load --
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)
UNKNOWN_FONT_MARGIN = 1.12  # width factor for fonts we cannot measure exactly
WORD_CACHE_MAX = 200_000  # words remembered per face (a few MB at most)


def deck_font_dir() -> Path:
    """Folder of the TTFs bundled for deck measurement (also handed to LibreOffice in tests)."""
    return assets_dir() / "fonts" / "deck"


@dataclass(frozen=True)
class FontMetrics:
    """Advance widths (in em) per code point and the line height of one font face."""

    family: str
    widths: dict[int, float]
    line_height_em: float
    missing_em: float
    margin: float = 1.0
    # -- fitting measures the same words again at each candidate size: remember them in em --
    _word_em: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def width(self, text: str, size_pt: float) -> float:
        """Width of ``text`` set at ``size_pt``, in points (no kerning: slightly generous)."""
        em = self._word_em.get(text)
        if em is None:
            get = self.widths.get
            em = sum(get(ord(ch), self.missing_em) for ch in text)
            if len(self._word_em) < WORD_CACHE_MAX and len(text) <= 64:
                self._word_em[text] = em
        return em * size_pt * self.margin

    def line_height(self, size_pt: float) -> float:
        """Height of one line at single spacing, in points."""
        return self.line_height_em * size_pt


@functools.lru_cache(maxsize=16)
def _load(stem: str) -> tuple[dict[int, float], float]:
    widths, line_height = _read(deck_font_dir() / f"{stem}.ttf")
    # -- Arabic, Hebrew and the other letters Office fonts lack are drawn from a fallback
    # -- font: measure them with DejaVu Sans's real widths rather than a guessed em --
    fallback, _ = _read(assets_dir() / "fonts" / _FALLBACK[stem.endswith("Bold")])
    return {**fallback, **widths}, line_height


_FALLBACK = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}


def _read(path: Path) -> tuple[dict[int, float], float]:
    """Advance widths in em per code point, and the line height in em, of one TrueType file."""
    with TTFont(path, lazy=True) as font:
        upem = font["head"].unitsPerEm
        hmtx = font["hmtx"].metrics
        widths = {cp: hmtx[name][0] / upem for cp, name in font.getBestCmap().items()}
        os2, hhea = font["OS/2"], font["hhea"]
        win = (os2.usWinAscent + os2.usWinDescent) / upem
        typo = (hhea.ascent - hhea.descent + hhea.lineGap) / upem
    return widths, max(win, typo)


@functools.lru_cache(maxsize=64)
def metrics_for(family: str | None, *, bold: bool = False) -> tuple[FontMetrics, bool]:
    """Metrics for a font family name and whether they are exact (False = fallback + margin)."""
    key = (family or "").strip().lower()
    twin = _TWINS.get(key)
    stem = f"{twin or FALLBACK}-{'Bold' if bold else 'Regular'}"
    widths, line_em = _load(stem)
    # -- glyphs no measured font has (CJK ideographs, kana, Hangul, emoji) are drawn from a
    # -- fallback font in full-width em squares: a full em is their real width --
    return (
        FontMetrics(
            family=family or FALLBACK,
            widths=widths,
            line_height_em=line_em,
            missing_em=1.0,
            margin=1.0 if twin else UNKNOWN_FONT_MARGIN,
        ),
        twin is not None,
    )
