"""Build a Document from block texts for formats with no source text of their own (HTML, DOCX, PDF)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.core.document import Block, BlockKind, Document, Row
from briefing_app.core.text import clean_spaces, sanitize

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Piece:
    """A block before it has offsets: what a reader found, in reading order."""

    text: str
    kind: BlockKind = "paragraph"
    level: int = 0
    ordered: bool = False
    rows: tuple[Row, ...] = ()  # -- tables only: the cells, the first row a header


def assemble(
    pieces: list[Piece], *, metadata: dict[str, str], name: str, source_format: str
) -> Document:
    """Join piece texts with blank lines into ``Document.text`` and give each block its offsets."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for piece in pieces:
        text = clean_spaces(sanitize(piece.text))
        if not text:
            continue
        if parts:
            pos += len(SEPARATOR)
        blocks.append(
            Block(
                text=text,
                kind=piece.kind,
                level=piece.level,
                ordered=piece.ordered,
                rows=tuple(tuple(clean_spaces(sanitize(c)) for c in r) for r in piece.rows),
                start=pos,
                end=pos + len(text),
            )
        )
        parts.append(text)
        pos += len(text)
    meta = {k: clean_spaces(sanitize(v)) for k, v in metadata.items() if v and clean_spaces(v)}
    return Document(
        text=SEPARATOR.join(parts),
        blocks=tuple(blocks),
        metadata=meta,
        source_name=name,
        source_format=source_format,
    )
