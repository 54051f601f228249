"""Analysis stays linear: a book-length document is read in seconds, not minutes."""

from __future__ import annotations

import time

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.text import parse_text
from tests.conftest import SEED


def _timed(text: str) -> tuple[float, object]:
    doc = parse_text(text, name="long.txt")
    started = time.perf_counter()
    article = analyze(doc)
    return time.perf_counter() - started, article


def test_long_document_without_headings_is_analysed_quickly():
    paragraphs = [p for p in SEED.read_text("utf-8").split("\n\n") if len(p) > 200]
    text = "\n\n".join(paragraphs * 40)  # ~300,000 characters in one untitled section
    elapsed, article = _timed(text)
    assert elapsed < 10, f"{elapsed:.1f} s"  # -- was minutes when summaries were quadratic
    assert len(article.sections) == 1
    assert all(len(r.paragraphs) <= 8 for r in article.recommendations)


def test_seed_is_analysed_in_well_under_a_second():
    elapsed, _ = _timed(SEED.read_text("utf-8"))
    assert elapsed < 1.0
