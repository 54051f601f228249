"""Detection on a varied hand-written corpus: every file's sidecar expectations hold exactly."""

from __future__ import annotations

import pytest

from benchmarks import detection_quality as quality
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_document

FILES = [path for folder in quality.HANDWRITTEN for path in quality.corpus_files(folder)]


def test_corpus_is_varied_enough():
    kinds = {p.suffix for p in FILES}
    negatives = [p for p in FILES if not quality.expected_for(p)["recommendations"]]
    assert len(FILES) >= 45 and kinds == {".txt", ".md"}
    assert len(negatives) >= 8


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_detection_matches_expectations(path):
    expected = quality.expected_for(path)
    article = analyze(read_document(path))
    norm = quality.norm
    # -- these files list the top-level outline; nesting is measured on tests/corpus/real
    assert [norm(s.heading) for s in article.sections if s.heading and s.level == 1] == [
        norm(h) for h in expected["headings"]
    ]
    # -- as the benchmark reads them: an advice heading is the headline, not repeated in the text
    found = [norm(f"{r.marker} {r.headline} {r.text}")[:200] for r in article.recommendations]
    wanted = [norm(w) for w in expected["recommendations"]]
    assert len(found) == len(wanted), [f[:50] for f in found]
    for text, words in zip(found, wanted, strict=True):
        assert words in text
    assert [r.ordinal for r in article.recommendations] == list(range(1, len(wanted) + 1))
    if "rec_paragraphs" in expected:
        assert [len(r.paragraphs) for r in article.recommendations] == expected["rec_paragraphs"]
    if "title" in expected:
        assert norm(article.title) == norm(expected["title"])
    assert norm(article.author) == norm(expected["author"])
    assert (article.date or None) == expected["date"]
    assert bool(article.author_bio) == expected["author_bio"]
