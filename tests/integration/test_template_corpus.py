"""Slow: the seed exported on every real template of the corpus, judged by the shared deck checker.

Templates come from ``../shared/corpus/templates`` (real organisations'
templates, not in this repository) and ``tests/corpus/templates`` (the ones
collected for issue 13, with SOURCES.md). Each deck is rendered by LibreOffice
and checked by ``../shared/tools/deck_check.py``, run as a tool: no word
clipped or outside its box, none over a master picture, no title cut with an
ellipsis, no continuation slide of a line or two, at most two title sizes.
The shared folder is skipped with a message when absent, and required when
CI=true and it is present.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[2]
SHARED = next(
    (p for p in (ROOT.parent / "shared", Path("/work/shared")) if (p / "tools").is_dir()), None
)
SEED = ROOT / "seeds" / "armenia-azerbaijan-peace.txt"
OURS = ROOT / "tests" / "corpus" / "templates"


def _templates(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".pptx", ".potx"))


SHARED_TEMPLATES = _templates(SHARED / "corpus" / "templates" if SHARED else None)
CASES = [*SHARED_TEMPLATES, *_templates(OURS)]


@pytest.mark.slow
def test_the_shared_corpus_is_present_or_the_skip_says_why():
    if not SHARED_TEMPLATES:
        pytest.skip(
            "../shared/corpus/templates is absent: only this repository's templates are checked"
        )
    assert len(SHARED_TEMPLATES) >= 1


@pytest.mark.slow
@pytest.mark.parametrize("template", CASES, ids=[p.name for p in CASES])
def test_seed_deck_on_a_real_template_passes_the_deck_check(template, tmp_path):
    require_tool("soffice")
    require_tool("pdftotext")
    checker = SHARED / "tools" / "deck_check.py" if SHARED else None
    if checker is None or not checker.is_file():
        if os.environ.get("CI") and SHARED_TEMPLATES:
            pytest.fail("deck_check.py is missing from ../shared/tools")
        pytest.skip("../shared/tools/deck_check.py is absent")
    deck = tmp_path / f"{template.stem}.pptx"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    export = subprocess.run(
        [sys.executable, "-m", "briefing_app", "export", str(SEED), "--deck", str(deck),
         "--deck-template", str(template)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert export.returncode == 0, export.stderr
    assert "Traceback" not in export.stderr
    check = subprocess.run(
        [sys.executable, str(checker), str(deck)], capture_output=True, text=True, timeout=600
    )
    assert check.returncode == 0, check.stdout
