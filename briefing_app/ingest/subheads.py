"""Subheads a reader found by their styling, set one level below the heading above them.

HTML pages (``<p><strong>…</strong></p>``) and Word files (a bold or
underlined paragraph) mark subheads by type alone; readers give them level 0
and this places them in the outline.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.dates import find_date
from briefing_app.ingest.divisions import appendix_line
from briefing_app.ingest.numbering import heading_count


def levelled(
    pieces: list[Piece], sizes: dict[int, float] | None = None, step: float = 1.0
) -> list[Piece]:
    """Subheads found by their styling (level 0 so far) one level below the heading they follow.

    Bold or italic lines in a web page, bold or underlined paragraphs in a Word
    file: h2 (or Heading 2) when no heading comes before them. ``sizes`` (type
    sizes by the subhead piece's id) ranks the subheads by size among
    themselves (:func:`size_tiers`, sizes ``step`` apart): a Word file's bold
    lines in 12 pt sit under its bold lines in 14 pt.

    A subhead parts body text: a bold line before any paragraph (a dateline
    under the title) or with nothing under it stays a paragraph, as does one
    that holds a date; one naming an appendix heads it even with no text
    under it (the appendix holds formulas or figures only). A subhead that
    goes on counting the ones before it ("Step 3: …" after "Step 2: …") heads
    its step even when the step's first part is headed at once ("Base Case"
    right under it).
    """
    sizes = sizes or {}
    kept = _subheads(pieces)
    tier_of = size_tiers(
        [sizes[id(pieces[n])] for n in sorted(kept) if id(pieces[n]) in sizes], step
    )
    inside = _inside_counted_series(pieces, kept) | _repeated_parts(pieces, kept)
    out: list[Piece] = []
    tag_level = 1
    for n, piece in enumerate(pieces):
        if piece.kind == "heading" and piece.level:
            tag_level = piece.level
        elif n in kept:
            depth = tier_of.get(sizes.get(id(piece), 0.0), 0) + (n in inside)
            piece = Piece(piece.text, kind="heading", level=min(tag_level + 1 + depth, 6))
        elif piece.kind == "heading":
            piece = Piece(piece.text)
        out.append(piece)
    return out


COUNTED_SERIES = 3  # -- counted subheads that make a series the others nest under


def _inside_counted_series(pieces: list[Piece], kept: set[int]) -> set[int]:
    """The uncounted subheads between the first and last of a series counted 1, 2, 3 …: its parts.

    A student's analysis heads its steps "Step 1: The Problem" … "7: Stop,
    focus, …" in bold and the parts of a step ("Base Case", "HB 0219") in the
    same bold: the count says which are the steps. Three or more subheads
    counting up by one, with no heading of a style between them, are the
    series.
    """
    counted = [(n, c[1]) for n in sorted(kept) if (c := heading_count(pieces[n].text))]
    numbers = [number for _, number in counted]
    if len(counted) < COUNTED_SERIES or numbers != list(
        range(numbers[0], numbers[0] + len(numbers))
    ):
        return set()
    first, last = counted[0][0], counted[-1][0]
    if any(p.kind == "heading" and p.level for p in pieces[first:last]):
        return set()
    steps = {n for n, _ in counted}
    return {n for n in kept if first < n < last and n not in steps}


REPEATED_PARTS = 2  # -- a subhead standing this often, each time under another: their part


def _repeated_parts(pieces: list[Piece], kept: set[int]) -> set[int]:
    """Subheads repeated under each of several differently named ones: a part of each.

    A memo sets "Land Use Map:", "Results:", "Parcel Map:", "Results:" all in
    one bold type; no heading names two parts, so the one the text repeats,
    each time right under a subhead named once, is a part of that subhead, a
    level under it. Repeated before any such subhead, or after another
    repeated one ("Research design", "Results", "Conclusion" in each study of a
    paper: the studies' own sections), it is no part of one.
    """
    names = {n: pieces[n].text.strip().rstrip(":").casefold() for n in kept}
    uses = Counter(names.values())
    found: set[int] = set()
    parent: int | None = None  # -- the last subhead since the last styled heading
    for n, piece in enumerate(pieces):
        if piece.kind == "heading" and piece.level:
            parent = None
        elif n in kept:
            if uses[names[n]] < REPEATED_PARTS:
                parent = n
            elif parent is not None:
                found.add(n)
                parent = None  # -- one part right under each: a run of them is the outline's
    # -- every use under a subhead of its own name, or none is a part (a form's fields)
    repeated = {n for n in kept if uses[names[n]] >= REPEATED_PARTS}
    return found if found == repeated else set()


def _subheads(pieces: list[Piece]) -> set[int]:
    """Indices of the level-0 headings that stay subheads: text above, text (not a heading) under."""
    kept: set[int] = set()
    above = False  # -- a paragraph came before
    counted: tuple[str, int] | None = None  # -- the count of the last counted subhead kept
    for n, piece in enumerate(pieces):
        if piece.kind == "heading" and not piece.level:
            after = pieces[n + 1] if n + 1 < len(pieces) else None
            count = heading_count(piece.text)
            # -- "Step 3: …" over "Base Case" after "Step 2: …": a step whose first part is headed
            goes_on = counted is not None and count == (counted[0], counted[1] + 1)
            # -- an appendix may hold only formulas or figures, which the text leaves out
            headed = (after and (after.kind != "heading" or goes_on)) or appendix_line(piece.text)
            if above and headed and not find_date(piece.text):
                kept.add(n)
                counted = count or counted
            else:
                above = True  # -- made a paragraph, it is text above what follows
                continue
        above = above or piece.kind == "paragraph"
    return kept


# -- one markup tag, opening, closing or empty, with its attributes
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")


def is_markup_line(text: str) -> bool:
    """A line that is one XML or HTML tag ("</case4B>", "<w:picture/>"): code, never a subhead.

    Technical documents print listings line by line, some in bold; a tag alone
    on its line is a line of such a listing, whatever its type.
    """
    return bool(_MARKUP_TAG.fullmatch(text.strip()))


def size_tiers(order: list[float], step: float) -> dict[float, int]:
    """For each size of a document's subheads (``order``: in reading order) its tier, 0 the largest.

    A brief sets its sections in bold a point or two larger than the parts
    inside them, often its body size: only the size tells the levels apart.
    Sizes closer than ``step`` are one type (measured twice), and a type needs
    two subheads to be a level: one bold line a point apart (an author's name
    under the title) shares the tier of the type nearest to it. The outline
    opens at its top level: when the first subhead is in a smaller type than
    later ones (a memo's sections, then an appendix set a point larger) the
    sizes rank nothing.
    """
    uses = Counter(order)
    types: list[list[float]] = []  # -- sizes of one type, largest type first
    for size in sorted(uses, reverse=True):
        if types and types[-1][0] - size < step:
            types[-1].append(size)
        else:
            types.append([size])
    levels = [t for t in types if sum(uses[s] for s in t) >= 2] or types
    if order and order[0] < levels[0][-1]:
        return dict.fromkeys(uses, 0)
    tiers: dict[float, int] = {}
    for sizes in types:
        nearest = min(levels, key=lambda t: abs(t[0] - sizes[0]))
        tiers.update(dict.fromkeys(sizes, levels.index(nearest)))
    return tiers
