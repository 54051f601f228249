"""Word documents: heading styles become headings, numbered and bulleted lists stay lists."""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections import Counter

from briefing_app.core.document import Document, table_text
from briefing_app.core.errors import UserError
from briefing_app.core.text import in_capitals
from briefing_app.files.zipguard import check_package
from briefing_app.ingest.assemble import Piece, assemble
from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.docxsize import default_size, paragraph_size, visible_outline
from briefing_app.ingest.front import name_line, name_parts
from briefing_app.ingest.numbering import heading_count
from briefing_app.ingest.subheads import is_markup_line, levelled

# -- styles Word and pandoc use for front matter: metadata, not body text --
_META_STYLES = {
    "subtitle": "standfirst",
    "abstract": "standfirst",
    "author": "author",
    "date": "date",
}
_HEADING = re.compile(r"^heading\s*([1-9])$", re.I)


def parse_docx(data: bytes, *, name: str = "") -> Document:
    """Blocks in body order (paragraphs, lists, table rows) plus core properties as metadata."""
    # -- deferred: python-docx only for .docx (start-up time) --
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip(data, name=name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile):
        raise UserError(f"{name} is not a readable Word (.docx) document.") from None
    numbering = _numbering_formats(document)
    pieces: list[Piece] = []
    shown: dict[str, str] = {}
    titles: list[int] = []  # -- pieces set in the Title style
    styled: list[int] = []  # -- pieces set in a heading style
    walked = list(_walk(document, document.element.body, numbering, default_size(document)))
    walked = _list_labels(_points_as_heads(walked))
    walked = visible_outline(walked) or walked
    styles_outline = _styles_make_outline(walked)
    caps_level = _capitals_level(walked) if styles_outline else None
    decimal = any(k.startswith("subhead:") and _number_depth(t) for k, t, *_ in walked)
    begun = False  # -- a paragraph of the text came before
    labels: set[int] = set()  # -- ids of the pieces that are plain run-off labels (_label_heads)
    subhead_sizes: dict[int, float] = {}  # -- the type size of each bold subhead (by piece id)
    for n, (kind, text, level, ordered, size) in enumerate(walked):
        if kind == "meta:standfirst" and begun:
            kind = "paragraph"  # -- a Subtitle further down sets a line of the text, no standfirst
        elif kind.startswith("meta:"):
            shown.setdefault(kind[5:], text)
            continue
        if kind == "table":
            pieces.append(Piece(table_text(text), kind="table", rows=text))
            continue
        if kind.startswith("subhead:"):
            if caps_level and kind == "subhead:paragraph" and in_capitals(text):
                kind, level = "styled", caps_level  # -- "KEY RESULTS:" beside "CONTEXT:"
            elif styles_outline and not _number_depth(text):
                kind = kind[8:]
            else:
                depth = _number_depth(text) or _chapter_depth(text, decimal)
                kind, level, ordered = "heading", depth or level + ordered, False
        begun = begun or kind == "paragraph"
        if kind == "title" and titles and titles[-1] == len(pieces) - 1 and text[:1].islower():
            # -- "Why cybercrime victims" over "don't report to the police": one title, wrapped
            pieces[-1] = Piece(f"{pieces[-1].text} {text}", kind="heading", level=level)
            continue
        if kind == "title":
            kind = "heading"
            titles.append(len(pieces))
        elif kind == "styled":
            kind = "heading"
            styled.append(len(pieces))
        pieces.append(Piece(text, kind=kind, level=level, ordered=ordered))
        if kind == "heading" and not level:
            subhead_sizes[id(pieces[-1])] = size
        if not styles_outline and _plain_label(kind, text, level, walked[n + 1 : n + 2]):
            labels.add(id(pieces[-1]))
    title, pieces = _title_lines(_gaps_closed(pieces, styled), titles)
    sizes = None if styled else subhead_sizes  # -- heading styles rank their own levels
    pieces = _label_heads(levelled(pieces, sizes, SIZE_TIER_STEP), labels)
    if not any(p.text.strip() for p in pieces):
        raise UserError(f"{name} has no text (a Word document that is empty or only images).")
    title_property, author_property = _stored_properties(document)
    metadata = choose_metadata(pieces, title=title_property, author=author_property)
    metadata.update(shown)  # -- a paragraph styled "Author" or "Date" beats file properties --
    if title:
        metadata["title"] = title
    elif not titles and (headed := _header_title(document)):
        metadata["title"] = headed[0]
        if "author" not in shown:
            metadata["author"] = headed[1]
    if "date" in shown:
        metadata["date_source"] = "text"
    if language := _default_language(document):
        metadata["language"] = language  # -- "en-US": "9/4/97" is read month first
    if "-" not in (language or "") and (written := _created_day(document)):
        metadata["written"] = written  # -- settles "3/4/19" when the language names no region
    return assemble(pieces, metadata=metadata, name=name, source_format="docx")


def _created_day(document) -> str | None:
    """The ISO day the file says it was created, or None (no core-properties part, no date).

    Not the document's date: a paper is often created days before or after the
    date it prints; it only tells which reading of an ambiguous "3/4/19" is meant.
    """
    rels = document.part.package.rels.values()
    if not any(rel.reltype == _CORE_PROPERTIES for rel in rels):
        return None  # -- python-docx would make up "now"
    created = document.core_properties.created
    return created.date().isoformat() if created else None


def _default_language(document) -> str | None:
    """The language the document's default style sets for its text ("en-US"), if any.

    Word writes the writer's language and region into the style defaults: a
    numeric date typed in the text is written that region's way.
    """
    found = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    return str(found[0]) if found else None


HEADER_TITLE_WORDS = 4  # -- the fewest words of a title printed in the page header


def _header_title(document) -> tuple[str, str] | None:
    """The title and writers a team prints only in the page header: a line over a line of names.

    A class team's memo or report may set its title block in the first page's
    header ("A Summary of … Efforts" over "Si Chen, Ayushi Dwivedi, …") and open
    the body with its first section, whose name would otherwise be read as the
    title. A header line of HEADER_TITLE_WORDS words or more over a line listing
    only persons is the title, and they are its writers; a running label with no
    names under it ("Rules and Regulations of the Board of Regents") is neither.
    """
    section = document.sections[0] if document.sections else None
    if section is None:
        return None
    for header in (section.first_page_header, section.header):
        lines = [x.strip() for p in header.paragraphs for x in p.text.split("\n") if x.strip()]
        for top, under in itertools.pairwise(lines):
            names = name_parts(under)
            if len(top.split()) >= HEADER_TITLE_WORDS and all(name_line(n) for n in names):
                return top, ", ".join(names)
    return None


_CORE_PROPERTIES = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)


def _stored_properties(document) -> tuple[str, str]:
    """The title and author the file's core properties hold; empty when it has none.

    A file written without a core-properties part (by a script, an exporter)
    has no title: python-docx then makes up its own, "Word Document" by
    "python-docx", which a reader must not take for the document's.
    """
    rels = document.part.package.rels.values()
    if not any(rel.reltype == _CORE_PROPERTIES for rel in rels):
        return "", ""
    core = document.core_properties
    return core.title or "", core.author or ""


def check_zip(data: bytes, *, name: str) -> None:
    """Refuse zip bombs and parts with a DTD before any XML is parsed (see ingest/zipguard)."""
    check_package(data, name=name, what="Word document")


def _walk(document, container, numbering, default: float, *, boxed: bool = False):
    """Yield (kind, text, level, ordered, size) for paragraphs and table rows, in body order.

    ``size`` is the type size most of a paragraph's characters are set in
    (``default`` when nothing sets one; 0 for a table).

    Inside a text box (``boxed``: a callout, a sidebar) a bold line is the box's
    label, not a subhead of the document's outline; heading styles still count.
    """
    # -- deferred: python-docx only for .docx (start-up time) --
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document._body)
            text = paragraph_text(child)
            if text and not _is_contents_entry(para):
                kind, level, ordered, fmt = _classify(para, numbering)
                if kind == "paragraph" and _in_style(para, _QUOTE_STYLES):
                    kind = "quote"
                if kind == "title":  # -- "[Program]" over "Statement of …": one line each
                    for line in _lines(child):
                        yield kind, line, level, ordered, paragraph_size(para, default)
                    continue
                if kind == "heading" and (text.startswith(_TICK_BOXES) or _styled_prose(text)):
                    # -- "☐ I consent …": a form's box to tick; sentences in a heading style: text
                    kind = "paragraph"
                elif kind == "heading":
                    kind = "styled"  # -- a heading style's level: ranked in _gaps_closed
                elif (kind == "paragraph" or ordered) and not boxed and _styled_subhead(para, text):
                    kind = f"subhead:{kind}"  # -- a heading unless heading styles make the outline
                elif (
                    ordered
                    and not boxed
                    and (_bold_point(para, text) or (fmt == "upperRoman" and _roman_head(text)))
                ):
                    kind = f"point:{kind}"  # -- a heading when each has its text under it
                yield kind, text, level, ordered, paragraph_size(para, default)
            for box in _text_boxes(child):  # -- after the paragraph they are anchored in --
                yield from _boxed(list(_walk(document, box, numbering, default, boxed=True)))
        elif tag == "tbl":
            table = Table(child, document._body)
            if rows := _grid(table):  # -- a data table: rows and cells (the first a header)
                yield ("table", rows, 0, False, 0.0)
                continue
            lines = [" | ".join(cells) for row in table.rows if (cells := _unique_cells(row.cells))]
            for text in _labelled_box(lines):
                yield ("paragraph", text, 0, False, 0.0)
        elif tag == "sdt":
            content = child.find(child.tag.replace("sdt", "sdtContent"))
            if content is not None:
                yield from _walk(document, content, numbering, default, boxed=boxed)


# -- headings in heading styles from which the styles, not bold type, make the outline
_STYLED_OUTLINE = 4


def _list_labels(walked: list[tuple]) -> list[tuple]:
    """The walk with each bold label that announces the list under it ("Insights:") made text.

    A brief fills the same frame under each of its subheads: "A. Country-wise
    Total Emissions", then "Visuals Referenced:" over a bulleted list and
    "Insights:" over another. The colon hands the line on to the list it
    announces: the label is the list's lead-in, no heading of the outline
    (read as one, the real subhead above it would be left with nothing under it).
    A label over paragraphs or a numbered list ("Findings for the Contract:"
    over numbered findings, each argued at length) stays a subhead.
    """
    out = list(walked)
    for n, (kind, text, *rest) in enumerate(walked[:-1]):
        after, _, _, numbered, _ = walked[n + 1]
        bullets = after == "list_item" and not numbered
        if kind == "subhead:paragraph" and text.endswith(":") and bullets:
            out[n] = ("paragraph", text, *rest)
    return out


# -- a label that heads its text: a few capitalised words and a colon ("Sentiment Analysis:");
# -- short words of a title may stay lower-case ("Impact of Social Media on Advocacy:")
# -- (no underscore: "Goal_3:" names a variable of a model's listing, no part of the text)
_LABEL_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’-])*|&")
_LABEL_WORDS = 8  # -- the most words of such a label
_LABEL_TEXT_WORDS = 20  # -- a list item under a label holding its text, not one of a list's items


def _plain_label(kind: str, text: str, level: int, after: list[tuple]) -> bool:
    """A plain paragraph or top-level numbered item that is a capitalised label ending in a colon,
    its text following: a heading one level below its section (made so by :func:`_label_heads`).

    Writers who set their sections in bold set the parts inside them as a plain
    line or a numbered item, "Sentiment Analysis:" over its paragraph, "Impact
    of Social Media on Advocacy:" over bullets that state it. A colon after a
    sentence ("Our dataset includes:") leads in a list, and so does a label over
    short list items or nested in a list ("Network Data:" under "1. Content
    Data"): those stay text. A run-in label ("Emotional Impact: The …") ends in
    no colon and is its paragraph's first words.
    """
    if kind not in ("paragraph", "list_item") or (kind == "list_item" and level) or not after:
        return False
    if not text.endswith(":") or ":" in text[:-1]:
        return False
    words = text[:-1].split()
    if not 0 < len(words) <= _LABEL_WORDS or not all(_LABEL_WORD.fullmatch(w) for w in words):
        return False
    if not all(w[0].isupper() or len(w) <= 3 or w == "&" for w in words):
        return False  # -- a lower-case word of four letters or more: a sentence's lead-in
    next_kind, next_text = after[0][0], after[0][1]
    if str(next_text).endswith(":"):
        return False  # -- "Title:" over "Requisition #:": a form's empty fields, or captions
    if next_kind == "paragraph":
        return True
    return next_kind == "list_item" and len(str(next_text).split()) > _LABEL_TEXT_WORDS


def _label_heads(pieces: list[Piece], labels: set[int]) -> list[Piece]:
    """The plain labels (``labels``: their pieces' ids) as headings one level below their section.

    A label before any section heading stays a paragraph (a form's "Program
    Office:" under the document's title); a run of labels under one section
    sits at one level, each below the section, not below the label before it.
    A label the document repeats ("Inflows:" under each stock of a model,
    "Advantages:" under each method) is a field of a recurring entry, not a
    part of the outline: no heading names two parts. It counts as repeated
    wherever the same line stands again, over a list too short to make that
    one a label ("Constraints:" under each of two models).
    """
    if not labels:
        return pieces
    labelled = {p.text.casefold() for p in pieces if id(p) in labels}
    seen = Counter(p.text.casefold() for p in pieces if p.text.casefold() in labelled)
    out = list(pieces)
    section = 0  # -- level of the last heading that is no label (the title line is none)
    for n, piece in enumerate(pieces):
        if id(piece) in labels and section and seen[piece.text.casefold()] == 1:
            out[n] = Piece(piece.text, kind="heading", level=min(section + 1, 6))
        elif piece.kind == "heading" and n:
            section = piece.level
    return out


SIZE_TIER_STEP = 1.0  # -- points between two sizes of bold subheads that rank them


def _styles_make_outline(walked: list[tuple]) -> bool:
    """True when the author set the outline in heading styles: bold lines are then body text.

    A file that opens its outline with a heading style and sets most of its
    headings so marks its sections itself; a bold numbered-list item ("1.
    OpenIDS (Core DIY Technology)" over its references) or a bold lead-in
    ("Key findings:") inside them is list or paragraph text, as the styles
    say; a bold "6.2 Instructions" still is a heading, as its number says.
    A file whose outline opens in bold type ("1. Background" as a bold
    list item, a Heading 4 only further down) keeps its bold subheads.
    """
    kinds = [kind for kind, *_ in walked if kind == "styled" or kind.startswith("subhead:")]
    styled = kinds.count("styled")
    return styled >= _STYLED_OUTLINE and styled > len(kinds) - styled and kinds[0] == "styled"


CAPITAL_HEADS = 2  # -- styled headings in capitals that make capitals the headings' shape


def _capitals_level(walked: list[tuple]) -> int | None:
    """The heading style level of a file whose styled headings are set in capitals, else None.

    A brief styles "POLICY ISSUES:", "CONTEXT:", "RESULTS:" as Heading 3 and
    sets its first, "KEY RESULTS:", in bold capitals in body style: a bold
    line in the headings' capitals is one of them, whatever style it got.
    """
    styled = [(text, level) for kind, text, level, *_ in walked if kind == "styled"]
    capitals = [level for text, level in styled if in_capitals(text)]
    if len(capitals) < CAPITAL_HEADS or 2 * len(capitals) < len(styled):
        return None
    return Counter(capitals).most_common(1)[0][0]


def _boxed(items: list[tuple]) -> list[tuple]:
    """A text box's paragraphs, its short label line joined to the next as one box does.

    A callout ("Revised FedRAMP Registry Approach" in bold over its text) names
    itself in its first line; read alone that line would be a section heading
    of the document, which the box is not part of.
    """
    texts = [text for kind, text, *_ in items[:2]]
    if len(items) < 2 or any(kind != "paragraph" for kind, *_ in items[:2]):
        return items
    joined = _labelled_box(texts)
    if len(joined) == 2:
        return items
    return [("paragraph", joined[0], 0, False, items[1][4]), *items[2:]]


def _labelled_box(rows: list[str]) -> list[str]:
    """A one-column box's rows, its short label row joined to the next ("XPath Queries: /*/…").

    Guides frame code samples in a one-column table headed by a label; read as a
    line of its own the label looks like a section heading, which it is not.
    """
    label = rows[0] if rows else ""
    short = 0 < len(label.split()) <= 8 and "|" not in label and label[-1] not in ".!?;"
    if len(rows) < 2 or not short or any("|" in r for r in rows[1:]):
        return rows
    return [f"{label.rstrip(':')}: {rows[1]}", *rows[2:]]


# -- "2.1 Product Vision", "3.2.1 Scope": a heading's depth is its number's
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S")


def _number_depth(text: str) -> int:
    """2 for "2.1 …", 3 for "2.1.4 …"; 0 for a heading without a decimal number.

    Templates put "2.1 Product Vision" in a Heading 1 style: the number says
    it sits under chapter 2, so its level is the deeper of the two.
    """
    m = _DECIMAL.match(text)
    return min(6, m.group(1).count(".") + 1) if m else 0


# -- "2. Key Challenges": a subhead numbered with one whole number
_WHOLE_NUMBER = re.compile(r"^\d{1,2}\.?\s+\S")


def _chapter_depth(text: str, decimal: bool) -> int:
    """1 for a subhead numbered "2." when the file's subheads also count "2.1": its chapter.

    A report setting every subhead in the same bold type numbers its chapters
    "1.", "2." and their parts "2.1", "2.2": the number is the only sign of
    the outline, and a chapter after a part ("3." after "2.4") is no part of it.
    """
    return 1 if decimal and not _number_depth(text) and _WHOLE_NUMBER.match(text) else 0


def _gaps_closed(pieces: list[Piece], styled: list[int]) -> list[Piece]:
    """Heading-style levels with the unused ones between them closed, then deepened by number.

    A template using Heading 1, 3 and 4 (no Heading 2) means three levels:
    read as 1, 2 and 3 they sit beside the levels bold numbered paragraphs
    give ("6.2 Instructions" is 2, the Heading 4 under it 3). The top style
    keeps its level, so a Heading 2 opening a file is no title. "2.1 Product
    Vision" in Heading 1 then sits at 2, as its number says. ``styled`` holds
    the indices of the pieces set in a heading style.
    """
    used = sorted({pieces[n].level for n in styled})
    closed = {level: used[0] + k for k, level in enumerate(used)}
    out = list(pieces)
    for n in styled:
        level = max(closed[pieces[n].level], _number_depth(pieces[n].text))
        out[n] = Piece(pieces[n].text, kind="heading", level=level)
    return out


QUESTION_HEAD_WORDS = (
    8  # -- the most words of a bold question that heads its answer ("Why e-voting?")
)


_COUNTED_WORDS = 30  # -- the most words of a bold subhead counted by name ("Question (2) – …")


_QUOTE_CLOSERS = "”\"’'»"
# -- Word's styles for a quotation set apart (a pull quote, an epigraph, a block quote)
_QUOTE_STYLES = frozenset({"quote", "intense quote", "block text"})


def _in_style(para, names: frozenset[str]) -> bool:
    """The paragraph's style, or one it is based on, is one of ``names`` (lower case).

    A paragraph in "Intense Quote" is a quotation whatever its look: read as
    the reader's "quote" block, it heads nothing and gives no advice of the
    author's, as a quotation in HTML or Markdown.
    """
    style = para.style
    while style is not None:
        if (style.name or "").strip().lower() in names:
            return True
        style = style.base_style
    return False


def _styled_subhead(para, text: str) -> bool:
    """A short paragraph set wholly in bold or underlined, not a sentence: a subhead.

    Word users make headings so ("Determination:" underlined, "1.1 Background"
    in bold); a bold sentence or a long bold paragraph stays text. A label
    ending in a colon counts when short ("Findings for … Contract:"), and so
    does a short question, the heading of its answer ("Why E-Voting?").
    """
    words = len(text.split())
    # -- a question or part counted by name ("Question (2) – Calculation of … from 2020 to
    # -- 2025, assuming …") may state what it asks at length
    count = heading_count(text)
    named = count is not None and count[0] != "" and text[:1].isupper()
    most_words, most_chars = (_COUNTED_WORDS, 2 * 120) if named else (14, 120)
    if not 0 < words <= most_words or len(text) > most_chars or _BULLET_ONLY.match(text):
        return False
    # -- the stop read inside a closing quote mark: "“The road is closing.”" is a sentence
    last = text.rstrip(_QUOTE_CLOSERS)[-1:] or text[-1]
    if last in ".;,…!" or (last == "?" and words > QUESTION_HEAD_WORDS):
        return False  # -- a sentence, or a question too long to head its answer
    if is_markup_line(text):
        return False  # -- a line of XML shown in bold ("<w:picture/>"): code, no subhead
    if text.endswith(":") and words > 8:
        return False
    runs = [r for r in para.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = bool(para.style is not None and para.style.font.bold)
    bold = all(r.bold or (r.bold is None and style_bold) for r in runs)
    underlined = all(r.underline for r in runs)
    return bold or underlined


_TICK_BOXES = ("☐", "☑", "☒", "□", "▢")  # -- boxes a form asks the reader to tick
# -- more words than this, in two sentences or more: a paragraph, whatever its style
_PROSE_WORDS = 45
_SENTENCE_BREAK = re.compile(r"[a-z0-9)”\"'][.!?]\s+[A-Z“\"]")


def _styled_prose(text: str) -> bool:
    """A paragraph of several sentences set in a heading style by mistake: text, no heading.

    A report's conclusion typed into the "Heading 2" line its author left
    for a heading is its opening paragraph; Word headings may be whole
    sentences ("People stop reporting when …"), never a paragraph of them.
    """
    return len(text.split()) > _PROSE_WORDS and _SENTENCE_BREAK.search(text) is not None


_BULLET_ONLY = re.compile(r"^[\W\d_]+$")
_POINT_WORDS = 40  # -- a bold numbered point states its case in a sentence, not a paragraph


def _bold_point(para, text: str) -> bool:
    """A numbered paragraph set wholly in bold, too long or too full a sentence for a subhead."""
    if len(text.split()) > _POINT_WORDS or is_markup_line(text):
        return False
    runs = [r for r in para.runs if r.text.strip()]
    style_bold = bool(para.style is not None and para.style.font.bold)
    return bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)


# -- the most words of a roman-numbered line that heads a section ("II. Addresses Audience Needs")
_ROMAN_HEAD_WORDS = 14


def _roman_head(text: str) -> bool:
    """A short line, no sentence, numbered I., II., III.: a candidate section heading.

    Upper-case roman numerals are the outline's numbers of a school or office
    document's top sections ("I. Introduction", "II. Findings"); lists of points
    are numbered 1., 2. or bulleted. Whether the items head sections is decided
    with the rest of the run (:func:`_points_as_heads`): each must have its text under it.
    """
    words = len(text.split())
    return 0 < words <= _ROMAN_HEAD_WORDS and text[-1] not in ".;,:!?…" and not is_markup_line(text)


def _points_as_heads(walked: list[tuple]) -> list[tuple]:
    """Bold numbered points, each with paragraphs of text under it, as the document's headings.

    A list of recommendations numbered in bold, each argued in plain paragraphs
    below it ("1. Right of Way Plans should be made open …" then its reasons),
    is read as numbered headings, sentences though they are. Two such points
    make the pattern; a bold point with no text of its own stays a list item.
    Short lines numbered I., II. (:func:`_roman_head`) are points of the same
    kind: the sections of a memo each with its paragraphs under it.
    """
    points = [n for n, piece in enumerate(walked) if piece[0].startswith("point:")]
    if not points:  # -- cheap test first: most documents have none
        return walked
    # -- a short bold point reads as a subhead already; it is one of the run all the same
    run = [
        n
        for n, piece in enumerate(walked)
        if piece[0].startswith("point:") or (piece[0] == "subhead:list_item" and piece[3])
    ]
    ends = [*run[1:], len(walked)]
    argued = [
        any(walked[k][0] == "paragraph" for k in range(n + 1, end))
        for n, end in zip(run, ends, strict=True)
    ]
    heads = len(run) >= 2 and all(argued)
    out = list(walked)
    for n in points:
        kind = out[n][0][6:]
        out[n] = (f"subhead:{kind}" if heads else kind, *out[n][1:])
    return out


def _lines(p) -> list[str]:
    """The lines of a w:p split at its line breaks, each with its words only."""
    lines: list[str] = []
    parts: list[str] = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if _hidden(node, p):
            continue
        tag = node.tag[len(_W) :]
        if tag in ("br", "cr"):
            lines.append("".join(parts))
            parts = []
        else:
            parts.append(node.text or "" if tag == "t" else " ")
    lines.append("".join(parts))
    return [" ".join(line.split()) for line in lines if line.strip()]


# -- a whole line in brackets is a template's placeholder: "[Agency/State]", "[Program]"
_PLACEHOLDER = re.compile(r"^\[[^\[\]]{1,60}\]$")


def _title_lines(pieces: list[Piece], titles: list[int]) -> tuple[str, list[Piece]]:
    """The title when Title-style lines hold placeholders besides it; they stay as text.

    A template's title block stacks "[Agency/State]", "[Program]" and
    "Statement of Objectives for [Product]" in the Title style: the
    bracketed lines are kickers to fill in, not the title. Returns ("", pieces)
    when the Title style holds no placeholder.
    """
    real = [n for n in titles if not _PLACEHOLDER.match(pieces[n].text)]
    if len(titles) < 2 or len(real) != 1:
        return "", pieces
    kept = [Piece(p.text) if n in titles else p for n, p in enumerate(pieces) if n != real[0]]
    return pieces[real[0]].text, kept


def _text_boxes(p) -> list:
    """The text boxes anchored in a w:p (their w:txbxContent), each once.

    Word stores a modern text box twice, as a DrawingML shape (mc:Choice) and a
    VML fallback (mc:Fallback); the fallback copy is skipped, and so are boxes
    nested in another box (they are read with it).
    """
    boxes = []
    for box in p.iter(_TXBX):
        between = []
        for ancestor in box.iterancestors():
            if ancestor is p:
                break
            between.append(ancestor.tag)
        if _TXBX not in between and _FALLBACK not in between:
            boxes.append(box)
    return boxes


MAX_GRID_CELL = 400  # -- characters: a longer cell is a layout table holding running text --


def _grid(table) -> tuple[tuple[str, ...], ...]:
    """A table of two rows and two columns or more, with no essay in a cell, as its rows
    (a cell merged across columns once, empty cells kept so columns line up); else ()."""
    rows = []
    for row in table.rows:
        cells = list({id(c._tc): c for c in row.cells}.values())
        rows.append(
            tuple(" ".join(paragraph_text(p) for p in c._tc.iter(f"{_W}p")).strip() for c in cells)
        )
    rows = [r for r in rows if any(r)]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return ()
    if any(len(c) > MAX_GRID_CELL for r in rows for c in r):
        return ()
    return tuple(rows)


def _unique_cells(cells) -> list[str]:
    """Cell texts of a table row; merged cells repeat in python-docx, so keep each once."""
    seen: list[str] = []
    for cell in cells:
        text = " ".join(paragraph_text(p) for p in cell._tc.iter(f"{_W}p")).strip()
        if text and (not seen or seen[-1] != text):
            seen.append(text)
    return seen


def paragraph_text(p) -> str:
    """Visible text of a w:p, tracked insertions included and deletions left out.

    python-docx's ``Paragraph.text`` skips runs inside ``w:ins`` (tracked
    changes), so an analyst's draft would lose words; text boxes are left out
    here and read as paragraphs of their own after this one (:func:`_text_boxes`).
    """
    parts: list[str] = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if _hidden(node, p):
            continue
        tag = node.tag[len(_W) :]
        parts.append(node.text or "" if tag == "t" else "-" if tag == "noBreakHyphen" else " ")
    return " ".join("".join(parts).split())


def _hidden(node, p) -> bool:
    """True when ``node`` sits in a deletion, a text box or properties between it and ``p``."""
    for ancestor in node.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in _HIDDEN:
            return True
    return False


def _is_contents_entry(para) -> bool:
    """Table-of-contents lines ("TOC 1" styles) repeat the headings with page numbers."""
    name = (para.style.name if para.style is not None else "") or ""
    return name.lower().startswith(("toc ", "table of contents", "toc heading"))


def _classify(para, numbering) -> tuple[str, int, bool, str]:
    """(kind, level, ordered, number format) from the paragraph's style chain and list numbering.

    The number format ("upperRoman", "decimal", "bullet") is "" for a paragraph in no list.
    """
    style = para.style
    outline = None
    num = _num_pr(para._p)
    while style is not None:
        style_name = (style.name or "").strip().lower()
        if style_name == "title":
            return "title", 1, False, ""
        if style_name in _META_STYLES:
            return f"meta:{_META_STYLES[style_name]}", 0, False, ""
        if m := _HEADING.match(style_name):
            return "heading", int(m.group(1)), False, ""
        if outline is None:
            outline = _outline_level(style.element)
        if num is None:
            num = _num_pr(style.element)
        style = style.base_style
    outline = _outline_level(para._p) if _outline_level(para._p) is not None else outline
    if outline is not None and outline < 6:
        return "heading", outline + 1, False, ""
    if num is not None:
        num_id, ilvl = num
        fmt = numbering.get((num_id, ilvl), "decimal")
        if num_id != "0" and fmt != "none":
            return "list_item", ilvl, fmt != "bullet", fmt
    return "paragraph", 0, False, ""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_TXBX = f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HIDDEN = {f"{_W}{tag}" for tag in ("del", "moveFrom", "txbxContent", "pPr", "rPr")}


def _num_pr(element) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph or style that is part of a list, else None."""
    num_pr = element.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    if num_id is None:
        return None
    level = ilvl.get(f"{_W}val") if ilvl is not None else "0"
    return num_id.get(f"{_W}val", "0"), int(level) if (level or "").isdigit() else 0


def _outline_level(element) -> int | None:
    """Word's own outline level (0 = top) for headings in custom or localised styles."""
    node = element.find(f"{_W}pPr/{_W}outlineLvl")
    value = node.get(f"{_W}val") if node is not None else None
    return int(value) if value and value.isdigit() else None


def _numbering_formats(document) -> dict[tuple[str, int], str]:
    """Map (numId, ilvl) to its number format ("bullet", "decimal", "lowerLetter", ...)."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {}
    for node in root.iterchildren(f"{_W}abstractNum"):
        levels = {}
        for lvl in node.iterchildren(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            ilvl = lvl.get(f"{_W}ilvl", "0")
            levels[int(ilvl) if ilvl.isdigit() else 0] = (
                fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal"
            )
        abstract[node.get(f"{_W}abstractNumId")] = levels
    formats = {}
    for num in root.iterchildren(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        levels = abstract.get(ref.get(f"{_W}val") if ref is not None else None, {})
        for ilvl, fmt in levels.items():
            formats[(num.get(f"{_W}numId"), ilvl)] = fmt
    return formats
