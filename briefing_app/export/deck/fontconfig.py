"""fontconfig asked in this process (libfontconfig through ctypes) rather than by fc-list and fc-match.

Deck fitting asks fontconfig which fonts are installed and which font a viewer
would substitute for a template's. Each fc-list or fc-match run loads
fontconfig's configuration and caches again, ~6 ms of CPU, three runs an export;
here they load once (~5 ms) and each answer then takes microseconds. The
answers are the commands' own: the same calls (FcFontList; FcFontMatch after
FcConfigSubstitute and FcDefaultSubstitute) printed by the same FcPatternFormat.
Where the library is missing (Windows, a Mac without fontconfig) the commands
are run, if there are any; without either the answer is None.

The questions go to a configuration of our own, loaded as the commands load
theirs: the process's current one is Qt's in the GUI, and holds the fonts the
window registers, which would make a deck exported from the window measure
differently from the same deck exported by the command line.
"""

from __future__ import annotations

import ctypes
import functools
import shutil
import subprocess
from typing import Any

_MATCH_PATTERN = 0  # FcMatchPattern


class _FontSet(ctypes.Structure):
    _fields_ = [
        ("nfont", ctypes.c_int),
        ("sfont", ctypes.c_int),
        ("fonts", ctypes.POINTER(ctypes.c_void_p)),
    ]


@functools.cache
def _library() -> tuple[Any, int] | None:
    """The library and a configuration of our own, loaded once."""
    try:
        lib = ctypes.CDLL("libfontconfig.so.1")
    except OSError:
        return None
    pointer, text = ctypes.c_void_p, ctypes.c_char_p
    signatures = {
        "FcInitLoadConfigAndFonts": (pointer, []),
        "FcPatternCreate": (pointer, []),
        "FcPatternDestroy": (None, [pointer]),
        "FcNameParse": (pointer, [text]),
        "FcConfigSubstitute": (ctypes.c_int, [pointer, pointer, ctypes.c_int]),
        "FcDefaultSubstitute": (None, [pointer]),
        "FcFontMatch": (pointer, [pointer, pointer, ctypes.POINTER(ctypes.c_int)]),
        "FcFontList": (ctypes.POINTER(_FontSet), [pointer, pointer, pointer]),
        "FcFontSetDestroy": (None, [ctypes.POINTER(_FontSet)]),
        "FcPatternFormat": (pointer, [pointer, text]),
        "FcStrFree": (None, [pointer]),
    }
    try:
        for name, (result, arguments) in signatures.items():
            function = getattr(lib, name)
            function.restype, function.argtypes = result, arguments
    except AttributeError:  # -- a fontconfig older than 2.9 --
        return None
    config = lib.FcInitLoadConfigAndFonts()
    return (lib, config) if config else None


def list_fonts(template: str) -> str | None:
    """What ``fc-list --format TEMPLATE`` prints; None without fontconfig."""
    loaded = _library()
    if loaded is None:
        return _command("fc-list", "--format", template)
    lib, config = loaded
    pattern = lib.FcPatternCreate()
    fonts = lib.FcFontList(config, pattern, None)
    lib.FcPatternDestroy(pattern)
    if not fonts:
        return None
    try:
        found = fonts.contents
        return "".join(_format(lib, found.fonts[i], template) for i in range(found.nfont))
    finally:
        lib.FcFontSetDestroy(fonts)


def match_font(name: str, template: str) -> str | None:
    """What ``fc-match --format TEMPLATE NAME`` prints; None without fontconfig."""
    loaded = _library()
    if loaded is None:
        return _command("fc-match", "--format", template, name)
    lib, config = loaded
    pattern = lib.FcNameParse(name.encode("utf-8"))
    if not pattern:
        return ""  # -- fc-match: "Unable to parse the pattern", nothing on stdout --
    lib.FcConfigSubstitute(config, pattern, _MATCH_PATTERN)
    lib.FcDefaultSubstitute(pattern)
    result = ctypes.c_int()
    font = lib.FcFontMatch(config, pattern, ctypes.byref(result))
    lib.FcPatternDestroy(pattern)
    if not font:
        return ""
    try:
        return _format(lib, font, template)
    finally:
        lib.FcPatternDestroy(font)


def _command(*args: str) -> str | None:
    """What the fontconfig command prints, where the library could not be loaded."""
    if shutil.which(args[0]) is None:
        return None
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def _format(lib: Any, pattern: int, template: str) -> str:
    text = lib.FcPatternFormat(pattern, template.encode("utf-8"))
    if not text:
        return ""
    try:
        return ctypes.string_at(text).decode("utf-8", "replace")
    finally:
        lib.FcStrFree(text)
