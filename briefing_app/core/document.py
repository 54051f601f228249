"""The block representation every reader produces, so structure detection is written once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item"]


@dataclass(frozen=True)
class Block:
    """One unit of source text: a paragraph, a heading or a list item.

    ``start``/``end`` are character offsets into ``Document.text`` so every
    summary sentence can be traced back to the source.
    """

    text: str
    kind: BlockKind = "paragraph"
    level: int = 0  # heading level 1-6; list nesting depth (0 = top)
    ordered: bool = False  # list items only: part of a numbered list
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Document:
    """What a reader made of a file: the text, its blocks and any format-level metadata.

    ``metadata`` holds what the format itself declares (front matter, HTML meta
    tags, DOCX core properties) under the keys ``title``, ``author``, ``date``,
    ``publication``, ``standfirst``; detection prefers them to guesses.
    """

    text: str
    blocks: tuple[Block, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    source_name: str = ""
    source_format: str = "txt"

    def to_json(self) -> dict:
        """Plain-JSON form embedded in a .briefing project."""
        return {
            "name": self.source_name,
            "format": self.source_format,
            "metadata": dict(self.metadata),
            "text": self.text,
            "blocks": [[b.kind, b.level, b.ordered, b.start, b.end, b.text] for b in self.blocks],
        }

    @classmethod
    def from_json(cls, data: dict) -> Document:
        """Inverse of :meth:`to_json`; raises KeyError/TypeError/ValueError on bad data."""
        blocks = tuple(
            Block(text=str(t), kind=k, level=int(lv), ordered=bool(o), start=int(s), end=int(e))
            for k, lv, o, s, e, t in data["blocks"]
        )
        for b in blocks:
            if b.kind not in ("paragraph", "heading", "list_item"):
                raise ValueError(f"unknown block kind {b.kind!r}")
        return cls(
            text=str(data["text"]),
            blocks=blocks,
            metadata={str(k): str(v) for k, v in dict(data.get("metadata", {})).items()},
            source_name=str(data.get("name", "")),
            source_format=str(data.get("format", "txt")),
        )
