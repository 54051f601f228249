"""The deck's own font reader gives fontTools' widths and line height for every font here."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTCollection, TTFont

from briefing_app.export.deck import fonts
from briefing_app.export.deck.sfnt import read_metrics
from briefing_app.resources import assets_dir


def _font_files() -> list[Path]:
    found = set(assets_dir().glob("fonts/**/*.ttf"))
    if shutil.which("fc-list"):
        listing = subprocess.run(
            ["fc-list", "--format", "%{file}\n"], capture_output=True, text=True, check=False
        ).stdout.split("\n")
        found |= {Path(p) for p in listing if p.lower().endswith((".ttf", ".otf", ".ttc"))}
    return sorted(found)


@pytest.mark.parametrize("path", _font_files(), ids=lambda p: p.name)
def test_every_font_reads_as_fonttools_reads_it(path):
    mine = read_metrics(path.read_bytes())
    assert mine is not None, "a common font fell back to fontTools"
    assert mine == fonts._load_with_fonttools(str(path))


def test_the_first_face_of_a_collection_is_read():
    regular = TTFont(assets_dir() / "fonts" / "deck" / "Carlito-Regular.ttf")
    bold = TTFont(assets_dir() / "fonts" / "deck" / "LiberationSerif-Bold.ttf")
    collection = TTCollection()
    collection.fonts = [regular, bold]
    out = io.BytesIO()
    collection.save(out)
    widths, line_em = read_metrics(out.getvalue())
    assert (widths, line_em) == read_metrics(
        (assets_dir() / "fonts" / "deck" / "Carlito-Regular.ttf").read_bytes()
    )


def test_a_damaged_font_gives_none_or_numbers_never_an_exception():
    data = (assets_dir() / "fonts" / "deck" / "LiberationSans-Regular.ttf").read_bytes()
    rng = random.Random(20)
    for trial in range(200):
        damaged = bytearray(data)
        if trial % 2:
            damaged = damaged[: rng.randrange(len(damaged))]
        else:
            for _ in range(30):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        result = read_metrics(bytes(damaged))
        assert result is None or (isinstance(result[0], dict) and isinstance(result[1], float))


def test_a_font_it_cannot_follow_goes_to_fonttools(tmp_path):
    font = TTFont(assets_dir() / "fonts" / "deck" / "Carlito-Regular.ttf")
    del font["OS/2"]  # -- fontTools then reports the font as it always did --
    damaged = tmp_path / "no-os2.ttf"
    font.save(damaged)
    assert read_metrics(damaged.read_bytes()) is None
    fonts._load_file.cache_clear()
    with pytest.raises(KeyError):
        fonts._load_file(str(damaged))


def test_measuring_a_deck_font_does_not_import_fonttools():
    probe = (
        "import sys; from briefing_app.export.deck.fonts import metrics_for; "
        "metrics_for('Calibri'); metrics_for('Arial', bold=True); metrics_for('Verdana'); "
        "print('fontTools' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "False"
