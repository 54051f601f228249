"""The classification marking as LibreOffice renders it: on every slide page and notes page.

pdftotext drops text outside the page, so the marking found twice on each
rendered page means it is on the slide, top and bottom, for real.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from briefing_app.export.deck.writer import write_deck
from briefing_app.project import open_path
from tests.conftest import SEED, require_tool
from tests.integration.test_deck_render import _convert, _fontconfig
from tests.ooxml.validate import assert_valid_deck
from tests.unit.export.deck_support import third_party_template

MARK = "CONFIDENTIAL"
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "templates"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("marked")
    briefing = open_path(SEED)
    briefing.set_header("classification", MARK.lower())
    templates = ["government", "minimal", "dark", str(third_party_template(tmp, "corporate"))]
    templates += sorted(str(p) for p in CORPUS.glob("*.p?tx"))
    decks = []
    for n, template in enumerate(templates):
        out = tmp / f"deck{n}-{Path(template).stem}.pptx"
        write_deck(briefing, out, template=template)
        assert_valid_deck(out, out.name)
        decks.append(out)
    _convert(decks, tmp)
    return tmp, decks


@pytest.mark.slow
def test_every_rendered_slide_shows_the_marking_twice(marked):
    tmp, decks = marked
    for deck in decks:
        pages = _pages(tmp / "pdf" / f"{deck.stem}.pdf")
        assert pages
        for number, page in enumerate(pages, start=1):
            assert page.count(MARK) >= 2, f"{deck.name} slide {number}: {page[:80]!r}"


@pytest.mark.slow
def test_every_rendered_notes_page_shows_the_marking_twice(marked):
    tmp, decks = marked
    soffice = require_tool("soffice")
    deck = decks[1]
    options = '{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}'
    env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(tmp))}
    cmd = [soffice, f"-env:UserInstallation={(tmp / 'lo-notes').as_uri()}", "--headless"]
    cmd += ["--convert-to", f"pdf:impress_pdf_Export:{options}", "--outdir", str(tmp / "notes")]
    subprocess.run([*cmd, str(deck)], env=env, check=True, capture_output=True, timeout=240)
    pages = _pages(tmp / "notes" / f"{deck.stem}.pdf")
    assert pages
    for number, page in enumerate(pages, start=1):
        # -- the slide image on the page carries it twice too: at least four in all --
        assert page.count(MARK) >= 4, f"notes page {number}: {page[:80]!r}"
