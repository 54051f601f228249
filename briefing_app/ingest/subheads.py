"""Subheads a reader found by their styling, set one level below the heading above them.

HTML pages (``<p><strong>…</strong></p>``) and Word files (a bold or
underlined paragraph) mark subheads by type alone; readers give them level 0
and this places them in the outline.
"""

from __future__ import annotations

import re

from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.dates import find_date


def levelled(pieces: list[Piece], tiers: dict[int, int] | None = None) -> list[Piece]:
    """Subheads found by their styling (level 0 so far) one level below the heading they follow.

    Bold or italic lines in a web page, bold or underlined paragraphs in a Word
    file: h2 (or Heading 2) when no heading comes before them. ``tiers`` (by
    the subhead piece's id) sets a subhead that many levels deeper still: a
    Word file's bold lines in 12 pt under its bold lines in 14 pt.

    A subhead parts body text: a bold line before any paragraph (a dateline
    under the title) or with nothing under it stays a paragraph, as does one
    that holds a date.
    """
    out: list[Piece] = []
    tag_level = 1
    above = False  # -- a paragraph came before
    for n, piece in enumerate(pieces):
        if piece.kind == "heading" and piece.level:
            tag_level = piece.level
        elif piece.kind == "heading":
            after = pieces[n + 1] if n + 1 < len(pieces) else None
            if above and after and after.kind != "heading" and not find_date(piece.text):
                depth = (tiers or {}).get(id(piece), 0)
                piece = Piece(piece.text, kind="heading", level=min(tag_level + 1 + depth, 6))
            else:
                piece = Piece(piece.text)
        above = above or piece.kind == "paragraph"
        out.append(piece)
    return out


# -- one markup tag, opening, closing or empty, with its attributes
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")


def is_markup_line(text: str) -> bool:
    """A line that is one XML or HTML tag ("</case4B>", "<w:picture/>"): code, never a subhead.

    Technical documents print listings line by line, some in bold; a tag alone
    on its line is a line of such a listing, whatever its type.
    """
    return bool(_MARKUP_TAG.fullmatch(text.strip()))
