"""Text-based PDFs: words with their font size and weight, read in column order, via pdfplumber."""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import replace

from briefing_app.core.document import Document
from briefing_app.core.errors import UserError
from briefing_app.core.scripts import is_rtl, logical_line, script
from briefing_app.ingest.assemble import Piece, assemble
from briefing_app.ingest.dates import find_date
from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.front import (
    clean_author,
    cover_date,
    cover_issuer,
    imprint_date,
    name_line,
    organisation,
)
from briefing_app.ingest.linenumbers import without_line_numbers
from briefing_app.ingest.pdfcontents import contents_outline, with_contents_levels, without_contents
from briefing_app.ingest.pdfdrawings import drawing_areas, mark_drawn
from briefing_app.ingest.pdfjoining import attach_marks, split_at_spaces, with_joiners
from briefing_app.ingest.pdflayout import (
    RUN_IN_WORDS,
    Line,
    body_size,
    gutter_cuts,
    order_lines,
    to_pieces,
)
from briefing_app.ingest.pdfligatures import restore_ligatures, spell_out_ligatures
from briefing_app.ingest.pdfmargins import pull_quotes, running_text
from briefing_app.ingest.pdftables import take_tables

# -- URW's Type 1 fonts (TeX's Times) name their bold weight "Medi": NimbusRomNo9L-Medi
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|-medi(?:ital)?$", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:[^#]{0,60}\s[·|•–—-]\s*)?(?:page\s*)?[-–—]?\s*#+\s*[-–—]?(?:\s*(?:of|/)\s*#+)?"
    r"(?:\s*[·|•–—-]\s[^#]{0,60})?$",
    re.I,
)
_ROMAN_PAGE = re.compile(r"[ivxl]{1,6}")
_CID = re.compile(r"\(cid:\d+\)")
_BULLET_TOKEN = re.compile(
    r"^(?:[•▪◦●■□◆–—*-]|\(cid:\d+\)|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|\([ivx]{1,4}\))$"
)
# -- a contents line: "Findings ..... 3" --
_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d+$|…{2,}\s*\d+$")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
# -- zero-width non-joiner and joiner: part of a Persian or Arabic word's spelling ("اصلاح‌طلبان"),
# -- kept inside a word; a "word" of nothing else is dropped like the invisibles above
_JOINERS = "\u200c\u200d"
_NOTE_MARKER = re.compile(r"^[\d,*†‡§¶]+$")
STAMP = "/BriefingMarginStamp"  # -- key of the margin stamp's text among the info values
PLACED_SHARE = 0.2  # -- the top and bottom fifth: where repeated lines in place are furniture
MARGIN_SHARE = 0.1
MAX_PAGES = 1000
WORD_GAP_RATIO = 0.15  # -- a gap wider than 0.15 em separates words --


def parse_pdf(data: bytes, *, name: str = "") -> Document:
    """Blocks in reading order with headings from font size/weight; run inside run_limited."""
    pages, info = _extract(data, name)
    first = pages[0] if pages else []
    pages = _drop_running_lines(pages)
    # -- the running head over page one, dropped as furniture: a paper's may name its author
    heads = _rows([x for x in first if x.top < PLACED_SHARE * x.page_height and x not in pages[0]])
    running = _rows([x for x in first if x not in pages[0]])  # -- page one's head and foot
    outline = contents_outline(pages)
    pages = [_terms_with_values(_labels_with_values(page)) for page in without_contents(pages)]
    pages = [
        _header_rows_as_text(page, table_follows=_opens_with_table(after))
        for page, after in zip(pages, [*pages[1:], []], strict=True)
    ]
    body = body_size([line for page in pages for line in page])
    pages = [[_capitals_sized(x, body) for x in page] for page in pages]
    pages, quotes = pull_quotes(pages, body)  # -- margin pull quotes: never the text's lines
    pages, cover_title, kept_aside = _covers_read_as_text(pages, body)
    cover_aside = [x.text for x in kept_aside]  # -- the cover's other lines: its issuer's name
    if pages:
        pages[0] = _letterhead_as_text(pages[0], body)
    aside = _publisher_pages(pages, body, cover_title) if cover_title else set()
    lines, notes = [], []
    for number, page in enumerate(pages):
        if number in aside:
            kept_aside += order_lines(page)
            continue
        text, foot = _split_footnotes(page, body)
        lines += order_lines(text)
        notes += order_lines(foot)
    pieces = with_contents_levels(to_pieces(lines), outline) + to_pieces(notes, notes=True)
    # -- the publisher's lines and pages stay in the document, with the notes, out of the text
    pieces += [Piece(p.text, kind="footnote") for p in to_pieces(kept_aside)]
    pieces += [Piece(p.text, kind="footnote") for q in quotes for p in to_pieces(q)]
    if not pieces:
        raise UserError(f"{name} has no readable text.")
    metadata = choose_metadata(
        pieces,
        title=_info_text(info.get("Title")),
        author=_info_text(info.get("Author")),
        running=heads,
    )
    if cover_title:  # -- what the cover shows beats the file's Title property
        metadata["title"] = cover_title
    elif printed := _printed_title(lines, metadata.get("title", "")):
        metadata["title"] = printed  # -- the bold title, not the italic subtitle run on after it
    # -- the issuer named in the cover's other lines, or in the title's own first lines
    # -- ("东北电气发展股份有限公司" over "2018 年第一季度报告")
    shown = [x.text for x in pages[0]] if cover_title else []
    if listed := _listed_members(cover_aside):
        metadata["author"] = listed  # -- "Team Members:" over their names: printed beats the file
    if "author" not in metadata and (writers := _cover_names(cover_aside)):
        metadata["author"] = writers  # -- "CALEB WINEBRENNER" over his course and university
    if "author" not in metadata and (issuer := cover_issuer(cover_aside) or cover_issuer(shown)):
        metadata["author"] = issuer
    if "date" not in metadata and (when := _running_date(running)):
        metadata.update(date=when, date_source="text")  # -- "MMWR / January 14, 2011 / Vol. 60"
    if "date" not in metadata and (when := cover_date(cover_aside)):
        metadata.update(date=when, date_source="text")  # -- "2018 年 04 月" under the title
    if "date" not in metadata and (when := cover_date(_set_aside_opening(pieces))):
        metadata.update(date=when, date_source="text")  # -- a title block read as labels
    if "date" not in metadata and (when := imprint_date([x.text for x in kept_aside])):
        metadata.update(date=when, date_source="text")  # -- "Published in 2024 by …"
    if when := find_date(info[STAMP]):  # -- an archive's stamp prints the version's date
        metadata.update(date=when, date_source="text")
    return assemble(pieces, metadata=metadata, name=name, source_format="pdf")


def _set_aside_opening(pieces: list[Piece]) -> list[str]:
    """The lines a document opens with when the layout set them aside from the text, else none.

    A testimony's title block (title, writer, post, hearing, date, centred line
    by line in type larger than the text) reads as a stack of labels or as a
    drawing and is kept out of the text: its date, before any running text, is
    still the paper's.
    """
    opening = itertools.takewhile(lambda p: p.kind == "footnote", pieces)
    return [p.text for p in itertools.islice(opening, OPENING_REACH)]


OPENING_REACH = 12  # -- the lines of a title block


def _printed_title(lines: list[Line], declared: str) -> str | None:
    """The bold words opening the document when an italic subtitle follows them on its line.

    A word processor names the file after its first lines ("Coverage of Rural
    Schools Spatial Analysis — March 2026"); the print parts the title from the
    subtitle by its type. Only when the file's title, if any, opens with the bold words.
    """
    first = lines[0] if lines and lines[0].page == 0 else None
    bold = first.bold_before_italic if first else ""
    if not bold or (declared and not " ".join(declared.split()).startswith(bold)):
        return None
    return bold


# -- a stamp an archive or a printer sets on every page: the day of the copy, not of the text
_ACCESS_STAMP = re.compile(r"(?i)\b(?:download|access|retriev|print)(?:ed|ing)?\b")


def _running_date(lines: list[str]) -> str | None:
    """The issue's day a journal prints in its running lines ("MMWR / January 14, 2011 / Vol. 60").

    Page one's head and foot are dropped as furniture for repeating page after
    page; the day in them is the issue's, the document's date. A year alone
    ("© 2019") names no day or month.
    """
    for line in lines:
        if _ACCESS_STAMP.search(line):
            continue  # -- "This content downloaded … on Mon, 03 Mar 2021": the reader's day
        if (when := find_date(line)) and len(when) >= len("2011-01"):
            return when
    return None


def _rows(lines: list[Line]) -> list[str]:
    """Lines set side by side at one height read as one row, left to right, rows top down."""
    rows: dict[int, list[Line]] = {}
    for x in lines:
        rows.setdefault(round(x.top), []).append(x)
    return [
        "  ".join(x.text for x in sorted(row, key=lambda x: x.x0))
        for _, row in sorted(rows.items())
    ]


def _covers_read_as_text(
    pages: list[list[Line]], body: float
) -> tuple[list[list[Line]], str, list[Line]]:
    """A cover page: its title read first, its stack of author names as text, the rest aside.

    A report's front cover holds no running text, only display type: a label
    ("Front cover"), the title, taglines, the authors' names one per line, the
    series' logo ("Redpaper" in the largest type of all). Read by size they
    would all be headings. The title is the largest type on the cover that
    says three words or more; a run of three or more lines that are each a
    person's name is the author list (detection reads it); every other line is
    the publisher's and is kept aside, with the notes. Returns the pages, the
    cover's title and the lines set aside ("", [] when page 1 is no cover).
    """
    if len(pages) < 2 or not pages[0] or any(running_text(x, body) for x in pages[0]):
        return pages, "", []
    if _prose_page(pages[0]):
        return pages, "", []  # -- running text in a size of its own: the body is not the cover's
    sizes = sorted({x.size for x in pages[0]}, reverse=True)
    words = {size: sum(_words(x.text) for x in pages[0] if x.size == size) for size in sizes}
    size = next((z for z in sizes if words[z] >= 3 and z > body * 1.15), None)
    if size is None:
        return pages, "", []
    title = _first_block(sorted((x for x in pages[0] if x.size == size), key=lambda x: x.top))
    rest = sorted((x for x in pages[0] if x not in title), key=lambda x: (x.top, x.x0))
    subtitle = _subtitle_lines(title, rest, body)
    rest = [x for x in rest if x not in subtitle]
    names = _name_stack(rest)
    # -- the subtitle read as part of the title's block, in the title's type
    cover = title + [replace(x, size=size) for x in subtitle]
    cover += [_as_text(x, body) for x in rest if x in names]
    aside = [x for x in rest if x not in names]
    text = " ".join(" ".join(x.text for x in title).split())
    if subtitle:
        sub = " ".join(x.text for x in subtitle)
        # -- a title printed with its colon ("… PROJECT:" over the subtitle) keeps one
        text = f"{text} {sub}" if script("wide").match(text[-1:]) else f"{text.rstrip(' :')}: {sub}"
    return [cover, *pages[1:]], text, aside


PROSE_LINES = 6  # -- lines of running text in one type that make a page no cover
PROSE_LINE_WORDS = 8


def _prose_page(lines: list[Line]) -> bool:
    """A page with a run of running-text lines in one type, whatever the body size says.

    The body size is the commonest type of the whole file: a memo whose appendix
    prints pages of 9-point statistics output has its text in 12 points, and its
    first page, all 12-point sentences, would read as a cover of display type.
    """
    sizes = Counter(
        round(x.size, 1) for x in lines if not x.bold and len(x.text.split()) >= PROSE_LINE_WORDS
    )
    return any(count >= PROSE_LINES for count in sizes.values())


def _first_block(lines: list[Line]) -> list[Line]:
    """The title's own lines: those in its type down to the first gap wider than a line.

    A cover may set its edition and date in the title's type well below it
    ("Edition 1.0", "2004-08"): they are the cover's other lines, not the
    title's (a block of fewer than three words is passed over: a label).
    """
    blocks: list[list[Line]] = []
    for line in lines:
        if blocks and line.top - blocks[-1][-1].bottom <= line.size:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    worded = [b for b in blocks if sum(_words(x.text) for x in b) >= 3]
    return worded[0] if worded else lines


def _words(text: str) -> int:
    """Words of a line; Chinese and Japanese write none apart: two characters count one."""
    return len(text.split()) + len(script("wide").findall(text)) // 2


def _subtitle_lines(title: list[Line], rest: list[Line], body: float) -> list[Line]:
    """The lines right under a cover's title in the next large type: its subtitle.

    A company's name over "2018 年第一季度报告", a report's name over its
    subject: set just below the title (within two of their own line heights),
    larger than the body, and not a date (a cover's date stands apart).
    """
    bottom = max(x.bottom for x in title)
    below = [x for x in rest if x.top >= bottom - 1]
    if not below or below[0].size <= body * 1.15 or find_date(below[0].text):
        return []
    lines = [below[0]]
    for line in below[1:]:
        if line.size != lines[0].size or line.top - lines[-1].bottom > lines[0].size:
            break
        lines.append(line)
    return lines if lines[0].top - bottom <= 2 * lines[0].size else []


LETTERHEAD_LINES = 40  # -- the most lines above the text a letterhead's blocks are sought in


def _letterhead_as_text(page: list[Line], body: float) -> list[Line]:
    """A letterhead's blocks on the first page read as one row of text, not as headings.

    Above the running text, an agenda or a letter prints who sends it and
    where and when side by side ("Cupertino Union School District ... April 6,
    2016", the street and the time on the next lines). Blocks that share a
    baseline with another block in the same type across a gap, each with the lines stacked
    right under it at the same left edge, are such a letterhead: however large
    their type, they head nothing. They are read as one table row, a block a
    cell ("Cupertino Union School District, 1309 S. Mary Avenue, … | April 6,
    2016, 7:30 a.m."), in place of their lines. Lines in the page's largest
    type (the title) are left alone.
    """
    start = min((x.top for x in page if running_text(x, body)), default=None)
    if start is None:
        return page
    largest = max(x.size for x in page)
    top = sorted(
        (x for x in page if x.bottom <= start and x.size < largest), key=lambda x: (x.top, x.x0)
    )
    if len(top) > LETTERHEAD_LINES:
        return page  # -- more than a letterhead holds (and pairs of lines grow as its square)
    heads: list[Line] = []
    for a, b in itertools.combinations(top, 2):
        # -- in the same type: a journal's margin notes beside its affiliations are no letterhead
        side_by_side = abs(a.bottom - b.bottom) <= 0.3 * min(a.size, b.size) and a.size == b.size
        if side_by_side and max(a.x0, b.x0) - min(a.x1, b.x1) > 2 * body:
            heads += [x for x in (a, b) if all(x is not h for h in heads)]
    if not heads or all(_heads_column(x, page, body) for x in heads):
        return page
    blocks: list[list[Line]] = []
    for line in top:  # -- in reading order: a line right under a block's last one joins it
        below = [
            b
            for b in blocks
            if abs(b[-1].x0 - line.x0) <= 2 and 0 <= line.top - b[-1].bottom <= b[-1].size
        ]
        if below:
            below[0].append(line)
        elif any(line is h for h in heads):
            blocks.append([line])
    blocks.sort(key=lambda b: b[0].x0)
    taken = {id(x) for b in blocks for x in b}
    members = [x for b in blocks for x in b]
    row = replace(
        _as_text(members[0], body),
        text=" | ".join(", ".join(x.text.strip(" ,") for x in b) for b in blocks),
        x0=min(x.x0 for x in members),
        x1=max(x.x1 for x in members),
        top=min(x.top for x in members),
        bottom=max(x.bottom for x in members),
        table=True,
        letterhead=True,
    )
    return [x for x in page if id(x) not in taken] + [row]


def _heads_column(head: Line, page: list[Line], body: float) -> bool:
    """Running text starts right under the line at its left edge: the line heads a column.

    Two column heads on one baseline ("Introduction" over the left column,
    "Methods & Results" over the right) look like a letterhead's blocks side by
    side; but a letterhead's blocks stand over the lines of its address or
    date, never over the running text itself.
    """
    return any(
        running_text(x, body)
        and abs(x.x0 - head.x0) <= 0.5 * body
        and 0 <= x.top - head.bottom <= head.size
        for x in page
    )


# -- a field's label ending in a colon: "To:", "From:", "Date:", "Prepared for:"
_FIELD_LABEL = re.compile(r"[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*)?\s?:")
FIELD_GAP = 72.0  # -- points: the widest tab between a field's label and its value (an inch)


def _labels_with_values(page: list[Line]) -> list[Line]:
    """A memo's "To:" / "Secretary of HHS" set apart by a tab, as one line "To: Secretary of HHS".

    Word's memo and form headers set each label and its value on one row with a
    tab between them; read as two lines side by side, the labels make a column of
    their own and each value is read under the wrong label. A short label ending
    in a colon and the line that starts within an inch right of it on its row are
    one line, as the page shows them.
    """
    labels = [x for x in page if _FIELD_LABEL.fullmatch(x.text.strip())]
    if not labels:
        return page
    merged: dict[int, Line | None] = {}
    for label in labels:
        right = [
            x
            for x in page
            if x is not label
            and id(x) not in merged
            and abs(x.top - label.top) < ROW_TOLERANCE
            and 0 <= x.x0 - label.x1 <= FIELD_GAP
        ]
        if not right or id(label) in merged:
            continue
        value = min(right, key=lambda x: x.x0)
        merged[id(label)] = replace(
            label,
            text=f"{label.text.strip()} {value.text.strip()}",
            x1=value.x1,
            bottom=max(label.bottom, value.bottom),
            bold=label.bold and value.bold,
        )
        merged[id(value)] = None
    return [y for x in page if (y := merged.get(id(x), x)) is not None]


TERM_WORDS = 3  # -- the most words of a glossary's or codebook's bold term
TERM_ROWS = 3  # -- the fewest terms stacked at one edge that make a table of terms


def _terms_with_values(page: list[Line]) -> list[Line]:
    """A codebook's or glossary's bold terms and the definitions beside them, one line each.

    Short bold terms ("stipend", "coiadj_pay", "CBDC") stacked at one left edge,
    each with a line in roman type starting within an inch to its right on its
    row, all at one edge, are a table of terms: read apart, every term would be a
    heading over its own definition. Three rows make the table; a heading beside
    the other column's text of a two-column page starts that text far more than
    an inch away.
    """
    pairs = []
    for term in page:
        if not term.bold or len(term.text.split()) > TERM_WORDS or term.text.rstrip()[-1:] == ":":
            continue
        beside = [
            x
            for x in page
            if not x.bold
            and abs(x.top - term.top) < ROW_TOLERANCE
            and 0 < x.x0 - term.x1 <= FIELD_GAP
        ]
        if beside:
            pairs.append((term, min(beside, key=lambda x: x.x0)))
    edges = Counter((round(t.x0 / 2), round(v.x0 / 2)) for t, v in pairs)
    merged: dict[int, Line | None] = {}
    for term, value in pairs:
        if edges[(round(term.x0 / 2), round(value.x0 / 2))] < TERM_ROWS:
            continue
        merged[id(term)] = replace(
            term,
            text=f"{term.text.strip()} {value.text.strip()}",
            x1=value.x1,
            bottom=max(term.bottom, value.bottom),
            bold=False,
        )
        merged[id(value)] = None
    return [y for x in page if (y := merged.get(id(x), x)) is not None]


HEADER_CELL_WORDS = 5  # -- the most words of a cell in a table's header row
HEADER_CELL_SHARE = 0.3  # -- of the text's width: the widest a header cell is set
ROW_TOLERANCE = 1.5  # -- points: lines whose tops differ by less stand on one row


def _header_rows_as_text(page: list[Line], *, table_follows: bool = False) -> list[Line]:
    """A borderless table's bold header row ("Category  Allocation  Uses") as one row of text.

    A table drawn without rules is read as loose lines; its header cells, short
    and bold, would each pass for a subhead. Two or more bold cells side by side
    on one row, none wider than a third of the text, within two rows of a row of two or more
    cells, are the table's header (or its bold total row): one line "Category |
    Allocation | Uses" that heads no section. Two columns of running text set
    their lines wider. With ``table_follows`` (the next page opens with a table's
    row) the page's last row needs no such neighbour: a table's header left at
    a page's foot, its body on the next page.
    """
    if len(page) < 4:
        return page
    left, right = min(x.x0 for x in page), max(x.x1 for x in page)
    rows: list[list[Line]] = []
    for line in sorted(page, key=lambda x: x.top):
        if rows and abs(line.top - rows[-1][0].top) < ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    merged: dict[int, Line | None] = {}
    for n, row in enumerate(rows):
        beside = [r for r in rows[max(0, n - 2) : n + 3] if r is not row]
        alone = all(len(r) < 2 for r in beside) and not (table_follows and n == len(rows) - 1)
        if len(row) < 2 or alone or any(x.table for x in row):
            continue
        if not all(
            x.bold
            and len(x.text.split()) <= HEADER_CELL_WORDS
            and x.x1 - x.x0 <= HEADER_CELL_SHARE * (right - left)
            and x.text.rstrip()[-1:] not in ".:;!?"
            and not x.text.lstrip()[:1].islower()  # -- "of Data Integrity": a wrapped heading's end
            for x in row
        ):
            continue
        cells = sorted(row, key=lambda x: x.x0)
        merged[id(cells[0])] = replace(
            cells[0],
            text=" | ".join(x.text.strip() for x in cells),
            x1=max(x.x1 for x in cells),
            bottom=max(x.bottom for x in cells),
            bold=False,
            table=True,
        )
        merged.update({id(x): None for x in cells[1:]})
    if not merged:
        return page
    return [y for x in page if (y := merged.get(id(x), x)) is not None]


def _opens_with_table(page: list[Line]) -> bool:
    """The page's first line is a table's row: a table run on from the page before."""
    return bool(page) and min(page, key=lambda x: x.top).table


def _cover_names(lines: list[str]) -> str | None:
    """The persons a cover names on lines of their own, over their institution: its writers.

    A student's or a consultant's report prints the writer's name on the cover
    over the course and the institution; the person who wrote it is the author,
    not the university named under the name. Without an institution beside it a
    short capitalised line ("Digital Markets") may be a tagline, not a person.
    """
    if cover_issuer(lines) is None:
        return None
    names = [clean_author(t) for t in lines if name_line(t.strip()) and not organisation(t)]
    return ", ".join(dict.fromkeys(names)) or None


# -- a cover's label over its writers' names: "Team Members:", "Authors", "Prepared by:"
_MEMBERS_LABEL = re.compile(
    r"(?i:(?:team|group|project)\s+members|members|authors?"
    # -- the kind of paper may open the label: "Final technical report prepared by:"
    r"|(?:[^\W\d_][\w-]*\s+){0,4}(?:written|prepared|compiled)\s+by)\s*:?"
)
_BRACKETED = re.compile(r"\s*\(([^()]{2,60})\)")


def _listed_members(lines: list[str]) -> str | None:
    """The names a cover lists under a "Team Members:" label, as printed, comma-separated.

    A group's brief sets the label and one name a line on its cover; a name may
    carry another in brackets ("Sarah (Zahraalsadat Mashhadi)"). The labelled list
    is the byline, and beats the file's author property (whoever saved it).
    """
    for n, line in enumerate(lines):
        if not _MEMBERS_LABEL.fullmatch(line.strip()):
            continue
        names = []
        for text in (x.strip() for x in lines[n + 1 :]):
            if not _member(text):
                break
            names.append(text)
        if names:
            return ", ".join(names)
    return None


def _member(text: str) -> bool:
    """A cover line that is a person's name, or a given name with the full name in brackets."""
    bare = _BRACKETED.sub("", text).strip()
    inner = [m.group(1) for m in _BRACKETED.finditer(text)]
    if name_line(text):
        return True
    return (
        bool(inner)
        and all(name_line(x) for x in inner)
        and re.fullmatch(r"[A-Z]\w+", bare) is not None
    )


def _name_stack(lines: list[Line]) -> list[Line]:
    """The lines of the longest run of three or more that are each a person's name."""
    best, start = (0, 0), 0
    for n, line in enumerate(lines):
        if not name_line(line.text.strip()):
            start = n + 1
        elif n + 1 - start > best[1] - best[0]:
            best = (start, n + 1)
    return lines[best[0] : best[1]] if best[1] - best[0] >= 3 else []


def _publisher_pages(pages: list[list[Line]], body: float, title: str) -> set[int]:
    """Pages of a report with a cover that are the publisher's, not the author's text.

    The back cover prints the cover's title again in large type over a blurb;
    an insert in the pages right after the cover ("Solution Brief", notices)
    is set in small print, with no line at the body's size. Their display lines would read as
    sections: they are kept as notes, out of the running text. ``title`` is the
    cover's (see _covers_read_as_text).
    """
    title = " ".join(title.casefold().split())
    aside = set()
    last = " ".join(" ".join(x.text for x in pages[-1] if x.size > body * 1.15).casefold().split())
    if title and title in last:
        aside.add(len(pages) - 1)
    for number, page in enumerate(pages[1:FRONT_PAGES], start=1):
        if number == len(pages) - 1 or any(running_text(x, body) for x in page):
            continue  # -- the author's text (or a contents page wrapping an entry)
        small = [x for x in page if not x.bold and x.size < body - 0.6 and len(x.text.split()) >= 4]
        if len(small) >= 3:
            aside.add(number)
    return aside


FRONT_PAGES = 4  # -- the cover and the three pages after it: where a report's inserts sit


def _as_text(line: Line, body: float) -> Line:
    return replace(line, size=body, bold=False)


def _split_footnotes(page: list[Line], body: float) -> tuple[list[Line], list[Line]]:
    """Small print below the last body line: footnotes, read after the text, not inside it."""
    body_lines = [line for line in page if abs(line.size - body) <= 0.6]
    if not body_lines:
        return page, []
    last = max(line.bottom for line in body_lines)
    foot = [line for line in page if line.top >= last and line.size <= 0.85 * body]
    return [line for line in page if line not in foot], foot


def _extract(data: bytes, name: str) -> tuple[list[list[Line]], dict]:
    """Lines of every page and the info dictionary, or one sentence saying why not."""
    # -- deferred: pdfplumber only for .pdf (start-up time) --
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            info = dict(pdf.metadata or {})
            pages, images, stamp = _read_pages(pdf, name)
    except PdfminerException as exc:
        raise _explain(exc, name) from None
    if not any(pages):
        if images:
            raise UserError(
                f"{name} contains only scanned page images and no text; run it through OCR "
                "(for example 'Recognize text' in your PDF tool) and open the result."
            )
        raise UserError(f"{name} has no readable text.")
    return pages, {**info, STAMP: stamp}


def _margin_stamp(page) -> str:
    """The text set sideways in the first page's margin ("arXiv:2004.04906v3 [cs.CL] 30 Sep 2020").

    Rotated characters are read bottom to top (or top to bottom when turned
    the other way), with a space wherever the gap between two exceeds a
    quarter of their size.
    """
    chars = [c for c in page.chars if not c.get("upright", True) and c["text"].strip()]
    if not chars:
        return ""
    upward = chars[0]["matrix"][1] > 0  # -- turned counter-clockwise: reads bottom to top
    chars.sort(key=lambda c: -c["bottom"] if upward else c["top"])
    text = chars[0]["text"]
    for prev, char in itertools.pairwise(chars):
        gap = (prev["top"] - char["bottom"]) if upward else (char["top"] - prev["bottom"])
        text += (" " if gap > 0.25 * char["size"] else "") + char["text"]
    return " ".join(text.split())[:300]


def _read_pages(pdf, name: str) -> tuple[list[list[Line]], int, str]:
    if len(pdf.pages) > MAX_PAGES:
        raise UserError(
            f"{name} has {len(pdf.pages)} pages; Briefing Builder reads documents of "
            f"up to {MAX_PAGES} pages, so extract the part you need first."
        )
    pages, images = [], 0
    for number, page in enumerate(pdf.pages):
        if number == 0:
            stamp = _margin_stamp(page)
        pages.append(_page_lines(page, number))
        images += len(page.images)
        page.flush_cache()  # -- keep memory flat on long reports --
    return _typewritten_as_text(pages), images, stamp


TYPEWRITTEN_SHARE = 0.8  # -- of a document's characters in fixed-width type: it is the body's --


def _typewritten_as_text(pages: list[list[Line]]) -> list[list[Line]]:
    """A document typed in Courier is its text, not one long code listing.

    Memos, filings and letters are still typed in fixed-width type; read as
    code, such a memo came out with no section and no text at all. A report
    whose listings hold half its characters is still prose with code.
    """
    chars = [(len(x.text), x.mono) for page in pages for x in page]
    total = sum(n for n, _ in chars)
    if not total or sum(n for n, mono in chars if mono) < TYPEWRITTEN_SHARE * total:
        return pages
    return [[replace(x, mono=False) for x in page] for page in pages]


def _explain(exc: Exception, name: str) -> UserError:
    # -- deferred: pdfplumber only for .pdf (start-up time) --
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return UserError(
            f"{name} is password-protected; open it in a PDF viewer, save an unprotected "
            "copy and open that."
        )
    return UserError(f"{name} is a damaged PDF and cannot be read.")


def _page_lines(page, number: int) -> list[Line]:
    """Table rows, then words grouped into lines by baseline and split at column gutters."""
    # -- TeX writes no space characters and squeezes gaps below pdfplumber's fixed 3 pt
    # tolerance, gluing words together; a tolerance relative to the font size does not --
    words = page.extract_words(
        extra_attrs=["size", "fontname", "upright"],
        keep_blank_chars=False,
        use_text_flow=False,
        x_tolerance_ratio=WORD_GAP_RATIO,
        return_chars=True,  # -- where a vowel mark drawn apart sits (see pdfjoining)
    )
    words = _visible([w for w in words if w.get("upright", True)])  # -- margin stamps aside
    words = restore_ligatures(words)  # -- "inancial" from a PDF that maps "ﬁ" to "i"
    words = attach_marks(split_at_spaces(without_line_numbers(words)))
    words = spell_out_ligatures(words)  # -- "coeﬀicient" from one that keeps "ﬀ" as one character
    lines, words = take_tables(page, number, words, gap_ratio=WORD_GAP_RATIO)
    fixed = _fixed_width_fonts(words)
    rows: list[list[dict]] = []
    placed = _onto_their_lines(_fold_superscripts(words))
    for word in sorted(placed, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 0.3 * word["size"]:
            rows[-1].append(word)
        else:
            rows.append([word])
    cuts = _narrow_gutters(rows)
    for row in rows:
        for segment in _split_row(sorted(row, key=lambda w: w["x0"]), cuts):
            lines.append(_line(segment, number, page.height, fixed))
    return mark_drawn(lines, drawing_areas(page.rects + page.curves, page.width, page.height))


BUCKET = 4.0  # -- points per bucket of word edges, to find the words that touch one


def _onto_their_lines(words: list[dict]) -> list[dict]:
    """Words in a second font moved onto the line of the word they touch end to end.

    Fonts of two scripts carry different ascents and descents: "LEZ" in a
    Latin font inside a Persian heading has its box's bottom six points
    above the Persian words', and grouped by its bottom it becomes a line of
    its own, splitting the heading in two. A word that touches a word in
    another font and another writing (right to left, or Chinese, Japanese
    and Korean) end to end, shares half its height with it and yet sits
    lower or higher than a line's tolerance is put on that word's line; of
    the two, the word in the font with fewer characters on the page moves,
    and only a word of two letters or more in type of about the same size (a
    raised "∗+", a note number, a formula's subscripts stay where they are).
    A page in one font is passed over, and words in its main font never move.
    """
    fonts: Counter[str] = Counter()
    for w in words:
        fonts[w["fontname"]] += len(w["text"])
    if len(fonts) < 2:
        return words
    # -- words in the page's main font never move (no font has more characters to move onto)
    main = fonts.most_common(1)[0][0]
    movable = [
        k
        for k, w in enumerate(words)
        if w["fontname"] != main and sum(c.isalpha() for c in w["text"]) >= 2
    ]  # -- a word of two letters or more: a raised "∗" or "+" marking an affiliation stays raised
    if not movable:
        return words
    edges: dict[int, list[dict]] = {}  # -- words by where they start and where they end
    for w in words:
        edges.setdefault(int(w["x1"] // BUCKET), []).append(w)
        if int(w["x0"] // BUCKET) != int(w["x1"] // BUCKET):
            edges.setdefault(int(w["x0"] // BUCKET), []).append(w)
    out = list(words)
    for k in movable:
        w = words[k]
        if (host := _touching(w, edges, fonts)) is not None:
            shift = host["bottom"] - w["bottom"]
            out[k] = {**w, "top": w["top"] + shift, "bottom": host["bottom"]}
    return out


def _writing(text: str) -> str:
    """ "rtl" (Arabic, Hebrew), "wide" (Chinese, Japanese, Korean) or "" for the rest."""
    return "rtl" if is_rtl(text) else "wide" if script("wide").search(text) else ""


def _touching(word: dict, edges: dict[int, list[dict]], fonts: Counter[str]) -> dict | None:
    """The word in a more used font and another writing that ``word`` abuts, off its line."""
    reach = 0.6 * word["size"]
    height = word["bottom"] - word["top"]
    writing = _writing(word["text"])
    for bucket in range(
        int((word["x0"] - reach) // BUCKET), int((word["x1"] + reach) // BUCKET) + 1
    ):
        for other in edges.get(bucket, ()):
            if (
                other is not word
                and fonts[other["fontname"]] > fonts[word["fontname"]]
                # -- type of a size: not onto a raised note number, nor a subscript onto its symbol
                and 0.8 * other["size"] <= word["size"] <= other["size"] / 0.95
                and (
                    -1.0 <= word["x0"] - other["x1"] <= reach
                    or -1.0 <= other["x0"] - word["x1"] <= reach
                )
                and abs(other["bottom"] - word["bottom"]) > 0.3 * word["size"]
                and min(word["bottom"], other["bottom"]) - max(word["top"], other["top"])
                >= 0.5 * min(height, other["bottom"] - other["top"])
                and _other_writing(other, word, writing, edges)
            ):
                return other
    return None


def _other_writing(other: dict, word: dict, writing: str, edges: dict[int, list[dict]]) -> bool:
    """``other`` is in another writing than ``word``, or is a bracket set in a line that is.

    "(" and ")" hold no letters: they are of the line whose words they touch on
    their far side ("(LEZ)" inside a Persian heading). A formula's symbols, all
    in one writing, stay as set.
    """
    if any(c.isalpha() for c in other["text"]):
        return _writing(other["text"]) != writing
    left = other["x1"] <= word["x0"] + 1.0  # -- the bracket is on the word's left
    edge, reach = (other["x0"] if left else other["x1"]), 0.6 * other["size"]
    near = range(int((edge - reach) // BUCKET), int((edge + reach) // BUCKET) + 1)
    for q in (q for bucket in near for q in edges.get(bucket, ())):
        gap = other["x0"] - q["x1"] if left else q["x0"] - other["x1"]
        if (
            -1.0 <= gap <= reach
            and q is not word
            and abs(q["bottom"] - other["bottom"]) <= 0.3 * other["size"]
            and any(c.isalpha() for c in q["text"])
            and _writing(q["text"]) != writing
        ):
            return True
    return False


def _visible(words: list[dict]) -> list[dict]:
    """Words without zero-width spaces; a word of nothing but zero-width characters is dropped.

    Google Docs exports scatter zero-width spaces on baselines of their own,
    which would otherwise read as extra lines splitting every paragraph.
    """
    kept = []
    for word in words:
        text = _INVISIBLE.sub("", word["text"])
        if text.strip(_JOINERS):
            kept.append(word if text == word["text"] else {**word, "text": text})
    return kept


def _fold_superscripts(words: list[dict]) -> list[dict]:
    """Drop raised note markers ("war¹" → "war") and glue raised letters ("21st") to their word.

    Left alone they form lines of their own between the lines they belong to
    and split every paragraph that cites a source.
    """
    sizes = Counter(round(w["size"], 1) for w in words)
    common = sizes.most_common(1)[0][0] if sizes else 0.0
    kept = []
    for word in words:
        small = word["size"] <= 0.85 * common and len(word["text"]) <= 4
        host = _superscript_host(word, words) if small else None
        if host is None:
            kept.append(word)
        elif not _NOTE_MARKER.match(word["text"]):
            host["text"] += word["text"]
            host["x1"] = max(host["x1"], word["x1"])
        else:  # -- the marker's room is its word's: "Zhang², " reads "Zhang,"
            host["x1"] = max(host["x1"], word["x1"])
    return kept


def _superscript_host(word: dict, words: list[dict]) -> dict | None:
    """The full-size word a small raised word follows directly, if any."""
    for other in words:
        if (
            other["size"] >= word["size"] * 1.2
            and other["top"] <= word["bottom"] < other["bottom"] - 0.15 * other["size"]
            and -0.5 <= word["x0"] - other["x1"] <= 0.3 * other["size"]
        ):
            return other
    return None


# -- a heading's number set a wide space before its words: "5.1   Hyper Parameter Optimization"
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")


def _narrow_gutters(rows: list[list[dict]]) -> list[float]:
    """Column gutters too narrow for `_split_row`'s 1.1 em: LaTeX sets two columns 10 pt apart.

    A strip at least half an em wide that no baseline's words cross (up to 5%),
    with eight ems of text on either side: a hanging list's numbers, flush
    left with their text indented, are no column.
    """
    if len(rows) < 10:
        return []
    body = Counter(round(w["size"], 1) for row in rows for w in row).most_common(1)[0][0]
    spans = [[(w["x0"], w["x1"]) for w in row] for row in rows]
    left = min(w["x0"] for row in rows for w in row)
    right = max(w["x1"] for row in rows for w in row)
    cuts = gutter_cuts(spans, step=1.0, width=0.5 * body)
    return [cut for cut in cuts if cut - left >= 8 * body and right - cut >= 8 * body]


def _split_row(row: list[dict], cuts: list[float]) -> list[list[dict]]:
    """Cut a row at gaps wider than ~1.1 em (a column gutter: a handbook sets its at 1.2 em), or
    at half an em over one of the page's narrow gutters; not after a lone bullet or number."""
    segments = [[row[0]]]
    for prev, word in itertools.pairwise(row):
        gap = word["x0"] - prev["x1"]
        numbered = (  # -- "5.1   Hyper …": a heading's number, not a column's last word
            _SECTION_NUMBER.fullmatch(prev["text"])
            and word["text"][:1].isupper()
            and gap <= 2.5 * word["size"]
        )
        lone_marker = len(segments[-1]) == 1 and (_BULLET_TOKEN.match(prev["text"]) or numbered)
        size = max(prev["size"], word["size"])
        gutter = gap >= 0.5 * size and any(prev["x1"] <= cut <= word["x0"] for cut in cuts)
        if (gap > 1.1 * size or gutter) and not lone_marker:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _half_points(word: dict) -> float:
    """A word's size to the half point: one size for glyphs a PDF sets a hair apart."""
    return round(word["size"] * 2) / 2


def _line(words: list[dict], page: int, page_height: float, fixed: frozenset[str]) -> Line:
    chars = [len(w["text"]) for w in words]
    sizes: Counter[float] = Counter()
    for w, n in zip(words, chars, strict=True):
        sizes[_half_points(w)] += n
    heavy = [bool(_BOLD.search(w["fontname"] or "")) for w in words]
    lead = _run_in_lead(words, heavy)
    # -- a line opened by a run-in head is as heavy as the text after the head
    rest = slice(len(lead.split()), None) if lead else slice(None)
    bold = sum(n for n, b in zip(chars[rest], heavy[rest], strict=True) if b)
    return Line(
        text=logical_line(_line_text(words)),  # -- Arabic and Hebrew back in reading order --
        page=page,
        x0=words[0]["x0"],
        x1=words[-1]["x1"],
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=sizes.most_common(1)[0][0],
        bold=bold * 2 > sum(chars[rest]),
        first_word_width=words[0]["x1"] - words[0]["x0"],
        page_height=page_height,
        mono=all(w["fontname"] in fixed for w in words),
        lead=lead,
        bold_before_italic=_bold_before_italic(words, heavy),
        caps_size=_small_caps_size(words),
        lead_size=_lead_size(words, lead),
    )


def _bold_before_italic(words: list[dict], heavy: list[bool]) -> str:
    """The bold words opening a line whose other words are all italic, else "".

    A brief sets "Coverage of Rural Schools" in bold and "Spatial Analysis — March
    2026" in italics after it, in the same size and on the same line when the title
    leaves room: two pieces of print that share one line (see _printed_title).
    """
    count = next((k for k, b in enumerate(heavy) if not b), len(words))
    italic = all(_ITALIC.search(w["fontname"] or "") for w in words[count:])
    if count < 2 or count == len(words) or any(heavy[count:]) or not italic:
        return ""
    return _line_text(words[:count])


_ITALIC = re.compile(r"italic|oblique", re.I)


def _lead_size(words: list[dict], lead: str) -> float:
    """The size most of the run-in head's letters are set in (0 without a head)."""
    sizes: Counter[float] = Counter()
    for w in words[: len(lead.split())]:
        sizes[_half_points(w)] += len(w["text"])
    return sizes.most_common(1)[0][0] if lead else 0.0


SMALL_CAPS_RATIO = (0.65, 0.9)  # -- a small capital's size against its full capital's
BODY_TOLERANCE = 0.6  # -- points below the body's size a line still reads at the body's size


def _capitals_sized(line: Line, body: float) -> Line:
    """A line in small capitals whose small letters fall below the body's size, at its capitals'.

    "INTRODUCTION" in small caps, 14 pt capitals over 11 pt small ones beside a
    12 pt text, reads as small print by its letters and heads nothing; set at
    its capitals' size it heads its part. Small capitals about the body's size
    read as a bold heading already, and keep their size.
    """
    if line.caps_size and line.size < body - BODY_TOLERANCE:
        return replace(line, size=line.caps_size)
    return line


def _small_caps_size(words: list[dict]) -> float:
    """The size of a line set in small capitals: its full capitals', not its small ones'; else 0.

    "INTRODUCTION" in small caps is an "I" at 14 pt and "NTRODUCTION" at 11 pt,
    two words to pdfplumber. Most of its letters are the small ones, so counted
    by characters the heading reads as smaller than the 12 pt body and ranks
    as no heading at all. A line whose letters are all capitals in two sizes,
    most smaller words run on from a larger one ("T" + "ITLE"; an acronym
    "WIPO" all large, a short "OF" all small), is set in the larger size.
    """
    letters = [w for w in words if any(c.isalpha() for c in w["text"])]
    sizes = sorted({_half_points(w) for w in letters})
    if len(sizes) != 2 or not all(w["text"].upper() == w["text"] for w in letters):
        return 0.0
    small, full = sizes
    if not SMALL_CAPS_RATIO[0] <= small / full <= SMALL_CAPS_RATIO[1]:
        return 0.0
    smalls = [
        _half_points(prev) == full and word["x0"] - prev["x1"] <= 0.1 * full
        for prev, word in itertools.pairwise(words)
        if _half_points(word) == small and any(c.isalpha() for c in word["text"])
    ]
    # -- most small words run on from a capital; a short word ("OF", "OR") is all small
    run_on = 2 * sum(smalls) > len(smalls)
    opens_large = _half_points(words[0]) == full
    return full if run_on and opens_large else 0.0


_COUNT_LABEL = re.compile(r"\d{1,2}[.)]")


def _run_in_lead(words: list[dict], heavy: list[bool]) -> str:
    """The bold words opening a line that head the roman text after them, else "".

    Papers and reports head their smallest divisions in the paragraph's own
    first line, told from the text by weight and closed by punctuation or by
    the text's own first sentence: "Function inlining. LIR traces can cross …",
    "Size only model: Using only five …" (the colon bold or not), "Background
    Ireland's programme provides …" (the roman text opens with a capital: a
    new sentence, so the bold words before it are no part of it). A single
    word before a colon ("FROM:", "Human:") or a word in capitals names a
    field or a speaker, not a division. Only the first words count, a phrase ending in "." on a word of letters (a numbered
    label such as "Figure 3." is a caption's), and never in writing read right
    to left. A bold phrase running on into lower-case roman words is emphasis
    inside a sentence, not a head.
    """
    heavy = _with_inline_math(words, heavy)
    count = next((k for k, b in enumerate(heavy) if not b), len(words))
    # -- a count before the words ("2. Review provision in …") is no word of the head
    counted = bool(words) and _COUNT_LABEL.fullmatch(words[0]["text"]) is not None
    shown = len(_line_text(words[:count]).split())  # -- "M" and its "22" read as one word
    if not 0 < count < len(words) or shown > RUN_IN_WORDS + counted or any(heavy[count:]):
        return ""
    last, after = words[count - 1]["text"], words[count]["text"]
    if (
        last in {".", ":"}
        and count > 1
        and _inline_math(words[count - 2], words[count - 1]["size"])
    ):
        last = "x" + last  # -- "Spikes at M₂₂." closed by a bold stop set after the formula
    label = count == 1 or last.isupper()  # -- "FROM:", "Human:", "NOTE": a field's name
    closed = last[:-1][-1:].isalpha() and (
        (last.endswith(":") and not label) or (last.endswith(".") and not last.endswith(".."))
    )
    sentence = after[:1].isupper() and after[1:2].islower()  # -- the text's own first word
    if after == ":" and last[-1:].isalpha() and count + 1 < len(words) and not label:
        count += 1  # -- "Size only model" in bold, then a roman colon: the colon closes the head
    elif not closed and not (last[-1:].isalpha() and not last.isupper() and sentence):
        return ""
    text = _line_text(words[:count])
    opening = _line_text(words[counted:count])  # -- the head's first word, after its count
    return "" if is_rtl(text) or not opening[:1].isupper() else text


# -- TeX's and Latin Modern's math fonts: a formula's letters and symbols ("M", "∈")
_MATH_FONT = re.compile(r"math|^(?:[A-Z]{6}\+)?(?:CMMI|CMSY|CMEX|MSAM|MSBM)\d", re.I)
SCRIPT_RATIO = 0.8  # -- a sub- or superscript is set this much smaller than its line, or more


def _inline_math(word: dict, size: float = 0.0) -> bool:
    """A formula's piece: a word in a math font, or an index set smaller (the "22" of M₂₂)."""
    small = 0 < word["size"] <= SCRIPT_RATIO * size and word["text"].isalnum()
    return bool(_MATH_FONT.search(word["fontname"] or "")) or small


def _with_inline_math(words: list[dict], heavy: list[bool]) -> list[bool]:
    """``heavy`` with a formula between two bold words counted bold: it is part of the phrase.

    A paper's run-in head names its case by a formula ("Spikes at M₂₂ and
    M₂₃." in bold with M in the math italic and 22 in a small roman): the
    formula's fonts have no bold cut, yet the head runs on past it.
    """
    out = list(heavy)
    k = 1
    while k < len(words):
        end = k
        size = words[k - 1]["size"]
        while end < len(words) and not heavy[end] and _inline_math(words[end], size):
            end += 1
        if end > k and out[k - 1] and end < len(words) and heavy[end]:
            out[k:end] = [True] * (end - k)
        k = end + 1 if end > k else k + 1
    return out


# -- fonts named for fixed width: judged by name too, as a page may hold too few of their
# -- words to measure (a listing's two lines on a cover page; its keywords in a bold cut) --
_FIXED_NAME = re.compile(
    r"mono(?!type)|courier|consolas|inconsolata|menlo|typewriter|sourcecode|firacode"
    r"|^(?:[A-Z]{6}\+)?[CL]MTT",
    re.I,
)


def _fixed_width_fonts(words: list[dict]) -> frozenset[str]:
    """The page's fonts whose every character is as wide as every other: code listings' type.

    Listings are set so whatever the font is called ("BookMasterGothic",
    "Courier"); in proportional type "iii" and "WWW" differ in width. A font
    needs five words of two letters or more on the page to be judged. Chinese,
    Japanese and Korean characters are all set one em wide in any font, so words
    holding them say nothing of the font (a report in Song type is no listing).
    """
    widths: dict[str, list[float]] = {}
    named = {w["fontname"] for w in words if _FIXED_NAME.search(w["fontname"] or "")}
    for w in words:
        if len(w["text"]) >= 2 and w["size"] > 0 and not script("wide").search(w["text"]):
            per_char = (w["x1"] - w["x0"]) / len(w["text"]) / w["size"]
            widths.setdefault(w["fontname"] or "", []).append(per_char)
    return (
        frozenset(
            font
            for font, ws in widths.items()
            if font and len(ws) >= 5 and max(ws) <= 1.03 * min(ws)
        )
        | named
    )


def _line_text(words: list[dict]) -> str:
    """Words joined; a glyph with no Unicode mapping is a bullet when it leads, else dropped.

    Words that touch are one word split at a change of font ("LayoutParser"
    in typewriter type before a bold ":"): joined without a space.
    """
    texts = [w["text"] for w in words]
    if len(texts) > 1 and _CID.fullmatch(texts[0]):
        texts[0] = "•"
    out = ""
    for n, (word, text) in enumerate(zip(words, texts, strict=True)):
        text = _CID.sub("", text)
        touching = n > 0 and word["x0"] - words[n - 1]["x1"] < 0.1 * word["size"]
        out += text if touching or not out else (" " + text if text else "")
    return _combined_accents(with_joiners(out.strip())).translate(_SYMBOL_PIECES)


# -- Adobe Symbol's private-use glyphs (a formula's tall brackets built of pieces, sans-serif
# -- ® © ™), as Adobe's own Symbol-to-Unicode table maps them: no font we print with has the
# -- private-use code points, so the memo printed them as "?" --
_SYMBOL_PIECES = str.maketrans(
    dict(zip(range(0xF8E6, 0xF8FF), "⏐⎯®©™⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪⎮⎞⎟⎠⎤⎥⎦⎫⎬⎭", strict=True))
)


# -- spacing accents TeX draws over the letter before them ("Og˘uz") and their combining forms
_ACCENTS = dict(
    zip(
        "˘ˇ´`¨˜ˆ¸˛˙˚˝",
        "\u0306\u030c\u0301\u0300\u0308\u0303\u0302\u0327\u0328\u0307\u030a\u030b",
        strict=True,
    )
)
_SPACING_ACCENT = re.compile(rf"([^\W\d_])([{''.join(_ACCENTS)}])([^\W\d_])")


def _combined_accents(text: str) -> str:
    """ "Og˘uz" → "Oğuz", "Erd˝os" → "Erdős": a spacing accent between two letters joins the one
    it makes a real accented letter with, the one of the kind the accent marks (vowel or
    consonant) first, the letter before it when both are."""

    def join(m: re.Match[str]) -> str:
        before, accent, after = m.group(1), _ACCENTS[m.group(2)], m.group(3)
        # -- acute, grave, umlaut, tilde, circumflex, ring, double acute sit on vowels ("Schön");
        # -- caron, breve, cedilla, ogonek and dot mostly on consonants ("Dvořák", "Oğuz")
        wants_vowel = m.group(2) in "´`¨˜ˆ˚˝"
        after_fits = (after.lower() in "aeiouy") == wants_vowel
        order = (
            (False, True)
            if after_fits and (before.lower() in "aeiouy") != wants_vowel
            else (True, False)
        )
        for first in order:
            base = before if first else after
            if len(composed := unicodedata.normalize("NFC", base + accent)) == 1:
                return composed + after if first else before + composed
        return m.group(0)

    return _SPACING_ACCENT.sub(join, text) if _SPACING_ACCENT.search(text) else text


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers, contents lines, and headers/footers repeated in most pages' margins.

    Only lines set apart from the text (a margin line with no neighbour at
    normal line spacing) count, so a body line that happens to repeat at the
    foot of several pages is kept; a title in large type is kept even when
    the running head repeats its words.
    """
    candidates = [[line for line in page if _in_margin(line, page)] for page in pages]
    seen = Counter(key for page in candidates for key in {_furniture_key(x) for x in page})
    # -- chapter-wise running heads change every few pages, so three repeats are enough --
    needed = min(3, max(2, (len(pages) + 1) // 2))
    big = 1.15 * body_size([line for page in pages for line in page])
    # -- a journal's running head set in the outer margin beside the text, a little below
    # -- the top band, in two lines: the same words at the same place on page after page
    placed = Counter(key for page in pages for key in {_placed_key(x) for x in page})

    def furniture(line: Line, margin: list[Line]) -> bool:
        key = _furniture_key(line)
        repeated = seen[key] >= needed and line.size < big
        # -- front matter numbers its pages in Roman ("iii" alone at the foot)
        numbered = _PAGE_NUMBER.match(key) or _ROMAN_PAGE.fullmatch(key)
        running = line in margin and (repeated or numbered)
        in_place = placed[_placed_key(line)] >= needed  # -- large or not
        outer = (
            not PLACED_SHARE * line.page_height < line.top < (1 - PLACED_SHARE) * line.page_height
        )
        return bool(running or (in_place and outer) or _LEADER.search(line.text))

    kept = []
    for page, margin in zip(pages, candidates, strict=True):
        number = _head_number(page)
        kept.append([x for x in page if not furniture(x, margin) and x is not number])
    return kept


def _head_number(page: list[Line]) -> Line | None:
    """The page number printed beside a running head on the page's top line, if any.

    A lone page of a paper ("Optimized Table … Recognition      9") has no
    repeats to mark its head as furniture, and the head may sit a little below
    the margin band: a bare number sharing the topmost line with words, set
    apart from the text under it, is the page number (the head stays: it may
    be the only title the page shows).
    """
    if not page:
        return None
    top = min(line.top for line in page)
    band = [line for line in page if abs(line.top - top) <= 1.0]
    numbers = [line for line in band if re.fullmatch(r"\d{1,4}", line.text)]
    if len(numbers) != 1 or not any(re.search(r"[^\W\d_]{2,}", x.text) for x in band):
        return None
    below = [line.top for line in page if line.top > top + 1.0]
    bottom = max(x.bottom for x in band)
    size = max(x.size for x in band)
    return numbers[0] if min(below, default=bottom + size) - bottom >= 0.9 * size else None


def _placed_key(line: Line) -> tuple[str, int, int]:
    return _furniture_key(line), round(line.top / 2), round(line.x0 / 2)


def _furniture_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.lower()).strip()


def _in_margin(line: Line, page: list[Line]) -> bool:
    """In the top or bottom tenth of the page and set apart from every other line."""
    h = line.page_height
    if h * MARGIN_SHARE <= line.top and line.bottom <= h * (1 - MARGIN_SHARE):
        return False
    gaps = [
        max(other.top - line.bottom, line.top - other.bottom)
        for other in page
        if other is not line and (other.top >= line.bottom or other.bottom <= line.top)
    ]
    return min(gaps, default=h) > 0.9 * line.size


def _info_text(value) -> str:
    """PDF info values arrive as str, bytes (PDFDocEncoding or UTF-16) or pdfminer objects."""
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", errors="replace")
        return value.decode("latin-1", errors="replace")
    return value if isinstance(value, str) else ""
