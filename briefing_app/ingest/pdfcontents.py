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

from briefing_app.ingest.assemble import Piece
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


def contents_outline(pages: list[list[Line]]) -> list[tuple[str, int]]:
    """The entries of the document's table of contents with their depth by indentation (1 = flush).

    A contents page sets each level of the outline further in ("Background",
    then "Blockchain for OER" a step to the right); the depth it gives a heading
    is the author's, where the body's type sizes may disagree with it (a
    designer's 13 pt recommendations under a 14 pt chapter set beside 15 pt
    sections). Empty when no page holds a contents block or it has one indentation only.
    """
    entries: list[tuple[str, float]] = []
    for page in pages:
        rows = _rows(page) if _may_hold_contents(page) else []
        for block in _entry_blocks(rows, headed=_headed_rows(rows)):
            entries += _entries(block)
    steps: list[float] = []  # -- the indentations, left to right
    for x0 in sorted(x0 for _, x0 in entries):
        if not steps or x0 - steps[-1] > INDENT_TOLERANCE:
            steps.append(x0)
    if len(steps) < 2:
        return []
    return [
        (text, 1 + max(k for k, step in enumerate(steps) if x0 >= step - INDENT_TOLERANCE))
        for text, x0 in entries
    ]


INDENT_TOLERANCE = 3.0  # -- points: entries set further in by less share an indentation


def _entries(block: list[list[Line]]) -> list[tuple[str, float]]:
    """(entry text, indentation) of a block's rows, a wrapped entry's lines joined."""
    entries: list[tuple[str, float]] = []
    pending: list[Line] = []  # -- a wrapped entry's lines above its page number
    for row in block:
        if _CONTENTS_HEADING.fullmatch(" ".join(x.text for x in row)):
            continue
        numbered = _entry(row) and not _leader_row(row)
        words = row[:-1] if numbered else row
        text = " ".join([*(x.text for x in pending), *(x.text for x in words)])
        if not (_leader_row(row) or numbered):
            pending += words
            continue
        text = " ".join(text.split())
        if not numbered:  # -- "Methods . . . . 14": the leader and its number go
            text = _TRAILING_NUMBER.sub("", text).rstrip(" .…")
        x0 = (pending or words)[0].x0
        pending = []
        if _LETTERS.search(text):
            entries.append((text, x0))
    return entries


def leader_ended(text: str) -> bool:
    """The line ends in a dot leader, its page number after it or not ("Preface . . . . xi")."""
    stripped = _TRAILING_NUMBER.sub("", text.rstrip()[-24:])
    leader = stripped[len(stripped.rstrip(" .…")) :]
    return leader.count(".") + 3 * leader.count("…") >= 4


def _may_hold_contents(page: list[Line]) -> bool:
    """Cheap pre-check: three leader lines, or a line that is a contents page's heading."""
    dotted = (x.text for x in page if any(mark in x.text[-20:] for mark in _DOTS))
    if sum(1 for text in dotted if leader_ended(text)) >= LEADER_ROWS:
        return True
    return any(_CONTENTS_HEADING.fullmatch(x.text) for x in page)


def _headed_rows(rows: list[list[Line]]) -> set[int]:
    """Indices of the rows just under a "Table of contents" heading: where its entries start.

    A designer's contents page may set its entries with no dot leaders, the
    page number alone at the right ("Background" … "6"): under the page's own
    heading, three such rows are its entries as surely as dotted ones.
    """
    return {
        n + 1
        for n, row in enumerate(rows[:-1])
        if _CONTENTS_HEADING.fullmatch(" ".join(x.text for x in row))
    }


def _without_contents_rows(page: list[Line]) -> list[Line]:
    if not _may_hold_contents(page):
        return page
    rows = _rows(page)
    dropped: set[int] = set()
    for block in _entry_blocks(rows, headed=_headed_rows(rows)):
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


def _entry_blocks(
    rows: list[list[Line]], *, headed: frozenset[int] | set[int] = frozenset()
) -> list[list[list[Line]]]:
    """Runs of entry rows (one other row may wrap an entry) holding three dot-leader rows,
    or three entry rows when the run starts under a contents heading (``headed``: row indices)."""
    blocks: list[tuple[bool, list[list[Line]]]] = []
    run: list[list[Line]] = []
    under = False  # -- the run starts right under the page's contents heading
    pending: list[Line] | None = None  # -- a row that may be a wrapped entry's first line
    for n, row in enumerate(rows):
        if _entry(row):
            under = under or (not run and n in headed)
            run += [pending, row] if pending is not None else [row]
            pending = None
        elif run and pending is None:
            pending = row
        else:
            blocks.append((under, run))
            run, pending, under = [], None, False
    blocks.append((under, run))
    return [
        b
        for under, b in blocks
        if sum(_leader_row(row) for row in b) >= LEADER_ROWS or (under and len(b) >= LEADER_ROWS)
    ]


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


CONTENTS_MATCHES = 3  # -- headings the contents must name before its depths are taken


def with_contents_levels(pieces: list[Piece], outline: list[tuple[str, int]]) -> list[Piece]:
    """The headings at the depth the contents gives them; the others moved along with them.

    A heading the contents names takes its depth; one it leaves out (a sidebar's
    title, a sub-subsection) keeps its distance, by type size, from the named
    heading above it. Unchanged when fewer than three headings are named.
    """
    depth = {_key(text): level for text, level in outline}
    named = [n for n, p in enumerate(pieces) if p.kind == "heading" and _key(p.text) in depth]
    if len(named) < CONTENTS_MATCHES:
        return pieces
    out = list(pieces)
    was = now = 0  # -- the last named heading's level by type size, and by the contents
    for n, piece in enumerate(pieces):
        if piece.kind != "heading":
            continue
        if n in named:
            was, now = piece.level, depth[_key(piece.text)]
            level = now
        elif not now:
            continue
        else:
            level = max(1, min(6, now + piece.level - was))
        out[n] = Piece(piece.text, kind="heading", level=level, ordered=piece.ordered)
    return out


def _key(text: str) -> str:
    """A heading's words as the contents and the body both spell them (case, spaces, dashes aside)."""
    return "".join(w for w in re.split(r"\W+", text.casefold()) if w)
