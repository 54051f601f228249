"""Word files whose heading styles are misused: the visible type sizes are the outline.

Some authors pick sizes by hand: a chapter line set at 24 pt in "Normal", a
16 pt sentence in "Heading 1" beside a 16 pt one in "Subtitle", a body
paragraph in "Heading 2" at body size. A reader sees the sizes, not the style
names, so when the styles and the sizes disagree the sizes decide: every
short paragraph set larger than the body is a heading, ranked by its size
among the headings open above it, and a heading style at body size is text.
"""

from __future__ import annotations

from collections import Counter

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD_DEFAULT = 10.0  # -- points: Word's size when neither style nor defaults set one

# -- a heading is at least this much larger than the body (points), and this short (words)
_LARGER = 1.5
_MAX_WORDS = 45
# -- kinds a reader's walk gives paragraphs set in a heading style, or in body styles
_STYLED = "styled"
_BODY_KINDS = ("paragraph", "list_item", "meta:standfirst")


def default_size(document) -> float:
    """The document's default run size (w:docDefaults), in points."""
    defaults = document.styles.element.find(f"{_W}docDefaults")
    node = None if defaults is None else defaults.find(f"{_W}rPrDefault/{_W}rPr/{_W}sz")
    value = None if node is None else node.get(f"{_W}val")
    return int(value) / 2 if value and value.isdigit() else _WORD_DEFAULT


def paragraph_size(para, default: float) -> float:
    """The size most of a paragraph's characters are set in: run, run style, paragraph style."""
    style_size = default
    style = para.style
    while style is not None:
        if style.font.size is not None:
            style_size = style.font.size.pt
            break
        style = style.base_style
    sizes: Counter[float] = Counter()
    for run in para.runs:
        if not run.text.strip():
            continue
        size = run.font.size
        if size is None and run.style is not None and run.style.font.size is not None:
            size = run.style.font.size
        sizes[size.pt if size is not None else style_size] += len(run.text.strip())
    return sizes.most_common(1)[0][0] if sizes else style_size


def _is_note(text: str) -> bool:
    """ "(This header indicates …)": a line wholly in brackets is a note about the layout."""
    return text[:1] in "([" and text[-1:] in ")]"


# -- lines set larger than the body, each over body text, that make an outline without styles
_SIZED_HEADINGS = 3


def _sizes_only(walked: list[tuple], first: int, plain: list[int], body: float) -> bool:
    """True when only type sizes mark the outline: no heading style or bold subhead in the text.

    "1. Ask specific questions." set at 16 pt in a numbered list over its 11 pt
    paragraphs is a section heading however its sentence ends; three or more
    such lines, each with body text right under it, are the document's
    sections. One large line (a pull quote) is not an outline.
    """
    if len(plain) < _SIZED_HEADINGS:
        return False
    for kind, _text, _level, _ordered, _size in walked[first + 1 :]:
        if kind == _STYLED or kind.startswith("subhead:"):
            return False
    return all(n + 1 < len(walked) and 0 < walked[n + 1][4] <= body for n in plain)


def visible_outline(walked: list[tuple]) -> list[tuple] | None:
    """The walk re-read by type size when heading styles and sizes disagree; else None.

    ``walked`` holds (kind, text, level, ordered, size) in body order. The
    styles disagree with the sizes when a size larger than the body's is used
    both by a paragraph in a heading style and by one in a body style (a
    24 pt "Normal" line beside 24 pt "Heading 1" lines). Front matter (the
    Title, a Subtitle before the first paragraph) stays as the walk read it.
    Headings come out as ("heading", text, level, False, size): the level is
    one more than the number of larger headings open above it.
    """
    chars: Counter[float] = Counter()
    for kind, text, _level, _ordered, size in walked:
        if size and (kind in (_STYLED, *_BODY_KINDS) or kind.startswith("subhead:")):
            chars[size] += len(text)  # -- a layout table's rows (size 0) are not counted
    if not chars:
        return None
    body = chars.most_common(1)[0][0]
    first = next(
        (n for n, item in enumerate(walked) if item[0] == "paragraph" and 0 < item[4] <= body),
        len(walked),
    )

    def large(n: int, item: tuple) -> bool:
        kind, text, _level, _ordered, size = item
        return (
            n > first
            and size >= body + _LARGER
            and len(text.split()) <= _MAX_WORDS
            and not _is_note(text)
            and (kind in (_STYLED, *_BODY_KINDS) or kind.startswith("subhead:"))
        )

    styled_sizes = {it[4] for n, it in enumerate(walked) if large(n, it) and it[0] == _STYLED}
    unstyled = [n for n, it in enumerate(walked) if large(n, it) and it[0] != _STYLED]
    plain_sizes = {walked[n][4] for n in unstyled}
    if not styled_sizes & plain_sizes and not _sizes_only(walked, first, unstyled, body):
        return None
    out: list[tuple] = []
    open_sizes: list[float] = []  # -- sizes of the headings open above, largest first
    for n, item in enumerate(walked):
        kind, text, level, ordered, size = item
        if large(n, item):
            while open_sizes and open_sizes[-1] <= size:
                open_sizes.pop()
            open_sizes.append(size)
            out.append(("heading", text, len(open_sizes), False, size))
        elif n > first and (kind == _STYLED or kind.startswith(("subhead:", "meta:standfirst"))):
            plain = kind[8:] if kind.startswith("subhead:") else "paragraph"
            out.append((plain, text, 0 if plain == "paragraph" else level, ordered, size))
        else:
            out.append(item)
    return out
