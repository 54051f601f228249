"""Plain text: blank lines separate paragraphs; short lines inside a block stand alone."""

from __future__ import annotations

import re

from briefing_app.core.document import Block, Document

_BLANK = re.compile(r"\n[ \t\u00a0]*\n")


def parse_text(text: str, *, name: str = "", source_format: str = "txt") -> Document:
    """Split ``text`` into paragraph blocks with offsets; headings are left to detection."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for start, end in _paragraph_spans(text):
        blocks.extend(_split_block(text, start, end))
    return Document(text=text, blocks=tuple(blocks), source_name=name, source_format=source_format)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BLANK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _split_block(text: str, start: int, end: int) -> list[Block]:
    """One block per paragraph: hard-wrapped lines are joined, stand-alone lines kept apart.

    A block whose lines are all at most ~100 characters and mostly long is
    hard-wrapped prose; otherwise each line is its own unit (a title line, a
    dateline, a byline glued to the first paragraph).
    """
    lines: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    lengths = [len(text[s:e].strip()) for s, e in lines]
    wrapped = (
        len(lines) > 1
        and max(lengths) <= 100
        and sum(n >= 45 for n in lengths[:-1]) >= (len(lines) - 1) * 0.8
    )
    groups: list[list[tuple[int, int]]] = []
    for span in lines:
        if wrapped and groups and len(text[groups[-1][-1][0] : groups[-1][-1][1]].strip()) >= 45:
            groups[-1].append(span)
        else:
            groups.append([span])
    blocks = []
    for group in groups:
        s, e = group[0][0], group[-1][1]
        joined = " ".join(text[a:b].strip() for a, b in group)
        blocks.append(Block(text=joined, start=s, end=e))
    return blocks
