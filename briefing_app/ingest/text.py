"""Plain text: blank lines separate paragraphs; short lines, bullets and underlined headings stand alone."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.core.document import Block, Document
from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import without_typed_bold
from briefing_app.ingest.hyphens import join_wrapped, resolve_hyphens
from briefing_app.ingest.subheads import is_markup_line

MAX_FRONT_MATTER_CHARS = 64 * 1024  # -- as far as a front-matter block is looked for
_LONG_BLOCK = 40  # -- lines in one block beyond which it is a whole page, not a paragraph
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "'")
_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
_UNDERLINE = lazy_compile(r"^[ \t]*(=+|-+|~+)[ \t]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*•‣◦▪–](?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s))\s*")


def parse_text(text: str, *, name: str = "", source_format: str = "txt") -> Document:
    """Split ``text`` into paragraph blocks with offsets; headings are left to detection.

    Two plain-text conventions are recognised here because only the line layout
    shows them: a line underlined with ``===``/``---`` is a heading, and lines
    opening with a bullet or a number inside one block are list items.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _without_page_furniture(text)
    metadata, begins = _front_matter(text)
    blocks: list[Block] = []
    spans = [(a, b) for a, b in _paragraph_spans(text) if a >= begins]
    head, used = _header_and_title(text, spans)
    blocks.extend(head)
    for start, end in spans[used:]:
        blocks.extend(_split_block(text, start, end))
    joined = resolve_hyphens([b.text for b in blocks], typeset=False)
    blocks = [replace(b, text=t) if t != b.text else b for b, t in zip(blocks, joined, strict=True)]
    return Document(
        text=text,
        blocks=tuple(blocks),
        metadata=metadata,
        source_name=name,
        source_format=source_format,
    )


# -- a YAML block between two "---" lines opening the file, as Markdown's front matter
_FRONT_MATTER = lazy_compile(r"---[ \t]*\n(?P<yaml>(?:.*\n)*?)---[ \t]*(?:\n|$)")


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields a front-matter block opening the text declares, and where the text begins.

    An archive that harvests articles to text files heads each with the record's
    fields as YAML between "---" lines (title, date, creators), as a Markdown post
    does: they are the article's metadata, not its first lines. A block that
    declares none of the fields read (a rule over a plain first paragraph) is text.
    """
    if not text.startswith("---"):
        return {}, 0
    m = _FRONT_MATTER.match(text[:MAX_FRONT_MATTER_CHARS])
    if not m:
        return {}, 0
    from briefing_app.ingest.frontmatter import front_matter_fields  # -- deferred: YAML

    fields = front_matter_fields(m["yaml"])
    if not fields.keys() & {"title", "author", "date"}:
        return {}, 0
    return fields, m.end()


# -- a line set in two columns: text, a wide gap, text flush with the right margin
_TWO_COLUMNS = re.compile(r"\S.*?\S?[ \t]{8,}\S")
_COLUMN_GAP = lazy_compile(r"[ \t]{8,}")


def _header_and_title(text: str, spans: list[tuple[int, int]]) -> tuple[list[Block], int]:
    """A typed memo's header block and the centred title under it (RFCs, typewritten reports).

    The header sets its fields in two columns ("Network Working Group    S. Bradner",
    "Request for Comments: 2119    Harvard University"): one row of fields, no
    title. The first line centred between the margins under it is the title, a
    level-1 heading. Returns the blocks and how many of ``spans`` they hold, ([], 0)
    when the text does not open with such a block.
    """
    if len(spans) < 3:
        return [], 0
    lines = _lines(text, *spans[0])
    rows = [text[a:b] for a, b in lines]
    two = sum(bool(_TWO_COLUMNS.match(r.strip())) for r in rows)
    if two < 2 or len(rows) > 12:
        return [], 0
    # -- the right margin: where the header's right-hand column ends
    width = max(len(r.expandtabs(4).rstrip()) for r in rows)
    blocks = _header_rows(text, lines)
    header = list(blocks)
    for used, (start, end) in enumerate(spans[1:3], start=1):
        title_lines = _lines(text, start, end)
        if len(title_lines) > 3 or not all(_centred(text, s, width) for s in title_lines):
            if len(blocks) == len(header) and len(title_lines) == 1 and len(text[start:end]) < 60:
                blocks.append(Block(text=text[start:end].strip(), start=start, end=end))
                continue  # -- the header's last field on a line of its own ("July 2002")
            break
        title = " ".join(text[a:b].strip() for a, b in title_lines)
        return [*blocks, Block(text=title, kind="heading", level=1, start=start, end=end)], used + 1
    return header, 1


def _header_rows(text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """The header's two-column lines as one row of fields ("… | S. Bradner | …"); a line
    holding one field ("July 2002" under the authors' names) is a paragraph of its own."""
    blocks: list[Block] = []
    row: list[tuple[int, int]] = []
    for a, b in [*lines, (-1, -1)]:
        line = text[a:b].strip() if a >= 0 else ""
        if a >= 0 and _TWO_COLUMNS.match(line):
            row.append((a, b))
            continue
        if row:
            fields = [f for s, e in row for f in _COLUMN_GAP.split(text[s:e].strip())]
            blocks.append(Block(text=" | ".join(fields), start=row[0][0], end=row[-1][1]))
            row = []
        if line:
            blocks.append(Block(text=line, start=a, end=b))
    return blocks


def _centred(text: str, span: tuple[int, int], width: int) -> bool:
    """A line indented as far as the space it leaves at the right margin, within a few columns."""
    line = text[span[0] : span[1]].expandtabs(4).rstrip()
    left = len(line) - len(line.lstrip())
    right = width - len(line)
    return left >= 4 and right >= 4 and abs(left - right) <= 6


# -- a running head or foot next to a page break: fields apart by a gap of 3 spaces or more
_RUNNING_LINE = lazy_compile(r"\S.*?\S?[ \t]{3,}\S")
_PAGE_BREAK = lazy_compile(r"\n([^\n]*)\n[ \t]*\f[ \t]*\n([^\n]*)(?=\n)")


def _without_page_furniture(text: str) -> str:
    """Text with its page breaks blank and the running footer and header around them blanked.

    Paginated text (an RFC, a report printed to a file) ends each page with a
    footer and opens the next with a header, set in columns ("Bradner   Best
    Current Practice   [Page 1]", form feed, "RFC 2119   RFC Key Words   March
    1997"). Those lines are furniture, not text; a line next to a form feed set
    as prose stays. Blanked with spaces, so offsets into the text still hold.
    """
    if "\f" not in text:
        return text
    chars = list(text.replace("\f", " "))
    for m in _PAGE_BREAK.finditer(text):
        for g in (1, 2):
            if _RUNNING_LINE.match(m.group(g).strip()):
                chars[m.start(g) : m.end(g)] = " " * (m.end(g) - m.start(g))
    return "".join(chars)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BLANK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines


def _split_block(text: str, start: int, end: int) -> list[Block]:
    """One block per paragraph: hard-wrapped lines are joined, stand-alone lines kept apart.

    A block whose lines are all at most ~100 characters and mostly long is
    hard-wrapped prose; otherwise each line is its own unit (a title line, a
    dateline, a byline glued to the first paragraph).
    """
    lines = _lines(text, start, end)
    if len(lines) > 1 and is_markup_line(text[lines[0][0] : lines[0][1]]):
        # -- "<pre>" left over a web page's text saved as plain text: a line of its own, which
        # -- must not make the title wrapped under it read as lines set apart
        return [_block(text, lines[:1]), *_split_block(text, lines[1][0], end)]
    underlined = [
        n
        for n in range(1, len(lines))
        if _UNDERLINE.match(text[lines[n][0] : lines[n][1]])
        and not _UNDERLINE.match(text[lines[n - 1][0] : lines[n - 1][1]])
    ]
    if underlined:
        return _split_underlined(text, lines, underlined)
    bullets = [bool(_BULLET.match(text[s:e])) for s, e in lines]
    if sum(bullets) >= 2 or (bullets[0] and not _starts_numbered(text[lines[0][0] : lines[0][1]])):
        return _split_list(text, lines, bullets)
    return _prose_blocks(text, lines)


def _prose_blocks(text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """Lines of prose as paragraphs: hard-wrapped lines joined, stand-alone lines kept apart."""
    stripped = [text[s:e].strip() for s, e in lines]
    lengths = [len(t) for t in stripped]
    # -- a short line that ends a sentence closes a paragraph inside the block (paragraphs
    # -- marked by indentation, as in the Congressional Record), it does not mean "unwrapped"
    ends = [n >= 45 or t.endswith(_SENTENCE_END) for n, t in zip(lengths, stripped, strict=True)]
    wrapped = len(lines) > 1 and max(lengths) <= 100 and sum(ends[:-1]) >= (len(lines) - 1) * 0.8
    full = 45
    if len(lines) > _LONG_BLOCK:
        # -- a whole page without blank lines (a web page printed to text): decided line by
        # -- line, a line near the usual width of the prose runs on into the next
        wrapped = True
        long = sorted(n for n in lengths if n >= 45) or [45]
        full = max(45, int(0.7 * long[len(long) // 2]))
    indents = [len(text[s:e]) - len(text[s:e].lstrip()) for s, e in lines]
    groups: list[list[tuple[int, int]]] = []
    for n, span in enumerate(lines):
        indented = n > 0 and indents[n] > indents[n - 1] and stripped[n - 1].endswith(_SENTENCE_END)
        if wrapped and groups and lengths[n - 1] >= full and not indented:
            groups[-1].append(span)
        else:
            groups.append([span])
    return [_block(text, group) for group in groups]


def _starts_numbered(line: str) -> bool:
    return bool(re.match(r"\s*\(?\d", line))


def _block(text: str, group: list[tuple[int, int]], **kind) -> Block:
    joined = ""
    for a, b in group:
        joined = join_wrapped(joined, text[a:b].strip())
    if kind.get("kind") == "list_item":
        joined = _BULLET.sub("", joined, count=1)
    joined = without_typed_bold(joined)
    return Block(text=joined, start=group[0][0], end=group[-1][1], **kind)


def _split_underlined(text: str, lines: list[tuple[int, int]], marks: list[int]) -> list[Block]:
    """Setext-style headings in plain text: "Title" over "=====" (level 1) or "-----" (level 2)."""
    blocks: list[Block] = []
    rest_start = 0
    for n in marks:
        if n - 1 > rest_start:
            blocks.extend(_split_block(text, lines[rest_start][0], lines[n - 2][1]))
        level = 1 if text[lines[n][0] : lines[n][1]].strip()[0] == "=" else 2
        head = lines[n - 1]
        blocks.append(
            Block(
                text=text[head[0] : head[1]].strip(),
                kind="heading",
                level=level,
                start=head[0],
                end=lines[n][1],
            )
        )
        rest_start = n + 1
    if rest_start < len(lines):
        blocks.extend(_split_block(text, lines[rest_start][0], lines[-1][1]))
    return blocks


def _split_list(text: str, lines: list[tuple[int, int]], bullets: list[bool]) -> list[Block]:
    """A block of bulleted or numbered lines: one list item per marker, wrapped lines joined."""
    groups: list[tuple[bool, list[tuple[int, int]]]] = []
    for n, (span, is_item) in enumerate(zip(lines, bullets, strict=True)):
        if is_item or not groups:
            groups.append((is_item, [span]))
            continue
        in_item, members = groups[-1]
        # -- an item's wrapped line is indented under it or follows a full line; after a
        # -- short item a flush line is prose again
        wraps = _indent(text, span) > _indent(text, members[0]) or (
            len(text[lines[n - 1][0] : lines[n - 1][1]].strip()) >= 45
        )
        if not in_item or wraps:
            members.append(span)
        else:
            groups.append((False, [span]))
    # -- nesting from indentation: each deeper indent among the items is one level down
    indents = sorted({_indent(text, g[0]) for is_item, g in groups if is_item})
    blocks = []
    for is_item, group in groups:
        if not is_item:
            blocks.extend(_prose_blocks(text, group))
            continue
        ordered = _starts_numbered(text[group[0][0] : group[0][1]])
        level = indents.index(_indent(text, group[0]))
        blocks.append(_block(text, group, kind="list_item", ordered=ordered, level=level))
    return blocks


def _indent(text: str, span: tuple[int, int]) -> int:
    line = text[span[0] : span[1]].expandtabs(4)
    return len(line) - len(line.lstrip())
