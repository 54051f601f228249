"""Where slides, note lines and notes go on a handout page, as PowerPoint prints handouts.

Pure geometry in points with y measured down from the page's top edge, so it
can be tested without drawing: "1", "2" and "6" slides a page; "3" with ruled
lines for notes beside each slide; "notes", one slide above its speaker notes.
Slides keep their aspect ratio (4:3, 16:9, A4 …) and are centred in their cell.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x, y (down from the top), width, height in points

LAYOUTS = ("1", "2", "3", "6", "notes")
MARGIN = 36.0  # half an inch all round
HEADER = 28.0  # title and marking above the slides
FOOTER = 28.0  # "Page X of Y" below them
GAP = 18.0  # between cells
LINE_PITCH = 22.0  # ruled note lines, about 8 mm apart


@dataclass(frozen=True)
class Cell:
    """One slide's place on a page, with the ruled note lines (y, x from, x to) beside it."""

    slide: Box
    lines: tuple[tuple[float, float, float], ...] = ()


@dataclass(frozen=True)
class PageGeometry:
    """The cells of one handout page and, for notes pages, the box the notes flow into."""

    cells: tuple[Cell, ...]
    notes: Box | None = None


def per_page(layout: str) -> int:
    """How many slides one page of ``layout`` holds."""
    return 1 if layout == "notes" else int(layout)


def content_box(page: tuple[float, float]) -> Box:
    """The page inside its margins, header and footer."""
    width, height = page
    return (MARGIN, MARGIN + HEADER, width - 2 * MARGIN, height - 2 * MARGIN - HEADER - FOOTER)


def page_geometry(layout: str, page: tuple[float, float], aspect: float) -> PageGeometry:
    """The cells of ``layout`` on paper ``page`` (w, h) for slides ``aspect`` = width / height."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown handout layout {layout!r}")
    x, y, w, h = content_box(page)
    if layout == "notes":
        slide = fit((x, y, w, h * 0.45), aspect)
        below = slide[1] + slide[3] + GAP
        return PageGeometry((Cell(slide),), (x, below, w, y + h - below))
    if layout == "3":
        return PageGeometry(_three(x, y, w, h, aspect))
    columns, rows = {"1": (1, 1), "2": (1, 2), "6": (2, 3)}[layout]
    cell_w = (w - GAP * (columns - 1)) / columns
    cell_h = (h - GAP * (rows - 1)) / rows
    cells = [
        Cell(fit((x + c * (cell_w + GAP), y + r * (cell_h + GAP), cell_w, cell_h), aspect))
        for r in range(rows)
        for c in range(columns)
    ]
    return PageGeometry(tuple(cells))


def _three(x: float, y: float, w: float, h: float, aspect: float) -> tuple[Cell, ...]:
    """Slides down the left half, ruled lines for notes in the right half beside each."""
    slide_w = (w - GAP) * 0.5
    row_h = (h - 2 * GAP) / 3
    cells = []
    for r in range(3):
        top = y + r * (row_h + GAP)
        box = fit((x, top, slide_w, row_h), aspect, centre_x=False)
        left, right = x + slide_w + GAP, x + w
        first = box[1] + LINE_PITCH * 0.6
        lines = []
        line_y = first
        while line_y <= box[1] + box[3] + 0.01:
            lines.append((round(line_y, 2), left, right))
            line_y += LINE_PITCH
        cells.append(Cell(box, tuple(lines)))
    return tuple(cells)


def fit(cell: Box, aspect: float, *, centre_x: bool = True) -> Box:
    """The largest box of ``aspect`` inside ``cell``, centred (horizontally only if asked)."""
    x, y, w, h = cell
    if w / h > aspect:
        width, height = h * aspect, h
    else:
        width, height = w, w / aspect
    left = x + (w - width) / 2 if centre_x else x
    return (left, y + (h - height) / 2, width, height)
