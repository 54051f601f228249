"""A plain-text document's two-column header: labels on the left, who and when on the right.

RFCs, Internet-Drafts and many typed memos open with one block of lines whose left
column carries the series labels ("Network Working Group", "Request for Comments:
3339", "Category: …") and whose right column, flush to one right margin, lists the
authors (each followed by their organisation) and ends with the date.  Only the
layout shows which words are whose: read as ordinary lines the block gives a title
made of a label and an author, and an organisation taken for the author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.ingest.dates import parse_date

_MAX_LINES = 16  # -- a header block is short; a longer opening block is a table or a page
_BLANK = re.compile(r"\n[ \t]*\n")
_GAP = lazy_compile(r"\S {3,}(?=\S)")  # -- the gutter between the two columns
# -- "G. Klyne", "J-P. Martin", "A. B. de la Cruz", "P. Saint-Andre, Ed.": initials, then a surname
_INITIALED = lazy_compile(
    r"(?:[A-Z][a-z]?(?:-[A-Z])?\.\s?){1,3}(?:(?:[a-z]{1,3}\s){0,2})[A-Z][\w'’-]+(?:,\s*Ed\.)?"
)


@dataclass(frozen=True)
class ColumnHeader:
    """What the header's right column says, and the offset where the header block ends."""

    authors: tuple[str, ...]
    date: str | None
    end: int


def column_header(text: str) -> ColumnHeader | None:
    """The two-column header opening ``text``, or None when the first block is not one.

    The block counts when at least two of its lines have text in both columns and
    every right-hand piece ends at (nearly) the same column: a right margin that
    typed layout keeps and prose never does.
    """
    start = len(text) - len(text.lstrip("\n \t"))
    start = text.rfind("\n", 0, start) + 1
    blank = _BLANK.search(text, start)
    stop = blank.start() if blank else len(text)
    lines = text[start:stop].split("\n")
    if not 3 <= len(lines) <= _MAX_LINES:
        return None
    right: list[tuple[str, int]] = []
    both = 0
    for line in lines:
        line = line.rstrip()
        gaps = list(_GAP.finditer(line))
        gap = gaps[-1] if gaps else None  # -- the last gutter: the right column follows it
        if gap is not None:
            both += 1
            right.append((line[gap.end() :], len(line)))
        elif len(line) - len(line.lstrip()) >= 20:
            right.append((line.strip(), len(line)))  # -- a right-column line with an empty left
    margin = max((end for _, end in right), default=0)
    if both < 2 or margin < 50 or any(margin - end > 2 for _, end in right):
        return None
    pieces = [piece for piece, _ in right]
    authors = tuple(_without_editor(p) for p in pieces if _INITIALED.fullmatch(p))
    dates = [iso for p in pieces if (iso := parse_date(p))]
    if not authors and not dates:
        return None
    return ColumnHeader(authors=authors, date=dates[-1] if dates else None, end=stop)


def _without_editor(name: str) -> str:
    """ "P. Saint-Andre, Ed." names P. Saint-Andre: the role is no part of the name."""
    return re.sub(r",\s*Ed\.$", "", name)
