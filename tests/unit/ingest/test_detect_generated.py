"""The generated corpus (tests/corpus/make_generated.py): one report in five formats, outline known.

Every heading must come out at its level, in order, with its parent; the three
recommendations, title, author and date exactly.
"""

from __future__ import annotations

import pytest

from benchmarks import detection_quality as quality
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_document

FILES = quality.corpus_files(quality.ROOT / "generated")


def test_every_format_is_there():
    assert {p.suffix for p in FILES} == {".txt", ".md", ".html", ".docx", ".pdf"}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_outline_levels_and_recommendations_are_exact(path):
    expected = quality.expected_for(path)
    article = analyze(read_document(path))
    headed = [s for s in article.sections if s.heading]
    levels = quality.ranked([s.level for s in headed])
    assert [(quality.norm(s.heading), lv) for s, lv in zip(headed, levels, strict=True)] == [
        (quality.norm(h["text"]), h["level"]) for h in expected["headings"]
    ]
    # -- each subsection's parent is the nearest earlier section one level up
    by_id = {s.id: s for s in article.sections}
    for s in headed:
        if s.parent_id is not None:
            assert by_id[s.parent_id].level == s.level - 1
    found = [quality.norm(f"{r.headline} {r.text}")[:200] for r in article.recommendations]
    wanted = [quality.norm(w) for w in expected["recommendations"]]
    assert len(found) == len(wanted) and all(w in f for w, f in zip(wanted, found, strict=True))
    assert (article.title, article.author, article.date) == (
        expected["title"],
        expected["author"],
        expected["date"],
    )
