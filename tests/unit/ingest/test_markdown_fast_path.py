"""The Markdown fast path (plain paragraphs, headings and one-line bullets read without the
parser) gives exactly the Document markdown-it alone gives, on files mixing every construct
that could make a plain-looking line mean something else."""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_app.core.document import Document
from briefing_app.ingest import markdown
from briefing_app.ingest.markdown import parse_markdown

SPEC = Path(__file__).parent / "data" / "commonmark_spec_0.31.2.json"

# -- lines that open, continue or end the constructs a plain line can belong to --
LINES = [
    "Plain words here.",
    "Another *plain* line with [a link](https://example.org) and [ref][r].",
    "  Indented two.",
    "    Indented four.",
    "\tTabbed.",
    "\xa0Non-breaking start.",
    "",
    "",
    "   ",
    "# Heading",
    "## Heading with closing ##",
    "### ###",
    "#",
    "#NoSpace",
    "- item",
    "- item two",
    "* star item",
    "+ plus item",
    "-     five spaces",
    "- - nested",
    "  - nested item",
    "1. ordered",
    "12. Oktober 2020",
    "> quoted",
    "> - quoted item",
    ">",
    "```",
    "````",
    "~~~",
    "```python",
    "``` not`a fence",
    "~~~ info`ok",
    "``` a | b",
    "~~~ |",
    "```   ",
    "    ```",
    "\t```",
    "  ```",
    "- ```",
    "<pre>",
    "</pre>",
    "<!-- open",
    "close -->",
    "<div>",
    "</div>",
    "<?php",
    "?>",
    "a | b",
    "--|--",
    "| x | y |",
    "===",
    "---",
    "***",
    ": definition",
    "~ definition",
    "Term",
    "[r]: https://example.org/r",
    "[^1]: A footnote.",
    "Words with a note[^1].",
    "Lazy\\",
    "&amp; entity start",
    "NUL\0 inside",
    # -- words starting with a character that could open a block --
    "**Bold** start of words.",
    "*Emph* start.",
    "_Under_ start and __init__.",
    "`code` start.",
    "``",
    "[Link](https://example.org) start.",
    "[r] start words.",
    "[multi",
    "line]: https://example.org/m",
    "[r]:",
    "[^1] call start.",
    "2020 was a year.",
    "1) paren item",
    "1234567890. not a list",
    "-5 degrees",
    "--flag",
    "-|-",
    ":---|",
    "a |",
    "+1 agreed",
    "=x",
    "==",
    "#hashtag",
    "* * *",
    "_ _ _",
    "*",
    "**",
]


def _full(text: str) -> Document:
    """The same file read by markdown-it alone."""
    with mock.patch.object(markdown, "_read_fast", lambda walker, text: None):
        return parse_markdown(text)


def test_every_pair_of_lines_reads_as_the_parser() -> None:
    """Each construct right after, or one blank line after, each other one, between plain text."""
    for first in LINES:
        for gap in ("\n", "\n\n"):
            for second in LINES:
                text = f"Plain.\n\n{first}{gap}{second}\nTail words.\n\n# H\n"
                assert parse_markdown(text) == _full(text), text


def test_every_line_inside_a_closed_fence_reads_as_the_parser() -> None:
    """A fence read here ends at its closing line, unless its first line is a table's header."""
    for fence, close in (("```", "```"), ("``` a | b", "```"), ("~~~ |", "~~~~")):
        for line in LINES:
            text = f"Plain.\n\n{fence}\n{line}\n{close}\nTail words.\n"
            assert parse_markdown(text) == _full(text), text


_LINE = st.sampled_from(LINES)


_PLAIN = "Plain words here."


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(_LINE, _LINE, st.sampled_from(["\n", "\n\n"])), max_size=20), st.booleans()
)
# -- a term after a blank line continuing a definition list, its definition's lazy line then an
# -- underline (the fast path cut the list there, and on its own the term was a setext heading)
@example(
    [
        (_PLAIN, _PLAIN, "\n\n"),
        (_PLAIN, ": definition", "\n\n"),
        (_PLAIN, ": definition", "\n"),
        (_PLAIN, "===", "\n"),
    ],
    False,
)
@example(
    [
        (_PLAIN, _PLAIN, "\n\n"),
        (_PLAIN, "~ definition", "\n\n"),
        (_PLAIN, "~ definition", "\n"),
        (_PLAIN, "---", "\n"),
    ],
    False,
)
def test_random_files_read_as_the_parser(pairs: list[tuple[str, str, str]], front: bool) -> None:
    text = ("---\ntitle: T\n---\n" if front else "") + "".join(
        a + "\n" + b + g for a, b, g in pairs
    )
    assert parse_markdown(text) == _full(text)


def test_a_definition_list_continued_past_blank_lines_reads_as_the_parser() -> None:
    """A line a definition follows continues the definition list before it, blank lines between:
    the parser run is not cut there (read alone, "Term" / ": words" / "lazy" / "===" is a setext
    heading, as the setext rule comes before the definition rule)."""
    for term in ("Term two", "**Bold term**", "# Heading term", "2020 was a year."):
        for marker in (": definition", "~ definition", "  : indented definition"):
            for gap in ("\n\n", "\n\n\n\n"):
                for tail in ("Lazy words.\n===\n", "Lazy words.\n---\n", "\nTail words.\n"):
                    text = f"Plain.\n\nTerm\n: definition{gap}{term}\n{marker}\n{tail}"
                    assert parse_markdown(text) == _full(text), text


def test_fast_path_on_the_commonmark_examples() -> None:
    for case in json.loads(SPEC.read_text("utf-8")):
        text = case["markdown"] + "\nA plain paragraph after it.\n\n# And a heading\n"
        assert parse_markdown(text) == _full(text), case["example"]


def test_fast_path_is_taken_on_a_plain_report() -> None:
    """Fails if the fast path silently stops applying (every file read by the parser alone)."""
    text = "# Title\n\nFirst paragraph.\n\n- one item\n\n## Part\n\nSecond paragraph.\n"
    with mock.patch.object(markdown, "_parser_for", wraps=markdown._parser_for) as parser:
        document = parse_markdown(text)
    assert parser.call_count == 0
    assert [b.kind for b in document.blocks] == [
        "heading",
        "paragraph",
        "list_item",
        "heading",
        "paragraph",
    ]
    assert document == _full(text)


def test_offsets_of_odd_first_lines_read_as_the_parser() -> None:
    """Blocks whose words do not start their line (indent, no-break space, a blank-looking
    first line, a NUL) keep the offsets the parser gives them."""
    for head in ("\xa0", "\x1c", "  ", "\0", "## ## x", "- \xa0item", "#  \xa0 h #"):
        for tail in ("", "\nwords", "\n\nwords"):
            text = f"Plain.\n\n{head}{tail}\n\n# H\n"
            assert parse_markdown(text) == _full(text), repr(text)


def test_front_matter_with_blank_lines_is_read_in_one_parser_run() -> None:
    """A blank line inside front matter does not cut it into two runs (which would cross their
    separator and send the whole file to the parser again)."""
    for front in (
        "---\ntitle: T\n\nimage: x\nalt: >\n  Words.\n---\n",
        "---\na: b\n\nc: d\n...\n",
        "----\na: b\n\nc: d\n ----\n",
    ):
        text = front + "\nPlain words.\n\n# H\n"
        walker = markdown._Walker(markdown._Lines(text))
        assert markdown._read_fast(walker, walker.lines) is not None, front
        assert parse_markdown(text) == _full(text), front
