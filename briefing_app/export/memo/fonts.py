"""Bundled memo fonts for reportlab, chosen per character so no script ever renders as boxes.

Each family ("serif", "sans") is a chain of faces: Noto Serif/Sans (Latin incl.
Azerbaijani, Cyrillic, Greek) first, then Noto Armenian, Noto Georgian, DejaVu
Sans (Arabic, Persian, Hebrew, arrows, maths, box symbols), Droid Sans
Fallback (Chinese, Japanese, Korean) and Noto Devanagari (Hindi, Marathi,
Nepali; last, so every character shown before keeps its face). reportlab embeds only the glyphs a memo
uses, so the 3.4 MB CJK font costs a memo a few kB per distinct character. :meth:`FontChain.markup` escapes text
and puts every run in the first face that has its glyphs (an explicit
``<font name=…>`` tag, except for the primary regular face that every memo style
is set in); characters no bundled face has become ``?`` and are reported by
:meth:`FontChain.missing` so the exporter can warn.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from briefing_app.core.text import is_pictograph
from briefing_app.export.memo.accel import forget_widths
from briefing_app.export.memo.fontcache import load_ttfont
from briefing_app.resources import assets_dir

STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
REPLACEMENT = "?"
# -- characters every face treats alike: never worth switching fonts for --
_NEUTRAL = frozenset(" \t\n")
_JOINERS = frozenset("\u200c\u200d")  # -- zero-width non-joiner and joiner (Persian, Arabic) --


def missing_warnings(missing: str, where: str) -> list[str]:
    """What became of the characters no face has: letters print as "?", pictographs are left out."""
    pictographs = "".join(c for c in missing if is_pictograph(c))
    letters = "".join(c for c in missing if not is_pictograph(c))

    def shown(chars: str) -> str:
        return " ".join(f"U+{ord(c):04X}" for c in chars[:5])

    warnings = []
    if letters:
        warnings.append(
            f"{len(letters)} kind(s) of character no bundled font can show were printed as '?'"
            f"{where} ({shown(letters)})"
        )
    if pictographs:
        warnings.append(
            f"{len(pictographs)} kind(s) of emoji or symbol no bundled font can show were left "
            f"out{where} ({shown(pictographs)})"
        )
    return warnings


@dataclass(frozen=True)
class Face:
    """One typeface: the bundled file name stem and the styles it ships."""

    stem: str
    styles: tuple[str, ...]

    def style_for(self, *, bold: bool, italic: bool) -> str:
        """The nearest shipped style (Armenian/Georgian/DejaVu have no italics)."""
        wanted = ("Bold" if bold else "") + ("Italic" if italic else "") or "Regular"
        if wanted in self.styles:
            return wanted
        return "Bold" if bold and "Bold" in self.styles else "Regular"

    def font_name(self, *, bold: bool, italic: bool) -> str:
        """The registered reportlab name of the nearest style, e.g. ``NotoSans-Bold``."""
        return f"{self.stem}-{self.style_for(bold=bold, italic=italic)}"


_UPRIGHT = ("Regular", "Bold")
# -- Chinese, Japanese and Korean: Droid Sans Fallback (TrueType, Apache-2.0, one weight) --
_CJK = Face("DroidSansFallback", ("Regular",))
FAMILIES: dict[str, tuple[Face, ...]] = {
    "serif": (
        Face("NotoSerif", STYLES),
        Face("NotoSerifArmenian", _UPRIGHT),
        Face("NotoSerifGeorgian", _UPRIGHT),
        Face("DejaVuSans", ("Regular", "Bold")),
        _CJK,
        Face("NotoSerifDevanagari", _UPRIGHT),
    ),
    "sans": (
        Face("NotoSans", STYLES),
        Face("NotoSansArmenian", _UPRIGHT),
        Face("NotoSansGeorgian", _UPRIGHT),
        Face("DejaVuSans", ("Regular", "Bold")),
        _CJK,
        Face("NotoSansDevanagari", _UPRIGHT),
    ),
}
# -- faces whose letters are right only once HarfBuzz has shaped them: Devanagari's vowel
# -- sign i goes before its consonant, and its conjuncts are ligatures --
SHAPED_FACES = ("NotoSerifDevanagari", "NotoSansDevanagari")
_FILE_NAMES = {
    "DejaVuSans-Regular": "DejaVuSans.ttf",
    "DroidSansFallback-Regular": "DroidSansFallback.ttf",
}


def font_file(name: str):
    """The bundled .ttf for a registered font name such as ``NotoSans-Bold``."""
    return assets_dir() / "fonts" / _FILE_NAMES.get(name, f"{name}.ttf")


@functools.cache
def _register(name: str) -> frozenset[str]:
    """Register one font with reportlab (once) and return the characters it maps."""
    font = load_ttfont(name, str(font_file(name)))
    pdfmetrics.registerFont(font)
    forget_widths()
    # -- reportlab writes wrong ToUnicode entries above U+FFFF (U+1F60D copies as U+1F60), so
    # -- those characters count as uncovered: a visible "?" and a warning, not silently wrong text
    return frozenset(chr(code) for code in font.face.charToGlyph if code <= 0xFFFF)


@functools.cache
def chain(family: str) -> FontChain:
    """The shared font chain for ``family`` ("serif" or "sans")."""
    if family not in FAMILIES:
        raise ValueError(f"unknown font family {family!r}")
    return FontChain(FAMILIES[family])


class _Covers:
    """The characters of each face of a chain, each face registered on first use."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.loaded: dict[int, frozenset[str]] = {}

    def __getitem__(self, index: int) -> frozenset[str]:
        cover = self.loaded.get(index)
        if cover is None:
            cover = self.loaded[index] = _register(self.names[index])
        return cover


class FontChain:
    """Per-character font choice over an ordered list of faces."""

    def __init__(self, faces: tuple[Face, ...]) -> None:
        self.faces = faces
        for face in faces:
            pdfmetrics.registerFontFamily(
                face.stem,
                **{
                    key: face.font_name(bold=bold, italic=italic)
                    for key, bold, italic in (
                        ("normal", False, False),
                        ("bold", True, False),
                        ("italic", False, True),
                        ("boldItalic", True, True),
                    )
                },
            )

    def font_name(self, *, bold: bool = False, italic: bool = False) -> str:
        """The primary face's registered name for a style (registering it on first use)."""
        name = self.faces[0].font_name(bold=bold, italic=italic)
        _register(name)
        return name

    def runs(self, text: str, *, bold: bool = False, italic: bool = False) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, chunk) runs; unknown characters become ``?``."""
        names = self._names(bold, italic)
        first = _register(names[0])
        # -- no set of the text built: ~30% less than set(text) <= first --
        if first.issuperset(text):
            return [(names[0], text)] if text else []
        # -- later faces are loaded only when a character needs them: the CJK face alone
        # -- takes reportlab ~0.35 s to read --
        covers = _Covers(names)
        runs: list[tuple[int, list[str]]] = []
        for char in text:
            # -- whitespace stays in the current run; anything else takes the first face with it --
            if runs and char in _NEUTRAL:
                runs[-1][1].append(char)
                continue
            # -- a joiner stays with the letters around it, so HarfBuzz shapes the word whole --
            if runs and char in _JOINERS and char in covers[runs[-1][0]]:
                runs[-1][1].append(char)
                continue
            index = next((i for i in range(len(names)) if char in covers[i]), None)
            if index is None:
                if is_pictograph(char):
                    continue
                index, char = 0, REPLACEMENT
            if runs and runs[-1][0] == index:
                runs[-1][1].append(char)
            else:
                runs.append((index, [char]))
        return [(names[i], "".join(chars)) for i, chars in runs]

    @functools.cache  # noqa: B019 -- four entries per chain, and chains live as long as the process
    def _names(self, bold: bool, italic: bool) -> tuple[str, ...]:
        """Each face's registered name for a style, in chain order (asked once per text run)."""
        return tuple(face.font_name(bold=bold, italic=italic) for face in self.faces)

    def markup(self, text: str, *, bold: bool = False, italic: bool = False) -> str:
        """Escaped reportlab paragraph markup for plain ``text`` with an explicit font per run.

        Runs in the primary regular face, the font of every memo paragraph style,
        need no tag: fewer tags parse faster, and a paragraph without one is a
        single fragment, which reportlab breaks into lines several times faster.
        """
        plain = self.font_name()
        return "".join(
            escape(chunk) if name == plain else f'<font name="{name}">{escape(chunk)}</font>'
            for name, chunk in self.runs(text, bold=bold, italic=italic)
        )

    def width(self, text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
        """Width in points of ``text`` as :meth:`runs` would set it."""
        return sum(
            pdfmetrics.stringWidth(chunk, name, size)
            for name, chunk in self.runs(text, bold=bold, italic=italic)
        )

    def missing(self, text: str) -> str:
        """The distinct characters of ``text`` that no face in the chain can show, in order."""
        unknown = set(text) - _NEUTRAL
        for face in self.faces:
            if not unknown:
                break  # -- later faces (the CJK one is slow to load) are not needed --
            unknown -= _register(face.font_name(bold=False, italic=False))
        # -- the usual case: one pass over distinct characters, none per character --
        if not unknown:
            return ""
        return "".join(dict.fromkeys(c for c in text if c in unknown))
