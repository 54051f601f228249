"""A PDF's table of contents: the rows of a page that list entries with dot leaders and page numbers.

A contents page names every heading of the document, so read as text it
becomes the first section (its last entry the memo's bottom line) and its
entries turn up as headings of their own. Its lines are often split by the
layout: the entry's words end in a run of dots, its page number stands apart
at the right edge ("2.1 The Forests of Brazil . . . . ." / "1"), and the
chapter entries are set in bold without any dots ("3. Data" / "5"). A careful
reader sees the block, not each line: rows between and around dot-leader
rows that end in a bare page number belong to it, and so does a row that
wraps a long entry.
"""

from __future__ import annotations

import re

from briefing_app.ingest.pdflayout import Line

LEADER_ROWS = 3  # -- dot-leader rows that make a block of rows a table of contents
ROW_TOLERANCE = 2.0  # -- points: lines whose tops differ by less share a row
# -- a page number: Arabic, or Roman as front matter numbers its pages ("xii")
_PAGE_NUMBER = re.compile(r"\d{1,4}|[ivxlc]{1,7}", re.I)
_TRAILING_NUMBER = re.compile(r"\s*(?:\d{1,4}|[ivxlc]{1,7})$", re.I)
_DOTS = (". .", "...", "……")
# -- the block's own heading, in the languages the corpus reads
_CONTENTS_HEADING = re.compile(
    r"\s*(?:(?:table of )?contents|inhalt(?:sverzeichnis)?|sommaire|table des mati[èe]res"
    r"|[íi]ndice|contenidos?|sum[áa]rio|目次|目录|المحتويات|فهرست(?: مطالب)?)\s*",
    re.I,
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def without_contents(pages: list[list[Line]]) -> list[list[Line]]:
    """Every page with the rows of its table of contents taken out (see the module's note)."""
    return [_without_contents_rows(page) for page in pages]


def leader_ended(text: str) -> bool:
    """The line ends in a dot leader, its page number after it or not ("Preface . . . . xi")."""
    stripped = _TRAILING_NUMBER.sub("", text.rstrip()[-24:])
    leader = stripped[len(stripped.rstrip(" .…")) :]
    return leader.count(".") + 3 * leader.count("…") >= 4


def _without_contents_rows(page: list[Line]) -> list[Line]:
    # -- cheap pre-check: a page without three leader lines holds no contents block
    dotted = (x.text for x in page if any(mark in x.text[-20:] for mark in _DOTS))
    if sum(1 for text in dotted if leader_ended(text)) < LEADER_ROWS:
        return page
    rows = _rows(page)
    dropped: set[int] = set()
    for block in _entry_blocks(rows):
        above = rows.index(block[0]) - 1
        if above >= 0 and _CONTENTS_HEADING.fullmatch(" ".join(x.text for x in rows[above])):
            block = [rows[above], *block]  # -- its own heading: read first, it heads the next one
        dropped.update(id(x) for row in block for x in row)
    return [x for x in page if id(x) not in dropped] if dropped else page


def _rows(page: list[Line]) -> list[list[Line]]:
    """The page's lines grouped by height, top down; each row left to right."""
    rows: list[list[Line]] = []
    for line in sorted(page, key=lambda x: x.top):
        if rows and line.top - rows[-1][0].top < ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda x: x.x0) for row in rows]


def _entry_blocks(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """Runs of entry rows (one other row may wrap an entry) holding three dot-leader rows."""
    blocks: list[list[list[Line]]] = []
    run: list[list[Line]] = []
    pending: list[Line] | None = None  # -- a row that may be a wrapped entry's first line
    for row in rows:
        if _entry(row):
            run += [pending, row] if pending is not None else [row]
            pending = None
        elif run and pending is None:
            pending = row
        else:
            blocks.append(run)
            run, pending = [], None
    blocks.append(run)
    return [b for b in blocks if sum(_leader_row(row) for row in b) >= LEADER_ROWS]


def _leader_row(row: list[Line]) -> bool:
    return any(leader_ended(x.text) for x in row)


def _entry(row: list[Line]) -> bool:
    """A contents entry: a dot leader, or words with a bare page number standing at the right."""
    if _leader_row(row):
        return True
    *words, last = row
    return (
        bool(words)
        and _PAGE_NUMBER.fullmatch(last.text.strip()) is not None
        and any(_LETTERS.search(x.text) for x in words)
    )
