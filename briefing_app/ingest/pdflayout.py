"""PDF lines to blocks: column reading order, paragraphs, lists, headings and hyphen rejoining."""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from briefing_app.core.scripts import is_rtl, script
from briefing_app.core.text import in_capitals, in_title_case
from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.divisions import division_level, names_appendix
from briefing_app.ingest.front import byline_label, is_person_byline, name_line
from briefing_app.ingest.hyphens import join_wrapped, resolve_hyphens
from briefing_app.ingest.numbering import numbering_style, roman_value
from briefing_app.ingest.subheads import size_tiers

_TERMINAL = tuple('.!?:;"”’)。！？：；')
# -- a line ending in a stop or mid-sentence, in the scripts the corpus reads: no bold heading
# -- (Arabic and Persian write "،" and "؛", Chinese and Japanese "，" "、" "；")
_MID_SENTENCE = tuple(".,;،؛，、；")
_MARKER = re.compile(
    r"^(?:(?P<bullet>[•▪◦●■□◆–—*-])|\(?(?P<num>[0-9]{1,2}|[a-zA-Z]|[ivx]{1,4})[.)])\s+"
)
_NOTE_START = re.compile(r"^\d{1,3}\s+\S")
RUN_IN_WORDS = 8  # -- the most words of a run-in head ("Function inlining.")
WIDE_SHARE = 0.7


@dataclass
class Line:
    """One line of one column: its words' text, box, dominant font size and weight."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    first_word_width: float
    page_height: float
    col_left: float = 0.0
    col_right: float = 0.0
    flow: tuple[int, int, int] = (0, 0, 0)
    table: bool = False  # -- a whole table row, cells joined with " | " --
    letterhead: bool = False  # -- a letterhead's blocks read as one row (no table's data)
    mono: bool = False  # -- set in a fixed-width font: a code listing's line --
    drawn: bool = False  # -- inside a drawn figure: a diagram's label (see pdfdrawings) --
    lead: str = ""  # -- a bold phrase ending in a full stop that opens the line: a run-in head
    bold_before_italic: str = ""  # -- the bold words of a line whose other words are italic
    caps_size: float = 0.0  # -- set in small capitals: the size of its full capitals --
    lead_size: float = 0.0  # -- the size the run-in head (``lead``) is set in --


def order_lines(lines: list[Line]) -> list[Line]:
    """Reading order for one page: full-width bands top to bottom, columns left to right inside."""
    if not lines:
        return []
    left, right = min(x.x0 for x in lines), max(x.x1 for x in lines)
    width = max(right - left, 1.0)
    zones: list[tuple[bool, list[Line]]] = []
    for line in sorted(lines, key=lambda x: (x.top, x.x0)):
        wide = line.x1 - line.x0 > WIDE_SHARE * width
        if zones and zones[-1][0] == wide:
            zones[-1][1].append(line)
        else:
            zones.append((wide, [line]))
    parts = [part for wide, members in zones for part in _after_columns_end(members, wide=wide)]
    bands = _merge_single_column_bands([_columns(members) for members in parts])
    if bands:
        bands[0] = _masthead_lines_first(bands[0])
    ordered: list[Line] = []
    for z, columns in enumerate(bands):
        for c, column in enumerate(columns):
            col_left, col_right = _column_edges(column)
            for line in column:
                line.col_left, line.col_right = col_left, col_right
                line.flow = (line.page, z, c)
                ordered.append(line)
    return ordered


MASTHEAD_WORDS = 6  # -- the most words of a line set above the title beside it ("April 9, 2026")


def _masthead_lines_first(columns: list[list[Line]]) -> list[list[Line]]:
    """Short lines a later column opens with above every other column, as a column of their own.

    A report prints its date in the top corner, above the title in the first
    column, well clear of the text under it in its own column: read as that
    column's head, it was glued into the sentence the first column runs over
    into it ("… Additionally, in April 9, 2026"). Set first, it reads as the
    title block's line it is.
    """
    if len(columns) < 2:
        return columns
    first_top = min(x.top for x in columns[0])
    head: list[Line] = []
    rest = [columns[0]]
    for column in columns[1:]:
        k = 0
        while (
            k + 1 < len(column)
            and column[k].bottom < first_top
            and len(column[k].text.split()) <= MASTHEAD_WORDS
            and column[k + 1].top - column[k].bottom > 2 * column[k].size
        ):
            k += 1
        head += column[:k]
        rest.append(column[k:])
    return [head, *rest] if head else columns


COLUMNS_END_GAP = 2.0  # -- body lines of white across the whole width: the columns are done
ACROSS_WORDS = 4  # -- the fewest words of a line of text set across a gutter
COLUMN_LINES, COLUMN_LINE_WORDS = 3, 5  # -- a column of text: three lines of five words or more


def _after_columns_end(lines: list[Line], *, wide: bool) -> list[list[Line]]:
    """A band of short lines cut where its columns end and text across their gutter follows.

    A one-page note sets two columns, then, after a white gap across the page,
    a bold head and numbered findings whose lines run over the columns' gutter
    (yet are shorter than a full-width line, as a figure's caption sits beside
    them). Read as part of the columns, the head and the first finding's line
    would join the left column and the finding's second line would stand alone.
    Below such a gap under columns of text, two or more lines that set no
    columns of their own, one of them a line of text across a gutter of the
    lines above, are a band of their own.
    """
    if wide or len(lines) < 2:
        return [lines]
    ordered = sorted(lines, key=lambda x: x.top)
    white = COLUMNS_END_GAP * body_size(lines)
    bottom = ordered[0].bottom
    for k, line in enumerate(ordered[1:], start=1):
        if line.top - bottom >= white:
            above, below = ordered[:k], ordered[k:]
            # -- (lines below that set columns of their own run on past a figure or a table;
            # -- a lone line below is a caption or a head at the page's foot, a chart's ticks
            # -- are no text across the gutter)
            across = [
                x
                for x in below
                if len(x.text.split()) >= ACROSS_WORDS
                and any(x.x0 < cut < x.x1 for cut in _gutters(above))
            ]
            if len(below) > 1 and across and not _gutters(below) and _text_columns(above):
                return [above, below]
        bottom = max(bottom, line.bottom)
    return [lines]


def _text_columns(lines: list[Line]) -> bool:
    """Columns of running text, each with lines of words (not a table's columns of cells)."""
    columns = _columns(lines)
    return len(columns) > 1 and all(
        sum(len(x.text.split()) >= COLUMN_LINE_WORDS for x in column) >= COLUMN_LINES
        for column in columns
    )


def _column_edges(column: list[Line]) -> tuple[float, float]:
    """Left edge, and the right edge most body lines reach (a wide title must not move it)."""
    size = body_size(column)
    ends = sorted(x.x1 for x in column if x.size == size) or sorted(x.x1 for x in column)
    return min(x.x0 for x in column), ends[int(0.8 * (len(ends) - 1))]


def _merge_single_column_bands(bands: list[list[list[Line]]]) -> list[list[list[Line]]]:
    """Neighbouring one-column bands are one flow: a short last line is not a layout change."""
    merged: list[list[list[Line]]] = []
    for columns in bands:
        if merged and len(columns) == 1 and len(merged[-1]) == 1:
            merged[-1][0].extend(columns[0])
        else:
            merged.append([list(col) for col in columns])
    return merged


def _columns(lines: list[Line]) -> list[list[Line]]:
    """Split lines at vertical gutters; side-by-side columns are read left first."""
    cuts = _gutters(lines)
    foot = _across_the_foot(lines, cuts)
    footed = {id(x) for x in foot}
    columns: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        if id(line) not in footed:
            columns[sum(line.x0 >= cut for cut in cuts)].append(line)
    columns = [sorted(col, key=lambda x: x.top) for col in columns if col]
    side_by_side = all(
        a[0].top < b[-1].bottom and b[0].top < a[-1].bottom for a, b in itertools.pairwise(columns)
    )
    if len(columns) > 1 and side_by_side:
        return [*columns, foot] if foot else columns
    return [sorted(lines, key=lambda x: x.top)]


def _across_the_foot(lines: list[Line], cuts: list[float]) -> list[Line]:
    """Lines set across a gutter below every line of the columns: read after the columns.

    Under two columns of boxes a leaflet centres a closing box's head
    ("Remember") over the gutter; read by its left edge it joined the left
    column's end and ran on into the right column's first line.
    """
    if not cuts:
        return []
    across = [x for x in lines if any(x.x0 < cut < x.x1 for cut in cuts)]
    crossing = {id(x) for x in across}
    rest = [x for x in lines if id(x) not in crossing]
    if not across or not rest:
        return []
    bottom = max(x.bottom for x in rest)
    return sorted((x for x in across if x.top >= bottom), key=lambda x: x.top)


def _gutters(lines: list[Line]) -> list[float]:
    """Centres of vertical strips almost no line crosses, with text on both sides (column gaps).

    Half an em is gap enough (LaTeX sets two columns of 11 pt type 10 pt apart);
    eight points was the measure before, and stays the most asked.
    """
    width = min(8.0, 0.5 * body_size(lines))
    return gutter_cuts([[(x.x0, x.x1)] for x in lines], step=1.0, width=width)


def gutter_cuts(
    rows: list[list[tuple[float, float]]], *, step: float = 2.0, width: float = 8.0
) -> list[float]:
    """Centres of vertical strips at least `width` wide that almost no row crosses, text both sides.

    A row is the spans it covers (one line's box, or the words of one baseline).
    Up to 5% of rows may cross a gutter, so a centred page footer or a
    spanning caption does not merge two columns into one.
    """
    left = min(x0 for row in rows for x0, _x1 in row)
    right = max(x1 for row in rows for _x0, x1 in row)
    coverage = [0] * (int((right - left) / step) + 2)
    for row in rows:
        covered = {
            b for x0, x1 in row for b in range(int((x0 - left) / step), int((x1 - left) / step) + 1)
        }
        for b in covered:
            coverage[b] += 1
    tolerance = len(rows) // 20
    solid = max(2, 2 * tolerance + 1)
    cuts, run = [], []
    for b, count in enumerate(coverage):
        if count <= tolerance:
            run.append(b)
            continue
        wide_enough = run and run[0] > 0 and len(run) * step >= width
        # -- a column edge may ramp up over a few points (an indented first line, a quote)
        solid_after = max(coverage[b : b + int(8 / step)]) >= solid
        if wide_enough and solid_after and max(coverage[: run[0]]) >= solid:
            cuts.append(left + (run[0] + run[-1] + 1) / 2 * step)
        run = []
    return cuts


def body_size(lines: list[Line]) -> float:
    """The font size most characters are set in, a diagram's labels and code left out.

    A memo whose appendix prints pages of a statistics package's output in a
    fixed-width 9 pt has more characters in that type than in its 12 pt prose;
    taken as the body size, every line of prose would read as display type
    (and a page of it as a cover). Code and drawings count only when the
    document holds nothing else.
    """
    sizes: Counter[float] = Counter()
    text: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
        if not line.drawn and not line.mono:
            text[line.size] += len(line.text)
    sizes = text or sizes
    return sizes.most_common(1)[0][0] if sizes else 10.0


def to_pieces(lines: list[Line], *, notes: bool = False) -> list[Piece]:
    """Group ordered lines into paragraphs, then name each a heading, list item or paragraph.

    With ``notes`` the lines are footnotes: each "12 Text" line starts a new one.
    """
    if not lines:
        return []
    body = body_size(lines)
    gap = _typical_gap(lines, body)
    paragraphs: list[list[Line]] = []
    for line in lines:
        new_note = notes and _NOTE_START.match(line.text)
        if (
            not paragraphs
            or new_note
            or _starts_paragraph(paragraphs[-1], line, body=body, gap=gap)
        ):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    pieces = _without_label_stacks(_without_chart_text(_classify(paragraphs, body=body)))
    return _resolve_hyphens(pieces)


_LABEL_WORD = re.compile(r"[^\W\d_]{2,}")
CHART_RUN = 5  # -- this many label fragments in a row are a chart's text, not prose


def _chart_label(piece: Piece) -> bool:
    return (
        piece.kind in ("paragraph", "footnote", "table")  # -- a footnote: a drawing's label
        and len(piece.text) < 40
        and len(_LABEL_WORD.findall(piece.text)) < 3
    )


def _without_chart_text(pieces: list[Piece]) -> list[Piece]:
    """Drop the axis ticks, legends and split letters a vector chart leaves as text.

    A run of short fragments ("140", "Young Old", "y c") is a chart drawn
    on the page; the styled line just above such a run is the chart's own
    title, not a section heading, unless it is numbered ("3.1.3 Hydro events"
    over its diagram): a number places it in the document's outline.
    """
    drop: set[int] = set()
    n = 0
    while n < len(pieces):
        end = n
        while end < len(pieces) and _chart_label(pieces[end]):
            end += 1
        if end - n >= CHART_RUN:
            drop.update(range(n, end))
            title = pieces[n - 1] if n > 0 else None
            if title and title.kind == "heading" and not _DOTS.match(title.text):
                drop.add(n - 1)
        n = max(end, n + 1)
    drop |= _axes(pieces)
    return [p for k, p in enumerate(pieces) if k not in drop]


_TICKS = re.compile(r"-?\d+(?:\.\d+)?(?:\s+-?\d+(?:\.\d+)?)*")
TICK_VALUES = 4  # -- evenly spaced numbers in a run of lines that make an axis's scale
AXIS_NAME_WORDS = 3  # -- an axis's name ("Rating", "Credits") is this short


def _axes(pieces: list[Piece]) -> set[int]:
    """A plot's axis, its title above and its name below: where they sit in ``pieces``.

    A plot drawn in vector type leaves its scale as lines of bare numbers
    ("0 10", "20 30 40 50") between a title set as a heading ("Salary by
    Region") and the axis's name set bold ("Index"). Two or more such lines
    whose numbers step evenly (TICK_VALUES or more of them) are a scale, not a
    table's row (one line) nor a list of figures (uneven); the unnumbered
    heading right above is the plot's title and a short one right below names
    the axis. Neither is a section.
    """
    drop: set[int] = set()
    n = 0
    while n < len(pieces):
        end = n
        while (
            end < len(pieces)
            and pieces[end].kind == "paragraph"
            and _TICKS.fullmatch(pieces[end].text)
        ):
            end += 1
        values = [float(v) for p in pieces[n:end] for v in p.text.split()]
        steps = {round(b - a, 6) for a, b in itertools.pairwise(values)}
        if end - n >= 2 and len(values) >= TICK_VALUES and len(steps) == 1 and steps != {0}:
            drop.update(range(n, end))
            for k in (n - 1, end):
                if 0 <= k < len(pieces) and _plot_label(pieces[k], above=k < n):
                    drop.add(k)
        n = max(end, n + 1)
    return drop


def _plot_label(piece: Piece, *, above: bool) -> bool:
    """An unnumbered heading: the plot's title (above its scale) or its axis's short name."""
    if piece.kind != "heading" or _DOTS.match(piece.text) or _NUMBERED.match(piece.text):
        return False
    return above or len(piece.text.split()) <= AXIS_NAME_WORDS


LABEL_STACK = 5  # -- this many unnumbered headings in a row, no text between: a figure's labels


def _without_label_stacks(pieces: list[Piece]) -> list[Piece]:
    """A run of unnumbered "headings" with no text between them, in a numbered outline, is a figure.

    A paper numbers its sections ("3.2 …"); a figure's field names or legend
    set in larger type ("Property Type", "Guardian", "Email address") read as a
    stack of headings, none with a line of text under it. Such a run is kept
    out of the outline and out of the running text, as a drawing's labels are.
    """
    numbered = sum(p.kind == "heading" and _NUMBERED.match(p.text) is not None for p in pieces)
    if numbered < 3:
        return pieces
    out = list(pieces)
    n = 0
    while n < len(out):
        end = n
        while end < len(out) and out[end].kind == "heading" and not _NUMBERED.match(out[end].text):
            end += 1
        if end - n >= LABEL_STACK:
            for k in range(n, end):
                out[k] = Piece(out[k].text, kind="footnote")
        n = max(end, n + 1)
    return out


def _typical_gap(lines: list[Line], body: float) -> float:
    gaps = [
        b.top - a.bottom
        for a, b in itertools.pairwise(lines)
        if a.flow == b.flow and a.size == b.size == body and -body < b.top - a.bottom < 2 * body
    ]
    return statistics.median(gaps) if gaps else 0.3 * body


def _starts_paragraph(para: list[Line], line: Line, *, body: float, gap: float) -> bool:
    prev = para[-1]
    if prev.table or line.table or prev.drawn != line.drawn:
        return True
    ends_sentence = prev.text.rstrip().endswith(_TERMINAL)
    if abs(prev.size - line.size) > 0.6:
        return True
    if prev.bold != line.bold:
        # -- a full line that ends mid-sentence runs on, even into a bold phrase
        full = prev.col_right - prev.x1 <= line.first_word_width + body
        # -- a centred line stands alone; a bulleted item's line starts at its bullet's indent
        # -- ("● Language and Cultural Integration Programs: According to the …" in bold over
        # -- "Assessment conducted by …" in roman is one item)
        # -- (a diagram's labels under a dash are separate boxes, not an item's lines)
        item = not prev.drawn and bool(_MARKER.match(para[0].text)) and prev.x0 <= para[0].x0 + body
        flush_left = prev.x0 <= prev.col_left + body or item
        if ends_sentence or not full or not flush_left or prev.flow != line.flow:
            return True
    if _item_starts(line.text, after_sentence=ends_sentence):
        return True
    if prev.flow != line.flow:
        if prev.page == line.page and prev.flow[1] != line.flow[1]:
            return True  # -- from a full-width band into columns or back: a new block --
        short = prev.col_right - prev.x1 > 0.2 * (prev.col_right - prev.col_left)
        # -- a page whose only text line is "3.1.1 Logical view" (a figure fills the rest)
        # -- measures no column: the next page's "3.1.2 Hydro network" opens its own block
        # -- (so does an appendix's label alone on a page of figures: "Appendix 3 Eligibility")
        numbered = prev.page != line.page and (
            bool(_DOTTED.match(line.text)) or names_appendix(line.text)
        )
        # -- a bold line with room left for the next word ends its heading at the page's foot
        # -- ("TERMS AND DEFINITIONS" over the next page's "1 Overview"), however the columns
        # -- of a sparse page were measured
        stopped = prev.bold and prev.col_right - prev.x1 > line.first_word_width + body
        return ends_sentence or short or numbered or (prev.page != line.page and stopped)
    # -- large type is set with proportionally wider leading: a two-line title is one block
    scale = max(1.0, min(prev.size, line.size) / body)
    if line.top - prev.bottom > (gap + 0.3 * body) * scale and not _runs_on(prev, line):
        return True
    if _heading_wraps(para, line, body=body):
        return False
    in_list = bool(_MARKER.match(para[0].text))
    indent = 0.8 * body
    if in_list:
        # -- justified lines end where the item's earlier lines end, however the column was measured
        edge = len(para) > 1 and prev.x1 >= max(x.x1 for x in para[:-1]) - 0.5 * body
        full = prev.col_right - prev.x1 < line.first_word_width + body or edge
        wrapped = not ends_sentence and full
        if wrapped:
            return False  # -- an item set without a hanging indent: its line was simply full
        return line.x0 < para[0].x0 + indent * 0.5
    if is_rtl(line.text) and is_rtl(prev.text):  # -- Arabic, Hebrew: the mirror image --
        first_line_indent = line.x1 < line.col_right - indent and prev.x1 >= prev.col_right - indent
        right_aligned = prev.x1 >= prev.col_right - indent or len(para) > 1
        ended_early = right_aligned and prev.x0 - prev.col_left > line.first_word_width + body
        return first_line_indent or ended_early
    # -- a title's centred last line over a flush-left heading: two blocks (but a paragraph's
    # -- indented first line whose ragged end mirrors its indent runs on into the line under
    # -- it: "… supported by four key stakeholders: 1) the" / "International …", or "… starkly"
    # -- / "contrasted …", a sentence going on in lower case)
    runs_on = not ends_sentence and _nearly_full(prev) and _nearly_full(line)
    if (
        _centred(prev, body=body)
        and line.x0 <= line.col_left + 0.5 * indent
        and not runs_on
        and not line.text[:1].islower()
    ):
        return True
    if _centred_over_indent(prev, line, body=body):
        return True  # -- a title in body type over its first paragraph's indented line
    first_line_indent = line.x0 > line.col_left + indent and prev.x0 <= prev.col_left + indent
    left_aligned = prev.x0 <= prev.col_left + indent or len(para) > 1
    # -- an indented line that ends its sentence with room to spare (the bold last line of an
    # -- item's text) is done: the flush-left line under it ("Conclusion") opens a block
    outdented = ends_sentence and line.x0 < prev.x0 - indent
    room_left = prev.col_right - prev.x1
    ended_early = (left_aligned or outdented) and room_left > line.first_word_width + body
    # -- ragged-right text set narrower than its column ("… to care for patients and to run" /
    # -- "a successful business."): a nearly full line mid-sentence whose next line goes on in
    # -- lower case has not ended early, whatever room the column's edge leaves --
    goes_on = not ends_sentence and line.text[:1].islower() and _nearly_full(prev)
    return first_line_indent or (ended_early and not goes_on)


def _centred(line: Line, *, body: float) -> bool:
    """Set centred in its column: indented well past a paragraph's indent, as far from either edge.

    A memo's title ends in a centred line ("en hospitales públicos del Paraguay")
    right over its first heading ("RESUMEN EJECUTIVO") at the left edge, in the
    same bold type and at the same spacing; only the alignment parts them.
    """
    left, right = line.x0 - line.col_left, line.col_right - line.x1
    return left > 2 * body and abs(left - right) <= body


def _nearly_full(line: Line) -> bool:
    """A line of running text spans most of its column; a centred title's line seldom does."""
    return line.x1 - line.x0 >= 0.75 * (line.col_right - line.col_left)


def _centred_over_indent(prev: Line, line: Line, *, body: float) -> bool:
    """A short line set about centred over a full line with a paragraph's first-line indent.

    A student's op-ed centres its title in the body's type and size, then opens
    its first paragraph with an indent at the same spacing: nothing but the
    alignment parts them. The measured column may end short of the margin, so
    the centring is judged loosely; the line under it must be a paragraph's
    first (indented, running to the right edge), not a centred title's next line.
    """
    left, right = prev.x0 - prev.col_left, max(prev.col_right, line.x1) - prev.x1
    indent = line.x0 - line.col_left
    return (
        prev.size == line.size == body
        and left > 4 * body
        and right > 4 * body
        and abs(left - right) <= 2 * body
        and 0.8 * body <= indent <= 4 * body
        and line.col_right - line.x1 <= 4 * body
    )


def _heading_wraps(para: list[Line], line: Line, *, body: float) -> bool:
    """A heading's line too full for the next word goes on in the line below.

    Papers set "2 The Research Questions and Relevant" over "Privacy
    Principles", the second line hung under the words after the number; a
    summary sets "Limitation for … Networks at the" over "Direction of Users"
    under a hanging indent, with no number; a line broken by hand after a word
    no heading ends on ("HHS Report to" over "Congress (2010)") goes on too,
    however much room it leaves. Read as two blocks it gives two headings. The
    continuation is in the heading's own type (size and weight, above the
    body's or bold), opens with no number of its own and starts no further right
    than a number's width.
    """
    prev = para[-1]
    head = para[0]
    return (
        len(para) <= 2
        and prev.size == line.size == head.size
        and prev.bold == line.bold == head.bold
        and (head.bold or head.size > body + 0.5)
        and not prev.text.rstrip().endswith(_TERMINAL)
        and not line.text[:1].isdigit()
        and 0 <= line.x0 - head.x0 <= 4 * head.size
        and (
            prev.col_right - prev.x1 <= line.first_word_width + body
            or _DANGLING.search(prev.text) is not None
        )
        and line.top - prev.bottom <= prev.size
    )


# -- a word no heading ends on: the line was broken by hand ("HHS Report to" / "Congress (2010)")
_DANGLING = re.compile(r"\s(?:to|of|and|or|the|a|an|for|in|on|with|by|from|at|&)$")


def _runs_on(prev: Line, line: Line) -> bool:
    """A line filling its column to the edge mid-sentence goes on in the next, however spaced.

    Text set double-spaced (a Chinese report's opening statement in 14 pt, a
    typed letter) leaves gaps between its lines wider than the body's; a line
    that reaches the column's right edge without ending its sentence, followed
    at the left edge within two line heights by one of the same size, is not a
    paragraph of its own. A line starting well inside the column is centred
    (a title's) and ends where it ends.
    """
    return (
        prev.size == line.size
        and not prev.bold  # -- running text; a bold label's lines stand as they are set
        and not line.bold
        and not prev.text.rstrip().endswith(_TERMINAL)
        and prev.col_right - prev.x1 <= prev.size
        and prev.x0 - prev.col_left <= 3 * prev.size  # -- a centred line stands alone
        and line.x0 <= line.col_left + line.size
        and line.top - prev.bottom <= 2 * prev.size
        and len(prev.text) >= 20
    )


def _item_starts(text: str, *, after_sentence: bool) -> bool:
    """A bullet glyph always opens a list item; a dash or "2." only after a finished sentence
    or before a capital, so a wrapped line starting "– which lasted" stays in its paragraph."""
    m = _MARKER.match(text)
    if m is None:
        return False
    if m.group("bullet") and m.group("bullet") not in "–—-":
        return True
    rest = text[m.end() :]
    return after_sentence or rest[:1].isupper() or rest[:1].isdigit()


def _join(lines: list[Line]) -> str:
    """The lines of a paragraph as one text; a stack of three or more names as a list of them.

    A cover prints its authors one per line ("Jim Bainbridge" / "Hernando
    Bedoya" / …); run together they would read as one long name.
    """
    if len(lines) >= 3 and all(name_line(line.text.strip()) for line in lines):
        return ", ".join(line.text.strip() for line in lines)
    text = ""
    for line in lines:
        text = join_wrapped(text, line.text.strip())
    return text


# -- a paper's algorithm set in a proportional face: "Require: …", "x ← f (y)", "end for"
_PSEUDOCODE = re.compile(
    r"←|^(?:require|ensure)\s*:|^end\s+(?:for|if|while|function|procedure|loop)$", re.I
)


def _classify(paragraphs: list[list[Line]], *, body: float) -> list[Piece]:
    """Headings by size, then bold body-size lines; bullets and numbers as list items."""
    texts = [_join(p) for p in paragraphs]
    levels = _size_levels(paragraphs, texts, body)
    bold_level = max(levels.values(), default=1) + 1  # -- levels past 6 are ranked at the end
    opening = _opening(paragraphs, texts)
    bold_tiers = _bold_size_tiers(paragraphs, texts, body, opening)
    bullet_indents = sorted(
        {round(p[0].x0 - p[0].col_left) for p in paragraphs if _MARKER.match(p[0].text)}
    )
    pieces = []
    outline = _lettered_outline(paragraphs, texts)
    for index, (para, text) in enumerate(zip(paragraphs, texts, strict=True)):
        first = para[0]
        marker = _MARKER.match(text)
        if any(x.drawn for x in para):  # -- a diagram's labels: kept, out of the running text
            pieces.append(Piece(text, kind="footnote"))
        elif first.table:  # -- a table's row (its header row in bold too) heads no section,
            # -- and is no sentence of the author's: "Phase 1 | 5,000 | $140M" advises nothing
            pieces.append(Piece(text, kind="paragraph" if first.letterhead else "table"))
        elif index in outline and not (first.size in levels and _is_large(para, text, body)):
            # -- the outline's "I." set in body type; in display type ("I. Economic Analysis"
            # -- in 20 pt beside "Executive Summary" in 20 pt) its size ranks it, below
            pieces.append(Piece(text, kind="heading", level=bold_level + outline[index]))
        elif all(x.mono for x in para) or _PSEUDOCODE.search(text):
            # -- a code listing or an algorithm's steps: neither headings nor running text
            pieces.append(Piece(text, kind="code"))
        elif first.size in levels and _is_large(para, text, body):
            pieces.append(Piece(text, kind="heading", level=levels[first.size]))
        elif _is_bold_heading(para, text, body):
            # -- a bold line of the title block ranks with the top tier (see _bold_size_tiers)
            tier = 0 if index < opening and in_capitals(text) else bold_tiers[first.size]
            pieces.append(Piece(text, kind="heading", level=bold_level + tier))
        elif marker:
            indent = round(first.x0 - first.col_left)
            level = sum(1 for i in bullet_indents if i < indent - 4)
            ordered = marker.group("bullet") is None
            pieces.append(
                Piece(text[marker.end() :], kind="list_item", level=level, ordered=ordered)
            )
        else:
            pieces.append(Piece(text))
    pieces = _under_numbered_parent(_deeper(_unnumbered_between(pieces)))
    pieces = _numbered_in_body_type(pieces, paragraphs)
    numbers = [m.group("num") if (m := _MARKER.match(t)) else None for t in texts]
    sizes = [p[0].size for p in paragraphs]
    bolds = [all(x.bold for x in p) for p in paragraphs]
    typed = {size: bold_level + tier for size, tier in bold_tiers.items()}
    pieces = _numbered_agenda(pieces, numbers, bold_level, sizes, bolds, typed)
    pieces = _numbered_under_capitals(pieces)
    below_bold = bold_level + max(bold_tiers.values(), default=0) + 1
    pieces = _run_in_heads(pieces, paragraphs, level=below_bold)
    pieces = _ranked(_capitals_over_mixed_case(_rejoined_headings(_title_block(pieces))))
    pieces = [_without_icons(p) for p in pieces]
    return [_list_intro(p, nxt) for p, nxt in itertools.zip_longest(pieces, pieces[1:])]


# -- what may stand beside a pictograph in one icon: variation selectors, joiners, skin tones
_ICON_MARKS = "\ufe0e\ufe0f\u200d\u20e3 "


def _icon_char(char: str) -> bool:
    """A pictograph ("📰", "💡", "★") or a mark joined to one; no letter, figure or stop."""
    return (
        char in _ICON_MARKS
        or unicodedata.category(char) == "So"
        or "\U0001f3fb" <= char <= "\U0001f3ff"
    )


def _without_icons(piece: Piece) -> Piece:
    """A heading without the pictographs set before or after its words.

    A leaflet opens each box's title with an icon ("📰 Stay informed",
    "💡Remember: …"); the icon is a picture, no word of the heading. Only
    headings lose them, and only when words remain.
    """
    if piece.kind != "heading":
        return piece
    text = piece.text
    start, end = 0, len(text)
    while start < end and _icon_char(text[start]):
        start += 1
    while end > start and _icon_char(text[end - 1]):
        end -= 1
    words = text[start:end]
    if words == text or not any(c.isalnum() for c in words):
        return piece
    return replace(piece, text=words)


RUN_IN_SERIES = 2  # -- run-in heads a document sets before one is read as a head, not emphasis
_COUNTED_HEAD = re.compile(r"\d{1,2}[.)]\s")


def _run_in_heads(pieces: list[Piece], paragraphs: list[list[Line]], *, level: int) -> list[Piece]:
    """Paragraphs opened by a bold phrase ending in a full stop: the phrase heads them.

    "Function inlining. LIR traces can cross …" with the first two words in
    bold is a heading run into its paragraph's first line; so is a bold line
    "Type specialization." alone over the roman text it heads. One such
    phrase may be emphasis: a document must set two or more, and no more than
    the headings it sets apart. ``pieces`` still
    match ``paragraphs`` one to one; the heads sit one level under bold headings
    when a bold heading stands above the first of them, and beside them if not.
    A bold line alone right under a display heading (the nearest heading above
    it) is beside them too: a testimony's "Demand isn't above trend." over its
    paragraph is a subsection, as its bold "Declining inflation" is under the
    next one. A head is never more than one level under the heading above it:
    a paper's "Benchmark results. The …" right under "7. Evaluation" is a
    subsection of it, as "Type specialization." under "3.1 Traces" is of that.
    """
    # -- a numbered item led by its bold head ("1. Commission small area data The index …")
    # -- is a paragraph whose head keeps its number
    texts = [
        _join(para) if piece.kind == "list_item" and piece.ordered else piece.text
        for piece, para in zip(pieces, paragraphs, strict=True)
    ]
    heads = {
        k: head
        for k, (piece, para) in enumerate(zip(pieces, paragraphs, strict=True))
        if (piece.kind == "paragraph" or (piece.kind == "list_item" and piece.ordered))
        and (head := _run_in_head(para, paragraphs, k))
        and texts[k].startswith(head)
    }
    # -- bold leads outnumbering the headings set apart label definitions or entries
    # -- ("Capital.", "Population." in a model's appendix), not a level of the outline
    shown = sum(1 for p in pieces if p.kind == "heading")
    # -- (counted heads, "1. Commission …", "2. Review …", are an outline of their own)
    uncounted = [k for k, head in heads.items() if not _COUNTED_HEAD.match(head)]
    if len(heads) < RUN_IN_SERIES or len(uncounted) > shown:
        return pieces
    # -- under the bold headings only when one stands above the first of them: run-in heads
    # -- opening the text before any bold heading ("Background Ireland's …" over "Key
    # -- findings") take turns with those headings, at their level
    under = any(p.kind == "heading" and p.level == level - 1 for p in pieces[: min(heads)])
    above = 0
    starts: dict[int, int] = {}
    for k, piece in enumerate(pieces):
        if k in heads:
            alone = not paragraphs[k][0].lead  # -- a bold line of its own, not run into text
            starts[k] = level if under and (above >= level - 1 or not alone) else level - 1
            # -- never deeper than one under the heading above it: a lead right under a
            # -- section heads a subsection, though others sit under subsections
            starts[k] = min(starts[k], above + 1) if above else starts[k]
        if piece.kind == "heading":
            above = piece.level
    # -- heads in two sizes are two levels: a report's bold "The metro." over its smaller bold
    # -- italic "Medellín and Bello – urban centres." (see size_tiers)
    sizes = {k: paragraphs[k][0].lead_size or paragraphs[k][0].size for k in heads}
    tiers = size_tiers([sizes[k] for k in sorted(heads)], BOLD_TIER_STEP)
    out: list[Piece] = []
    for k, piece in enumerate(pieces):
        head = heads.get(k, "")
        if not head:
            out.append(piece)
            continue
        out.append(Piece(head.rstrip(" .:"), kind="heading", level=starts[k] + tiers[sizes[k]]))
        if rest := texts[k][len(head) :].strip():
            out.append(Piece(rest))
    return out


def _run_in_head(para: list[Line], paragraphs: list[list[Line]], k: int) -> str:
    """The run-in head opening this paragraph ("" if none): a bold lead, or a bold line alone.

    A bold lead over questions only ("Question Two: At what level …?") labels
    a question put to the reader, as a consultation paper or a quiz numbers them,
    not a division of the text.
    """
    first = para[0]
    if first.lead:
        asked = _QUESTIONS.fullmatch(_join(para)[len(first.lead) :].strip())
        return "" if asked else first.lead
    nxt = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else None
    alone = (
        len(para) == 1
        and first.bold
        and first.text.endswith(".")
        and first.text[-2:-1].isalpha()
        and first.text[:1].isupper()
        and len(first.text.split()) <= RUN_IN_WORDS
        and nxt is not None
        and not nxt.bold
        and abs(nxt.size - first.size) <= 0.6
    )
    return first.text if alone else ""


# -- questions and nothing else: what a numbered question's label runs into
_QUESTIONS = re.compile(r"(?:[^.!?]+\?\s*)+")
_OUTLINE_MARK = re.compile(r"^(?:(?P<roman>[IVX]{1,5})|(?P<letter>[A-Z]))\.\s+(?P<words>\S.*)$")


def _lettered_outline(paragraphs: list[list[Line]], texts: list[str]) -> dict[int, int]:
    """Lines numbered "I.", "II." with "A.", "B." under them (IEEE papers): {index: 0 or 1}.

    Set in small capitals and italics of body size, they are neither large nor
    bold, and "I." and "A." look like list markers. They are headings when each
    is a lone short line that continues its sequence (II after I; a letter at most one
    past the furthest so far, once a Roman number was seen), so a name initial
    ("J. Smith") or a list is left alone.
    """
    found: dict[int, int] = {}
    roman, letter = 0, 0
    for i, (para, text) in enumerate(zip(paragraphs, texts, strict=True)):
        m = _OUTLINE_MARK.match(text)
        if len(para) != 1 or not m or len(m["words"].split()) > 8 or text.endswith(_TERMINAL):
            continue
        mark = m["roman"] or m["letter"]
        if m["roman"] and roman_value(mark) == roman + 1:
            roman = roman + 1
            found[i] = 0
        elif roman and len(mark) == 1 and ord(mark) - ord("A") <= letter:
            # -- two columns can interleave sections ("IV." read before "C."): any letter up
            # -- to one past the furthest yet; "I.", "V." and "X." after H., U., W. are letters
            letter = max(letter, ord(mark) - ord("A") + 1)
            found[i] = 1
    return found


TITLE_REACH = 4  # -- the title is among the first pieces of a document's first page


def _title_block(pieces: list[Piece]) -> list[Piece]:
    """The title's lines as one heading, with its subtitle; the label above it no section.

    A title set line by line in the largest type arrives as several level-1
    pieces: they are one title. A heading in smaller type above the title (the
    issuing body's name, a series label) heads nothing. A heading right under
    the title whose size no other heading shares, smaller than headings that
    come after it, is the title's subtitle ("Adopting OSCAL" / "Vendor Resource
    Summary" over sections in larger type): it cannot be a section the later,
    larger ones would rank below. A byline there ("By: Jo Bloggs") is no subtitle:
    it names the author, and the front lines read it so.
    """
    first = next(
        (k for k, p in enumerate(pieces[:TITLE_REACH]) if p.kind == "heading" and p.level == 1),
        None,
    )
    if first is None:
        return pieces
    end = first + 1
    while end < len(pieces) and pieces[end].kind == "heading" and pieces[end].level == 1:
        end += 1
    # -- "Chapter 1" over "What is Earth Science?": the label and its name, as front.take_title
    # -- joins them when they arrive apart
    parts = [p.text for p in pieces[first:end]]
    title = " – ".join(parts) if len(parts) == 2 and division_level(parts[0]) else " ".join(parts)
    above = [Piece(p.text) if p.kind == "heading" else p for p in pieces[:first]]
    rest = pieces[end:]
    if rest and rest[0].kind == "heading" and _subtitle(rest[0], rest[1:]):
        title = f"{title.rstrip(' :')}: {rest[0].text}"
        rest = rest[1:]
    return [*above, Piece(title, kind="heading", level=1), *rest]


def _subtitle(piece: Piece, after: list[Piece]) -> bool:
    if is_person_byline(piece.text) or byline_label(piece.text):
        return False  # -- "An essay by" over the writer's name: the byline's label
    levels = [p.level for p in after if p.kind == "heading"]
    return piece.level not in levels and any(level < piece.level for level in levels)


def _rejoined_headings(pieces: list[Piece]) -> list[Piece]:
    """A heading wrapped onto a second line set apart from the first is one heading.

    Display type leaves a wide gap between a heading's lines ("Chapter 1.
    Securing and protecting IBM DB2" over "data"): a heading of the same level
    right after another, opening in lower case, continues it.
    """
    out: list[Piece] = []
    for p in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and p.kind == last.kind == "heading"
            and p.level == last.level
            and p.text[:1].islower()
            and last.text[-1:] not in ".:;!?"
        ):
            out[-1] = Piece(f"{last.text} {p.text}", kind="heading", level=last.level)
        else:
            out.append(p)
    return out


def _ranked(pieces: list[Piece]) -> list[Piece]:
    """Heading levels past 6 ranked into 1–6, so "1.3.1" in bold body type stays under "1.1".

    A report with many display sizes (a cover, a chapter number set huge)
    leaves bold body-size headings at 6 or deeper; capping each at 6 would set
    "1.1" and "1.3.1" side by side. Levels are ranked keeping their order, those
    of headings without a word ("iii", a chapter's "1": detection drops them)
    left out; only a seventh distinct level and deeper share level 6.
    """
    worded = [p for p in pieces if p.kind == "heading" and _LABEL_WORD.search(p.text)]
    used = sorted({p.level for p in worded})
    if not used or max(p.level for p in pieces if p.kind == "heading") <= 6:
        return pieces
    rank = {level: min(6, n + 1) for n, level in enumerate(used)}
    return [
        Piece(p.text, kind="heading", level=rank.get(p.level, 6)) if p.kind == "heading" else p
        for p in pieces
    ]


def _numbered_agenda(
    pieces: list[Piece],
    numbers: list[str | None],
    default: int,
    sizes: list[float],
    bolds: list[bool],
    typed: dict[float, int] | None = None,
) -> list[Piece]:
    """Numbered items standing alone between paragraphs, counting 1, 2, 3 …, are headings.

    Minutes and agendas number their items ("1. Ouverture de la séance") and
    write each item's text under it: a one-item "list" each time, which is a
    heading with its number. They take the level of the heading before the
    first of them, and an unnumbered heading between two of them nests under
    the item it follows ("Résolution DM-2023-001" under item 4). Items that
    are the points of that heading sit a level below it (:func:`_points_of`).
    A brief sets its parts so in bold ("1. Sectoral Contributions") with their
    bulleted points indented under them (``bolds``: the lines wholly bold): a
    run of bold items over their own deeper items, right under a heading that
    has no text of its own ("Key Insights"), are its parts, one level below it.
    Bold items in the type of the document's unnumbered bold headings
    (``typed``: size to level) rank no higher than those: a testimony sets
    "Declining inflation" and "1. Competition policy" alike in bold body type,
    the latter under a display heading whose section runs to the end.
    """

    def lone(k: int) -> bool:
        p = pieces[k]
        near = [pieces[j].kind for j in (k - 1, k + 1) if 0 <= j < len(pieces)]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        # -- a bold label over points of its own: bullets indented deeper or set with another
        # -- mark ("•" under "1."), or a paragraph (see ``pointed`` below)
        own = nxt is not None and (
            nxt.kind == "paragraph"
            or (nxt.kind == "list_item" and (nxt.level > p.level or not nxt.ordered))
        )
        return (
            p.kind == "list_item"
            and p.ordered
            and (numbers[k] or "").isdigit()
            and len(p.text.split()) <= 14
            and not p.text.rstrip().endswith((".", ";", ",", ":"))
            and ("list_item" not in near or (bolds[k] and own))
            and k + 1 < len(pieces)
        )

    counted = _counted_runs([k for k in range(len(pieces)) if lone(k)], numbers, pieces)
    out = list(pieces)
    parts: set[float] = set()  # -- sizes of the headings whose runs were found to be their points
    for members in counted:
        # -- a heading opening the count (see _count_opener) takes the items' level; their
        # -- type, not its own, says where they stand
        run = [k for k in members if pieces[k].kind != "heading"]
        before = [k for k in range(members[0]) if pieces[k].kind == "heading"]
        level = pieces[before[-1]].level if before else default
        # -- bold parts over their own bullets right under a heading with no text of its own
        # -- ("Key Insights" over "1. Sectoral Contributions" and its points) are its parts;
        # -- elsewhere (after a paragraph, a lead-in "… should be adopted:") they are a list
        # -- (one may have a paragraph for its points: "6. Breach Notification Rule")
        bold_parts = (
            all(bolds[k] and pieces[k + 1].kind in ("list_item", "paragraph") for k in run)
            and sum(pieces[k + 1].kind == "list_item" for k in run) > len(run) / 2
        )
        pointed = before[-1:] == [run[0] - 1] and bold_parts
        beside = bold_parts and _after_own_text(before, run[0], pieces)
        if not (pointed or beside) and any(pieces[k + 1].kind == "list_item" for k in run):
            continue
        if pointed or (before and not beside and _points_of(before[-1], run, pieces, sizes, parts)):
            level += 1
            parts.add(sizes[before[-1]])  # -- ``pointed`` too has a heading before it
        if typed and all(bolds[k] and sizes[k] in typed for k in run):
            level = max(level, *(typed[sizes[k]] for k in run))
        for k in members:
            text = pieces[k].text if k not in run else f"{numbers[k]}. {pieces[k].text}"
            out[k] = Piece(text, kind="heading", level=level)
        for k in range(members[0] + 1, members[-1]):
            if out[k].kind == "heading" and k not in members and out[k].level <= level:
                out[k] = Piece(out[k].text, kind="heading", level=level + 1)
    return out


def _after_own_text(before: list[int], first: int, pieces: list[Piece]) -> bool:
    """The heading before ``first`` is a label with one paragraph of its own, closed by a stop.

    A brief's "Objective:" states its aim in a sentence, then sets its parts in
    bold ("1. Patient Consent") over their bulleted points: a label ending in a
    colon holds just its one statement, so the parts follow that section, beside
    its heading, as the brief's next sections. Under a plain heading
    ("Background") the parts after its paragraph stay that section's list, and
    a paragraph ending in a colon ("… should be adopted:") leads into a list.
    """
    return (
        before[-1:] == [first - 2]
        and pieces[first - 2].text.rstrip().endswith(":")
        and pieces[first - 1].kind == "paragraph"
        and pieces[first - 1].text.rstrip().endswith(".")
    )


def _counted_runs(
    items: list[int], numbers: list[str | None], pieces: list[Piece]
) -> list[list[int]]:
    """``items`` cut into runs counting 1, 2, 3 …, each of two or more; [] when any breaks the count.

    A brief may count its findings 1–3 under one heading and its
    recommendations 1–4 under the next: a count starts again at 1 only past
    a heading.
    """
    runs: list[list[int]] = []
    for k in items:
        opener = _count_opener(k, numbers, pieces, runs[-1][-1] if runs else -1)
        if numbers[k] == "1" and (
            not runs or any(p.kind == "heading" for p in pieces[runs[-1][-1] + 1 : k])
        ):
            runs.append([k])
        elif opener is not None:
            runs.append([opener, k])
        elif runs and numbers[k] == str(len(runs[-1]) + 1):
            runs[-1].append(k)
        else:
            return []
    return runs if runs and all(len(run) >= 2 for run in runs) else []


def _count_opener(k: int, numbers: list[str | None], pieces: list[Piece], after: int) -> int | None:
    """The found heading whose count the lone item ``k`` goes on with, if the heading above it is one.

    A notebook exported to PDF sets its first step "1. seed" as a heading of
    its own and the steps after it ("2. Install packages" …) in bold body type
    between their paragraphs: the count begun by the heading runs on in the
    items, so the heading opens their run. Only the nearest heading above the
    item, past the last run, with the number before the item's, opens it.
    """
    number = numbers[k] or ""
    heads = [n for n in range(after + 1, k) if pieces[n].kind == "heading"]
    if not number.isdigit() or not heads:
        return None
    m = _NUMBERED.match(pieces[heads[-1]].text)
    return heads[-1] if m is not None and m.group(1) == str(int(number) - 1) else None


def _points_of(
    head: int, run: list[int], pieces: list[Piece], sizes: list[float], parts: set[float]
) -> bool:
    """True when numbered items ``run`` are the points of the heading ``head`` before them.

    "Policy Recommendations" in 13 pt bold over "1. Develop …", "2. Invest …"
    in 12 pt, and "Wider Implications" in 13 pt after them: the items are set
    smaller than the heading and a heading in its type closes them, so they
    make up its section. Minutes number their items in a smaller type than
    the "Présences" heading before them and run to the end: items of the
    document, beside that heading. The last of several parts ("Experiment 3"),
    each over its own count, runs to the end too: a heading in a type whose
    earlier runs were points (``parts``: their sizes) has its points as well.
    """
    smaller = all(sizes[head] - sizes[k] >= BOLD_TIER_STEP for k in run)
    closed = sizes[head] in parts or any(
        p.kind == "heading" and sizes[k] > sizes[head] - BOLD_TIER_STEP
        for k, p in enumerate(pieces[run[-1] + 1 :], start=run[-1] + 1)
    )
    return smaller and closed


def _list_intro(piece: Piece, nxt: Piece | None) -> Piece:
    """A styled line ending in a colon right above a list introduces it; it heads no section."""
    intro = piece.kind == "heading" and piece.text.endswith(":") and piece.level > 1
    if intro and nxt is not None and nxt.kind == "list_item":
        return Piece(piece.text)
    return piece


_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[^\W\d_]")  # -- group 1: "3.2"


NUMBERED_RUN = 3  # -- numbered headings of one type that make it a numbered outline


def _unnumbered_between(pieces: list[Piece]) -> list[Piece]:
    """Unnumbered lines in a numbered outline's type, between its numbered items, are text.

    An agenda numbers every item it sets in its heading type ("1. CALL TO
    ORDER" … "6. ADJOURNMENT", "2.1 Public Employee …"); the lines in the same
    type between them that carry no number ("District Representatives: …")
    are the items' particulars. Before the first number (an abstract) and
    after the last (acknowledgements) unnumbered headings stay.
    """
    # -- by level and numbering style: a chart's labels in the same type ("H. Pipe Size", "P.
    # -- Tax Receipt") on the figure pages after "7.3 Next Steps" extend no decimal outline
    numbered: dict[tuple[int, str], list[int]] = {}
    for n, p in enumerate(pieces):
        style = "1.1" if _DOTS.match(p.text) else numbering_style(p.text)
        if p.kind == "heading" and style:
            numbered.setdefault((p.level, style), []).append(n)
    numbers = {n for ns in numbered.values() for n in ns}
    spans = [(ns[0], ns[-1], lv) for (lv, _), ns in numbered.items() if len(ns) >= NUMBERED_RUN]
    inside = {
        n
        for n, p in enumerate(pieces)
        if p.kind == "heading"
        and n not in numbers
        and any(first < n < last and p.level == level for first, last, level in spans)
    }
    return [Piece(p.text) if n in inside else p for n, p in enumerate(pieces)]


CAPITAL_PARENTS = 2  # -- capitals headings before a numbered run: the outline is theirs


def _numbered_under_capitals(pieces: list[Piece]) -> list[Piece]:
    """Numbered headings in the type of the capitals headings around them sit under them.

    A memo sets "INTRODUCCIÓN", "ANÁLISIS", "RECOMENDACIÓN" and, under
    "ANÁLISIS", "1. Planificación …", "2. Agregación …" all in one type: the
    numbers, restarting at 1 after a capitals heading and closed by another,
    count the points of that section, not the memo's. Two capitals headings or
    more before the run show the capitals make the outline; an unnumbered line
    in the type between the numbers ("Criterios") sits under the point above it.
    """
    heads = [n for n, p in enumerate(pieces) if p.kind == "heading"]
    out = list(pieces)
    for k, start in enumerate(heads):
        level = pieces[start].level
        first = _NUMBERED.match(pieces[start].text)
        if first is None or first.group(1) != "1" or in_capitals(pieces[start].text):
            continue
        same = [n for n in heads if pieces[n].level == level]
        before = [n for n in same if n < start]
        capitals = [n for n in before if in_capitals(pieces[n].text)]
        if len(capitals) < CAPITAL_PARENTS or capitals[-1] != before[-1]:
            continue
        end = next((n for n in same if n > start and in_capitals(pieces[n].text)), None)
        if end is None:
            continue
        inside = [n for n in heads[k:] if n < end]
        numbers = [m.group(1) for n in inside if (m := _NUMBERED.match(pieces[n].text))]
        if numbers != [str(i) for i in range(1, len(numbers) + 1)] or len(numbers) < 2:
            continue
        for n in inside:
            p = pieces[n]
            deeper = p.level > level or _NUMBERED.match(p.text) is not None
            out[n] = Piece(p.text, kind="heading", level=p.level + (1 if deeper else 2))
    return out


LONE_MIXED_CAPS = 4  # -- chapters in capitals beside which one mixed-case heading is a slip


def _capitals_over_mixed_case(pieces: list[Piece]) -> list[Piece]:
    """Headings of one type in capitals and in mixed case: the capitals are the higher level.

    A report sets "DEFINING AND IDENTIFYING THE INCIDENTS" and "Inclusion
    Criteria" under it in the same bold type; only the case tells the chapter
    from its section. At the first level holding both (capitals of two words
    or more, so an acronym "FAQ" does not count, and not the document's first
    heading, its banner) and no numbered heading, the mixed-case headings and
    everything deeper go one level down. A single mixed-case heading beside
    many chapters in capitals, where a smaller heading type follows, is a
    section set in the wrong type: it joins that type's level.
    """
    headings = [p for p in pieces if p.kind == "heading"]
    for level in sorted({p.level for p in headings}):
        same = [p for p in headings if p.level == level]
        if any(_NUMBERED.match(p.text) or numbering_style(p.text) for p in same):
            continue  # -- numbers rank a numbered outline; capitals there are front matter
        # -- the document's first heading in capitals is its banner or title, not a chapter
        caps = [
            p
            for p in same
            if p is not headings[0] and in_capitals(p.text) and len(p.text.split()) >= 2
        ]
        mixed = [p for p in same if _LABEL_WORD.search(p.text) and not in_capitals(p.text)]
        deeper = sorted({p.level for p in headings if p.level > level})
        if len(mixed) == 1 and len(caps) >= LONE_MIXED_CAPS and deeper:
            # -- one section among many chapters set in the chapters' type: a slip of the
            # -- typesetter; it ranks with the sections in the next type down
            return [
                Piece(p.text, kind="heading", level=deeper[0]) if p is mixed[0] else p
                for p in pieces
            ]
        if caps and mixed:
            return [
                Piece(p.text, kind="heading", level=p.level + 1)
                if p.kind == "heading" and (p.level > level or p in mixed)
                else p
                for p in pieces
            ]
    return pieces


def _deeper(pieces: list[Piece]) -> list[Piece]:
    """A numbered heading one level deeper per dot more than its type's shallowest number.

    "3.1 Overview" sits under "3 Method" even when a paper sets both in the same
    type; when the type already tells them apart ("1.1" in 16 pt, "1.3.1" in
    13 pt, a report's manual of style), the dots add nothing to it.
    """
    dots = [
        (m.group(1) or "").count(".")
        if p.kind == "heading" and (m := _DOTS.match(p.text))
        else None
        for p in pieces
    ]
    shallowest: dict[int, int] = {}
    for p, d in zip(pieces, dots, strict=True):
        if d is not None:
            shallowest[p.level] = min(d, shallowest.get(p.level, d))
    return [
        Piece(p.text, kind="heading", level=p.level + d - shallowest[p.level]) if d else p
        for p, d in zip(pieces, dots, strict=True)
    ]


def _under_numbered_parent(pieces: list[Piece]) -> list[Piece]:
    """A heading numbered "3.2.1" sits one level below the "3.2" heading found before it.

    A paper sets "3" and "3.2" in 12 pt bold and "3.2.1" in bold body type:
    ranked by type the bold body line meets "3.2" at level 2. Its number names
    its parent, so a heading no deeper than that parent goes one level under it.
    """
    seen: dict[str, int] = {}
    out = []
    for p in pieces:
        m = _NUMBERED.match(p.text) if p.kind == "heading" else None
        if m is None:
            out.append(p)
            continue
        number = m.group(1)
        parent = seen.get(number.rsplit(".", 1)[0]) if "." in number else None
        if parent is not None and p.level <= parent:
            p = Piece(p.text, kind="heading", level=parent + 1)
        seen[number] = p.level
        out.append(p)
    return out


_DOTS = re.compile(r"^\d{1,2}((?:\.\d{1,2})*)\.?\s+[^\W\d_]")
_DOTTED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+[^\W\d_]")
NUMBERED_WORDS = 12  # -- the most words of a numbered line in body type read as a heading


def _numbered_in_body_type(pieces: list[Piece], paragraphs: list[list[Line]]) -> list[Piece]:
    """ "3.1.1 Logical view" in plain body type under a found "3.1 LRS model" heading is one too.

    A report's deepest headings are often set like its text, told apart only by
    their number. A lone short line whose dotted number extends a found
    heading's ("3.1" → "3.1.1") or follows a found sibling's ("3.1.1" →
    "3.1.2") is a heading one level below its parent or at its sibling's. The
    number must continue the outline, so a list's "1.5 million" or a contents
    line ending in its page number ("3.1.2 Hydro network 10") is left alone.
    """
    levels: dict[str, int] = {}
    out = list(pieces)
    for n, (p, para) in enumerate(zip(pieces, paragraphs, strict=True)):
        m = _NUMBERED.match(p.text)
        if not m:
            continue
        number = m.group(1)
        if p.kind == "heading":
            levels[number] = p.level
            continue
        parent, _, last = number.rpartition(".")
        sibling = f"{parent}.{int(last) - 1}" if parent and last.isdigit() else ""
        lone = (
            p.kind == "paragraph"
            and len(para) == 1
            and not para[0].drawn
            and len(p.text.split()) <= NUMBERED_WORDS
            and not p.text.endswith((".", "!", "?", ":", ";", ","))
            and not p.text.split()[-1].isdigit()
        )
        if lone and (parent in levels or sibling in levels):
            level = levels[sibling] if sibling in levels else levels[parent] + 1
            levels[number] = level
            out[n] = Piece(p.text, kind="heading", level=level)
    return out


def _size_levels(paragraphs: list[list[Line]], texts: list[str], body: float) -> dict[float, int]:
    """Heading level per font size: a size used once near the top of page 1 is the title (1),
    other heading sizes rank from 2 down, largest first."""
    sizes = sorted(
        {p[0].size for p, t in zip(paragraphs, texts, strict=True) if _is_large(p, t, body)},
        reverse=True,
    )
    levels: dict[float, int] = {}
    if sizes:
        users = [n for n, p in enumerate(paragraphs) if p[0].size == sizes[0]]
        numbered = bool(users) and _NUMBERED.match(texts[users[0]]) is not None
        # -- a centred title set line by line ("Board of Education" / "Special Meeting" /
        # -- "AGENDA") is one run of paragraphs in the largest type, as a one-line title is one
        run = (
            users == list(range(users[0], users[0] + len(users)))
            and len(users) <= 3
            and all(  # -- stacked, not side by side (a running head's "Seite 1092 … Nr. 52")
                paragraphs[b][0].top >= paragraphs[a][-1].bottom - 1
                for a, b in itertools.pairwise(users)
            )
        )
        if run and users[0] < 3 and paragraphs[users[-1]][0].page == 0 and not numbered:
            levels[sizes.pop(0)] = 1  # -- "1 Introduction" heading a page is a section, no title
    openers = _page_opening_sizes(paragraphs, texts, body)
    rank = 2
    for n, size in enumerate(sizes):
        # -- chapter openers in two display sizes ("Preface" 24 pt, "Chapter 1." 26 pt) are
        # -- one level: each size only ever opens a page, as a chapter does
        merged = n > 0 and size in openers and sizes[n - 1] in openers
        rank += n > 0 and not merged
        levels[size] = rank
    return levels


def _page_opening_sizes(paragraphs: list[list[Line]], texts: list[str], body: float) -> set[float]:
    """Heading sizes every use of which is the first worded paragraph of its page."""
    first: dict[int, int] = {}
    for n, (para, text) in enumerate(zip(paragraphs, texts, strict=True)):
        if para[0].page not in first and _LABEL_WORD.search(text):
            first[para[0].page] = n
    opening = set(first.values())
    uses: dict[float, list[int]] = {}
    for n, (para, text) in enumerate(zip(paragraphs, texts, strict=True)):
        # -- a display heading's second line set apart ("… IBM DB2" / "data") is the same use
        wrapped = n > 0 and paragraphs[n - 1][0].size == para[0].size
        if _is_large(para, text, body) and not wrapped:
            uses.setdefault(para[0].size, []).append(n)
    return {size for size, ns in uses.items() if all(n in opening for n in ns)}


def _is_large(para: list[Line], text: str, body: float) -> bool:
    """Set larger than the body and short; a long sentence in large type is a standfirst."""
    if para[0].drawn:  # -- a diagram's label ranks no heading size
        return False
    # -- Chinese and Japanese write no spaces: two of their characters count a word
    words = len(text.split()) + len(script("wide").findall(text)) // 2
    # -- a Chinese or Japanese heading never closes with a full stop, however short
    # -- (a title in title case may keep its full stop: "… to Reduce Dependence on Fossil Fuels.")
    sentence = (
        _unquoted_end(text).endswith((".", "!"))
        and words > (_PULL_QUOTE_WORDS if _quoted_whole(text) else 12)
        and not in_title_case(text)
    ) or text.endswith(("。", "！"))
    # -- a formula's variables set large ("wn", ". xn") are no heading; a word in
    # -- Chinese or Japanese may hold two characters
    letters = [c for c in text if c.isalpha()]
    worded = len(letters) >= 3 or any(not c.isascii() for c in letters)
    return para[0].size >= body * 1.15 and words <= 25 and not sentence and worded


def _is_bold_heading(para: list[Line], text: str, body: float) -> bool:
    return (
        all(x.bold for x in para)
        and -0.6 <= para[0].size - body < 0.15 * body  # -- up to where "large" begins
        and len(text.split()) <= 20
        and not _unquoted_end(text).endswith(_MID_SENTENCE)
        and not _MARKER.match(text)
    )


_QUOTE_CLOSERS = "”\"’'»"
_QUOTE_OPENERS = "“\"‘'«„"
_PULL_QUOTE_WORDS = 7  # -- a quoted sentence longer than this set apart is a pull quote


def _unquoted_end(text: str) -> str:
    """The line without the quotation marks closing it: its own last stop shows.

    "“The channel is our road, and the road is closing.”" ends its sentence
    inside the quote; read up to the quote mark, it looked like a label.
    """
    return text.rstrip().rstrip(_QUOTE_CLOSERS)


def _quoted_whole(text: str) -> bool:
    """The line is one quotation: it opens on a quote mark and closes on one."""
    text = text.strip()
    return len(text) > 2 and text[0] in _QUOTE_OPENERS and text[-1] in _QUOTE_CLOSERS


BOLD_TIER_STEP = 0.75  # -- points between two sizes of bold body-type headings that rank them


def _bold_size_tiers(
    paragraphs: list[list[Line]], texts: list[str], body: float, opening: int
) -> dict[float, int]:
    """For each size of the bold headings set near body size: 0 for the largest, 1 below it ….

    A brief sets its sections in 13 pt bold and the parts inside them in 12 pt
    bold, its body size: both are too small to rank as display type, yet the
    point larger is the higher level (see :func:`size_tiers`). A bold line in
    capitals above the first paragraph of text (``opening``) is the title ("THE
    HARBOUR ACT OF 1990" in bold body type over "A Summary" in 13 pt): it
    counts last, so the outline opens at its first heading, not at the title,
    and it ranks with the top tier whatever its size.
    """
    heads = [
        (n < opening and in_capitals(t), p[0].size)
        for n, (p, t) in enumerate(zip(paragraphs, texts, strict=True))
        if _is_bold_heading(p, t, body)
    ]
    order = [size for title, size in heads if not title] + [s for title, s in heads if title]
    return size_tiers(order, BOLD_TIER_STEP)


TEXT_WORDS = 12  # -- words of a roman paragraph that is running text, no title line


def _opening(paragraphs: list[list[Line]], texts: list[str]) -> int:
    """Where the text begins: the first paragraph not wholly bold of TEXT_WORDS words or more."""
    return next(
        (
            n
            for n, (para, text) in enumerate(zip(paragraphs, texts, strict=True))
            if not all(x.bold for x in para) and len(text.split()) >= TEXT_WORDS
        ),
        len(paragraphs),
    )


def _resolve_hyphens(pieces: list[Piece]) -> list[Piece]:
    """Line-end hyphens kept or dropped on the document's own evidence (see hyphens.py)."""
    texts = resolve_hyphens([p.text for p in pieces], typeset=True)
    return [
        Piece(t, kind=p.kind, level=p.level, ordered=p.ordered) if t != p.text else p
        for p, t in zip(pieces, texts, strict=True)
    ]
