"""Render exported decks with LibreOffice and check, slide by slide, that no text spilled out.

pdftotext silently drops text outside the page, so a word of the slide (as
python-pptx reads it) missing from its rendered page means clipped text.
Also checked: no two text blocks overlap, and nothing is set below ~8 pt.
All decks convert in one soffice call to keep the suite fast.
"""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pptx import Presentation

from briefing_app.export.deck.fonts import deck_font_dir
from briefing_app.export.deck.writer import write_deck
from briefing_app.project import open_path
from tests.conftest import SEED, require_tool
from tests.ooxml.validate import assert_valid_deck
from tests.unit.export.deck_support import long_briefing, slide_texts, third_party_template

BUILTIN = ("government", "minimal", "dark")
MIN_TEXT_PT = 7.5


def _fontconfig(tmp: Path) -> Path:
    """LibreOffice finds fonts through fontconfig: add the bundled metric-compatible ones."""
    conf = tmp / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{deck_font_dir()}</dir><cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


def _convert(decks: list[Path], tmp: Path) -> None:
    soffice = require_tool("soffice")
    require_tool("pdftotext")
    env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(tmp))}
    profile = (tmp / "lo-profile").as_uri()
    cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    cmd += ["--outdir", str(tmp / "pdf"), *map(str, decks)]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=240)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """{deck name: (pptx path, pdf path)} for the seed on each built-in and long content elsewhere."""
    tmp = tmp_path_factory.mktemp("render")
    decks: dict[str, Path] = {}
    seed = open_path(SEED)
    for name in BUILTIN:
        decks[f"seed-{name}"] = tmp / f"seed-{name}.pptx"
        write_deck(seed, decks[f"seed-{name}"], template=name)
    templates = {
        "corp-4x3-potx": third_party_template(tmp, "corp43", potx=True),
        "wide-no-body": third_party_template(
            tmp, "nobody", width=13.333, font="Arial", keep_only=("Title Only", "Blank")
        ),
        "unknown-font": third_party_template(tmp, "georgia", font="Georgia", width=10, height=6.25),
    }
    long = long_briefing()
    for name, template in templates.items():
        decks[name] = tmp / f"{name}.pptx"
        write_deck(long, decks[name], template=template)
    decks["long-government"] = tmp / "long-government.pptx"
    write_deck(long, decks["long-government"], template="government")
    for path in decks.values():
        assert_valid_deck(path)
    _convert(list(decks.values()), tmp)
    return {name: (path, tmp / "pdf" / f"{path.stem}.pdf") for name, path in decks.items()}


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").split("\f")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", _drawable(text)) if w]


def _drawable(text: str) -> str:
    """Drop what pdftotext cannot give back: emoji and modifiers (no colour font), format marks."""
    return "".join(
        ch for ch in text if ord(ch) <= 0xFFFF and unicodedata.category(ch) not in _UNDRAWN
    )


_UNDRAWN = {"So", "Sk", "Cf", "Mn", "Co", "Cn"}


def _found(word: str, page: str) -> bool:
    """A word is on the page; right-to-left words come back reordered, so test their letters."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in word):
        return all(ch in page for ch in word if unicodedata.category(ch).startswith("L"))
    return _squash(word) in page


def _bbox_pages(pdf: Path) -> list[ElementTree.Element]:
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    )
    html = out.stdout.decode("utf-8")
    root = ElementTree.fromstring(re.sub(r'\sxmlns="[^"]+"', "", html, count=1))
    return root.findall(".//page")


def _overlap(a, b, slack: float = 1.0) -> bool:
    return (
        a[0] + slack < b[2] and b[0] + slack < a[2] and a[1] + slack < b[3] and b[1] + slack < a[3]
    )


def _box(el) -> tuple[float, float, float, float]:
    return tuple(float(el.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "deck",
    [
        *(f"seed-{n}" for n in BUILTIN),
        "corp-4x3-potx",
        "wide-no-body",
        "unknown-font",
        "long-government",
    ],
)
def test_every_word_of_every_slide_is_on_its_rendered_page(rendered, deck):
    pptx, pdf = rendered[deck]
    texts = slide_texts(pptx)
    pages = _pages(pdf)
    assert len(pages) >= len(texts)
    for number, (text, page) in enumerate(zip(texts, pages, strict=False), start=1):
        squashed = _squash(page)
        missing = [w for w in _words(text) if not _found(w, squashed)]
        assert not missing, f"{deck} slide {number}: clipped or missing {missing[:5]}"


@pytest.mark.slow
@pytest.mark.parametrize("deck", ["seed-government", "seed-dark", "corp-4x3-potx", "wide-no-body"])
def test_no_text_blocks_overlap_and_no_tiny_text(rendered, deck):
    _, pdf = rendered[deck]
    for number, page in enumerate(_bbox_pages(pdf), start=1):
        blocks = [_box(b) for b in page.iter("block")]
        for i, a in enumerate(blocks):
            for b in blocks[i + 1 :]:
                assert not _overlap(a, b), f"{deck} slide {number}: text blocks {a} and {b} overlap"
        heights = [_box(w)[3] - _box(w)[1] for w in page.iter("word")]
        assert min(heights, default=99) >= MIN_TEXT_PT, f"{deck} slide {number}: tiny text"


@pytest.mark.slow
def test_third_party_templates_keep_their_size_and_lose_their_samples(rendered):
    corp = Presentation(str(rendered["corp-4x3-potx"][0]))
    assert (corp.slide_width, corp.slide_height) == (9144000, 6858000)
    all_text = "\n".join(slide_texts(rendered["corp-4x3-potx"][0]))
    assert "SAMPLE SLIDE" not in all_text
    assert "(cont.)" in all_text
