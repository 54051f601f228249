"""Pull quotes set in a margin column beside a PDF's running text: read apart from it.

A white paper sets a sentence of its text again in bold italic, a few words a
line, in the wide margin left of the text ("The need to improve / patient
outcomes / threatens the / …"). Read in height order, each of those lines
lands between two lines of the paragraph beside it: the paragraph breaks into
single lines and every whole-bold fragment reads as a heading. A run of such
lines is a pull quote: when its words repeat the text it is dropped, when it
is a quotation of its own it is kept out of the running text, with the notes.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.ingest.pdflayout import Line

MARGIN_LINE_WORDS = 8  # -- the most words of one line of a margin column
MARGIN_RUN = 3  # -- the fewest lines of a pull quote (fewer: a table's label cell, a side head)
EDGE_LINES = 3  # -- running lines that start at one left edge: the text's edge, not a stray line
REPEAT_SHARE = 0.6  # -- of a quote's word triples the text holds: the quote repeats it
_WORD = re.compile(r"\w+")
_OPENING_QUOTE = tuple("“\"«„‘'")


def pull_quotes(pages: list[list[Line]], body: float) -> tuple[list[list[Line]], list[list[Line]]]:
    """The pages without their margin pull quotes, and those quotes that do not repeat the text.

    A margin run is three or more short lines stacked one under another, each
    set wholly outside the running text's edges (left of the leftmost edge its
    lines start at, or right of where its lines end, by half an em) beside lines
    of that text: a second column of text is no margin. It is
    a pull quote when its word triples are mostly found in the text, or when
    it opens with a quotation mark; any other margin run (a side head, a
    sidebar's lines) stays where it is.
    """
    runs = [_margin_runs(page, body) for page in pages]
    taken = {id(x) for page in runs for run in page for x in run}
    text = _triples(" ".join(x.text for page in pages for x in page if id(x) not in taken))
    kept: list[list[Line]] = []
    quotes: list[list[Line]] = []
    for page, page_runs in zip(pages, runs, strict=True):
        out: set[int] = set()
        for run in page_runs:
            triples = _triples(" ".join(x.text for x in run))
            repeats = bool(triples) and len(triples & text) >= REPEAT_SHARE * len(triples)
            if repeats or run[0].text.lstrip().startswith(_OPENING_QUOTE):
                out.update(id(x) for x in run)
                if not repeats:
                    quotes.append(run)
        kept.append([x for x in page if id(x) not in out])
    return kept, quotes


def _margin_runs(page: list[Line], body: float) -> list[list[Line]]:
    """Runs of short lines stacked in a margin column outside the running text, beside it."""
    running = [x for x in page if running_text(x, body)]
    # -- the running text's left edge: the leftmost one its lines share (a page's left column)
    edges = [x0 for x0, n in Counter(round(x.x0) for x in running).items() if n >= EDGE_LINES]
    if not edges:
        return []
    left, right = min(edges), max(x.x1 for x in running)
    gap = 0.5 * body
    margin = sorted(
        (
            x
            for x in page
            if (x.x1 < left - gap or x.x0 > right + gap)
            and len(x.text.split()) <= MARGIN_LINE_WORDS
            and not x.table
        ),
        key=lambda x: x.top,
    )
    runs: list[list[Line]] = []
    for line in margin:
        last = runs[-1][-1] if runs else None
        same_side = last is not None and (last.x1 < left) == (line.x1 < left)
        if last is not None and same_side and line.top - last.bottom <= line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    return [
        run
        for run in runs
        if len(run) >= MARGIN_RUN
        and any(x.top < run[-1].bottom and run[0].top < x.bottom for x in running)
    ]


def running_text(line: Line, body: float) -> bool:
    """A line of the running text: body type, roman, four words or more."""
    return not line.bold and abs(line.size - body) <= 0.6 and len(line.text.split()) >= 4


def _triples(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}
