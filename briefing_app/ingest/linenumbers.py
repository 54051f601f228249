"""Line numbers printed in a page's margin: review drafts, bills, pleadings.

A journal's submission template (lineno), a bill as printed by a legislature and a
court filing number every line in the margin. A PDF reader sees those numbers as
words on the same baseline as the text, so "11 Recommendation" becomes a heading
and a paragraph reads "2 T a new metro station…". What marks them on any page: a
column of bare integers with one right edge, one face and size, counting up line
by line, standing clear of every other word on the page (left of the text's left
edge or right of its right edge). A numbered column inside a table fails the last
test: table cells sit within the text block.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

MIN_COLUMN = 5  # -- fewer numbers than this could be a short ranked list --
COUNTING_SHARE = 0.8  # -- share of steps from one number to the next that add exactly one --


def without_line_numbers(words: list[dict]) -> list[dict]:
    """The page's words without margin line numbers (pdfplumber word dicts with size and fontname)."""
    columns: dict[tuple, list[dict]] = defaultdict(list)
    for word in words:
        if word["text"].isdigit() and word["text"].isascii():
            key = (word.get("fontname"), round(word.get("size", 0)), round(word["x1"]))
            columns[key].append(word)
    runs = [run for column in columns.values() for run in _counting_runs(column)]
    if not runs:
        return words
    candidates = {id(w) for run in runs for w in run}
    text = [w for w in words if id(w) not in candidates]
    if not text:
        return words
    left, right = min(w["x0"] for w in text), max(w["x1"] for w in text)
    numbers = {id(w) for run in runs if _in_margin(run, left, right) for w in run}
    return [w for w in words if id(w) not in numbers] if numbers else words


def _counting_runs(column: list[dict]) -> list[list[dict]]:
    """Runs of the column that count up line by line (a page may restart its count)."""
    runs: list[list[dict]] = []
    for word in sorted(column, key=lambda w: w["top"]):
        if runs and int(word["text"]) > int(runs[-1][-1]["text"]):
            runs[-1].append(word)
        else:
            runs.append([word])
    return [run for run in runs if len(run) >= MIN_COLUMN and _counts(run)]


def _counts(run: list[dict]) -> bool:
    values = [int(w["text"]) for w in run]
    ones = sum(1 for a, b in pairwise(values) if b == a + 1)
    return ones >= COUNTING_SHARE * (len(values) - 1)


def _in_margin(run: list[dict], left: float, right: float) -> bool:
    gap = max(w.get("size", 0) for w in run) * 0.5
    return max(w["x1"] for w in run) <= left - gap or min(w["x0"] for w in run) >= right + gap
