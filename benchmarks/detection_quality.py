"""Precision, recall and F1 of structure detection, per field, on hand-read corpora.

Run:  PYTHONPATH=. python benchmarks/detection_quality.py [--verbose] [CORPUS_DIR ...]

Without CORPUS_DIR it scores, each on its own and then together:
- tests/corpus/real and real-heldout: real documents nobody here wrote (see
  tests/corpus/SOURCES.md; fetch the non-redistributable ones first with
  ``python tests/corpus/fetch_real.py``); real-heldout was put aside before tuning;
- tests/corpus/generated: documents with known outlines made by
  tests/corpus/make_generated.py (reportlab PDF, python-docx DOCX, HTML, Markdown);
- tests/corpus/detect, detect-heldout, detect-heldout2: the older hand-written set.

Each document has a sidecar ``<name>.expected.json``. Fields:
- sections: headings as a set (text only), and "sections+levels" where a heading
  counts only with its level (levels ranked per document, so h2/h3 and #/## both
  read 1/2);
- recommendations: an expected one is found when its opening words (its first
  OPENING characters, cut at a word) occur in the first WINDOW characters of a
  found recommendation's marker + headline + text, or of its text alone (a long
  opening sentence is not pushed out of the window by the headline cut from it);
- title, author, date: a found value is correct or wrong, a missing one is a miss;
  precision = correct / found, recall = correct / expected, and "right" counts
  files where the field is exactly right (null when the truth is null included);
  a file name the reader stands in for a title the document does not print
  (``Article.title_source == "file"``) is no title found.
``invented`` counts documents whose truth has no recommendation but where some
were found.
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from briefing_app.core.errors import UserError
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_document

ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus"
FOLDERS = [
    ROOT / name
    for name in ("real", "real-heldout", "generated", "detect", "detect-heldout", "detect-heldout2")
]
HANDWRITTEN = [ROOT / name for name in ("detect", "detect-heldout", "detect-heldout2")]
SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
META = ("title", "author", "date")


def norm(text: str | None) -> str:
    """Lower case, single spaces, "and" between names read as a comma, no end punctuation.

    Canonically equal spellings are one text (NFC): "ड़" written as one code point
    or as "ड" with a nukta is the same letter to every reader.
    """
    text = unicodedata.normalize("NFC", text or "")
    text = " ".join(text.lower().replace("’", "'").replace("‘", "'").split())
    return re.sub(r"\s+and\s+", ", ", text).strip(" .,:;")


def corpus_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in SUFFIXES and p.with_name(p.stem + ".expected.json").exists()
    )


def expected_for(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))


def ranked(levels: list[int]) -> list[int]:
    """Levels replaced by their rank among the document's distinct levels (1 = top)."""
    order = {lvl: n + 1 for n, lvl in enumerate(sorted(set(levels)))}
    return [order[lvl] for lvl in levels]


def _multiset_hits(found: list, expected: list) -> int:
    pool = list(expected)
    hits = 0
    for item in found:
        if item in pool:
            pool.remove(item)
            hits += 1
    return hits


WINDOW = 200  # -- characters of a found recommendation searched --
OPENING = 120  # -- characters of an expected one that must be found there --


def opening_words(text: str) -> str:
    """The first OPENING characters of a normalised recommendation, cut back to a word.

    Collectors write whole sentences, some longer than the window: matched whole, those
    could never be found however right the detector was.
    """
    text = norm(text)
    if len(text) <= OPENING:
        return text
    cut = text[: OPENING + 1].rsplit(" ", 1)[0]
    return cut if cut else text[:OPENING]


def match_recommendations(expected: list[str], found: list[str | tuple[str, str]]) -> int:
    """How many found recommendations open with (contain early) an expected one's words.

    A found one is its marker + headline + text, or that and its text alone.
    """
    remaining = [opening_words(e) for e in expected]
    hits = 0
    for item in found:
        heads = [norm(t)[:WINDOW] for t in ((item,) if isinstance(item, str) else item)]
        for n, words in enumerate(remaining):
            if any(words in head for head in heads):
                hits += 1
                del remaining[n]
                break
    return hits


@dataclass
class Counts:
    """Hits, found and expected for one field (summed over files)."""

    hits: int = 0
    found: int = 0
    expected: int = 0
    right: int = 0
    files: int = 0

    def add(self, hits: int, found: int, expected: int) -> None:
        self.hits += hits
        self.found += found
        self.expected += expected

    def line(self) -> str:
        p = self.hits / self.found if self.found else 1.0
        r = self.hits / self.expected if self.expected else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        text = f"P {p:.3f} R {r:.3f} F1 {f1:.3f} ({self.hits} right of {self.found} found, {self.expected} expected)"
        if self.files:
            text += f"  right on {self.right}/{self.files} files ({self.right / self.files:.0%})"
        return text


@dataclass
class FileScore:
    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    right: dict[str, bool] = field(default_factory=dict)
    detail: list[str] = field(default_factory=list)
    invented: bool = False


def score(path: Path) -> FileScore:
    """Counts for one file."""
    exp = expected_for(path)
    result = FileScore()
    article: Any
    try:
        article = analyze(read_document(path))
    except UserError as refusal:  # -- a real file we refuse scores as nothing found
        article = SimpleNamespace(
            title=None, author=None, date=None, sections=(), recommendations=()
        )
        result.detail.append(f"not read: {refusal}")
    raw = exp.get("headings", [])
    exp_h = [(h["text"], h.get("level", 1)) if isinstance(h, dict) else (h, 1) for h in raw]
    found = [(s.heading, getattr(s, "level", 1)) for s in article.sections if s.heading]
    if raw and not isinstance(raw[0], dict):
        found = [(h, lv) for h, lv in found if lv == 1]  # -- older files list the top level only
    exp_levels, found_levels = ranked([lv for _, lv in exp_h]), ranked([lv for _, lv in found])
    exp_text = [norm(t) for t, _ in exp_h]
    found_text = [norm(t) for t, _ in found]
    h_hits = _multiset_hits(found_text, exp_text)
    result.counts["sections"] = (h_hits, len(found_text), len(exp_text))
    lv_hits = _multiset_hits(
        list(zip(found_text, found_levels, strict=True)),
        list(zip(exp_text, exp_levels, strict=True)),
    )
    result.counts["sections+levels"] = (lv_hits, len(found), len(exp_h))
    found_r = [
        (f"{r.marker} {r.headline} {r.text}".strip(), r.text) for r in article.recommendations
    ]
    exp_r = exp.get("recommendations", [])
    r_hits = match_recommendations(exp_r, found_r)
    result.counts["recommendations"] = (r_hits, len(found_r), len(exp_r))
    result.invented = not exp_r and bool(found_r)
    # -- a file name standing in for a title the document does not print is no title found
    from_file = getattr(article, "title_source", None) == "file"
    title = None if from_file else article.title
    actual = {"title": title, "author": article.author, "date": article.date}
    for key in META:
        if key not in exp:
            continue
        want, got = norm(exp[key]), norm(actual[key])
        if key == "date":
            want, got = (exp[key] or ""), (actual[key] or "")
        ok = want == got
        result.counts[key] = (int(ok and bool(got)), int(bool(got)), int(bool(want)))
        result.right[key] = ok
        if not ok:
            result.detail.append(f"{key}: got {actual[key]!r}, want {exp[key]!r}")
    if h_hits != len(found_text) or h_hits != len(exp_text) or lv_hits != h_hits:
        missing = [t for t in exp_text if t not in found_text]
        extra = [t for t in found_text if t not in exp_text]
        result.detail.append(
            f"sections {h_hits}/{len(found_text)}/{len(exp_text)} levels {lv_hits}"
        )
        if missing:
            result.detail.append(f"  missing {missing[:6]}")
        if extra:
            result.detail.append(f"  extra {[e[:50] for e in extra[:6]]}")
    if r_hits != len(found_r) or r_hits != len(exp_r):
        result.detail.append(f"recommendations {r_hits}/{len(found_r)}/{len(exp_r)}")
        result.detail.append(f"  found {[t[0][:50] for t in found_r[:6]]}")
    return result


FIELDS = ("sections", "sections+levels", "recommendations", *META)


def report(files: list[Path], *, verbose: bool) -> dict[str, Counts]:
    """Print the problems of each imperfect file, then P/R/F1 per field."""
    totals = {k: Counts() for k in FIELDS}
    invented = no_advice = 0
    started = time.perf_counter()
    for path in files:
        result = score(path)
        for key, (h, f, e) in result.counts.items():
            totals[key].add(h, f, e)
        for key, ok in result.right.items():
            totals[key].files += 1
            totals[key].right += ok
        no_advice += not expected_for(path).get("recommendations")
        invented += result.invented
        if verbose or result.detail:
            print(f"{'ok ' if not result.detail else 'BAD'} {path.name}")
            for line in result.detail if verbose or result.detail else ():
                print(f"     {line}")
    print(f"{len(files)} files, {time.perf_counter() - started:.2f} s")
    for key in FIELDS:
        print(f"  {key:16} {totals[key].line()}")
    print(f"  invented         {invented} of {no_advice} documents without advice")
    return totals


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    quiet = "--quiet" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or FOLDERS
    everything: list[Path] = []
    for folder in folders:
        files = corpus_files(folder)
        if not files:
            continue
        print(f"\n== {folder.name}")
        report(files, verbose=verbose and not quiet)
        everything += files
    if len(folders) > 1:
        print("\n== all together")
        report(everything, verbose=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
