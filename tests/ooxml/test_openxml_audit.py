"""A second opinion: openxml-audit (a Python port of the Open XML SDK's checks) on our decks.

Slow (it reads every part through its own schema tables). It must flag what our
validator flags in the two bugs it also knows about, an empty text body and a
missing view-properties part, so a silent pass here means something.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.export.deck.writer import build_deck
from briefing_app.export.templates import list_templates
from tests.ooxml.articles import ARTICLES, briefing_for
from tests.ooxml.breakage import rewrite, sub
from tests.ooxml.odd_templates import LIBREOFFICE, REAL_SECTIONS, sections_and_shows_template

audit = pytest.importorskip("openxml_audit")
pytestmark = pytest.mark.slow


def _errors(path: Path) -> list[str]:
    result = audit.validate_pptx(str(path))
    return [str(error) for error in result.errors]


def test_openxml_audit_finds_no_error_in_our_decks(tmp_path):
    templates: list[str | Path] = [t.name for t in list_templates("deck")]
    templates += [LIBREOFFICE, REAL_SECTIONS, sections_and_shows_template(tmp_path, "government")]
    checked = 0
    for article in ARTICLES:
        briefing = briefing_for(article)
        for template in templates:
            data, _ = build_deck(briefing, template=template)
            out = tmp_path / f"{article}-{Path(str(template)).stem}.pptx"
            out.write_bytes(data)
            assert not _errors(out), (out.name, _errors(out)[:5])
            checked += 1
    assert checked == len(ARTICLES) * len(templates)


def test_openxml_audit_flags_the_bugs_we_fixed(tmp_path):
    data, _ = build_deck(briefing_for("three-line"), template="minimal")
    empty = tmp_path / "empty-subtitle.pptx"
    empty.write_bytes(
        rewrite(
            data,
            {
                "ppt/slides/slide1.xml": sub(
                    r"(<p:txBody>.*?<a:lstStyle/>).*?(</p:txBody>)", r"\1\2"
                )
            },
        )
    )
    assert any("paragraph" in e or "'p'" in e for e in _errors(empty))
    assert any("viewProps" in e for e in _errors(LIBREOFFICE))
