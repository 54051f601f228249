"""A small source table on its own slide, as a PowerPoint table in the body box.

A table read as one sentence per row hides its columns; on a slide a small
table (a few rows of short cells) stays a table: one slide after its
section's, titled after the section, a python-pptx table shape where the body
text would go, at the largest size (20 pt down to 12 pt) at which every cell
fits in two lines and all rows fit in the box. A table that does not fit at
12 pt gets no slide: its rows stay sentences among the section's bullets and
notes, and the memo's annex prints it whole as a grid.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import quoteattr

from briefing_app.core.document import Row
from briefing_app.export.deck.fit import Para
from briefing_app.export.deck.geometry import EMU_PER_PT, BoxStyle, Rect
from briefing_app.export.deck.slide_xml import paragraphs_xml

MAX_ROWS = 9  # -- header included --
MAX_COLUMNS = 5
MAX_CELL = 60  # -- characters: a figure, a name, a short phrase --
SIZES = (20.0, 18.0, 16.0, 14.0, 12.0)
CHAR_EM = 0.52  # -- average advance of a character in ems (Calibri/Carlito body text) --
CELL_MARGIN_PT = 7.2 + 7.2  # -- PowerPoint's default left and right cell insets --
ROW_MARGIN_PT = 3.6 + 3.6  # -- … and top and bottom --
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
_MEDIUM_STYLE_2_ACCENT_1 = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # -- python-pptx's default
SHAPE_ID = 9000  # -- above any id a layout's placeholders take --


def is_small(rows: tuple[Row, ...]) -> bool:
    """Few enough rows and columns of short enough cells to be worth a slide as a table."""
    return (
        2 <= len(rows) <= MAX_ROWS
        and 2 <= max(len(r) for r in rows) <= MAX_COLUMNS
        and all(len(c) <= MAX_CELL for r in rows for c in r)
    )


def table_size(rows: tuple[Row, ...], box: Rect) -> float | None:
    """The largest of :data:`SIZES` at which ``rows`` fit ``box`` (cells in ≤ 2 lines), else None."""
    if not is_small(rows):
        return None
    widths = column_widths(rows, box.width)
    for size in SIZES:
        lines = [_lines(row, widths, size) for row in rows]
        if max(max(n) for n in lines) > 2:
            continue
        height = sum(max(n) * size * 1.2 + ROW_MARGIN_PT for n in lines)
        if height * EMU_PER_PT <= box.height:
            return size
    return None


def column_widths(rows: tuple[Row, ...], width: int) -> list[int]:
    """EMU widths by each column's longest cell (square-rooted, so one long cell does not
    starve the others), none below a tenth of the table."""
    columns = max(len(r) for r in rows)
    weights = [
        max(3.0, max((len(r[c]) for r in rows if c < len(r)), default=0) ** 0.5)
        for c in range(columns)
    ]
    shares = [max(w / sum(weights), 0.1) for w in weights]
    widths = [int(width * s / sum(shares)) for s in shares]
    widths[-1] += width - sum(widths)
    return widths


def table_xml(rows: tuple[Row, ...], style: BoxStyle, size: float) -> bytes:
    """The ``p:graphicFrame`` of ``rows`` at ``size`` pt, at the top of the body box, as
    python-pptx's ``new_table_graphicFrame`` writes it (header and banded rows on, the default
    table style), written as text: building it with python-pptx's element classes cost
    ~6 ms a table. Cells are the slide text's own paragraphs: run languages pick CJK and
    complex-script fonts, right-to-left cells are laid out from the right."""
    box = style.box
    columns = max(len(r) for r in rows)
    widths = column_widths(rows, box.width)
    heights = [
        int((max(_lines(r, widths, size)) * size * 1.2 + ROW_MARGIN_PT) * EMU_PER_PT) for r in rows
    ]
    grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
    trs = []
    for n, (row, height) in enumerate(zip(rows, heights, strict=True)):
        cells = []
        for c in range(columns):
            para = Para(row[c] if c < len(row) else "", bullet=False, bold=n == 0)
            body = paragraphs_xml([para], size, style, textbox=False, space=0.0)
            cells.append(
                f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{body}</a:txBody><a:tcPr/></a:tc>"
            )
        trs.append(f'<a:tr h="{height}">{"".join(cells)}</a:tr>')
    descr = quoteattr("Table from the source: " + " | ".join(rows[0]))
    return (
        f'<p:graphicFrame xmlns:a="{_A}" xmlns:p="{_P}"><p:nvGraphicFramePr>'
        f'<p:cNvPr id="{SHAPE_ID}" name="Table from the source" descr={descr}/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{box.left}" y="{box.top}"/>'
        f'<a:ext cx="{box.width}" cy="{sum(heights)}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="{_TABLE_URI}"><a:tbl><a:tblPr firstRow="1" bandRow="1">'
        f"<a:tableStyleId>{_MEDIUM_STYLE_2_ACCENT_1}</a:tableStyleId></a:tblPr>"
        f"<a:tblGrid>{grid}</a:tblGrid>{''.join(trs)}</a:tbl></a:graphicData></a:graphic>"
        "</p:graphicFrame>"
    ).encode()


def _lines(row: Row, widths: list[int], size: float) -> list[int]:
    """Lines each cell of ``row`` takes at ``size`` pt in its column."""
    out = []
    for c, w in enumerate(widths):
        per_line = max(1, int((w / EMU_PER_PT - CELL_MARGIN_PT) / (size * CHAR_EM)))
        text = row[c] if c < len(row) else ""
        out.append(max(1, math.ceil(len(text) / per_line)))
    return out
