"""Ruled tables in a PDF page: read row by row as "cell | cell", not as columns of loose words."""

from __future__ import annotations

import statistics

from briefing_app.ingest.pdflayout import Line


def take_tables(
    page, number: int, words: list[dict], *, gap_ratio: float
) -> tuple[list[Line], list[dict]]:
    """One line per table row, and the words left outside the tables.

    Only pdfplumber's ruled tables with at least two rows and two columns
    count: a frame drawn around a page or a call-out box is not a table, nor
    is a grid of page borders (Google Docs exports draw one that covers the
    whole page and runs off it).
    """
    tables = [
        t
        for t in page.find_tables()
        if len(t.rows) >= 2
        and max((len(r.cells) for r in t.rows), default=0) >= 2
        and not _page_frame(t.bbox, page.width, page.height)
    ]
    if not tables:
        return [], words
    rows: list[Line] = []
    for table in tables:
        cells = table.extract(x_tolerance_ratio=gap_ratio)
        for row, texts in zip(table.rows, cells, strict=False):
            text = " | ".join(" ".join((t or "").split()) for t in texts if t and t.strip())
            if text:
                rows.append(_row_line(text, row.bbox, words, number, page.height))
    outside = [w for w in words if not any(_inside(w, t.bbox) for t in tables)]
    return rows, outside


def _row_line(text: str, bbox, words: list[dict], number: int, page_height: float) -> Line:
    x0, top, x1, bottom = bbox
    sizes = [w["size"] for w in words if _inside(w, bbox)] or [10.0]
    return Line(
        text=text,
        page=number,
        x0=x0,
        x1=x1,
        top=top,
        bottom=bottom,
        size=round(statistics.median(sizes) * 2) / 2,
        bold=False,
        first_word_width=0.0,
        page_height=page_height,
        table=True,
    )


def _page_frame(bbox, width: float, height: float) -> bool:
    """A grid that runs off the page or covers most of it frames the page; it holds no data."""
    x0, top, x1, bottom = bbox
    off_page = x0 < -1 or top < -1 or x1 > width + 1 or bottom > height + 1
    return off_page or (x1 - x0) * (bottom - top) > 0.8 * width * height


def _inside(word: dict, bbox) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom
