"""Deck font metrics are read by fontTools once per font file and cached until the file changes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from briefing_app.export.deck import fonts
from briefing_app.files.folders import cache_dir
from briefing_app.resources import assets_dir

CARLITO = assets_dir() / "fonts" / "deck" / "Carlito-Regular.ttf"


def _fresh(path: Path):
    fonts._load_file.cache_clear()
    return fonts._load_file(str(path))


def test_the_cached_metrics_are_fonttools_own(tmp_path):
    font = tmp_path / "Carlito-Regular.ttf"
    shutil.copy(CARLITO, font)
    first = _fresh(font)
    assert list((cache_dir() / "font-metrics").glob("*.json")), "the metrics were cached"
    assert _fresh(font) == first == fonts._read_with_fonttools(str(font))
    assert 0.4 < first[0][ord("M")] < 1.0 and 1.0 < first[1] < 1.6


def test_a_changed_font_file_is_read_again(tmp_path, monkeypatch):
    font = tmp_path / "f.ttf"
    shutil.copy(CARLITO, font)
    _fresh(font)
    reads = []
    real = fonts._read_with_fonttools
    monkeypatch.setattr(fonts, "_read_with_fonttools", lambda p: reads.append(p) or real(p))
    _fresh(font)
    assert reads == [], "an unchanged file comes from the cache"
    shutil.copy(assets_dir() / "fonts" / "deck" / "Carlito-Bold.ttf", font)
    bold = _fresh(font)
    assert reads == [str(font)] and bold == real(str(font))


def test_a_damaged_cache_entry_is_read_again_not_trusted(tmp_path):
    font = tmp_path / "f.ttf"
    shutil.copy(CARLITO, font)
    good = _fresh(font)
    for entry in (cache_dir() / "font-metrics").glob("*.json"):
        entry.write_text("[[[77, 'x']], ", encoding="utf-8")
    assert _fresh(font) == good


def test_measuring_a_deck_font_a_second_time_does_not_import_fonttools(tmp_path):
    probe = (
        "import sys; from briefing_app.export.deck.fonts import metrics_for; "
        "metrics_for('Calibri'); metrics_for('Arial', bold=True); metrics_for('Verdana'); "
        "print('fontTools' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[3]

    def run() -> str:
        return subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root
        ).stdout.strip()

    assert run() == "True"  # -- the first export reads the fonts (XDG_CACHE_HOME is private)
    assert run() == "False"


def test_an_entry_in_another_layout_or_with_wrong_items_is_read_again(tmp_path):
    font = tmp_path / "f.ttf"
    shutil.copy(CARLITO, font)
    good = _fresh(font)
    (entry,) = (cache_dir() / "font-metrics").glob("*.json")
    earlier = [[[cp, w] for cp, w in good[0].items()], good[1]]  # -- [code point, width] pairs
    for text in (
        json.dumps(earlier),
        json.dumps([["77"], [0.5], 1.2]),  # -- a code point that is no number
        json.dumps([[77, 78], [0.5], 1.2]),  # -- a width missing
    ):
        entry.write_text(text, encoding="utf-8")
        assert _fresh(font) == good
        codes, widths, line_height = json.loads(entry.read_text(encoding="utf-8"))
        assert dict(zip(codes, widths, strict=True)) == good[0] and line_height == good[1]
