"""reportlab's reading of a bundled TrueType font, kept between runs in the app's cache folder.

``TTFont(name, path)`` reads the font's tables in Python, a short at a time (~13,000
``read_ushort`` calls for Noto Serif): ~58M instructions a face, two faces for every memo
(callgrind: 116M, a tenth of what a fresh interpreter takes to import python-pptx and
reportlab), for numbers that change only when the file does. The face's state (everything
``TTFontFace`` reads but the file's bytes and a scale function) is kept as marshal data
keyed by the file's path, size and modification time and reportlab's version, like the deck's
font metrics; the file's bytes are read again, so subsets are cut from the same data.

A cache that is missing, damaged or for another reportlab is read from the font again; a
font is cached only if its state round-trips exactly and reportlab's ``TTFont`` has the
attributes this module sets (so a new reportlab that adds one falls back to reading).
"""

from __future__ import annotations

import logging
import marshal
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version, rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

log = logging.getLogger(__name__)

_LAYOUT = b"briefing-app memo font 1\n"
_NOT_KEPT = ("_ttf_data", "_pdfScale")  # -- the file's bytes (read again) and a closure --
_FONT_ATTRS = frozenset(("fontName", "face", "encoding", "state", "_asciiReadable", "_shapable"))


def load_ttfont(name: str, path: str) -> TTFont:
    """``TTFont(name, path)``, its face read from the cache when the font file is unchanged."""
    cached = _cache_file(path)
    try:
        return _font(name, path, _face_from(cached.read_bytes(), path))
    except Exception:  # -- missing, damaged, another layout: read the font itself --
        pass
    font = TTFont(name, path)
    if set(vars(font)) == _FONT_ATTRS:
        _write(cached, font.face, path)
    return font


def _cache_file(path: str) -> Path:
    from briefing_app.files.folders import cache_file_for  # -- deferred: only when a font is read

    return cache_file_for(path, "memo-fonts", ".bin", Version, sys.version)


def _state(face: TTFontFace) -> dict[str, Any]:
    """The face's attributes as marshal can keep them (names as their bytes and text)."""
    state: dict[str, Any] = {}
    for key, value in vars(face).items():
        if key in _NOT_KEPT:
            continue
        if isinstance(value, TTFNameBytes):
            value = ("TTFNameBytes", bytes(value), value.ustr)
        state[key] = value
    return state


def _face_from(data: bytes, path: str) -> TTFontFace:
    """A TTFontFace with the cached state and the font file's bytes, as reportlab reads it."""
    if not data.startswith(_LAYOUT):
        raise ValueError("another layout")
    state = marshal.loads(data[len(_LAYOUT) :])
    face = TTFontFace.__new__(TTFontFace)
    for key, value in state.items():
        if isinstance(value, tuple) and value[0] == "TTFNameBytes":
            name = bytes.__new__(TTFNameBytes, value[1])
            name.ustr = value[2]
            value = name
        setattr(face, key, value)
    with open(path, "rb") as file:
        face._ttf_data = file.read()
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _scale(units_per_em: int):
    """reportlab's scale from font units to thousandths of an em (extractInfo's lambda)."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _font(name: str, path: str, face: TTFontFace) -> TTFont:
    """What ``TTFont.__init__`` makes of a face (reportlab 4), without reading the file."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return font


def _write(cached: Path, face: TTFontFace, path: str) -> None:
    """Keep the face's state if it comes back exactly as reportlab read it (never raises)."""
    from briefing_app.files.folders import write_cache

    try:
        data = _LAYOUT + marshal.dumps(_state(face))
        again = _face_from(data, path)
        same = {k: v for k, v in vars(again).items() if k != "_pdfScale"}
        if same != {k: v for k, v in vars(face).items() if k != "_pdfScale"}:
            return
    except Exception:  # -- a state marshal or reportlab cannot give back --
        written = False
    else:
        written = write_cache(cached, data)
    if not written:  # -- the memo is made anyway; the next run reads the font again
        log.info("memo font cache not written: %s", cached)
