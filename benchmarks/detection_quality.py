"""Precision and recall of structure detection over the hand-written corpus in tests/corpus/detect.

Run:  PYTHONPATH=. python benchmarks/detection_quality.py [--verbose] [CORPUS_DIR ...]

Without CORPUS_DIR it scores each of tests/corpus/detect (written first, the
detector was developed against it), detect-heldout and detect-heldout2 (each
written later and scored before any further tuning), then all of them together.

Each article file has a sidecar ``<name>.expected.json`` with the title, author,
date, section headings, the first words of each recommendation and whether a
closing author bio is present. Headings and recommendations are scored as
sets (precision = correct found / found, recall = correct found / expected);
metadata as the share of files where the field is exactly right.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_document

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "detect"
FOLDERS = [CORPUS, CORPUS.with_name("detect-heldout"), CORPUS.with_name("detect-heldout2")]
METADATA = ("title", "author", "date", "author_bio")


def norm(text: str | None) -> str:
    """Lower case, single spaces, "and" between names treated like a comma, no end punctuation."""
    text = " ".join((text or "").lower().replace("’", "'").split())
    return re.sub(r"\s+and\s+", ", ", text).strip(" .,:;")


def corpus_files(folder: Path = CORPUS) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))


def expected_for(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))


def match_recommendations(expected: list[str], found: list[str]) -> int:
    """How many found recommendations start with (or open with) an expected one's first words."""
    remaining = [norm(e) for e in expected]
    hits = 0
    for text in found:
        head = norm(text)[:200]
        for n, words in enumerate(remaining):
            if words in head:
                hits += 1
                del remaining[n]
                break
    return hits


def score(path: Path) -> dict:
    """Counts for one file: heading and recommendation hits, and which metadata fields are right."""
    exp = expected_for(path)
    article = analyze(read_document(path))
    found_h = [norm(s.heading) for s in article.sections if s.heading]
    exp_h = [norm(h) for h in exp["headings"]]
    pool = list(exp_h)
    h_hits = 0
    for h in found_h:
        if h in pool:
            pool.remove(h)
            h_hits += 1
    found_r = [r.text for r in article.recommendations]
    actual = {
        "title": norm(article.title),
        "author": norm(article.author),
        "date": article.date or "",
        "author_bio": bool(article.author_bio),
    }
    wanted = {
        "title": norm(exp.get("title")),
        "author": norm(exp.get("author")),
        "date": exp.get("date") or "",
        "author_bio": bool(exp.get("author_bio")),
    }
    meta = {k: actual[k] == wanted[k] for k in METADATA if k in exp}
    return {
        "headings": (h_hits, len(found_h), len(exp_h)),
        "recommendations": (
            match_recommendations(exp["recommendations"], found_r),
            len(found_r),
            len(exp["recommendations"]),
        ),
        "meta": meta,
        "actual": actual,
        "found_headings": found_h,
        "found_recs": [t[:60] for t in found_r],
    }


def _pr(hits: int, found: int, expected: int) -> str:
    p = hits / found if found else 1.0
    r = hits / expected if expected else 1.0
    return f"precision {p:.3f} ({hits}/{found})  recall {r:.3f} ({hits}/{expected})"


def report(files: list[Path], *, verbose: bool) -> None:
    """Print the problems of each imperfect file, then precision/recall and metadata accuracy."""
    totals = {"headings": [0, 0, 0], "recommendations": [0, 0, 0]}
    meta_ok = dict.fromkeys(METADATA, 0)
    meta_n = dict.fromkeys(METADATA, 0)
    started = time.perf_counter()
    for path in files:
        result = score(path)
        for key in totals:
            for i, v in enumerate(result[key]):
                totals[key][i] += v
        for k, ok in result["meta"].items():
            meta_n[k] += 1
            meta_ok[k] += ok
        wrong = [k for k, ok in result["meta"].items() if not ok]
        perfect = not wrong and all(result[k][0] == result[k][1] == result[k][2] for k in totals)
        if verbose or not perfect:
            print(f"{'ok ' if perfect else 'BAD'} {path.name}")
            if not perfect:
                print(f"     headings {result['headings']} {result['found_headings']}")
                print(f"     recs {result['recommendations']} {result['found_recs']}")
                for k in wrong:
                    print(f"     {k}: got {result['actual'][k]!r}")
    elapsed = time.perf_counter() - started
    print(f"{len(files)} files, {elapsed:.2f} s")
    for key, (hits, found, expected) in totals.items():
        print(f"  {key:16} {_pr(hits, found, expected)}")
    for k in METADATA:
        print(f"  {k:16} accuracy {meta_ok[k] / meta_n[k]:.3f} ({meta_ok[k]}/{meta_n[k]})")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or FOLDERS
    for folder in folders:
        print(f"\n== {folder.name}")
        report(corpus_files(folder), verbose=verbose)
    if len(folders) > 1:
        print("\n== all together")
        report([p for f in folders for p in corpus_files(f)], verbose=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
