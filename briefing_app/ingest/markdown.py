"""Markdown: YAML front matter, ATX and setext headings, lists, paragraphs; inline marks stripped."""

from __future__ import annotations

import re

from briefing_app.core.document import Block, Document
from briefing_app.ingest.frontmatter import load_front_matter

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LIST = re.compile(r"^([ \t]*)(?:([-*+])|(\d{1,3})[.)])[ \t]+(.*)$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
# -- every repeat is bounded and stops at its own opener, so a line of "[[[[", "<<<<" or
# -- "**a **a" costs linear time instead of quadratic (a hostile file must not hang the app) --
_INLINE = [
    (re.compile(r"!\[([^\[\]]{0,1000})\]\([^()\n]{0,2000}\)"), r"\1"),
    (re.compile(r"\[([^\[\]]{1,1000})\]\([^()\n]{0,2000}\)"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).){1,1000}?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?=\S)((?:(?!\1).){1,1000}?)(?<=\S)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]{1,2000})`"), r"\1"),
    (re.compile(r"<[^<>\n]{1,1000}>"), ""),
]

# -- every pattern above (and the backslash escapes) needs one of these characters --
_MARK_CHARS = re.compile(r"[\[*_`<\\]")


def strip_inline(text: str) -> str:
    """Remove emphasis, links and inline code marks, keeping their words."""
    if not _MARK_CHARS.search(text):
        return text  # -- most paragraphs: six regex passes found nothing to strip
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return (
        text.replace("\\", "")
        if "\\" in text and re.search(r"\\[\\`*_{}\[\]()#+\-.!]", text)
        else text
    )


def parse_markdown(text: str, *, name: str = "") -> Document:
    """Blocks with offsets into ``text``; front matter becomes metadata."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    metadata, body_start = _front_matter(text)
    blocks: list[Block] = []
    para: list[tuple[int, int]] = []
    in_fence = False

    def flush() -> None:
        if para:
            joined = " ".join(text[s:e].strip() for s, e in para)
            blocks.append(Block(text=strip_inline(joined), start=para[0][0], end=para[-1][1]))
            para.clear()

    pos = body_start
    for line in text[body_start:].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if _FENCE.match(line):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            continue
        if not line.strip():
            flush()
            continue
        if (m := _ATX.match(line)) is not None:
            flush()
            blocks.append(
                Block(
                    text=strip_inline(m.group(2)),
                    kind="heading",
                    level=len(m.group(1)),
                    start=s,
                    end=e,
                )
            )
        elif (m := _SETEXT.match(line)) and len(para) == 1:
            level = 1 if m.group(1)[0] == "=" else 2
            hs, he = para.pop()
            blocks.append(
                Block(
                    text=strip_inline(text[hs:he].strip()),
                    kind="heading",
                    level=level,
                    start=hs,
                    end=e,
                )
            )
        elif (m := _LIST.match(line)) is not None:
            flush()
            depth = len(m.group(1).expandtabs(4)) // 2
            blocks.append(
                Block(
                    text=strip_inline(m.group(4).strip()),
                    kind="list_item",
                    level=depth,
                    ordered=m.group(3) is not None,
                    start=s,
                    end=e,
                )
            )
        elif (
            blocks and blocks[-1].kind == "list_item" and not para and line.startswith((" ", "\t"))
        ):
            last = blocks.pop()
            blocks.append(
                Block(
                    text=f"{last.text} {strip_inline(line.strip())}",
                    kind="list_item",
                    level=last.level,
                    ordered=last.ordered,
                    start=last.start,
                    end=e,
                )
            )
        else:
            para.append((s, e))
    flush()
    return Document(
        text=text, blocks=tuple(blocks), metadata=metadata, source_name=name, source_format="md"
    )


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    data = load_front_matter(m.group(1))
    if data is None:  # -- hostile nesting, aliases or a non-mapping is not front matter --
        return {}, 0
    meta: dict[str, str] = {}
    for key, aliases in {
        "title": ("title",),
        "author": ("author", "authors", "creator"),
        "date": ("date", "published", "pubdate"),
        "publication": ("publication", "publisher", "source", "site_name"),
        "standfirst": ("subtitle", "description", "summary", "standfirst"),
    }.items():
        for alias in aliases:
            value = data.get(alias)
            if value:
                if isinstance(value, list):
                    value = ", ".join(
                        str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value
                    )
                elif isinstance(value, dict):
                    value = str(value.get("name", ""))
                meta[key] = str(value).strip()
                break
    return meta, m.end()
