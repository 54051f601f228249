"""Bounds on speaker notes: a source passage is quoted up to a length, then cut with "…".

Notes quote the paragraphs a slide came from. A 10 MB paragraph quoted whole
became one 20 MB text node that lxml (and so python-pptx and PowerPoint's own
parser limits) refuses to read back; and nobody reads more than a few pages of
notes under a slide. Each passage keeps its "¶ N" reference, so the reader
knows where the rest is.
"""

from __future__ import annotations

PASSAGE_MAX = 4_000  # -- characters of one quoted source paragraph (about a page) --
NOTES_MAX = 60_000  # -- characters of a slide's notes in all, the user's own included --
ELLIPSIS = "…"
_BREAK_WINDOW = 200  # -- look this far back for a space to cut at, so words stay whole --


def cut(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its start cut at a space and ended with "…"."""
    if len(text) <= limit:
        return text
    head = text[: max(0, limit - len(ELLIPSIS))]
    space = head.rfind(" ", max(0, len(head) - _BREAK_WINDOW))
    if space > 0:
        head = head[:space]
    return head.rstrip() + ELLIPSIS


def quoted_passage(reference: str, passage: str) -> str:
    """One quoted source paragraph, "¶ 4: …", cut to :data:`PASSAGE_MAX` with the reference kept."""
    return f"{reference}: {cut(passage, PASSAGE_MAX)}"


def bounded_notes(notes: str, reference: str = "") -> str:
    """A slide's notes cut to :data:`NOTES_MAX`, saying where the full text is when cut."""
    if len(notes) <= NOTES_MAX:
        return notes
    tail = f" (notes cut; the full text is in the source, {reference})" if reference else ""
    return cut(notes, NOTES_MAX - len(tail)) + tail
