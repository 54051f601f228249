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
    tables = [
        t
        for t in tables
        if not _boxes(cells := t.extract(x_tolerance_ratio=gap_ratio)) and not _text_box(cells)
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


BOX_LINES = 3  # -- the fewest lines of a box's text: a title over two lines of sentences
FILLED_SHARE = 1 / 3  # -- of a grid's cells: the most a grid of boxes fills


def _boxes(cells: list[list[str | None]]) -> bool:
    """A grid of drawn boxes, not a table: most cells empty, most filled ones a paragraph.

    A leaflet draws its advice as cards, two to a row, each a title over a few
    sentences; the rules of the cards meet as a grid whose rows and columns
    hold nothing. A table fills its cells, and its cells hold labels and
    figures, not paragraphs ending in a full stop.
    """
    texts = [(c or "").strip() for row in cells for c in row]
    filled = [t for t in texts if t]
    paragraphs = [t for t in filled if len(t.splitlines()) >= BOX_LINES and t[-1:] in ".!?"]
    return (
        bool(filled)
        and len(filled) <= FILLED_SHARE * len(texts)
        and 2 * len(paragraphs) > len(filled)
    )


RUN_ON_SHARE = 0.25  # -- of a box's rows with words: the most that fill two cells or more
SENTENCE_SHARE = 1 / 3  # -- of a box's rows with words: the fewest that end a sentence


def _text_box(cells: list[list[str | None]]) -> bool:
    """A framed box of running text, not a table: its rows hold words in one cell each.

    A guide frames a section ("WHAT TO EXPECT", its paragraphs and its list) in
    a box whose rules, with a link's underline or a list's indent, make a grid
    of many columns; yet row after row fills one cell, a bullet's dash aside,
    and many end a sentence. A table's rows fill two cells or more, a label
    and its values; a statement's rows of labels with their values left empty
    end no sentence, and its header row fills its cells.
    """
    worded = [[c for c in row if c and any(ch.isalnum() for ch in c)] for row in cells]
    rows = [row for row in worded if row]
    sentences = sum(row[-1].rstrip().endswith((".", "!", "?")) for row in rows)
    return (
        len(rows) >= 2
        and len(rows[0]) == 1  # -- a box opens on its head, a table on its header's cells
        and sum(len(row) >= 2 for row in rows) <= RUN_ON_SHARE * len(rows)
        and sentences >= SENTENCE_SHARE * len(rows)
    )
