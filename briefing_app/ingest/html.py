"""Saved web pages: trafilatura strips navigation, ads, share bars and footers; we keep the structure."""

from __future__ import annotations

import re

from lxml import etree

from briefing_app.core.document import Document, table_text
from briefing_app.core.errors import UserError
from briefing_app.ingest.assemble import Piece, assemble
from briefing_app.ingest.dates import page_language

_HEADING_TAG = re.compile(r"<h[1-6][\s>]", re.I)
_GLYPH_BULLET = re.compile(r"^[·•▪◦§o\uf0b7\uf0a7]\s+(?=\S)")
_BODY_OPEN = re.compile(r"<body[^>]*>", re.I)
_META_KEYS = {
    "title": "title",
    "author": "author",
    "date": "date",
    "publication": "sitename",
    "standfirst": "description",
}


def parse_html(html: str, *, name: str = "") -> Document:
    """The main article text of a page as blocks, with title/author/date/site from its metadata."""
    xml = _extract(html)
    if xml and "<head" not in xml and _HEADING_TAG.search(html):
        # -- trafilatura keeps headings only inside an article-like container; pages with
        # paragraphs straight under <body> (pandoc, "Save as Web Page") lose them otherwise --
        wrapped = _BODY_OPEN.sub(r"\g<0><article>", html, count=1).replace(
            "</body>", "</article></body>"
        )
        retry = _extract(wrapped)
        if retry and "<head" in retry:
            xml = retry
    if not xml:
        raise UserError(f"{name} has no readable article text (is it a saved web page?).")
    root = etree.fromstring(xml.encode("utf-8"), _parser())
    main = root.find("main")
    pieces = _pieces(main if main is not None else root, depth=0)
    if not pieces:
        raise UserError(f"{name} has no readable article text (is it a saved web page?).")
    metadata = {key: root.get(attr) or "" for key, attr in _META_KEYS.items()}
    metadata["language"] = page_language(html)
    pieces = _standfirst(metadata, pieces)
    return assemble(pieces, metadata=metadata, name=name, source_format="html")


def _extract(html: str) -> str | None:
    # -- deferred: trafilatura is slow to import (start-up time) --
    import trafilatura

    return trafilatura.extract(
        html,
        output_format="xml",
        with_metadata=True,
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # -- only dates the page declares: the default guesses one from "© 2021" in a footer --
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


_EDIT_LINK = re.compile(r"\s*\[\s*edit(?: source)?\s*\]\s*$", re.I)


def _pieces(element, *, depth: int) -> list[Piece]:
    """Walk trafilatura's XML (head/p/list/item/table/quote) in document order."""
    pieces: list[Piece] = []
    for child in element:
        tag = child.tag
        if tag == "head":
            # -- a wiki's "[edit]" link is page furniture printed after every heading
            text = _EDIT_LINK.sub("", _text(child))
            pieces.append(Piece(text, kind="heading", level=_heading_level(child)))
        elif tag == "list":
            pieces.extend(_list_items(child, depth=depth))
        elif tag == "table":
            pieces.append(_table(child))
        elif tag == "quote":  # -- quoted words are never the author's advice or headings
            inner = _pieces(child, depth=depth) or [Piece(_text(child))]
            pieces.extend(Piece(p.text, kind="quote") if p.kind != "table" else p for p in inner)
        elif tag in ("div", "main"):
            pieces.extend(_pieces(child, depth=depth) or [Piece(_text(child))])
        elif tag in ("p", "code"):
            pieces.append(_paragraph(_text(child), depth=depth))
    return pieces


def _table(table) -> Piece:
    """A table with its cells; a table with no header row gets an empty one (row 0 is the header)."""
    rows = [tuple(_text(c) for c in row.iterchildren("cell")) for row in table.iter("row")]
    rows = [r for r in rows if any(r)]
    first = next(table.iter("row"), None)
    if rows and (first is None or first.find("cell[@role='head']") is None):
        rows.insert(0, ("",) * len(rows[0]))
    return Piece(table_text(tuple(rows)), kind="table", rows=tuple(rows))


def _paragraph(text: str, *, depth: int) -> Piece:
    """Word's "Save as Web Page" writes bullets as paragraphs opening with a symbol glyph."""
    if m := _GLYPH_BULLET.match(text):
        return Piece(text[m.end() :], kind="list_item", level=depth)
    return Piece(text)


def _list_items(lst, *, depth: int) -> list[Piece]:
    ordered = (lst.get("rend") or "").lower() == "ol"
    pieces: list[Piece] = []
    for item in lst.iterchildren("item"):
        nested = [c for c in item if c.tag == "list"]
        for c in nested:
            item.remove(c)
        pieces.append(Piece(_text(item), kind="list_item", level=depth, ordered=ordered))
        for c in nested:
            pieces.extend(_list_items(c, depth=depth + 1))
    return pieces


def _heading_level(head) -> int:
    rend = (head.get("rend") or "h2").lower()
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1] in "123456" else 2


def _text(element) -> str:
    """All text inside, line breaks as spaces (inline formatting carries no structure for us)."""
    for lb in element.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    return " ".join("".join(element.itertext()).split())


def _standfirst(metadata: dict[str, str], pieces: list[Piece]) -> list[Piece]:
    """A lead paragraph equal to the meta description is the standfirst: front matter, not body.

    A description that merely starts the lead paragraph (a site's automatic
    excerpt) is no standfirst at all, so it is dropped from the metadata.
    """
    description = " ".join(metadata.get("standfirst", "").split())
    if not description:
        return pieces
    for n, piece in enumerate(pieces[:3]):
        if piece.kind != "paragraph":
            continue
        if piece.text == description:
            return pieces[:n] + pieces[n + 1 :]
        if piece.text.startswith(description.rstrip(".… ")[:80]):
            metadata["standfirst"] = ""
        break
    return pieces
