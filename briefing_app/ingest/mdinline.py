"""The words of Markdown inline text with no HTML, images or footnote calls, without tokens.

Most marked paragraphs of real articles hold links, ``*emphasis*``,
``**strong**``, ```code```, ``&amp;`` or ``\\_`` and nothing else. For those,
markdown-it-py builds a token per text run, line break, link end and emphasis
mark, tries its rules at each of them and joins the tokens again: most of a
reader's time on such a page. This module walks the text once doing what
markdown-it's ``text``, ``newline``, ``escape``, ``backticks``, ``link``,
``emphasis`` and ``entity`` rules do, step by step, with markdown-it's own
functions and patterns for link destinations, titles, labels, URLs, entities,
emphasis flanking and emphasis pairing, and returns the same words and links.
HTML, autolinks, images, footnote calls or many brackets (markdown-it's nesting
limit) return None, and markdown-it reads the text.
``tests/unit/ingest/test_markdown_inline_fast.py`` compares both on random text.
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline.state_inline import Delimiter

# -- any other rule could fire: HTML or autolink, image, footnote call
_OTHER_MARKS = re.compile(r"<|!\[|\[\^")
# -- where markdown-it's text rule stops, of the characters that can remain --
_STOP = re.compile(r"[\n\[\]!*_`\\&]")
# -- characters a backslash escapes (markdown-it's ``_ESCAPED``: ASCII punctuation) --
_ESCAPED = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
MAX_BRACKETS = 8  # -- well under the nesting limit (20) that changes how labels are read
_SPACE = (" ", "\t", "\n")


def inline_words(
    src: str, env: dict[str, Any], md: MarkdownIt
) -> tuple[str, list[tuple[str, str]]] | None:
    """(the text markdown-it's tokens hold, joined; each link's text so joined and its URL), or
    None where another mark appears."""
    if not _checked_version() or _OTHER_MARKS.search(src) or src.count("[") > MAX_BRACKETS:
        return None
    reader = _Reader(src, env, md)
    reader.tokenize(0, len(src))
    reader.flush()
    return reader.result()


# -- a run of a raw link destination's characters between parentheses --
_DESTINATION_RUN = re.compile(r"[^\x00-\x20\x7f()]*")


def _destination(src: str, pos: int, limit: int, md: MarkdownIt) -> tuple[str, int] | None:
    """markdown-it's ``parseLinkDestination``, read here for a raw destination in text with no
    backslash or ``&`` (no escape or entity to decode): up to a space, a control character or
    an unbalanced ``)``, parentheses nested at most 32 deep."""
    if "\\" in src or "&" in src:
        found = md.helpers.parseLinkDestination(src, pos, limit)
        return (found.str, found.pos) if found.ok else None
    start = pos
    level = 0
    while True:
        pos = _DESTINATION_RUN.match(src, pos, limit).end()  # type: ignore[union-attr]
        if pos >= limit:
            break
        char = src[pos]
        if char == "(":
            level += 1
            if level > 32:
                return None
        elif char != ")" or level == 0:
            break
        else:
            level -= 1
        pos += 1
    if pos == start or level:
        return None
    return src[start:pos], pos


def _last_runs(src: str) -> dict[int, int]:
    """Where the last run of each number of backticks starts (markdown-it's cache of them)."""
    runs: dict[int, int] = {}
    pos = 0
    while (start := src.find("`", pos)) != -1:
        pos = start + 1
        while pos < len(src) and src[pos] == "`":
            pos += 1
        runs[pos - start] = start
    return runs


@cache
def _checked_version() -> bool:
    """Whether markdown-it-py is of the major version this module follows (4): another one's
    rules may differ in details, and then markdown-it reads every marked text itself."""
    from markdown_it import __version__

    return __version__.split(".")[0] == "4"


class _Reader:
    """markdown-it's inline state, reduced to what the words need."""

    def __init__(self, src: str, env: dict[str, Any], md: MarkdownIt) -> None:
        self.src = src
        self.env = env
        self.md = md
        self.parts: list[str] = []  # -- each token's text (a line break: " "; a link end: "")
        self.pending = ""  # -- text not yet in a token (``state.pending``)
        self.links: list[tuple[int, int, str]] = []  # -- first and last token, URL
        self.delimiters: list[Delimiter] = []  # -- emphasis marks of this link level
        self.levels: list[list[Delimiter]] = [self.delimiters]  # -- every level's
        self.ends: dict[int, int] = {}  # -- skip's answers by position (``state.cache``)
        self.runs: dict[int, int] | None = None  # -- last start of each backtick run length

    def flush(self) -> None:
        if self.pending:
            self.parts.append(self.pending)
            self.pending = ""

    def push(self, text: str) -> None:
        self.flush()
        self.parts.append(text)

    def result(self) -> tuple[str, list[tuple[str, str]]]:
        """The words once emphasis marks are paired: a paired mark is markup, not text."""
        from markdown_it.rules_inline.balance_pairs import processDelimiters

        for delimiters in self.levels:
            processDelimiters(None, delimiters)  # type: ignore[arg-type]
            for opener in delimiters:
                if opener.end >= 0:
                    self.parts[opener.token] = ""
                    self.parts[delimiters[opener.end].token] = ""
        links = [("".join(self.parts[a:b]), href) for a, b, href in self.links]
        return "".join(self.parts), links

    def tokenize(self, pos: int, limit: int) -> None:
        """markdown-it's ``tokenize`` from ``pos`` to ``limit``, with its rules' effects."""
        src = self.src
        while pos < limit:
            char = src[pos]
            if char == "\n":  # -- newline rule: trailing spaces dropped, a break, indent skipped
                pending = self.pending
                if pending.endswith("  "):
                    self.pending = pending.rstrip(" ")
                elif pending.endswith(" "):
                    self.pending = pending[:-1]
                self.push(" ")
                pos += 1
                while pos < limit and src[pos] in (" ", "\t"):
                    pos += 1
                continue
            if char == "`":
                pos, code = self.code(pos, limit)
                if code is not None:
                    self.push(code)
                continue
            if char in ("\\", "&") and (found_special := self.special(pos, limit)):
                pos, special = found_special
                self.push(special)  # -- text_special, or a hard break's " "
                continue
            if char in ("*", "_"):  # -- emphasis rule: one token per mark, paired later
                pos = self.emphasis(pos, limit)
                continue
            if char == "[" and (found := self.link(pos, limit)) is not None:
                end, href, label_start, label_end = found
                self.push("")  # -- link_open: its text's marks pair among themselves
                outer = self.delimiters
                self.delimiters = []
                self.levels.append(self.delimiters)
                first = len(self.parts)
                self.tokenize(label_start, label_end)
                self.flush()
                if href:
                    self.links.append((first, len(self.parts), href))
                self.delimiters = outer
                self.push("")  # -- link_close
                pos = end
                continue
            # -- text rule, or a character no rule takes, then text up to the next stop --
            stop = _STOP.search(src, pos + 1, limit)
            end = stop.start() if stop else limit
            self.pending += src[pos:end]
            pos = end

    def special(self, pos: int, limit: int) -> tuple[int, str] | None:
        """markdown-it's ``escape`` and ``entity`` rules: (where they end, their text), or None
        where neither applies (the character is then text)."""
        from markdown_it.common.entities import entities
        from markdown_it.common.utils import fromCodePoint, isValidEntityCode
        from markdown_it.rules_inline.entity import DIGITAL_RE, NAMED_RE

        src = self.src
        if pos + 1 >= limit:
            return None
        after = src[pos + 1]
        if src[pos] == "\\":
            if after == "\n":  # -- a hard break; the next line's indent skipped
                pos += 2
                while pos < limit and src[pos] in (" ", "\t"):
                    pos += 1
                return pos, " "
            escaped = after
            high = "\ud800" <= after <= "\udbff"  # -- a surrogate pair is escaped whole
            if high and pos + 2 < limit and "\udc00" <= src[pos + 2] <= "\udfff":
                escaped += src[pos + 2]
            text = escaped if after in _ESCAPED else "\\" + escaped
            return pos + 1 + len(escaped), text
        if after == "#":
            if match := DIGITAL_RE.match(src, pos):
                number = match.group(1)
                code = int(number[1:], 16) if number[0].lower() == "x" else int(number, 10)
                char = fromCodePoint(code if isValidEntityCode(code) else 0xFFFD)
                return pos + len(match.group(0)), char
        elif (match := NAMED_RE.match(src, pos)) and match.group(1) in entities:
            return pos + len(match.group(0)), entities[match.group(1)]
        return None

    def code(self, start: int, limit: int, looking: bool = False) -> tuple[int, str | None]:
        """markdown-it's ``backtick`` rule: (where it ends, the code span's text) or, for a run no
        run of the same length closes, (its end, None) with the run added to the text."""
        src = self.src
        pos = start + 1
        while pos < limit and src[pos] == "`":
            pos += 1
        length = pos - start
        if self.runs is None:
            self.runs = _last_runs(src)
        if self.runs.get(length, -1) >= pos:
            end = pos
            while (close := src.find("`", end)) != -1 and close < limit:
                end = close + 1
                while end < len(src) and src[end] == "`":
                    end += 1
                if end > limit:
                    break
                if end - close == length:
                    content = src[pos:close].replace("\n", " ")
                    if content[:1] == " " and content[-1:] == " " and content.strip(" "):
                        content = content[1:-1]
                    return end, content
        if not looking:
            self.pending += src[start:pos]
        return pos, None

    def emphasis(self, pos: int, limit: int) -> int:
        from markdown_it.rules_inline.state_inline import Delimiter, StateInline

        marker = self.src[pos]
        # -- scanDelims reads only the source and the limit --
        scanned = StateInline.scanDelims(
            SimpleNamespace(src=self.src, posMax=limit),  # type: ignore[arg-type]
            pos,
            marker == "*",
        )
        for _ in range(scanned.length):
            self.push(marker)
            self.delimiters.append(
                Delimiter(
                    marker=ord(marker),
                    length=scanned.length,
                    token=len(self.parts) - 1,
                    end=-1,
                    open=scanned.can_open,
                    close=scanned.can_close,
                )
            )
        return pos + scanned.length

    def skip(self, pos: int, limit: int) -> int:
        """markdown-it's ``skipToken``: where the token at ``pos`` ends (kept by position, as
        markdown-it does, whatever the limit it was found with)."""
        if pos in self.ends:
            return self.ends[pos]
        src = self.src
        char = src[pos]
        if char == "[":
            found = self.link(pos, limit)
            end = found[0] if found is not None else pos + 1
        elif char == "\n":
            end = pos + 1
            while end < limit and src[end] in (" ", "\t"):
                end += 1
        elif char == "`":
            end = self.code(pos, limit, looking=True)[0]
        elif char in ("\\", "&"):
            found_special = self.special(pos, limit)
            end = found_special[0] if found_special else pos + 1
        elif char in ("]", "!", "*", "_"):  # -- emphasis takes nothing when only looking
            end = pos + 1
        else:
            stop = _STOP.search(src, pos + 1, limit)
            end = stop.start() if stop else limit
        self.ends[pos] = end
        return end

    def label_end(self, start: int, limit: int, nested: bool) -> int:
        """markdown-it's ``parseLinkLabel``: the ``]`` closing the ``[`` at ``start``, or -1."""
        src = self.src
        level = 1
        pos = start + 1
        while pos < limit:
            char = src[pos]
            if char == "]":
                level -= 1
                if level == 0:
                    return pos
            before = pos
            pos = self.skip(pos, limit)
            if char == "[":
                if before == pos - 1:
                    level += 1
                elif not nested:
                    return -1
        return -1

    def link(self, pos: int, limit: int) -> tuple[int, str, int, int] | None:
        """markdown-it's ``link`` rule at ``pos``: (end, href, label start, label end) or None."""
        src, md = self.src, self.md
        label_start = pos + 1
        label_end = self.label_end(pos, limit, nested=False)
        if label_end < 0:
            return None
        href = ""
        reference = True
        pos = label_end + 1
        if pos < limit and src[pos] == "(":
            reference = False
            pos += 1
            while pos < limit and src[pos] in _SPACE:
                pos += 1
            if pos >= limit:
                return None
            found = _destination(src, pos, limit, md)
            if found is not None:
                href = md.normalizeLink(found[0])
                if md.validateLink(href):
                    pos = found[1]
                else:
                    href = ""
                start = pos
                while pos < limit and src[pos] in _SPACE:
                    pos += 1
                title = md.helpers.parseLinkTitle(src, pos, limit)
                if pos < limit and start != pos and title.ok:
                    pos = title.pos
                    while pos < limit and src[pos] in _SPACE:
                        pos += 1
            if pos >= limit or src[pos] != ")":
                reference = True
            pos += 1
        if reference:
            return self.reference(pos, limit, label_start, label_end)
        return pos, href, label_start, label_end

    def reference(
        self, pos: int, limit: int, label_start: int, label_end: int
    ) -> tuple[int, str, int, int] | None:
        """The link rule's reference part: ``[text][label]``, ``[text][]`` or ``[text]``."""
        from markdown_it.common.utils import normalizeReference

        if "references" not in self.env:
            return None
        src = self.src
        label = ""
        if pos < limit and src[pos] == "[":
            start = pos + 1
            pos = self.label_end(pos, limit, nested=True)
            if pos >= 0:
                label = src[start:pos]
                pos += 1
            else:
                pos = label_end + 1
        else:
            pos = label_end + 1
        ref = self.env["references"].get(normalizeReference(label or src[label_start:label_end]))
        if not ref:
            return None
        return pos, str(ref["href"]), label_start, label_end
