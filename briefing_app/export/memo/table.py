"""A source table as a grid in the memo: header row, wrapped cells, split across pages.

The annex prints every paragraph of a picked item; a table written as one
sentence per row ("Armenia — Budget: $12.6 billion; Growth: 7.6%.") hides its
columns, so the memo sets the rows and cells the reader kept. Every cell goes
through the memo's text path (:class:`MemoParagraph` with font-resolved
markup), so right-to-left and CJK cells are shaped like any paragraph. The
header row repeats on each page the table continues on.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table
from reportlab.platypus.tables import TableStyle

from briefing_app.core.document import Row
from briefing_app.export.memo.lines import is_complex
from briefing_app.export.memo.style import RULE, Context
from briefing_app.export.memo.text import MemoParagraph

MAX_CELL = 1_000  # -- characters of one cell (a cell is a figure or a name, not an essay) --
PADDING = 6.0  # -- points, left and right of a cell's text --
MIN_SHARE = 0.08  # -- no column narrower than this share of the width --


def grid(ctx: Context, rows: tuple[Row, ...], *, indent: float = 0) -> list[Flowable]:
    """``rows`` (the first is the header) as a table ``indent`` points in from the left."""
    columns = max((len(r) for r in rows), default=0)
    if not rows or not columns:
        return []
    cell, width = ctx.styles["cell"], ctx.width - indent
    widths = [width * s for s in _shares(rows, columns)]
    data = [
        [
            _cell(ctx, _cut(row[c]) if c < len(row) else "", widths[c], bold=n == 0)
            for c in range(columns)
        ]
        for n, row in enumerate(rows)
    ]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="RIGHT")
    colour = colors.HexColor(ctx.template.text_colour)
    table.setStyle(
        TableStyle(
            [
                (
                    "FONT",
                    (0, 0),
                    (-1, 0),
                    ctx.fonts.font_name(bold=True),
                    cell.fontSize,
                    cell.leading,
                ),
                ("FONT", (0, 1), (-1, -1), ctx.fonts.font_name(), cell.fontSize, cell.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), colour),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                (
                    "LINEBELOW",
                    (0, 0),
                    (-1, 0),
                    RULE * 1.5,
                    colors.HexColor(ctx.template.accent_colour),
                ),
                (
                    "LINEBELOW",
                    (0, 1),
                    (-1, -1),
                    RULE / 2,
                    colors.HexColor(ctx.template.muted_colour),
                ),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING / 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING * 2 / 3),
            ]
        )
    )
    return [table, Spacer(1, 1.5 * mm)]


def _cell(ctx: Context, text: str, width: float, *, bold: bool) -> str | MemoParagraph:
    """A short cell the primary font sets whole, left to right, as plain text (a Paragraph
    costs ~0.1 ms to make and wrap, and a report may have hundreds of tables); any other
    through the memo's text path."""
    cell = ctx.styles["cell"]
    plain = (
        text
        and not is_complex(text)
        and ctx.fonts.runs(text, bold=bold) == [(ctx.fonts.font_name(bold=bold), text)]
        and ctx.fonts.width(text, cell.fontSize, bold=bold) <= width - PADDING
    )
    return text if plain or not text else MemoParagraph(ctx.m(text, bold=bold), cell)


def _shares(rows: tuple[Row, ...], columns: int) -> list[float]:
    """Column widths as shares of the table width, by the longest cell of each (square-rooted,
    so one long cell does not starve the others), none below :data:`MIN_SHARE`."""
    weights = [
        max(2.0, max((len(r[c]) for r in rows if c < len(r)), default=0) ** 0.5)
        for c in range(columns)
    ]
    shares = [max(w / sum(weights), MIN_SHARE) for w in weights]
    return [s / sum(shares) for s in shares]


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1].rstrip() + "…"
