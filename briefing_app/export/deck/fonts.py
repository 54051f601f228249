"""Font metrics for deck text fitting: the real font, a metric-compatible twin, or a class estimate.

A template names fonts (Calibri, Aptos, Segoe UI, Verdana, Meiryo …) the app
cannot ship. Measuring with the widest stand-in makes the fitter give up early
and cut titles that would have fitted, so each family is measured, in order:

1. with the font itself when the system has it (fontconfig's ``fc-list``);
2. with a metric-compatible twin, whose advance widths are identical (Carlito
   for Calibri, Caladea for Cambria, Liberation for Arial/Times/Courier …);
3. otherwise with a calibrated estimate of the same class (sans, serif, mono,
   wide or narrow), never narrower than the font this machine's viewers would
   substitute (``fc-match``), so text fits both where the font is installed and
   where it is not. Such metrics are reported as inexact.
"""

from __future__ import annotations

import functools
import json
import logging
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.export.deck import fontconfig
from briefing_app.resources import assets_dir

# -- Office fonts and their metric-compatible, freely licensed twins --
_TWINS = {
    "calibri": "Carlito",
    "calibri light": "Carlito",  # -- the Light cut has Calibri's advance widths to within 1 % --
    "cambria": "Caladea",
    "arial": "Liberation Sans",
    "helvetica": "Liberation Sans",
    "arimo": "Liberation Sans",
    "arial narrow": "Liberation Sans Narrow",
    "times new roman": "Liberation Serif",
    "times": "Liberation Serif",
    "tinos": "Liberation Serif",
    "courier new": "Liberation Mono",
    "courier": "Liberation Mono",
    "cousine": "Liberation Mono",
}
# -- the twins bundled with the app (the others are used when the system has them) --
_BUNDLED = {
    "carlito": "Carlito",
    "liberation sans": "LiberationSans",
    "liberation serif": "LiberationSerif",
}
# -- width of common fonts relative to Liberation Sans (Arial) or Serif (Times), from their
# -- average advance over English text; used only when neither the font nor a twin is here --
_CLASS = {
    "aptos": ("sans", 1.04),
    "segoe ui": ("sans", 1.04),
    "segoe ui light": ("sans", 1.02),
    "segoe ui semibold": ("sans", 1.06),
    "verdana": ("sans", 1.16),
    "tahoma": ("sans", 1.02),
    "trebuchet ms": ("sans", 1.03),
    "century gothic": ("sans", 1.16),
    "montserrat": ("sans", 1.18),
    "open sans": ("sans", 1.08),
    "roboto": ("sans", 1.0),
    "lato": ("sans", 0.98),
    "source sans pro": ("sans", 0.94),
    "helvetica neue": ("sans", 1.0),
    "gill sans mt": ("sans", 0.94),
    "franklin gothic book": ("sans", 0.97),
    "meiryo": ("sans", 1.1),
    "meiryo ui": ("sans", 1.02),
    "yu gothic": ("sans", 1.06),
    "ms gothic": ("mono", 1.0),
    "ms pgothic": ("sans", 1.04),
    "georgia": ("serif", 1.15),
    "garamond": ("serif", 0.95),
    "palatino linotype": ("serif", 1.06),
    "book antiqua": ("serif", 1.06),
    "consolas": ("mono", 0.92),
}
_BASE = {"sans": "LiberationSans", "serif": "LiberationSerif", "mono": "LiberationSans"}
FALLBACK = "LiberationSans"
UNKNOWN_FONT_MARGIN = 1.08  # an unknown sans: a little wider than Arial, as most are
# -- Carlito's 'created' date trips a harmless fontTools warning on every load --
log = logging.getLogger(__name__)
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)
WORD_CACHE_MAX = 200_000  # words remembered per face (a few MB at most)
TEXT_CACHE_MAX = 20_000  # texts split and measured, per face (a report's titles and paragraphs)
# -- letter frequencies of English prose: the average advance a reader's text will have --
_SAMPLE = "The delegation reviewed the corridor agreement and the border mandate, 2024."


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
    _text_ems: dict[str, tuple[list[str], list[float]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def width(self, text: str, size_pt: float) -> float:
        """Width of ``text`` set at ``size_pt``, in points (no kerning: slightly generous)."""
        return self.em(text) * size_pt * self.margin

    def em(self, text: str) -> float:
        """Width of ``text`` in em, before the margin: ``width`` is ``em * size * margin``."""
        em = self._word_em.get(text)
        if em is None:
            get = self.widths.get
            em = sum(get(ord(ch), self.missing_em) for ch in text)
            if len(self._word_em) < WORD_CACHE_MAX and len(text) <= 64:
                self._word_em[text] = em
        return em

    def spaced_words(self, text: str) -> tuple[list[str], list[float]]:
        """``text.split(" ")`` and the width in em of each piece.

        Fitting wraps the same text at several sizes (a body at the largest and the smallest
        size and a few between, a title while its size is searched): the pieces are split and
        looked up once a text, and each size only multiplies (cProfile on recs-400: 667,009
        ``width`` calls from ``wrap``).
        """
        found = self._text_ems.get(text)
        if found is None:
            words = text.split(" ")
            found = (words, [self.em(word) for word in words])
            if len(self._text_ems) < TEXT_CACHE_MAX:
                self._text_ems[text] = found
        return found

    def line_height(self, size_pt: float) -> float:
        """Height of one line at single spacing, in points."""
        return self.line_height_em * size_pt


@dataclass(frozen=True)
class Measure:
    """How a family is measured: "installed", "metric-compatible" or "estimate", and with what."""

    family: str
    kind: str
    measured_with: str

    @property
    def exact(self) -> bool:
        return self.kind != "estimate"


Metrics = tuple[dict[int, float], float]  # (advance width in em per code point, line height em)


@functools.lru_cache(maxsize=64)
def _load_file(path: str) -> Metrics:
    """A font file's metrics, from the cache while the file is unchanged.

    fontTools costs ~25 ms to import and ~15 ms a face (it decodes glyph names we
    do not need) on every export, for numbers that change only when the file does;
    the cache keeps them as JSON in the app's cache folder, keyed by the file's
    path, size and modification time, like fontconfig's own cache.
    """
    # -- deferred: only when a font is read --
    from briefing_app.files.folders import cache_file_for, write_cache

    cached = cache_file_for(path, "font-metrics", ".json")
    try:
        # -- code points and widths as two flat lists: half the time of [code point, width]
        # -- pairs to parse; array() checks every item's type in C --
        codes, widths, line_height = json.loads(cached.read_bytes())
        return dict(zip(array("q", codes), array("d", widths), strict=True)), float(line_height)
    except (OSError, ValueError, TypeError):
        pass  # -- not cached yet, damaged or in an earlier layout: read the font again --
    metrics = _read_with_fonttools(path)
    flat = [list(metrics[0]), list(metrics[0].values()), metrics[1]]
    if not write_cache(cached, json.dumps(flat).encode()):
        log.info("font metrics cache not written: %s", cached)  # -- the deck is built anyway
    return metrics


def _read_with_fonttools(path: str) -> Metrics:
    from fontTools.ttLib import TTFont  # -- deferred: only for a font not cached yet --

    with TTFont(path, lazy=True, fontNumber=0) as font:
        upem = font["head"].unitsPerEm
        hmtx = font["hmtx"].metrics
        widths = {cp: hmtx[name][0] / upem for cp, name in font.getBestCmap().items()}
        os2, hhea = font["OS/2"], font["hhea"]
        win = (os2.usWinAscent + os2.usWinDescent) / upem
        typo = (hhea.ascent - hhea.descent + hhea.lineGap) / upem
    return widths, max(win, typo)


def _bundled(stem: str, bold: bool) -> str:
    return str(deck_font_dir() / f"{stem}-{'Bold' if bold else 'Regular'}.ttf")


@functools.lru_cache(maxsize=1)
def _system_fonts() -> dict[tuple[str, bool], str]:
    """{(family lower-cased, bold): font file} for every font fontconfig knows (empty without it)."""
    out = fontconfig.list_fonts("%{family}\t%{style}\t%{file}\n")
    if out is None:
        return {}
    found: dict[tuple[str, bool], str] = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].lower().endswith((".ttf", ".otf", ".ttc")):
            continue
        styles = {s.strip().lower() for s in parts[1].split(",")}
        bold = "bold" in styles
        regular = bool(styles & {"regular", "book", "normal", "roman", "bold"})
        if not regular:
            continue  # -- italics, lights and condensed cuts are other faces --
        for family in parts[0].split(","):
            found.setdefault((family.strip().lower(), bold), parts[2])
    return found


def _installed(family: str, bold: bool) -> str | None:
    fonts = _system_fonts()
    return fonts.get((family, bold)) or fonts.get((family, False))


@functools.lru_cache(maxsize=64)
def _substitute(family: str, bold: bool) -> str | None:
    """The file a viewer on this machine would draw ``family`` with (fontconfig's best match)."""
    if not family:
        return None
    out = fontconfig.match_font(f"{family}:bold" if bold else family, "%{file}")
    if out is None:
        return None
    out = out.strip()
    return out if out.lower().endswith((".ttf", ".otf")) else None


def _average(widths: dict[int, float]) -> float:
    return sum(widths.get(ord(c), 0.5) for c in _SAMPLE) / len(_SAMPLE)


def _class_of(key: str) -> tuple[str, float]:
    if key in _CLASS:
        return _CLASS[key]
    if any(w in key for w in ("serif", "roman", "times", "garamond", "mincho", "minion")):
        return ("serif", UNKNOWN_FONT_MARGIN) if "sans" not in key else ("sans", 1.08)
    if any(w in key for w in ("mono", "code", "courier")):
        return ("mono", 1.0)
    if any(w in key for w in ("narrow", "condensed", "compressed")):
        return ("sans", 0.9)
    return ("sans", UNKNOWN_FONT_MARGIN)


def describe(family: str | None) -> Measure:
    """How ``family`` is measured here (for the template check and the export warnings)."""
    key = (family or "").strip().lower()
    if key and _installed(key, False):
        return Measure(family or "", "installed", family or "")
    twin = _TWINS.get(key)
    if twin and (twin.lower() in _BUNDLED or _installed(twin.lower(), False)):
        return Measure(family or "", "metric-compatible", twin)
    if key in _BUNDLED:
        return Measure(family or "", "metric-compatible", family or "")
    klass, _factor = _class_of(key)
    return Measure(family or "", "estimate", f"{klass} estimate")


@functools.lru_cache(maxsize=128)
def metrics_for(family: str | None, *, bold: bool = False) -> tuple[FontMetrics, bool]:
    """Metrics for a font family name and whether they are exact (False = a class estimate).

    A font that is not installed is never measured narrower than the font a viewer on
    this machine substitutes for it (LibreOffice draws with fontconfig's choice).
    """
    key = (family or "").strip().lower()
    name = family or FALLBACK
    path = _installed(key, bold) if key else None
    if path is not None:
        widths, line_em = _load_file(path)
        return FontMetrics(name, _with_fallback(widths, bold), line_em, missing_em=1.0), True
    exact = False
    twin = _TWINS.get(key, family if key in _BUNDLED else None)
    stem = _BUNDLED.get((twin or "").lower())
    twin_path = _bundled(stem, bold) if stem else _installed((twin or "").lower(), bold)
    if twin_path is not None:
        (widths, line_em), margin, exact = _load_file(twin_path), 1.0, True
    else:
        klass, margin = _class_of(key)
        widths, line_em = _load_file(_bundled(_BASE[klass], bold))
        if klass == "mono":
            widths = dict.fromkeys(widths, 0.6)
    substitute = _substitute(family or "", bold)
    if substitute is not None and substitute != twin_path:
        sub_widths, sub_line = _load_file(substitute)
        if _average(sub_widths) > _average(widths) * margin * 1.01:
            widths, line_em, margin = sub_widths, max(line_em, sub_line), 1.0
    # -- glyphs no measured font has (CJK ideographs, kana, Hangul, emoji) are drawn from a
    # -- fallback font in full-width em squares: a full em is their real width --
    return FontMetrics(
        name, _with_fallback(widths, bold), line_em, missing_em=1.0, margin=margin
    ), exact


def _with_fallback(widths: dict[int, float], bold: bool) -> dict[int, float]:
    """``widths`` plus DejaVu Sans's for the Hebrew and Arabic letters the font lacks (Office
    fonts leave them to a fallback font): real widths, not a guessed em. The table is
    ``fallback-widths.json``, made by ``scripts/build_fallback_widths.py`` (1 ms to read)."""
    return {**_fallback_widths(bold), **widths}


@functools.cache
def _fallback_widths(bold: bool) -> dict[int, float]:
    table = json.loads((deck_font_dir() / "fallback-widths.json").read_text(encoding="utf-8"))
    return {int(cp): em for cp, em in table["bold" if bold else "regular"].items()}
