"""Huge words and headings in the memo (issue 19): laid out in time linear in their length."""

from __future__ import annotations

import math
import time

from briefing_app.core.briefing import Briefing
from briefing_app.export.memo.text import fit_lines
from briefing_app.export.memo.writer import render_memo
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes


def test_fit_lines_cuts_one_enormous_word_with_few_layouts():
    calls = []

    def count(text: str) -> int:
        calls.append(len(text))
        return math.ceil(len(text) / 80)

    fitted = fit_lines("x" * 1_000_000, count, 4)
    assert fitted.endswith("…") and count(fitted) <= 4
    assert len(calls) < 60 and max(calls) <= 4 * 400 + 1


def test_a_200_000_character_heading_renders_in_seconds():
    text = "# Title\n\nLead paragraph.\n\n## " + "x" * 200_000 + "\n\nText here.\n"
    briefing = Briefing.from_article(analyze(read_bytes(text.encode(), name="a.md", suffix=".md")))
    start = time.process_time()
    memo = render_memo(briefing)
    # -- about 1 s now; 17 s when the heading was one paragraph re-broken on every page --
    assert time.process_time() - start < 8
    assert memo.pdf.startswith(b"%PDF-")
