"""Every real document in the corpus exports: detection's output holds together end to end.

Detection is measured for quality by benchmarks/detection_quality.py; these tests
ask only that what it builds from documents nobody here wrote can be exported
(a recommendation headed by a heading once had one "¶" number fewer than it had
paragraphs, and the memo crashed on four real posts).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.output_hashes import BLIND
from briefing_app.export.deck.writer import build_deck
from briefing_app.export.memo.writer import render_memo
from briefing_app.project import open_path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# -- documents we may not redistribute are present only after tests/corpus/fetch_real.py;
# a blind set (output_hashes.BLIND) is never read before its measurement --
DOCUMENTS = {".md", ".txt", ".html", ".docx", ".pdf"}
FILES = sorted(
    p
    for d in [*CORPUS.glob("real*"), CORPUS / "generated"]
    if d.is_dir() and d.name not in BLIND
    for p in d.iterdir()
    if p.suffix in DOCUMENTS
)


def test_the_corpus_is_there():
    assert len(FILES) >= 15


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_item_cites_one_number_per_paragraph(path):
    article = open_path(path).article
    for item in (*article.sections, *article.recommendations):
        assert len(item.paragraphs) == len(item.spans) == len(item.paragraph_numbers), item.id
        assert all(n >= 1 for n in item.paragraph_numbers), item.id


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_deck_and_memo_are_written(path):
    briefing = open_path(path)
    deck, _ = build_deck(briefing)
    memo = render_memo(briefing)
    assert deck[:2] == b"PK"
    assert memo.pdf[:5] == b"%PDF-"
