"""Markdown read by markdown-it-py: CommonMark plus GFM tables, footnotes, front matter, definitions.

The parser decides what is a heading, a quote, a table, code or raw HTML, so
`## x` inside a `<div>`, an indented code block or a quoted heading never
becomes a section. This module maps its tokens to blocks with offsets.

Speed: markdown-it-py is pure Python and tries a dozen block rules on every
line. Most lines of a long report are plain top-level paragraphs and ATX
headings, whose reading CommonMark fixes without any context (see _plan): those
are read here directly, and the parser reads everything else in one call, the
runs of other lines joined with a separator line between them. A run whose
tokens cross a separator (an unclosed fence or ``<pre>``), or any file that
reaches the nesting limit, is read by the parser alone. The property test
``test_markdown_fast_path`` checks that both ways give the same Document.

Inline text is read by markdown-it, configured to try its inline rules only at
the characters they start at, to leave the table rule out of text with no
``|`` and to keep URLs it would not change (``_built``): each checked against
stock markdown-it by ``test_markdown_parser_speedups``. (A reader of our own
for link-and-emphasis text was tried and dropped: it re-wrote markdown-it's
rules, which this reader exists not to do.)
"""

from __future__ import annotations

import html
import re
import textwrap
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import accumulate, pairwise, repeat
from operator import add
from typing import TYPE_CHECKING

from briefing_app.core.document import (
    Block,
    BlockKind,
    Document,
    Footnote,
    Link,
    Row,
    table_text,
)
from briefing_app.ingest.dates import parse_date
from briefing_app.ingest.frontmatter import front_matter_fields

# -- a block container deeper than this is not parsed further (markdown-it drops the rest of
# -- its lines, so they are read back as plain paragraphs: see _skipped_lines) --
MAX_NESTING = 20
# -- inline parsing costs up to ~20 µs per bracket or emphasis mark ("![![![…"): past these
# -- budgets a paragraph keeps its marks as written, so a hostile file stays linear and quick --
MAX_MARKS_PER_BLOCK = 2_000
MAX_MARKS_PER_DOCUMENT = 100_000
_MARK_CHARS = "\\`*_[<&"  # -- what every inline construct starts with (or "!" before "[")
_YEAR = re.compile(r"\b\d{4}\b")
# -- a quote mark opening a callout: "> **Note:** You need to …", "> [!TIP]", "> Warning: …"
_ALERT_KINDS = "note|tip|important|warning|caution"  # -- GitHub's alerts: "> [!TIP]"
_ALERT = re.compile(rf"^\[!(?:{_ALERT_KINDS})\]\s*", re.I)
_CALLOUT = re.compile(
    rf"\[!(?:{_ALERT_KINDS})\]"
    rf"|(?:\*\*|__)?(?:{_ALERT_KINDS}|hint)(?:(?:\*\*|__)\s*:|:(?:\*\*|__)?|(?:\*\*|__)[ \t]*(?:\n|$))",
    re.I,
)
# -- a sentence of words, not code: a capitalised word, five more words, no braces or "="
_PROSE = re.compile(r"(?![^\n]*[{}=;]\s*$)[A-Z][a-z]+(?:[ ,]+[\w'’-]+){5}[^{}=]*$", re.S)

if TYPE_CHECKING:
    from collections.abc import Callable

    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token


def _parser(
    tables: bool = True,
    notes: bool = True,
    terms: bool = True,
    front: bool = True,
    setext: bool = True,
) -> MarkdownIt:
    """The configured parser; each flag False leaves out rules that cannot match (see _built)."""
    return _built(tables, notes, terms, front, setext)


def _parser_for(text: str) -> MarkdownIt:
    """The parser for ``text`` and any text cut from it: without the rules whose mark is absent."""
    terms = _TERM_FIRST.match(text) is not None or _TERM.search(text) is not None
    front = text[:1] == "-"
    # -- front matter ends with a line of dashes, which is no heading's underline: search past
    # -- its closing line, found as the front-matter rule finds it --
    marks = len(text) - len(text.lstrip("-")) if front else 0
    end = _front_closer(marks).search(text) if marks >= 3 else None
    setext = _UNDERLINE.search(text, end.end() if end else 0) is not None
    # -- ("^" first: a one-character search is quick, "[^" over a long text is not)
    notes = "^" in text and "[^" in text
    return _built("|" in text, notes, terms, front, setext)


# -- a line that could hold a definition list's ":" or "~" marker (after quote marks and
# -- indentation): without one, the definition rule, tried at every paragraph, can only fail.
# -- (Searched from each "\n" and matched at the start: "^" with re.M tries every character.)
_TERM = re.compile(r"\n[ \t>]*[:~]")
_TERM_FIRST = re.compile(r"[ \t>]*[:~]")
# -- a line that could underline a setext heading (after quote marks and indentation) --
_UNDERLINE = re.compile(r"\n[ \t>]*(?:=+|-+)[ \t]*(?=\n|\Z)")


@cache
def _front_closer(marks: int) -> re.Pattern[str]:
    """The first line the front-matter rule ends front matter opened by ``marks`` dashes at:
    "..." at the margin, or at least as many dashes indented less than code, then blanks."""
    return re.compile(rf"\n(?: {{0,3}}-{{{marks},}}[ \t]*|\.\.\.[ \t]*)(?=\n|\Z)")


@cache
def _built(tables: bool, notes: bool, terms: bool, front: bool, setext: bool) -> MarkdownIt:
    """The configured parser, built on first use (its import costs ~0.2 s of start-up).

    Its core stops after the block rules: inline parsing is done by the walker,
    only for the text it keeps and on the mark budget. Rules whose mark the
    text lacks are left out, since each is tried at every paragraph (or every
    ``[``) and can only fail: the table rule without a ``|`` (a header row
    needs one), footnotes without ``[^``, definition lists without a line
    starting ``:`` or ``~``, front matter unless the text starts with ``-``, setext
    headings without a line of ``=`` or ``-`` (past the front matter): that rule
    reads each paragraph to its end before the paragraph rule reads it again.
    Block and inline rules are then tried only at the characters they start
    at (_dispatch_block, _dispatch_inline).
    """
    md = _stock_parser(tables)
    if not notes:
        md.block.ruler.disable("footnote_def")
        md.inline.ruler.disable("footnote_ref")
    if not terms:
        md.block.ruler.disable("deflist")
    if not front:
        md.block.ruler.disable("front_matter")
    if not setext:
        md.block.ruler.disable("lheading")
    _dispatch_block(md)
    _dispatch_inline(md)
    normalize = md.normalizeLink
    md.normalizeLink = lambda url: url if _PLAIN_URL.fullmatch(url) else normalize(url)  # type: ignore[method-assign]
    return md


# -- a URL markdown-it's normalizeLink returns unchanged (parsing it, punycoding its host and
# -- percent-encoding it cost 0.2 ms a link): an http(s) host of ASCII labels, then path,
# -- query and fragment of characters that need no encoding, or a path not starting "//" --
_PLAIN_URL = re.compile(
    r"(?!//)(?:https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::[0-9]{1,5})?)?"
    r"(?:[/?#](?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*)?"
)


def _stock_parser(tables: bool = True) -> MarkdownIt:
    """markdown-it-py configured for our reading, without the inline speed-up (tests compare)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = (
        MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
        .use(front_matter_plugin)
        .use(footnote_plugin, inline=False)
        .use(deflist_plugin)
    )
    if tables:
        md.enable("table")
    # -- footnotes stay where they are written (the tail rule moves them and drops unused ones)
    md.core.ruler.disable(["inline", "footnote_tail", "text_join"])
    return md


# -- the character each inline rule can start at ("": any other character, the text rule) --
_RULE_STARTS = {
    "text": "",
    "newline": "\n",
    "escape": "\\",
    "backticks": "`",
    "emphasis": "*_",
    "link": "[",
    "image": "!",
    "footnote_ref": "[",
    "autolink": "<",
    "html_inline": "<",
    "entity": "&",
}


def _dispatch_inline(md: MarkdownIt) -> None:
    """Inline rules tried only at the characters they can start at, in their own order.

    markdown-it tries all eleven rules at every character its text rule stops
    at (``-``, ``:``, ``#`` … too, kept for plugins we do not use); each rule
    returns False at once on any other first character, so trying only the
    rules a character can start gives the same tokens, a fifth faster. The
    text rule's stop set shrinks to those characters plus ``]``, which ends a
    link label (versions of markdown-it-py whose text rule has no
    ``terminator_re`` keep their own set, with the same result).

    Two rules are left out because the walker reads every break as one space
    and joins the text: the line-break rule (a token for each line end, which
    also split the text tokens around it; the walker does what it did to the
    text, see _unbreak) and the post-pass joining adjacent text tokens. A third
    of inline time on hard-wrapped text. The post-passes that pair emphasis
    marks run only on text with a ``*`` or ``_``.
    """
    names = md.inline.ruler.get_active_rules()
    if set(names) - _RULE_STARTS.keys():
        return  # -- a rule we do not know: leave markdown-it as it is
    table: dict[str, tuple[Callable[[StateInline, bool], bool], ...]] = {"]": ()}
    for name, rule in zip(names, md.inline.ruler.getRules(""), strict=True):
        for char in _RULE_STARTS[name] if name != "newline" else "":
            table[char] = (*table.get(char, ()), rule)
    text_rule = (md.inline.ruler.getRules("")[names.index("text")],)

    def dispatch(state: StateInline, silent: bool) -> bool:
        # -- a loop, not any(…): this runs at every mark character, a generator costs more
        for rule in table.get(state.src[state.pos], text_rule):  # noqa: SIM110
            if rule(state, silent):
                return True
        return False

    md.inline.terminator_re = re.compile("[" + re.escape("".join(table)) + "]")
    md.inline.ruler.disable(names)
    md.inline.ruler.push("dispatch", dispatch)
    md.inline.ruler2.disable("fragments_join", ignoreInvalid=True)
    # -- the post-passes pair emphasis marks, which only "*" and "_" make --
    after = md.inline.ruler2.get_active_rules()
    if set(after) <= {"balance_pairs", "emphasis"}:
        passes = md.inline.ruler2.getRules("")

        def pair_marks(state: StateInline) -> None:
            if "*" in state.src or "_" in state.src:
                for rule in passes:
                    rule(state)

        md.inline.ruler2.disable(after)
        md.inline.ruler2.push("pair_marks", pair_marks)


def _unbreak(text: str) -> str:
    """What markdown-it's line-break rule leaves of text with line ends: the spaces before each
    dropped (they made a hard break), one space for the break, the next line's indent skipped.
    (Split, not a regex: `` *\\n`` tried at each space of a long run of spaces is quadratic.)"""
    if " \n" not in text and "\n\t" not in text and "\n " not in text:
        return text.replace("\n", " ")  # -- most wrapped text: nothing to drop around a break
    first, *rest = text.split("\n")
    middle = [p.lstrip(" \t").rstrip(" ") for p in rest[:-1]]
    return " ".join([first.rstrip(" "), *middle, rest[-1].lstrip(" \t")])


# -- the character each block rule that needs one starts at (after the indent): the rules
# -- not named here (front matter, table, code, setext heading, definition, paragraph) can
# -- start at any character and keep their place --
_BLOCK_STARTS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "footnote_def": "[",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}
# -- markdown-it's chains of block rules: "" at each block's start; the others are the rules
# -- that may end a paragraph, link definition, quote or list, tried at each of its lines --
_CHAINS = ("", "paragraph", "reference", "blockquote", "list")
_BLOCK_RULES = {"front_matter", "table", "code", "lheading", "deflist", "paragraph", *_BLOCK_STARTS}

if TYPE_CHECKING:
    from markdown_it.rules_block import StateBlock

    BlockRule = Callable[[StateBlock, int, int, bool], bool]


def _dispatch_block(md: MarkdownIt) -> None:
    """Block rules that start at a given character tried only at a line starting with it.

    markdown-it tries every block rule at each block's start, and every rule
    that may interrupt a paragraph at each of its lines: fourteen calls a
    line. Each rule in _BLOCK_STARTS first reads the line's first character
    (after the indent) and returns False unless it is its own, so per chain one
    rule stands for them, picking those that line can start, in their order;
    the other rules keep their place. ("code" stays enabled, as markdown-it
    asks whether it is before reading any indented line as code.)
    """
    ruler = md.block.ruler
    names = ruler.get_active_rules()
    if set(names) - _BLOCK_RULES or "lheading" not in ruler.get_all_rules():
        return  # -- a rule we do not know: leave markdown-it as it is
    rule_of = dict(zip(names, ruler.getRules(""), strict=True))
    name_of = {id(rule): name for name, rule in rule_of.items()}
    chains = {c: [(name_of[id(r)], r) for r in ruler.getRules(c)] for c in _CHAINS}
    ruler.disable([n for n in names if n in _BLOCK_STARTS])
    if "code" in rule_of:
        ruler.at("code", _indented(rule_of["code"]))
    for chain, rules in chains.items():
        marked = [(name, rule) for name, rule in rules if name in _BLOCK_STARTS]
        table = {
            char: tuple(rule for name, rule in marked if char in _BLOCK_STARTS[name])
            for char in "".join(_BLOCK_STARTS[name] for name, _ in marked)
        }
        dispatch = _block_dispatch(table, bool(chain))
        if chain:
            # -- a chain's own rule is in the main chain too (markdown-it puts every rule
            # -- there); past "paragraph", which takes any line, it is never called there --
            ruler.after("paragraph", f"dispatch{chain}", dispatch, {"alt": [chain]})
        else:
            ruler.before("lheading", "dispatch", dispatch)


def _indented(code: BlockRule) -> BlockRule:
    """markdown-it's code rule, called only at a line it can read: one indented four columns
    past the block's indent (its own first test), so the block starts of other lines skip it."""

    def indented_code(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        return state.sCount[line] - state.blkIndent >= 4 and code(state, line, end, silent)

    return indented_code


def _block_dispatch(table: dict[str, tuple[BlockRule, ...]], alt: bool) -> BlockRule:
    def dispatch(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        if alt and not silent:
            return False  # -- a chain's own rule, also in the main chain: not for block starts
        pos = state.bMarks[line] + state.tShift[line]
        for rule in table.get(state.src[pos : pos + 1], ()):  # noqa: SIM110
            if rule(state, line, end, silent):
                return True
        return False

    return dispatch


def parse_markdown(text: str, *, name: str = "") -> Document:
    """Blocks with offsets into ``text``; front matter becomes metadata, link URLs are kept."""
    if "\r" in text:  # -- (two copies of a long text cost more than looking for one "\r")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    walker, tokens = _walked(text)
    if not any(b.kind == "heading" for b in walker.blocks) and (names := _numbered_names(text)):
        walker, tokens = _walked(_names_as_headings(text, names))
        walker.blocks = _named_headings(walker.blocks, text, names)
    metadata: dict[str, str] = {}
    if tokens and tokens[0].type == "front_matter":
        metadata = front_matter_fields(tokens[0].content)
    return Document(
        text=text,
        blocks=tuple(
            _with_part_heads(_with_line_heads(_with_run_in_heads(walker.blocks, text), text), text)
        ),
        metadata=metadata,
        source_name=name,
        source_format="md",
        links=tuple(walker.links),
        footnotes=walker.footnotes(),
    )


def _walked(text: str) -> tuple[_Walker, list[Token]]:
    """The blocks of ``text`` (in the walker) and the parser's tokens."""
    lines = _Lines(text)
    walker = _Walker(lines)
    tokens = _read_fast(walker, lines) if "\n" in text else None
    if tokens is None:
        walker = _Walker(lines, source=text)
        tokens = walker.md.parse(text, walker.env)
        walker.walk(tokens)
        if any(t.level >= MAX_NESTING - 1 for t in tokens):
            extra = _skipped_lines(tokens, walker.env, lines)
            walker.blocks = sorted(walker.blocks + extra, key=lambda b: b.start)
    return walker, tokens


# -- numbered section names in a text with no Markdown headings ------------------------------

# -- "1. Executive Summary" alone on its line: a count, then a short name with no stop
_NUMBERED_NAME = re.compile(r"(?m)^(?P<number>\d{1,2})\.[ \t]+(?P<name>[^\W\d_][^\n]*?)[ \t]*$")
NAMED_SERIES = 3  # -- names a text counts 1, 2, 3 … before they are read as its sections
# -- a line indented as code (4 to 7 spaces) after a blank line, under a section name --
_INDENTED = re.compile(r"(?<=\n\n)( {4,7})(?=[^\W\d_])")


def _numbered_names(text: str) -> list[re.Match[str]]:
    """Lines that name a text's sections by count ("1. Executive Summary" … "4. Policy
    Recommendations"), each over text of its own; [] when the text has no such series.

    A text pasted from a word processor into a .md file keeps its numbered
    section names as typed: Markdown reads them as one-item lists, as the
    lazy last line of the paragraph above ("2." cannot interrupt one) or as a
    list item swallowing the indented paragraphs under it. What marks them as
    names, not a list: short capitalised lines counted 1, 2, 3 … with no gap,
    every one over text of its own before the next, and some of that text at
    the margin, where it would end any Markdown list.
    """
    names = [
        m
        for m in _NUMBERED_NAME.finditer(text)
        if _LINE_HEAD.fullmatch(m["name"])
        and m["name"][0].isupper()
        and len(m["name"].split()) <= LINE_HEAD_WORDS
    ]
    if len(names) < NAMED_SERIES or [int(m["number"]) for m in names] != list(
        range(1, len(names) + 1)
    ):
        return []
    ends = [m.start() for m in names[1:]] + [len(text)]
    bodies = [text[m.end() : end] for m, end in zip(names, ends, strict=True)]
    if not all(b.strip() for b in bodies) or not any(b.lstrip("\n")[:1].isalpha() for b in bodies):
        return []
    return names


def _names_as_headings(text: str, names: list[re.Match[str]]) -> str:
    """``text`` with each numbered name written as an ATX heading, and each paragraph indented
    as code under them as a bullet: the same length, so every offset stays.

    Under such names the indent is the word processor's (its bullets, pasted
    without their marks), not code.
    """
    out = list(text)
    for m in names:
        count = m.start("name") - m.start()
        out[m.start() : m.start("name")] = "#" + " " * (count - 1)
    for m in _INDENTED.finditer(text, names[0].end()):
        indent = len(m[1])
        out[m.start() : m.end()] = " " * (indent - 4) + "-   "
    return "".join(out)


def _named_headings(blocks: list[Block], text: str, names: list[re.Match[str]]) -> list[Block]:
    """Blocks with each numbered name's heading given back its count, as the text prints it."""
    lines = {m.start("name"): m for m in names}
    out: list[Block] = []
    for b in blocks:
        m = lines.get(b.start) if b.kind == "heading" else None
        if m:
            b = replace(b, text=f"{m['number']}. {b.text}", start=m.start())
        out.append(b)
    return out


# -- run-in heads ------------------------------------------------------------------------

# -- "**Non-profit revenue cutoff.** Non-profit organizations …": a bold phrase ending in a
# -- full stop, then the paragraph's text
_RUN_IN = re.compile(r"(\*\*|__)(?P<head>[^*_\n]{2,160}?\.)\1[ \t]+(?=\S)")
# -- "**§28(2) Phased introduction — year 1 to 2 threshold multipliers:**" alone over its list
_LABEL_LINE = re.compile(r"(\*\*|__)(?P<head>[^*_\n]{2,160}?[.:])\1[ \t]*\Z")
RUN_IN_WORDS = 12  # -- a head names a point; a longer bold lead is an emphasised sentence
RUN_IN_SERIES = 2  # -- heads a text sets before one is read as a head, not emphasis
# -- a finite auxiliary or copula (en, de, fr, es, pt, it): a bold lead holding one is a clause,
# -- a finding stated in bold ("**The gap is a few days, not weeks.**"), not a point's name
_CLAUSE_WORD = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|isn't|aren't|does|do|did|doesn't|don't|has|have|had|can|cannot"
    r"|will|would|should|must|not|ist|sind|war|waren|hat|haben|wird|werden|nicht|est|sont"
    r"|n'est|ont|sera|pas|es|son|está|están|fue|han|é|são|foi|tem|têm|não|è|sono|ha|hanno|non)(?![\w'’-])",
    re.I,
)


def _emphasised_sentences(heads: list[str]) -> bool:
    """Bold leads most of which are clauses are the text's findings in bold, not heads.

    A brief states what it found as "**The bigger opportunity is elsewhere.** …";
    a companion to a bill names its points "**Non-profit revenue cutoff.** …".
    """
    return 2 * sum(1 for h in heads if _CLAUSE_WORD.search(h)) >= len(heads)


def _with_run_in_heads(blocks: list[Block], text: str) -> list[Block]:
    """Paragraphs opened by a bold phrase ending in a full stop, split into that head and the text.

    A companion to a bill lists its values as "**Non-profit revenue cutoff.**
    Non-profit organizations below …": each bold lead heads its paragraph,
    one level under the heading it stands below (as a PDF's run-in heads do).
    One such lead may be emphasis ("**The good news is, it doesn't have to be
    this way.** We can …"): a text must set two or more. A bold lead ending in a
    colon is a label of a list of properties ("**Security:** Cloud providers …"),
    and a list item's lead belongs to its item: neither is a head. In a text
    that sets such heads, a bold label alone on its line ("**§27 Audit
    parameters:**" over its table) is one of them, at their level.
    """
    found: dict[int, int] = {}
    labels: set[int] = set()
    leads: list[str] = []
    for n, b in enumerate(blocks):
        if b.kind != "paragraph" or text[b.start : b.start + 2] not in ("**", "__"):
            continue
        m = _RUN_IN.match(text, b.start)
        alone = None if m else _LABEL_LINE.match(text[b.start : b.end].rstrip())
        head = (m or alone).group("head").strip() if (m or alone) else ""  # type: ignore[union-attr]
        # -- a head opens with a capital, a section sign or a quoted term, never mid-sentence
        opens = head[:1].isupper() or head[:1] in "§\"“'‘"
        if not (opens and len(head.split()) <= RUN_IN_WORDS and b.text.startswith(head)):
            continue
        if m:
            found[n] = m.end()
            leads.append(head)
        elif alone:
            labels.add(n)
    if len(found) < RUN_IN_SERIES or _emphasised_sentences(leads):
        return blocks
    out: list[Block] = []
    level = 0
    for n, b in enumerate(blocks):
        if b.kind == "heading":
            level = b.level
        if n in labels:
            out.append(replace(b, kind="heading", level=min(level + 1, 6)))
            continue
        if n not in found:
            out.append(b)
            continue
        m = _RUN_IN.match(text, b.start)
        head = m.group("head").strip()  # type: ignore[union-attr]
        rest = b.text[len(head) :].strip()
        out.append(
            Block(head, kind="heading", level=min(level + 1, 6), start=b.start, end=found[n])
        )
        out.append(Block(rest, start=found[n], end=b.end))
    return out


# -- one-line heads over unwrapped paragraphs ----------------------------------------------

# -- a section's name on the line over its paragraph: a few words, capitalised, no stop, no marks
_LINE_HEAD = re.compile(r"[^\W\d_][^*_`\[\]<>#|\n]{0,58}(?<![.,;:!?])")
LINE_HEAD_WORDS = 8  # -- the most words of such a name
UNWRAPPED = 100  # -- characters of a line under it that show the writer does not wrap lines
LINE_HEAD_SERIES = 2  # -- such heads a text sets before they are read as its sections


def _with_line_heads(blocks: list[Block], text: str) -> list[Block]:
    """Paragraphs opened by a short line over an unwrapped one: that line a heading of its own.

    Text pasted from a word processor into a .md file keeps each paragraph
    on one long line and its section names on a line of their own, right
    over it with no blank line ("Bias Origin" over "Amazon's tool, developed
    …"): Markdown joins the two, the writer meant a heading. In a text with
    no Markdown headings that wraps no lines, two or more such lines are its
    level-1 headings, parted from their paragraphs; in hard-wrapped prose a
    short line is a paragraph's own (its last, or a sentence broken early).
    """
    if any(b.kind == "heading" for b in blocks) or not _unwrapped(blocks, text):
        return blocks
    heads: dict[int, int] = {}  # -- block index: length of its head line in the source
    for n, b in enumerate(blocks):
        source = text[b.start : b.end].strip()
        head, _, rest = source.partition("\n")
        if (
            b.kind == "paragraph"
            and _LINE_HEAD.fullmatch(head.strip())
            and head.strip()[0].isupper()
            and len(head.split()) <= LINE_HEAD_WORDS
            and rest.strip()
            and b.text.startswith(head.strip())
        ):
            heads[n] = text.index("\n", b.start) - b.start
    if len(heads) < LINE_HEAD_SERIES:
        return blocks
    out: list[Block] = []
    for n, b in enumerate(blocks):
        if n not in heads:
            out.append(b)
            continue
        head = text[b.start : b.start + heads[n]].strip()
        out.append(Block(head, kind="heading", level=1, start=b.start, end=b.start + heads[n]))
        out.append(replace(b, text=b.text[len(head) :].strip(), start=b.start + heads[n] + 1))
    return out


def _unwrapped(blocks: list[Block], text: str) -> bool:
    """The writer does not wrap lines: a paragraph runs on one line past ~100 characters, and
    no paragraph holds two long lines in a row (the mark of hard-wrapped prose)."""
    longest = 0
    for b in blocks:
        if b.kind != "paragraph":
            continue
        lengths = [len(line.strip()) for line in text[b.start : b.end].split("\n")]
        if any(a >= UNWRAPPED * 0.6 and c >= UNWRAPPED * 0.6 for a, c in pairwise(lengths)):
            return False
        longest = max(longest, *lengths)
    return longest >= UNWRAPPED


# -- bold numbered parts over their own points -------------------------------------------------

_WHOLLY_BOLD = re.compile(r"(\*\*|__)(?P<label>[^*_\n]{2,120})\1")
_ITEM_NUMBER = re.compile(r"(\d{1,3})[.)][ \t]*$")
PART_WORDS = 14  # -- the most words of a part's bold name
PART_RUN = 2  # -- parts a list sets before its items are read as parts


def _with_part_heads(blocks: list[Block], text: str) -> list[Block]:
    """A numbered list right under a heading whose items are bold names, each over its own
    bullets, as headings one level below it ("1. **Adopt an audit requirement**" over how).

    A brief lists its recommendations so under "Core policy recommendations":
    each item names one in bold and the bullets nested under it argue it. The
    names are the section's parts, its outline; the bullets stay the points
    under each. A list after a paragraph, or with text of its own under an
    item, is a list.
    """
    out = list(blocks)
    for h, head in enumerate(blocks):
        if head.kind != "heading":
            continue
        parts = _bold_parts(blocks, h + 1, text)
        if len(parts) < PART_RUN:
            continue
        for n in range(h + 1, h + 1 + _list_length(blocks, h + 1)):
            b = blocks[n]
            if n in parts:
                label = f"{parts[n]}. {b.text}"
                out[n] = Block(
                    label, kind="heading", level=min(head.level + 1, 6), start=b.start, end=b.end
                )
            else:
                out[n] = replace(b, level=max(b.level - 1, 0))
    return out


def _list_length(blocks: list[Block], start: int) -> int:
    """How many list items follow from ``start`` on."""
    n = start
    while n < len(blocks) and blocks[n].kind == "list_item":
        n += 1
    return n - start


def _bold_parts(blocks: list[Block], start: int, text: str) -> dict[int, str]:
    """The top items of the list at ``start`` with their printed numbers, when every one is a
    bold name with nested items right under it; else {}."""
    parts: dict[int, str] = {}
    for n in range(start, start + _list_length(blocks, start)):
        b = blocks[n]
        if b.level:
            continue
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        line = text[text.rfind("\n", 0, b.start) + 1 : b.start]
        number = _ITEM_NUMBER.search(line)
        m = _WHOLLY_BOLD.fullmatch(text[b.start : b.end].strip())
        if not (
            b.ordered
            and number
            and m
            and len(m["label"].split()) <= PART_WORDS
            and not m["label"].rstrip().endswith((".", ":", ";", ","))
            and nxt is not None
            and nxt.kind == "list_item"
            and nxt.level > b.level
        ):
            return {}
        parts[n] = number.group(1)
    return parts


# -- the fast path ------------------------------------------------------------------------

# -- characters that may open a block other than a paragraph (indent, ATX and setext
# -- headings, quotes, lists, rules, fences, HTML, link and footnote definitions, tables,
# -- definition lists): a line starting with any other character is paragraph text --
_OPENERS = frozenset(" \t#>-+*_=`~<[|:0123456789")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_SEPARATOR = "#"  # -- an empty heading: closes every container, as the lines it replaces do


# -- lines [start, stop) of the source, kind, level: read by the parser (kind ""), or a plain
# -- "paragraph", "heading" (of that level), "list_item" or "code" block read here. A bare
# -- tuple: a long report has tens of thousands, and a NamedTuple costs 40 times as much.
_Run = tuple[int, int, str, int]


def _plan(lines: _Lines) -> list[_Run]:
    """The source cut into plain paragraphs, ATX headings and runs for the parser.

    A plain paragraph starts at top level with a character that opens no other
    block, all its lines do too, and a blank line (or the end) follows; the
    line after that blank is no definition (``: …``), so it is no term either.
    A parser run ends before a blank line's unindented successor that starts a
    plain paragraph or a heading and is no term (_term): such a line closes
    every list, quote, footnote and definition list, so only a fence or HTML
    block left open could carry on past it, which _read_fast checks on the tokens.
    """
    rows = lines.rows
    runs: list[_Run] = []
    n = len(rows)
    i = 0
    while i < n:
        row = rows[i]
        first = row[:1]
        if not first:
            i += 1
            continue
        body = row.lstrip(" ") if first == " " else row
        if first not in _OPENERS or (_plain_start(body) and len(row) - len(body) < 4):
            j = i + 1
            # -- (most lines start with a letter: the first test spares _plain_start's call)
            while (
                j < n
                and (nxt := rows[j].lstrip(" \t"))
                and (nxt[0] not in _OPENERS or _plain_start(nxt))
            ):
                j += 1
            term = j == i + 1 and _term(rows, i)
            # -- "[label]: url" is a link definition, its label perhaps over several lines --
            ref = body[0] == "[" and any("]:" in rows[k] for k in range(i, j))
            if (j == n or not rows[j].strip(" \t")) and not term and not ref:
                runs.append((i, j, "paragraph", 0))
                i = j
                continue
        elif not body.strip(" \t"):
            i += 1
            continue
        elif first in "# " and (m := _ATX.match(row)):
            runs.append((i, i + 1, "heading", len(m.group(1))))
            i += 1
            continue
        elif first in "-+*" and _item(rows, i):
            runs.append((i, i + 1, "list_item", 0))
            i += 1
            continue
        elif first in "`~" and (close := _fence_end(lines, i)) is not None:
            runs.append((i, close + 1, "code", 0))
            i = close + 1
            continue
        j = i + 1
        closer = _closer(row) if i else _front_end(row) or _closer(row)
        while j < n and (closer or not _cut(rows, j)):
            closer = (
                _closer(rows[j]) if closer is None else None if closer.match(rows[j]) else closer
            )
            j += 1
        runs.append((i, j, "", 0))
        i = j
    return runs


# -- a fence or an HTML block that blank lines do not end (CommonMark types 1-5), after any
# -- quote or list marks, and what ends it: a guess that only keeps a parser run whole
# -- (if it misses, the separator check in _read_fast sees the crossing) --
_LEAVES = re.compile(
    # -- one class per run of spaces and ">" (two quantifiers side by side would share a run in
    # -- exponentially many ways when the match fails: "-   -   -   … x") --
    r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t>]+)*"
    r"(?:(`{3,}|~{3,})|<(script|pre|style|textarea)(?:[ \t>]|$)|<(!--|\?|![A-Za-z]|!\[CDATA\[))",
    re.IGNORECASE,
)
_HTML_ENDS = {"!--": "-->", "?": "?>", "![cdata[": "]]>"}


def _closer(row: str) -> re.Pattern[str] | None:
    """What ends the fence or HTML block ``row`` opens, or None when it opens none."""
    m = _LEAVES.match(row) if row[:1] in _LEAF_STARTS else None
    if m is None:
        return None
    fence, tag, other = m.groups()
    if fence:
        return re.compile(rf"[ \t>]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
    end = f"</{tag}>" if tag else _HTML_ENDS.get(other.lower(), ">")
    if end in row[m.end() :].lower():
        return None
    return re.compile(rf".*{re.escape(end)}", re.IGNORECASE)


_LEAF_STARTS = frozenset(" \t>-+*0123456789`~<")


def _front_end(row: str) -> re.Pattern[str] | None:
    """What ends the front matter the first line ``row`` opens, or None: front matter may hold
    blank lines, and read in two runs it would cross their separator and send the whole file
    to the parser a second time."""
    marks = len(row) - len(row.lstrip("-"))
    return re.compile(_front_closer(marks).pattern[2:]) if marks >= 3 else None


_BULLET = re.compile(r"[-+*] {1,4}(?=[^ \t#>\-+*_=`~<\[|:0-9])")


def _item(rows: list[str], i: int) -> bool:
    """An unindented one-line bullet item with plain text: the next line is blank (and the line
    after the blanks is unindented, so it does not continue the item), the end, or such an item."""
    if not _BULLET.match(rows[i]):
        return False
    j = i + 1
    if j < len(rows) and rows[j].strip(" \t"):
        return _BULLET.match(rows[j]) is not None
    while j < len(rows) and not rows[j].strip(" \t"):
        j += 1
    return j == len(rows) or rows[j][0] not in " \t"


_FENCE = re.compile(r"(`{3,}|~{3,})(.*)")


def _fence_end(lines: _Lines, i: int) -> int | None:
    """The closing line of an unindented fenced code block opened at ``i``, if it has one (an
    unclosed fence, or one a table rule might claim, is left to the parser)."""
    rows = lines.rows
    m = _FENCE.match(rows[i])
    if m is None or (m.group(1)[0] == "`" and "`" in m.group(2)):
        return None
    if "|" in rows[i] and i + 1 < len(rows) and rows[i + 1][:1] in ("|", ":", "-"):
        return None
    # -- the text searched from the fence's line end for a line of marks, not line by line --
    found = _fence_closer(m.group(1)[0], len(m.group(1))).search(lines.text, lines.stop(i))
    return None if found is None else bisect_right(lines.starts, found.start())


@cache
def _fence_closer(mark: str, length: int) -> re.Pattern[str]:
    return re.compile(rf"\n {{0,3}}{re.escape(mark)}{{{length},}}[ \t]*(?=\n|\Z)")


def _cut(rows: list[str], j: int) -> bool:
    """A blank line, then an unindented plain line or heading that is no term: the parser run
    may end here."""
    first = rows[j][:1]
    return (
        bool(first)
        and not rows[j - 1].strip(" \t")
        and (first not in _OPENERS or _plain_start(rows[j]) or _ATX.match(rows[j]) is not None)
        and not _term(rows, j)
    )


def _term(rows: list[str], i: int) -> bool:
    """Whether a definition (``: …`` or ``~ …``) follows line ``i``, next or after one blank line.

    Line ``i`` may then be a definition list's term, and not only of a list it
    opens: a list goes on past blank lines at any line a definition follows (a
    heading too), and it must, as its term would read differently on its own. At
    top level the setext rule is tried before the definition rule, so
    ``Term`` / ``: words`` / ``===`` is a heading there, but the same lines
    continuing a list are a term and a definition with a lazy line.
    """
    k = i + 1
    if k < len(rows) and not rows[k].strip(" \t"):
        k += 1
    return k < len(rows) and rows[k].lstrip(" \t")[:1] in (":", "~")


# -- of the characters in _OPENERS, those that start a paragraph unless _OPENS matches there --
_MAYBE_PLAIN = frozenset("#*_`[-+=0123456789")
_OPENS = re.compile(
    r"#{1,6}(?:[ \t]|$)"  # -- ATX heading
    r"|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)"  # -- list item
    r"|([-*_])(?:[ \t]*\1){2,}[ \t]*$"  # -- thematic break
    r"|-[-:|]|=+[ \t]*$"  # -- setext underline or table rule (and a little more)
    r"|```|\[\^"  # -- fence, footnote definition
)


def _plain_start(body: str) -> bool:
    """Whether a line (indent cut) opens no block but a paragraph and cannot interrupt one.

    A line of words starting with ``**``, ``_``, a code span, a link or a year
    is plain text; a list marker, a rule, an underline, a fence or a footnote
    definition is not. (A link definition is checked on the whole paragraph.)
    """
    first = body[:1]
    return bool(first) and (
        first not in _OPENERS or (first in _MAYBE_PLAIN and _OPENS.match(body) is None)
    )


def _read_fast(walker: _Walker, lines: _Lines) -> list[Token] | None:
    """Plain paragraphs and headings read here, the rest by one parser call; None: not worth it
    (no plain lines) or not safe (a separator was crossed, the nesting limit was reached)."""
    rows = lines.rows
    runs = _plan(lines)
    parsed = [r for r in runs if not r[2]]
    if len(parsed) == len(runs):
        return None
    pieces: list[str] = []
    seps: list[int] = []  # -- line of each separator in the joined text
    shifts: list[int] = []  # -- source line minus joined line, per parser run
    at = 0
    for start, stop, _, _ in parsed:
        if at or start:
            pieces.append(_SEPARATOR)
            seps.append(at)
            at += 1
        pieces.extend(rows[start:stop])
        shifts.append(start - at)
        at += stop - start
    if parsed and parsed[-1][1] < len(rows):
        pieces.append(_SEPARATOR)  # -- so a fence or <pre> left open shows by crossing it
        seps.append(at)
    joined = walker.source = "\n".join(pieces)
    tokens = walker.md.parse(joined, walker.env) if parsed else []
    slices: list[list[Token]] = [[]]
    run = -1 if seps and seps[0] == 0 else 0
    skip = 0
    for t in tokens:
        if skip:
            skip -= 1
            continue
        m = t.map
        if m is None:
            slices[-1].append(t)
            continue
        nxt = bisect_right(seps, m[0])
        if t.level >= MAX_NESTING - 1 or (nxt < len(seps) and seps[nxt] < m[1]):
            return None
        if t.type == "heading_open" and nxt and seps[nxt - 1] == m[0]:
            run, skip = run + 1, 2  # -- a separator: the next run's tokens follow
            if run:
                slices.append([])
            continue
        t.map = [m[0] + shifts[run], m[1] + shifts[run]]
        slices[-1].append(t)
    parts = iter(slices)
    plain = walker.plain
    for r in runs:
        if r[2]:
            plain(r, rows)
        else:
            walker.walk(next(parts))
    return tokens


def _heading_words(row: str) -> str:
    """An ATX heading's content as markdown-it's heading rule cuts it (closing #s dropped)."""
    pos = _ATX.match(row).end(1)  # type: ignore[union-attr]
    stop = max(pos, len(row.rstrip(" \t")))
    cut = stop
    while cut > pos and row[cut - 1] == "#":
        cut -= 1
    if cut > pos and row[cut - 1] in " \t":
        stop = cut
    return _trim(row[pos:stop])


def _trim(text: str) -> str:
    """The paragraph and heading rules' trim: CommonMark whitespace in markdown-it-py 4
    (``mdTrim``), Python's in 3 (``str.strip``)."""
    return text.strip(_trim_chars())


@cache
def _trim_chars() -> str | None:
    from markdown_it.common import utils

    return getattr(utils, "MD_TRIM_CHARS", None)


class _Lines:
    """Line offsets of the source, so token line maps become character offsets."""

    def __init__(self, text: str, rows: list[str] | None = None) -> None:
        self.text = text
        self.rows = text.split("\n") if rows is None else rows  # -- the lines, without "\n"
        # -- each line starts one past the end of the line before --
        self.starts = list(accumulate(map(add, map(len, self.rows[:-1]), repeat(1)), initial=0))

    def stop(self, line: int) -> int:
        """Offset of line ``line``'s "\n" (or of the text's end)."""
        return self.starts[line] + len(self.rows[line])

    def end(self, line: int) -> int:
        """Offset just past the last non-space character of line ``line``."""
        row = self.rows[line if line < len(self.rows) else -1]
        start = self.starts[line if line < len(self.rows) else -1]
        if row[-1:] in (" ", "\t"):
            return start + len(row.rstrip(" \t"))
        return start + len(row)

    def span(self, line_map: list[int] | None, content: str = "") -> tuple[int, int]:
        """[start, end) of lines ``line_map``; the start is where ``content`` begins in its line
        (past quote and list marks)."""
        if not line_map:
            return (0, 0)
        line = line_map[0] if line_map[0] < len(self.starts) else len(self.starts) - 1
        start = self.starts[line]
        first = content[:80].lstrip().partition("\n")[0][:40]
        if first and not self.text.startswith(first, start):
            found = self.text.find(first, start, self.stop(line) + 1)
            start = found if found >= 0 else start
        return start, max(start, self.end(max(line, line_map[1] - 1)))


@dataclass
class _Walker:
    """One pass over the token stream, tracking the containers each block sits in."""

    lines: _Lines
    env: dict = field(default_factory=dict)  # -- markdown-it's: link references, footnotes
    budget: int = MAX_MARKS_PER_DOCUMENT
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    stack: list[str] = field(default_factory=list)
    lists: list[bool] = field(default_factory=list)  # -- the stack's lists: ordered or not
    item_block: int = -1  # -- index of the open list item's block, for its later paragraphs
    item_opened: int = 0  # -- number of blocks when the open list item began
    # -- a list item that closed with no words (only a caption): its (level, ordered, blocks then)
    empty_item: tuple[int, bool, int] | None = None
    term: str = ""  # -- a definition list's term, read into its first definition
    term_start: int = 0
    rows: list[list[str]] = field(default_factory=list)
    table_map: list[int] | None = None
    note_label: str = ""  # -- the open footnote definition's label --
    note_texts: dict[str, list[str]] = field(default_factory=dict)  # -- label: its blocks' text
    note_calls: dict[tuple[str, int], None] = field(default_factory=dict)  # -- (label, block start)
    numbered: list[tuple[int, int, str]] = field(default_factory=list)  # -- open ol: (first block,
    # -- items, number of its first item) for _date_line

    source: str = ""  # -- what the parser reads: the text, or the runs the fast path leaves it

    @cached_property
    def md(self) -> MarkdownIt:
        """The parser for ``source``, built on first use (a plain file needs none). Inline text
        cut from anywhere needs no more rules than ``source``'s: a footnote call is read only
        where a definition (which ``source`` then holds) was read."""
        return _parser_for(self.source)

    def walk(self, tokens: list[Token]) -> None:
        for n, t in enumerate(tokens):
            kind = t.type
            if kind == "blockquote_open" and _callout(tokens, n):
                self.stack.append("note")  # -- the author's aside: its text is theirs
            elif kind in _CONTAINERS:
                self._open(t)
            elif kind in _CLOSERS:
                self._close(_CLOSERS[kind])
            elif kind == "inline":
                self._inline(t, tokens[n - 1] if n else t)
            elif kind == "code_block" and (self._item_prose(t) or self._stray_html(t)):
                continue
            elif kind in ("code_block", "fence"):
                self._add("code", t.content.rstrip("\n"), t.map, t.content)
            elif kind == "html_block":
                self._html(t)
            elif kind == "tr_open":
                self.rows.append([])

    def _html(self, t: Token) -> None:
        """Raw HTML kept as such, but a lone ``<p>`` or ``<h2>`` of words is the paragraph or heading.

        Blogs converted from a CMS write paragraphs as HTML inside Markdown
        (``<p dir="ltr"><strong>1. Location</strong></p>``); read as raw HTML they
        would vanish from the text.
        """
        kind, level, words = _html_text(t.content)
        if not words or (self.stack and self.stack[-1] in ("th", "td", "dt", "table")):
            self._add("html", t.content.strip(), t.map, t.content)
            return
        start, end = self.lines.span(t.map, t.content.strip())
        if kind == "heading" and not self.stack:
            self.blocks.append(Block(words, kind=kind, level=level, start=start, end=end))
        else:  # -- inside a list item or a quote, as its own text would be
            self._text_block(words, t, start, end)

    def _item_prose(self, t: Token) -> bool:
        """An indented block of prose right after a list item continues the item.

        "  1. **Language**" then a blank line and "    Online communications must …"
        is to CommonMark code (indented less than the item's text), but an author
        writing code under an item indents it further: sentences there are the
        item's own paragraph, as older Markdown readers take them.
        """
        last = self.blocks[-1] if self.blocks else None
        if self.stack or not last or last.kind != "list_item":
            return False  # -- (before dedenting: most code follows no list item)
        content = textwrap.dedent(t.content).strip()
        if not _PROSE.match(content):
            return False
        start, end = self.lines.span(t.map, content)
        if self.lines.text[last.end : start].strip():
            return False
        text = self._words(content, start)
        self.blocks[-1] = replace(last, text=f"{last.text} {text}", end=end)
        return True

    def _stray_html(self, t: Token) -> bool:
        """HTML a CMS export indented too little to stay in its list item, read as the item's.

        ``  3. <div class="wp-caption">…</div>`` then ``    <p dir="ltr">Structure your
        messages. …</p>`` is to CommonMark a list item holding a caption and then an
        indented code block holding the HTML of the item's real paragraph; a lone
        ``</p>`` left over from such an item is a code block too. A block that is only
        closing tags is dropped; one whose text (tags removed) is prose is the paragraph of
        the list item just closed, or a paragraph. A code example showing markup (tags
        around a few words, or no prose) stays code.
        """
        content = textwrap.dedent(t.content).strip()
        if self.stack or not content.startswith("<"):
            return False
        if _CLOSING_TAGS.fullmatch(content):
            return True
        words = " ".join(html.unescape(_HTML_TAG.sub(" ", content)).split())
        if not _HTML_OPEN.search(content) or not _HTML_PROSE.fullmatch(words):
            return False
        start, end = self.lines.span(t.map, content)
        last = self.blocks[-1] if self.blocks else None
        if self.empty_item and self.empty_item[2] == len(self.blocks):
            level, ordered, _ = self.empty_item
            self.blocks.append(Block(words, "list_item", level, ordered, start, end))
        elif (
            last
            and last.kind == "list_item"
            and not _HTML_TAG.sub("", self.lines.text[last.end : start]).strip()
        ):
            self.blocks[-1] = replace(last, text=f"{last.text} {words}", end=end)
        else:
            self.blocks.append(Block(words, "paragraph", 0, False, start, end))
        return True

    def _open(self, t: Token) -> None:
        name = _CONTAINERS[t.type]
        self.stack.append(name)
        if name in ("ul", "ol"):
            self.lists.append(name == "ol")
        if name == "li":
            self.item_block = -1
            self.item_opened = len(self.blocks)
            if self.stack[-2:-1] == ["ol"] and self.numbered:
                first, items, number = self.numbered[-1]
                self.numbered[-1] = (first, items + 1, number or f"{t.info}{t.markup}")
        elif name == "ol":
            self.numbered.append((len(self.blocks), 0, ""))
        elif name == "fn":
            self.note_label = str(t.meta.get("label", ""))
        elif name == "table":
            self.rows, self.table_map = [], t.map

    def _close(self, name: str) -> None:
        if self.stack and (self.stack[-1] == name or (name, self.stack[-1]) == ("quote", "note")):
            self.stack.pop()
            if name in ("ul", "ol"):
                self.lists.pop()
        if name == "table":
            rows: tuple[Row, ...] = tuple(tuple(r) for r in self.rows if any(c for c in r))
            start, end = self.lines.span(self.table_map)
            kind: BlockKind = "footnote" if "fn" in self.stack else "table"
            self.blocks.append(Block(table_text(rows), kind=kind, start=start, end=end, rows=rows))
            self.rows = []
        elif name == "li":
            self.item_block = -1
            lists = self.lists
            words = [b for b in self.blocks[self.item_opened :] if b.kind != "html"]
            empty = not words and lists
            self.empty_item = (len(lists) - 1, lists[-1], len(self.blocks)) if empty else None
        elif name == "ol" and self.numbered:
            self._date_line(*self.numbered.pop())

    def _date_line(self, first: int, items: int, number: str) -> None:
        """ "12. Oktober 2020" alone on a line is a one-item list to CommonMark: read it as the
        dateline it is (the number kept), so the article's date is found."""
        if items != 1 or first != len(self.blocks) - 1 or self.stack:
            return
        item = self.blocks[-1]
        line = f"{number} {item.text}"
        if len(line) <= 40 and _YEAR.search(item.text) and parse_date(line):
            start = self.lines.starts[bisect_right(self.lines.starts, item.start) - 1]
            self.blocks[-1] = Block(line, start=start, end=item.end)

    def footnotes(self) -> tuple[Footnote, ...]:
        """Each footnote called in the text, with the block that calls it."""
        return tuple(
            Footnote(label, " ".join(self.note_texts[label]), start)
            for label, start in self.note_calls
            if label in self.note_texts
        )

    def plain(self, run: _Run, rows: list[str]) -> None:
        """A plain paragraph or ATX heading of the fast path, read as its tokens would be."""
        first, stop, kind, level = run
        row = rows[first]
        if kind == "paragraph" and not row[0].isspace():
            # -- most blocks of a long report: the words start where the line does (span's
            # -- search is not needed) and, without marks, are the lines joined --
            content = _trim(row if stop == first + 1 else "\n".join(rows[first:stop]))
            if "\0" not in content:
                start = self.lines.starts[first]
                text = self._words(content, start) if _has_marks(content) else _one_line(content)
                if text:
                    # -- positional: keywords cost a third more, on most blocks of a report --
                    end = self.lines.end(stop - 1)
                    self.blocks.append(Block(text, "paragraph", 0, False, start, end))
                return
        if kind == "code":  # -- a fence's lines as they are, each with its line end
            lines = self.lines
            code = lines.text[lines.starts[first + 1] : lines.starts[stop - 1]]
            if "\0" in code:
                code = code.replace("\0", "\ufffd")
            if text := code.rstrip("\n"):
                start, end = lines.span([first, stop], code)
                self.blocks.append(Block(text, "code", 0, False, start, end))
            return
        if kind == "heading":
            content = _heading_words(row)
        elif kind == "list_item":
            content = _trim(row[_BULLET.match(row).end() :])  # type: ignore[union-attr]
        else:
            content = _trim("\n".join(rows[first:stop]))
        one_line = stop == first + 1 and "\n" not in content and "\0" not in content
        if one_line and content[:1] and not content[0].isspace():
            # -- a heading, an item or a line of words: where span's search finds them --
            found = row.find(content[:40])
            start = self.lines.starts[first] + max(found, 0)
            end = max(start, self.lines.end(first))
        else:
            content = content.replace("\0", "\ufffd")  # -- as markdown-it's normalize does
            start, end = self.lines.span([first, stop], content)
        text = self._words(content, start)
        if text:
            block_kind: BlockKind = kind  # type: ignore[assignment]
            self.blocks.append(Block(text, block_kind, level, False, start, end))

    def _inline(self, t: Token, opener: Token) -> None:
        start, end = self.lines.span(t.map or opener.map, t.content)
        text = self._words(t.content, start)
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
            self.note_texts.setdefault(self.note_label, []).append(text)
        elif "quote" in stack:
            kind, level = "quote", stack.count("quote") - 1
        elif stack[-1] == "note":  # -- a callout's text, GitHub's "[!TIP]" marker dropped
            kind, text = "paragraph", _ALERT.sub("", text, count=1)
        elif "li" in stack:
            kind = "list_item"
            level, ordered = len(self.lists) - 1, self.lists[-1]
            if self.item_block >= 0 and self.item_block == len(self.blocks) - 1:
                last = self.blocks.pop()  # -- a list item's later paragraph continues it
                text, start = f"{last.text} {text}", last.start
        elif opener.type == "heading_open":
            kind, level = "heading", int(opener.tag[1:])
        else:
            kind = "paragraph"
        if "dd" in stack and self.term:
            text, start, self.term = f"{self.term}: {text}", self.term_start, ""
        self.blocks.append(Block(text, kind, level, ordered, start, end))
        if kind == "list_item":
            self.item_block = len(self.blocks) - 1

    def _add(self, kind: BlockKind, text: str, line_map: list[int] | None, content: str) -> None:
        start, end = self.lines.span(line_map, content)
        if text:
            self.blocks.append(Block(text, kind=kind, start=start, end=end))

    def _words(self, content: str, start: int) -> str:
        """The words a reader sees: marks dropped, links to their text, code and alt text kept.

        Inline parsing runs only where a mark character appears, and within the
        mark budget: past it a paragraph keeps its marks as written.
        """
        marks = sum(map(content.count, _MARK_CHARS)) if _has_marks(content) else 0
        if not marks or marks > min(self.budget, MAX_MARKS_PER_BLOCK):
            return _one_line(content)
        self.budget -= marks
        md = self.md
        children: list[Token] = []
        md.inline.parse(content, md, self.env, children)
        parts: list[str] = []
        href = ""
        link_from = 0
        for c in children:
            kind = c.type
            if kind == "text":
                words = c.content
                parts.append(_unbreak(words) if "\n" in words else words)
            elif kind in ("text_special", "code_inline", "image"):
                parts.append(c.content)
            elif kind in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif kind == "link_open":
                href, link_from = str(c.attrGet("href") or ""), len(parts)
            elif kind == "footnote_ref":
                self.note_calls[(str(c.meta.get("label", "")), start)] = None
            elif kind == "link_close" and href:
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


_HTML_OPEN = re.compile(r"\s*<(p|h[1-6])\b[^<>]{0,300}>", re.I)
# -- sentences, six words or more, nothing of code: what a paragraph of HTML holds
_HTML_PROSE = re.compile(r"[A-Z](?=(?:\S*\s+){5})[^{}=;<>]*[.!?…]")
_CLOSING_TAGS = re.compile(r"(?:\s*</[a-z][a-z0-9]{0,10}\s*>)+\s*", re.I)
# -- a WordPress caption paragraph (<p class="wp-caption-text">): the picture's, not the text's
_CAPTION = re.compile(r"""\bclass\s*=\s*["'][^"']*caption""", re.I)
_HTML_BLOCK_TAG = re.compile(
    r"<(?:p|div|h[1-6]|ul|ol|li|table|pre|script|style|iframe|form|blockquote|section)\b", re.I
)
_HTML_TAG = re.compile(r"<[^<>]{0,300}>")


def _html_text(content: str) -> tuple[BlockKind, int, str]:
    """(kind, level, words) of a raw-HTML block that is one paragraph or heading, else words ""."""
    m = _HTML_OPEN.match(content)
    if not m or _CAPTION.search(m.group(0)):
        return "html", 0, ""
    body = content.rstrip()
    closed = body.lower().endswith(f"</{m.group(1).lower()}>")
    if not closed and (m.group(1).lower() != "p" or "<" in body[m.end() :]):
        return "html", 0, ""  # -- a <p> whose end CommonMark cut off (a list item's) is one
    inner = body[m.end() : -len(m.group(1)) - 3] if closed else body[m.end() :]
    if _HTML_BLOCK_TAG.search(inner):
        return "html", 0, ""
    words = " ".join(html.unescape(_HTML_TAG.sub("", inner)).split())
    tag = m.group(1).lower()
    return ("heading", int(tag[1]), words) if tag != "p" else ("paragraph", 0, words)


def _has_marks(text: str) -> bool:
    """Whether any of _MARK_CHARS is in ``text``: seven substring tests cost a sixth of
    the regex search on a paragraph of prose (most have none)."""
    return (
        "\\" in text
        or "`" in text
        or "*" in text
        or "_" in text
        or "[" in text
        or "<" in text
        or "&" in text
    )


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


def _callout(tokens: list[Token], n: int) -> bool:
    """A quote that opens with a callout's label is the author's note, not someone's words.

    Guides set their own warnings and tips in quote marks ("> **Note:** You need to make
    sure you're running v3.", GitHub's "> [!IMPORTANT]"); read as a quotation, what the
    author tells the reader to do there would count as another's. The label is the
    quote's first paragraph's first word.
    """
    if n + 2 >= len(tokens) or tokens[n + 1].type != "paragraph_open":
        return False
    inline = tokens[n + 2]
    return inline.type == "inline" and bool(_CALLOUT.match(inline.content.lstrip()))
