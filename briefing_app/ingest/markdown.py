"""Markdown read by markdown-it-py: CommonMark plus GFM tables, footnotes, front matter, definitions.

The parser decides what is a heading, a quote, a table, code or raw HTML, so
`## x` inside a `<div>`, an indented code block or a quoted heading never
becomes a section. This module only maps its tokens to blocks with offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from briefing_app.core.document import Block, BlockKind, Document, Link, Row, table_text
from briefing_app.ingest.frontmatter import load_front_matter

# -- a block container deeper than this is not parsed further (markdown-it drops the rest of
# -- its lines, so they are read back as plain paragraphs: see _skipped_lines) --
MAX_NESTING = 20
# -- inline parsing costs up to ~20 µs per bracket or emphasis mark ("![![![…"): past these
# -- budgets a paragraph keeps its marks as written, so a hostile file stays linear and quick --
MAX_MARKS_PER_BLOCK = 2_000
MAX_MARKS_PER_DOCUMENT = 100_000
_MARKS = re.compile(r"[\\`*_\[<&]")

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token


def _budgeted_inline(state: StateCore) -> None:
    """markdown-it's core "inline" rule, skipping the parser where it has nothing to do or too much."""
    budget = state.env.setdefault("mark_budget", MAX_MARKS_PER_DOCUMENT)
    for token in state.tokens:
        if token.type != "inline":
            continue
        token.children = []
        marks = len(_MARKS.findall(token.content)) if _MARKS.search(token.content) else 0
        if marks and marks <= min(budget, MAX_MARKS_PER_BLOCK):
            budget -= marks
            state.md.inline.parse(token.content, state.md, state.env, token.children)
        else:
            plain = type(token)("text", "", 0)
            plain.content = token.content
            token.children.append(plain)
    state.env["mark_budget"] = budget


@cache
def _parser() -> MarkdownIt:
    """The one configured parser, built on first use (its import costs ~0.2 s of start-up)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = (
        MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
        .enable("table")
        .use(front_matter_plugin)
        .use(footnote_plugin, inline=False)
        .use(deflist_plugin)
    )
    md.core.ruler.at("inline", _budgeted_inline)
    # -- footnotes stay where they are written (the tail rule moves them and drops unused ones)
    md.core.ruler.disable("footnote_tail")
    return md


def parse_markdown(text: str, *, name: str = "") -> Document:
    """Blocks with offsets into ``text``; front matter becomes metadata, link URLs are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    env: dict = {}
    tokens = _parser().parse(text, env)
    lines = _Lines(text)
    metadata: dict[str, str] = {}
    if tokens and tokens[0].type == "front_matter":
        metadata = _front_matter(tokens[0].content)
    walker = _Walker(lines)
    walker.walk(tokens)
    blocks = walker.blocks
    if any(t.level >= MAX_NESTING - 1 for t in tokens):
        blocks = sorted(blocks + _skipped_lines(tokens, env, lines), key=lambda b: b.start)
    return Document(
        text=text,
        blocks=tuple(blocks),
        metadata=metadata,
        source_name=name,
        source_format="md",
        links=tuple(walker.links),
    )


class _Lines:
    """Line offsets of the source, so token line maps become character offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        # -- one past the last line: where each line's newline (or the text) ends --
        self.stops = [s - 1 for s in self.starts[1:]] + [len(text)]

    def end(self, line: int) -> int:
        """Offset just past the last non-space character of line ``line``."""
        line = line if line < len(self.stops) else len(self.stops) - 1
        stop = self.stops[line]
        if stop > self.starts[line] and self.text[stop - 1] in " \t":
            return self.starts[line] + len(self.text[self.starts[line] : stop].rstrip(" \t"))
        return stop

    def span(self, line_map: list[int] | None, content: str = "") -> tuple[int, int]:
        """[start, end) of lines ``line_map``; the start is where ``content`` begins in its line
        (past quote and list marks)."""
        if not line_map:
            return (0, 0)
        line = line_map[0] if line_map[0] < len(self.starts) else len(self.starts) - 1
        start = self.starts[line]
        first = content[:80].lstrip().partition("\n")[0][:40]
        if first and not self.text.startswith(first, start):
            found = self.text.find(first, start, self.stops[line] + 1)
            start = found if found >= 0 else start
        return start, max(start, self.end(max(line, line_map[1] - 1)))


@dataclass
class _Walker:
    """One pass over the token stream, tracking the containers each block sits in."""

    lines: _Lines
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    stack: list[str] = field(default_factory=list)
    item_block: int = -1  # -- index of the open list item's block, for its later paragraphs
    term: str = ""  # -- a definition list's term, read into its first definition
    term_start: int = 0
    rows: list[list[str]] = field(default_factory=list)
    table_map: list[int] | None = None

    def walk(self, tokens: list[Token]) -> None:
        for n, t in enumerate(tokens):
            kind = t.type
            if kind in _CONTAINERS:
                self._open(t)
            elif kind in _CLOSERS:
                self._close(_CLOSERS[kind])
            elif kind == "inline":
                self._inline(t, tokens[n - 1] if n else t)
            elif kind in ("code_block", "fence"):
                self._add("code", t.content.rstrip("\n"), t.map, t.content)
            elif kind == "html_block":
                self._add("html", t.content.strip(), t.map, t.content)
            elif kind == "tr_open":
                self.rows.append([])

    def _open(self, t: Token) -> None:
        name = _CONTAINERS[t.type]
        self.stack.append(name)
        if name == "li":
            self.item_block = -1
        elif name == "table":
            self.rows, self.table_map = [], t.map

    def _close(self, name: str) -> None:
        if self.stack and self.stack[-1] == name:
            self.stack.pop()
        if name == "table":
            rows: tuple[Row, ...] = tuple(tuple(r) for r in self.rows if any(c for c in r))
            start, end = self.lines.span(self.table_map)
            kind: BlockKind = "footnote" if "fn" in self.stack else "table"
            self.blocks.append(Block(table_text(rows), kind=kind, start=start, end=end, rows=rows))
            self.rows = []
        elif name == "li":
            self.item_block = -1

    def _inline(self, t: Token, opener: Token) -> None:
        start, end = self.lines.span(t.map or opener.map, t.content)
        text = self._words(t.children or [], start)
        where = self.stack[-1] if self.stack else ""
        if where in ("th", "td"):
            if self.rows:
                self.rows[-1].append(text)
        elif where == "dt":
            self.term, self.term_start = text, start
        elif text:
            self._text_block(text, opener, start, end)

    def _text_block(self, text: str, opener: Token, start: int, end: int) -> None:
        stack = self.stack
        level = 0
        ordered = False
        kind: BlockKind
        if not stack:
            kind = "heading" if opener.type == "heading_open" else "paragraph"
            level = int(opener.tag[1:]) if kind == "heading" else 0
        elif "fn" in stack:
            kind = "footnote"
        elif "quote" in stack:
            kind, level = "quote", stack.count("quote") - 1
        elif "li" in stack:
            kind = "list_item"
            lists = [s for s in stack if s in ("ul", "ol")]
            level, ordered = len(lists) - 1, lists[-1] == "ol"
            if self.item_block >= 0 and self.item_block == len(self.blocks) - 1:
                last = self.blocks.pop()  # -- a list item's later paragraph continues it
                text, start = f"{last.text} {text}", last.start
        elif opener.type == "heading_open":
            kind, level = "heading", int(opener.tag[1:])
        else:
            kind = "paragraph"
        if "dd" in stack and self.term:
            text, start, self.term = f"{self.term}: {text}", self.term_start, ""
        self.blocks.append(
            Block(text, kind=kind, level=level, ordered=ordered, start=start, end=end)
        )
        if kind == "list_item":
            self.item_block = len(self.blocks) - 1

    def _add(self, kind: BlockKind, text: str, line_map: list[int] | None, content: str) -> None:
        start, end = self.lines.span(line_map, content)
        if text:
            self.blocks.append(Block(text, kind=kind, start=start, end=end))

    def _words(self, children: list[Token], start: int) -> str:
        """The words a reader sees: marks dropped, links to their text, code and alt text kept."""
        parts: list[str] = []
        href = ""
        link_from = 0
        for c in children:
            if c.type in ("text", "text_special", "code_inline"):
                parts.append(c.content)
            elif c.type in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif c.type == "image":
                parts.append(c.content)
            elif c.type == "link_open":
                href, link_from = str(c.attrGet("href") or ""), len(parts)
            elif c.type == "link_close" and href:
                words = _one_line("".join(parts[link_from:]))
                self.links.append(Link(words or href, href, start))
                href = ""
        return _one_line("".join(parts))


_CONTAINERS = {
    "bullet_list_open": "ul",
    "ordered_list_open": "ol",
    "list_item_open": "li",
    "blockquote_open": "quote",
    "footnote_reference_open": "fn",
    "table_open": "table",
    "th_open": "th",
    "td_open": "td",
    "dt_open": "dt",
    "dd_open": "dd",
}


def _one_line(text: str) -> str:
    """Runs of spaces and line breaks as one space (most paragraphs only need their breaks)."""
    if "  " in text or "\t" in text or text[:1].isspace() or text[-1:].isspace():
        return " ".join(text.split())
    return text.replace("\n", " ")


_CLOSERS = {opener[: -len("open")] + "close": name for opener, name in _CONTAINERS.items()}
_MARKERS = re.compile(r"^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*")


def _skipped_lines(tokens: list[Token], env: dict, lines: _Lines) -> list[Block]:
    """Lines past the nesting limit, which markdown-it leaves out, as plain paragraphs.

    Only called when the limit was reached: every line that no leaf token,
    link definition or front matter covers, with its quote and list marks cut.
    """
    covered = bytearray(len(lines.starts) + 1)
    for line_map in _leaf_maps(tokens, env):
        lo, hi = line_map
        covered[lo : max(hi, lo + 1)] = b"\x01" * (max(hi, lo + 1) - lo)
    blocks: list[Block] = []
    run: list[tuple[int, int, str]] = []
    for line in range(len(lines.starts)):
        raw = lines.text[lines.starts[line] : lines.end(line)]
        words = raw[_MARKERS.match(raw).end() :] if not covered[line] else ""  # type: ignore[union-attr]
        if words.strip():
            run.append((lines.starts[line] + len(raw) - len(words), lines.end(line), words))
        elif run:
            blocks.append(_paragraph(run))
            run = []
    if run:
        blocks.append(_paragraph(run))
    return blocks


def _paragraph(run: list[tuple[int, int, str]]) -> Block:
    text = " ".join(" ".join(w for _, _, w in run).split())
    return Block(text, start=run[0][0], end=run[-1][1])


def _leaf_maps(tokens: list[Token], env: dict) -> Iterator[list[int]]:
    for t in tokens:
        if t.map and (t.nesting == 0 or t.type in ("table_open", "dt_open")):
            yield t.map
    for ref in env.get("references", {}).values():
        if ref.get("map"):
            yield ref["map"]


# -- front matter ----------------------------------------------------------------------

_KEYS = {
    "title": ("title",),
    "author": ("author", "authors", "creator"),
    "date": ("date", "published", "pubdate"),
    "publication": ("publication", "publisher", "source", "site_name"),
    "standfirst": ("subtitle", "description", "summary", "standfirst"),
    "language": ("lang", "language", "locale"),
}


def _front_matter(yaml_text: str) -> dict[str, str]:
    """Title, author, date, publication, standfirst and language declared in the front matter.

    The alias-free loader keeps every value as written (``date: 2021-02-30`` stays text for
    the date reader), and refuses aliases, so a few hundred bytes cannot expand to megabytes.
    """
    data = load_front_matter(yaml_text) or {}
    meta: dict[str, str] = {}
    for key, aliases in _KEYS.items():
        value = next((v for a in aliases if (v := _plain(data.get(a)))), "")
        if value:
            meta[key] = value
    if "date" in meta:
        meta["date_source"] = "metadata"
    return meta


def _plain(value: object) -> str:
    """A scalar, a list of names or a {name: …} mapping as one line of text; else ""."""
    if isinstance(value, list):
        return ", ".join(p for v in value[:20] if (p := _plain(v)))
    if isinstance(value, dict):
        return _plain(value.get("name")) if not isinstance(value.get("name"), dict | list) else ""
    if isinstance(value, str | int | float | date) and not isinstance(value, bool):
        return " ".join(str(value).split())
    return ""
