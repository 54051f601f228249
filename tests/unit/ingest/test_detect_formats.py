"""Detection is written once for every reader: the same article as .md, .html and .docx reads alike."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_document
from tests.conftest import require_tool

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SAMPLES = [
    CORPUS / "detect" / "md-frontmatter-bullets.md",
    CORPUS / "detect" / "thinktank-hierarchy.md",
    CORPUS / "detect" / "report-recs-subheadings.md",
    CORPUS / "detect-heldout" / "report-hash-numbered-recs.md",
]


def _shape(article) -> tuple:
    return (
        article.title,
        [s.heading for s in article.sections if s.heading],
        [r.headline for r in article.recommendations],
        bool(article.author_bio),
    )


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("source", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_same_structure_whatever_the_format(source, fmt, tmp_path):
    pandoc = require_tool("pandoc")
    converted = tmp_path / f"{source.stem}.{fmt}"
    subprocess.run([pandoc, "-s", str(source), "-o", str(converted)], check=True, timeout=60)
    assert _shape(analyze(read_document(converted))) == _shape(analyze(read_document(source)))
