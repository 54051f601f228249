"""Drawn figures in a PDF page: the areas whose text is a diagram's labels, not the document's.

A UML or flow diagram, an organisation chart or a bar chart is drawn as a
frame holding boxes, and its labels ("«type» HydroPointEvent", "Code List",
"cd Hydro Events") are set in bold or large type like headings. What marks
them is the drawing, not the words: a box that holds three or more smaller
boxes, on less than most of the page, whose text is fragments rather than
running sentences. A call-out box (one frame, text inside) holds no boxes; a
slide's or page's background frame covers most of the page; a form's frame
around rows of sentences reads as sentences: none of them is a drawing.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing_app.ingest.pdflayout import Line

Box = tuple[float, ...]  # -- x0, top, x1, bottom

MIN_BOX = 8.0  # -- points: smaller shapes are bullets, ticks and rules, not a drawing's boxes
LABEL_BOX = 20.0  # -- points: a box that holds a label (a form's tick box is smaller)
NESTED = 2  # -- separate boxes inside a frame that make it a drawing
CLUSTER = 3  # -- separate label boxes on a page that make a frameless drawing
BOXES = 150  # -- the largest boxes looked at (keeps a page of 10,000 shapes linear)
CONTAINERS = 40  # -- the largest boxes tried as frames
SHADOW = 3  # -- points: a box this close to another on every side is its shadow
PAGE_SHARE = 0.6  # -- a frame over more of the page than this is the page's or slide's own
PROSE_WORDS = 8  # -- a line of this many words is running text
PROSE_SHARE = 0.4  # -- a frame whose text is this much running text is a text box or form


def drawing_areas(shapes: Iterable[dict], width: float, height: float) -> list[Box]:
    """Frames that hold NESTED or more separate smaller boxes, and the span of a frameless
    cluster of label boxes (from pdfplumber rects and curves)."""
    # -- a box filled and then stroked arrives twice: one box; the largest BOXES only
    found = {
        tuple(round(s[k]) for k in ("x0", "top", "x1", "bottom")): None
        for s in shapes
        if s["x1"] - s["x0"] >= MIN_BOX and s["bottom"] - s["top"] >= MIN_BOX
    }
    boxes = sorted(found, key=_area, reverse=True)[:BOXES]
    loose = _separate(boxes)
    areas: list[Box] = []
    for frame in boxes[:CONTAINERS]:
        if _area(frame) > PAGE_SHARE * width * height:
            continue
        inside = [b for b in loose if _area(b) < 0.9 * _area(frame) and _within(b, frame)]
        # -- boxes side by side and one above another: a table's stripes share one left edge
        lefts, tops = {b[0] for b in inside}, {b[1] for b in inside}
        if len(inside) >= NESTED and len(lefts) >= 2 and len(tops) >= 2:
            areas.append(frame)
    free = [b for b in loose if not any(_within(b, a) for a in areas)]
    return areas + _box_clusters(free, width)


def _separate(boxes: list[Box]) -> list[Box]:
    """Boxes that stand apart: a diagram's boxes have room between them, a table's cells abut.

    A box and its drop shadow (the same box a few points off) count as one.
    Boxes of like size that touch or cross without one holding the other are
    cells of a grid; a small box on a large one's edge is its tab (a UML
    package's folder tab).
    """
    kept: list[Box] = []
    for box in boxes:  # -- largest first: the box before its shadow
        if not any(all(abs(a - b) <= SHADOW for a, b in zip(box, k, strict=True)) for k in kept):
            kept.append(box)
    return [
        b
        for b in kept
        if not any(
            o is not b
            and _meet(b, o)
            and not _within(b, o)
            and not _within(o, b)
            and _area(o) >= _area(b) / 4
            for o in kept
        )
    ]


def _meet(a: Box, b: Box, slack: float = 1.0) -> bool:
    return (
        a[0] <= b[2] + slack
        and b[0] <= a[2] + slack
        and a[1] <= b[3] + slack
        and b[1] <= a[3] + slack
    )


def _box_clusters(boxes: list[Box], width: float) -> list[Box]:
    """Frameless diagrams: three or more separate label-sized boxes near one another, side by
    side and one above another (packages joined by arrows); the area each group spans."""
    labels = [
        b
        for b in boxes
        if LABEL_BOX <= b[2] - b[0] <= width / 3 and LABEL_BOX <= b[3] - b[1] <= width / 3
    ]
    group = list(range(len(labels)))  # -- union-find over boxes less than a box apart

    def root(k: int) -> int:
        while group[k] != k:
            group[k] = group[group[k]]
            k = group[k]
        return k

    for i, j in itertools.combinations(range(len(labels)), 2):
        a, b = labels[i], labels[j]
        reach = 1.5 * max(a[3] - a[1], b[3] - b[1])
        if _meet(a, b, slack=reach):
            group[root(i)] = root(j)
    members: dict[int, list[Box]] = {}
    for k, box in enumerate(labels):
        members.setdefault(root(k), []).append(box)
    return [
        (
            min(b[0] for b in bs),
            min(b[1] for b in bs),
            max(b[2] for b in bs),
            max(b[3] for b in bs),
        )
        for bs in members.values()
        if len(bs) >= CLUSTER and len({b[0] for b in bs}) >= 2 and len({b[1] for b in bs}) >= 2
    ]


def mark_drawn(lines: Sequence[Line], areas: Sequence[Box]) -> list[Line]:
    """The lines, those set inside a drawing's area marked ``drawn``.

    A diagram's boxes read as ruled tables ("«type» ObjectMetadata | + nid")
    are its labels all the same.
    """
    drawn: set[int] = set()
    for area in areas:
        members = [n for n, x in enumerate(lines) if _centre_in(x, area)]
        chars = sum(len(lines[n].text) for n in members)
        prose = sum(len(lines[n].text) for n in members if _prose(lines[n]))
        if members and prose <= PROSE_SHARE * chars:
            drawn.update(members)
            typical = statistics.median_low(lines[n].size for n in members)
            drawn.update(n for n, x in enumerate(lines) if _tab(x, area, typical))
    return [replace(x, drawn=True) if n in drawn else x for n, x in enumerate(lines)]


def _tab(line: Line, area: Box, typical: float) -> bool:
    """The drawing's name in a tab on its frame ("cd Hydro Events"): right above it, within its
    width, in type no larger than most of the drawing's labels (a heading above it is larger)."""
    return (
        0 <= area[1] - line.bottom <= 2 * line.size
        and area[0] - 2 * line.size <= line.x0
        and line.x1 <= area[2] + 2 * line.size
        and line.size <= typical
    )


def _prose(line: Line) -> bool:
    return len(line.text.split()) >= PROSE_WORDS


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _within(inner: Box, outer: Box, slack: float = 1.0) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _centre_in(line: Line, area: Box) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return area[0] <= cx <= area[2] and area[1] <= cy <= area[3]
