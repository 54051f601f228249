"""A memorandum's sender block: "FROM:" over the names (and offices) of who sends it.

Government and company memoranda open with labelled lines, MEMORANDUM FOR / TO,
FROM, SUBJECT, DATE. The FROM block names the authors, each perhaps followed by
their office on its own line ("Tony Scott / United States Chief Information Officer").
The block is read in the source text, where its line breaks (or ``<br/>`` of a page
kept in Markdown) still separate the names from the offices.
"""

from __future__ import annotations

import re

from briefing_app.ingest.front import name_line

_HEAD = 3000  # -- a memo's labels open it: only its first characters are searched
# -- "FROM:" opening a line, perhaps after markup ("<h3> FROM:", "**FROM:**"); in capitals, as
# -- memoranda set their labels, so a sentence "From: …" in running text is not taken
_FROM = re.compile(r"^[ \t#>*_]*(?:<[a-z0-9]{1,6}[^<>]{0,80}>[ \t]*)*FROM[ \t]*:", re.M)
_NEXT_LABEL = re.compile(
    r"^[ \t#>*_]*(?:<[a-z0-9]{1,6}[^<>]{0,80}>[ \t]*)*(?:TO|SUBJECT|RE|DATE|CC|THROUGH|THRU)[ \t]*:",
    re.M,
)
_PIECE_BREAK = re.compile(r"<[^<>]{0,80}>|\n|[;,]|\t|\s{3,}")
_MAX_BLOCK = 600


def memo_sender(text: str) -> str | None:
    """The names in a memorandum's FROM block, in order, or None when there is none."""
    head = text[:_HEAD]
    label = _FROM.search(head)
    if not label:
        return None
    block = head[label.end() : label.end() + _MAX_BLOCK]
    if (nxt := _NEXT_LABEL.search(block)) is not None:
        block = block[: nxt.start()]
    elif (blank := re.search(r"\n[ \t]*\n", block)) is not None:
        block = block[: blank.start()]
    names: list[str] = []
    for piece in _PIECE_BREAK.split(block):
        name = piece.strip(" ,*_")
        if name and name_line(name) and name not in names:
            names.append(name)
    return ", ".join(names) or None
