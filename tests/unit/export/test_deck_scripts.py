"""Deck fitting measures Hebrew, Arabic and CJK text with real widths."""

from __future__ import annotations

import importlib.util
import json

from briefing_app.export.deck.fonts import deck_font_dir, metrics_for
from tests.conftest import ROOT


def test_arabic_and_hebrew_are_measured_with_real_widths_and_cjk_as_full_ems():
    metrics, _ = metrics_for("Calibri")
    size = 10.0
    # -- DejaVu Sans's widths: narrower than the full em a missing glyph would be given --
    assert 0.3 * size * 11 < metrics.width("عباس عراقجي", size) < 0.75 * size * 11
    assert 0.3 * size * 13 < metrics.width("בנימין נתניהו", size) < 0.75 * size * 13
    # -- a CJK character is a full em square: about twice a Latin letter --
    assert metrics.width("岸田文雄", size) == 4 * size
    assert metrics.width("岸田文雄", size) > 1.7 * metrics.width("Kish", size)


def test_the_fallback_width_table_matches_the_bundled_font():
    spec = importlib.util.spec_from_file_location(
        "build_fallback_widths", ROOT / "scripts" / "build_fallback_widths.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table = json.loads((deck_font_dir() / "fallback-widths.json").read_text(encoding="utf-8"))
    assert table["regular"] == module.widths(module.FONTS / "DejaVuSans.ttf")
    assert table["bold"] == module.widths(module.FONTS / "DejaVuSans-Bold.ttf")
