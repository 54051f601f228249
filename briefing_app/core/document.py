"""The block representation every reader produces, so structure detection is written once."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any, Literal, get_args

BlockKind = Literal[
    "paragraph", "heading", "list_item", "quote", "table", "code", "html", "footnote"
]
# -- what detection reads as the article's body; code, raw HTML and footnotes are kept in
# -- the Document (a project still holds them) but are not the author's running text --
BODY_KINDS: frozenset[str] = frozenset({"paragraph", "heading", "list_item", "quote", "table"})
# -- body text that is not the author's own words or advice: a quoted "First, …" or a
# -- table cell is never a recommendation, a heading or a front-matter line --
NOT_OWN_WORDS: frozenset[str] = frozenset({"quote", "table"})

Row = tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """One unit of source text: a paragraph, a heading, a list item, a quote, a table …

    ``start``/``end`` are character offsets into ``Document.text`` so every
    summary sentence can be traced back to the source. A table keeps its
    cells in ``rows`` (the first row is the header); its ``text`` is the same
    rows written as sentences (see :func:`table_text`).
    """

    text: str
    kind: BlockKind = "paragraph"
    level: int = 0  # heading level 1-6; list nesting depth (0 = top); quote nesting depth
    ordered: bool = False  # list items only: part of a numbered list
    start: int = 0
    end: int = 0
    rows: tuple[Row, ...] = ()


@dataclass(frozen=True)
class Link:
    """A link's words as they read in the body and where it points (for notes and sources)."""

    text: str
    url: str
    start: int = 0  # offset of the block that holds it


@dataclass(frozen=True)
class Footnote:
    """A footnote's text and where it is called from (the block holding its mark, e.g. "[^1]")."""

    label: str
    text: str
    start: int = 0  # offset of the block that calls it


@dataclass(frozen=True)
class Document:
    """What a reader made of a file: the text, its blocks and any format-level metadata.

    ``metadata`` holds what the format itself declares (front matter, HTML meta
    tags, DOCX core properties) under the keys ``title``, ``author``, ``date``,
    ``publication``, ``standfirst``; detection prefers them to guesses.
    ``language`` (a BCP 47 tag such as ``de-AT``) tells how to read dates, and
    ``date_source`` says where ``date`` came from (``metadata`` or ``file``).
    """

    text: str
    blocks: tuple[Block, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    source_name: str = ""
    source_format: str = "txt"
    links: tuple[Link, ...] = ()
    footnotes: tuple[Footnote, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Plain-JSON form embedded in a .briefing project."""
        data: dict[str, Any] = {
            "name": self.source_name,
            "format": self.source_format,
            "metadata": dict(self.metadata),
            "text": self.text,
            "blocks": [_block_json(b) for b in self.blocks],
        }
        if self.links:
            data["links"] = [[k.text, k.url, k.start] for k in self.links]
        if self.footnotes:
            data["footnotes"] = [[f.label, f.text, f.start] for f in self.footnotes]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """Inverse of :meth:`to_json`; raises KeyError/TypeError/ValueError on bad data."""
        blocks = tuple(_block_from_json(item) for item in data["blocks"])
        return cls(
            text=str(data["text"]),
            blocks=blocks,
            metadata={str(k): str(v) for k, v in dict(data.get("metadata", {})).items()},
            source_name=str(data.get("name", "")),
            source_format=str(data.get("format", "txt")),
            links=tuple(Link(str(t), str(u), int(s)) for t, u, s in data.get("links", [])),
            footnotes=tuple(
                Footnote(str(k), str(t), int(s)) for k, t, s in data.get("footnotes", [])
            ),
        )


def tables_by_span(document: Document) -> dict[tuple[int, int], tuple[Row, ...]]:
    """The document's tables by their (start, end), so a paragraph can be shown as its grid.

    Remembered for the last document asked about: the deck asks once per item.
    """
    cached = _LAST_TABLES[0] if _LAST_TABLES else None  # -- one read: the preview plans on a thread
    if cached is not None and cached[0] is document:
        return cached[1]
    found = {(b.start, b.end): b.rows for b in document.blocks if b.kind == "table" and b.rows}
    _LAST_TABLES[:] = [(document, found)]
    return found


_LAST_TABLES: list[Any] = []


def table_text(rows: tuple[Row, ...]) -> str:
    """A table as sentences, one per body row: "Armenia — GDP: $12.6 billion; Growth: 7.6%."

    Readers that cannot show a grid (a paragraph in the memo, a summary
    sentence, a key figure's context) still read each figure with its row and
    column names.
    """
    if not rows:
        return ""
    header, body = rows[0], rows[1:] or (rows[0],)
    named = len(body) < len(rows) and any(h.strip() for h in header[1:])
    sentences = []
    for row in body:
        cells = [c.strip() for c in row]
        if named and len(cells) > 1:
            # -- a row may have more cells than the header (Word and HTML tables are ragged):
            # -- a cell past the header's last name reads on its own
            rest = "; ".join(
                f"{h.strip()}: {c}" if h.strip() else c
                for h, c in zip_longest(header[1:], cells[1:], fillvalue="")
                if c
            )
            sentence = f"{cells[0]} — {rest}" if cells[0] and rest else cells[0] or rest
        else:
            sentence = "; ".join(c for c in cells if c)
        if sentence:
            sentences.append(sentence if sentence[-1] in ".!?" else sentence + ".")
    return " ".join(sentences)


def _block_json(b: Block) -> list[Any]:
    item: list[Any] = [b.kind, b.level, b.ordered, b.start, b.end, b.text]
    if b.rows:
        item.append([list(r) for r in b.rows])
    return item


def _block_from_json(item: list[Any]) -> Block:
    kind, level, ordered, start, end, text = item[:6]
    if kind not in get_args(BlockKind):
        raise ValueError(f"unknown block kind {kind!r}")
    rows = tuple(tuple(str(c) for c in r) for r in item[6]) if len(item) > 6 else ()
    return Block(
        text=str(text),
        kind=kind,
        level=int(level),
        ordered=bool(ordered),
        start=int(start),
        end=int(end),
        rows=rows,
    )
