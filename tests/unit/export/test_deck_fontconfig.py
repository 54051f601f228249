"""fontconfig asked in-process answers as fc-list and fc-match do, and the commands still serve
where the library is missing."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from briefing_app.export.deck import fontconfig, fonts

pytestmark = pytest.mark.skipif(
    shutil.which("fc-list") is None or fontconfig._library() is None,
    reason="needs fontconfig's library and commands",
)
LISTING = "%{family}\t%{style}\t%{file}\n"


def _command(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=False).stdout


def test_the_listing_is_fc_lists():
    assert fontconfig.list_fonts(LISTING) == _command("fc-list", "--format", LISTING)


@pytest.mark.parametrize(
    "name",
    ["Arial", "Calibri:bold", "Times New Roman", "Segoe UI", "Meiryo:bold", "serif", "monospace",
     "No Such Font 7", "Liberation Sans:bold", "a:b:c", ""],
)  # fmt: skip
def test_each_match_is_fc_matchs(name):
    assert fontconfig.match_font(name, "%{file}") == _command(
        "fc-match", "--format", "%{file}", name
    )


def test_without_the_library_the_commands_give_the_same_fonts(monkeypatch):
    fonts._system_fonts.cache_clear()
    fonts._substitute.cache_clear()
    in_process = (fonts._system_fonts(), fonts._substitute("Arial", True))
    monkeypatch.setattr(fontconfig, "_library", lambda: None)
    fonts._system_fonts.cache_clear()
    fonts._substitute.cache_clear()
    try:
        assert (fonts._system_fonts(), fonts._substitute("Arial", True)) == in_process
    finally:
        fonts._system_fonts.cache_clear()
        fonts._substitute.cache_clear()


def test_fonts_the_window_registers_do_not_change_the_answers():
    """Qt adds the app's fonts to the process's current configuration; the deck asks its own,
    so a deck exported from the window measures as the command line's."""
    import ctypes

    from briefing_app.resources import assets_dir

    before = fontconfig.list_fonts(LISTING)
    current = ctypes.CDLL("libfontconfig.so.1")
    current.FcConfigAppFontAddFile.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    added = assets_dir() / "fonts" / "NotoSansGeorgian-Regular.ttf"
    assert current.FcConfigAppFontAddFile(None, str(added).encode()), "registered as Qt does"
    assert fontconfig.list_fonts(LISTING) == before == _command("fc-list", "--format", LISTING)
    assert fontconfig.match_font("sans", "%{file}") == _command(
        "fc-match", "--format", "%{file}", "sans"
    )
