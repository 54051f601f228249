"""The parser's speed-ups change nothing we read: block tokens identical to markdown-it-py as
configured (block rules dispatched by their first character, rules whose mark the text lacks
left out), and inline text read to the same words, links and footnote calls (inline rules
dispatched by their first character, the line-break and text-joining rules left out)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.ingest import markdown
from briefing_app.ingest.markdown import _Lines, _parser, _parser_for, _stock_parser, _Walker

SPEC = Path(__file__).parent / "data" / "commonmark_spec_0.31.2.json"
EXAMPLES = [e["markdown"] for e in json.loads(SPEC.read_text("utf-8"))]


def _tokens(md: Any, text: str) -> list[tuple[Any, ...]]:
    """Every block token, then what the walker reads in each inline one."""
    env: dict[str, Any] = {}
    tokens = md.parse(text, env)
    out: list[Any] = [
        (t.type, t.tag, t.map, t.level, t.content, t.markup, t.info, t.meta, t.attrs)
        for t in tokens
    ]
    walker = _Walker(_Lines(text), env=env)
    walker.md = md
    for n, t in enumerate(tokens):
        if t.type == "inline":
            out.append(walker._words(t.content, n))
    out.extend([walker.links, walker.note_calls])
    # -- the footnote rules note in the environment that there are no footnotes; left out, they
    # -- do not --
    if env.get("footnotes") == {"refs": {}, "list": {}}:
        del env["footnotes"]
    return [*out, env]


def _same(text: str) -> None:
    stock = _tokens(_stock_parser(), text)
    assert _tokens(_parser(), text) == stock, text
    assert _tokens(_parser_for(text), text) == stock, text


def test_the_speed_ups_are_in_place() -> None:
    """Fails if they silently stop applying (the equivalence below would then be empty)."""
    md = _parser()
    assert md.inline.ruler.get_active_rules() == ["dispatch"]
    assert md.inline.ruler2.get_active_rules() == ["pair_marks"]
    assert "list" not in md.block.ruler.get_active_rules()
    assert len(md.block.ruler.getRules("paragraph")) == 4  # -- front matter, table, one, term
    lean = _parser_for("Words.\n")
    assert lean.block.ruler.get_active_rules() == [
        *["code", "dispatch", "paragraph"],
        *["dispatchlist", "dispatchblockquote", "dispatchreference", "dispatchparagraph"],
    ]  # -- (the last four: each chain's rule, never reached at a block's start)
    assert _parser_for("---\na: b\n---\n[^1]\n: d\n|\n===") is _parser()


def test_commonmark_examples_give_the_same_tokens() -> None:
    for example in EXAMPLES:
        _same(example)
        _same(example.replace("|", "!"))


def test_a_break_reads_as_the_line_break_rule_leaves_it() -> None:
    """Spaces before a line end dropped, the next line's indent skipped, one space between;
    an escaped line end (a hard break) and an entity for a line end left to their rules."""
    for text in ("a \n\xa0b", "a  \n \t b", "*a*\t\n b", "`c`   \nd", "a\\\n  b", "a&#10; b"):
        _same(text)
    # -- a no-break space stays unless a blank run elsewhere makes the words be re-spaced: each
    # -- kind of blank around a break is dropped before that test (none, tab, space, both) --
    for text in ("*a*\xa0b\nc", "*a*\xa0b\n\tc", "*a*\xa0b\n c", "*a*\xa0b \nc", "*a*\xa0b \n\tc"):
        _same(text)
        assert _Walker(_Lines(text))._words(text, 0) == "a\xa0b c", text
    walker = _Walker(_Lines(""))
    assert walker._words("a \n\xa0b *c*", 0) == "a \xa0b c"


# -- the tail of a line after its first character: what each block rule looks for next --
_TAILS = [
    *["", " ", "  a", "a", "--", "-", "**", "__", "* *", "``", "~~", "`` a", "~~~~"],
    *[". a", ") a", "0. a", "^1]: a", "^1]", "a]: /u", "a]:", "!-- a -->", "div>", "pre>", "?x"],
    *["# a", "#", "> a", ">", "|", " | a", "=", "\t", "\ta"],
]
_FIRSTS = [chr(c) for c in range(32, 127)] + ["\t", "é", "\xa0", "١"]


def test_each_dispatched_block_rule_starts_only_at_its_characters() -> None:
    """What the block dispatch rests on: each rule it picks by a line's first character (after
    the indent) matches no line starting with any other, in either mode, at any indent."""
    md = _stock_parser()
    rules = dict(zip(md.block.ruler.get_active_rules(), md.block.ruler.getRules(""), strict=True))
    from markdown_it.rules_block import StateBlock

    for name, starts in markdown._BLOCK_STARTS.items():
        for indent in ("", "  ", " \t"):
            for first in _FIRSTS:
                for tail in _TAILS:
                    src = f"{indent}{first}{tail}\n{first}{tail}\n\nx\n"
                    for silent in (True, False):
                        state = StateBlock(src, md, {}, [])
                        at = state.bMarks[0] + state.tShift[0]
                        if rules[name](state, 0, state.lineMax, silent):
                            assert src[at] in starts, (name, src, silent)


# -- container openings a line may start with, then what the line holds --
_PREFIXES_B = ["", "", "", "> ", "- ", "1. ", "2) ", "   ", "    ", "\t", "> > ", "- > "]
_BODIES = [
    *["a", "b c", "---", "***", "___", "* * *", "```", "~~~", "``` a", "# h", "## h #"],
    *["===", "--", "- a", "+ a", "* a", "1. a", "10) a", "0. a", "> a", ">", "[r]: /u"],
    *["[r]", "[^1]: n", "[^1]"],
    *[": d", "~ d", ":d", "<div>", "</div>", "<!-- c", "-->", "<pre>", "a | b", "|-|-|", "| c |"],
    *["", "", "a *b*", "a\\", "&amp;", "`c`", "[a](/u)", "<a@b.c>"],
]
_LINES = st.tuples(st.sampled_from(_PREFIXES_B), st.sampled_from(_BODIES)).map("".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, max_size=14), st.booleans())
def test_random_lines_give_the_same_tokens(lines: list[str], front: bool) -> None:
    _same(("---\na: b\n---\n" if front else "") + "\n".join(lines) + "\n")


def test_rules_left_out_only_where_their_mark_is_absent() -> None:
    """Definitions after quote marks or an indent, footnotes inside quotes, front matter and
    the front-matter rule's reading of a list item on the first line."""
    for text in (
        "> a\n> : b\n",
        "- a\n\n  ~ b\n",
        "> a\n>\t~ b\n",
        "x[^1]\n\n> [^1]: n\n",
        "---\na: 1\n---\nx\n",
        "- ---\n  a\n  ---\n",
        "-     ---\n      a\n      ---\n",
        "- x--\n  a\n  ---\n",
        "a | b\n- | -\n",
        "---\na: b\n---\nH\n===\n",
        "---\na: b\n\t---\nH\n---\n",
        "-----\nH\n---\nx\n",
        "---\na\n...\nH\n  ---\n",
        "> H\n> ===\n",
        "- a\n\n  H\n  ---\n",
        "---\na: b\n",
    ):
        _same(text)


# -- what opens or closes each inline construct, characters the stock text rule stops at, words
_PIECES = [
    *"\\`*_[]()!<>&^:-#=+~@{}$%;/\"' \n\tab1\xa0",
    *["![", "](", "[^1]", "[a]", "[a b]", "``", "**", "__", "&amp;", "&#35;", "<!--", "-->"],
    *["![a](/u)", "[a](/u)", "![a][a]", "[b *c*][a]", "`a`", "*a*", "_a_"],
    *["(https://Example.COM/a?b=c#d)", "(//x/y)", "(/a%2Fb)", "(/a%zz)", "(/é)"],
    *["<a href='x'>", "</a>", "<http://x.org>", "<a@b.org>", "(/u 't')", "  \n", "\\\n"],
]
_INLINE = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_INLINE, st.sampled_from(["", "\n\n[a]: /u\n[^1]: N\n", "\n\n[a b]: <x y> 't'\n"]))
def test_random_inline_text_gives_the_same_tokens(text: str, defs: str) -> None:
    _same("x " + text + defs)
    _same("> x " + text.replace("\n", "\n> ") + defs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [*"a ->#*|:~`<[+_=1.)\t\n", "b c", "    ", "---", "```", "~~~", "[^1]", "[r]: /u"]
        ),
        max_size=40,
    )
)
def test_random_blocks_give_the_same_tokens(parts: list[str]) -> None:
    _same("".join(parts))


@given(st.text(alphabet=st.sampled_from(list("\\`*_[]<>&a ")), max_size=8))
def test_mark_test_agrees_with_the_mark_pattern(text: str) -> None:
    assert markdown._has_marks(text) == bool(set(text) & set(markdown._MARK_CHARS))


_URL_PIECES = [
    *"abcXYZ019-._~:/?#@!$&'()*+,;=% é[\\",
    *["%2F", "%aa", "%zz", "http://", "https://", "HTTPS://", "www.", ".com", "xn--", "::", "//"],
]
_PREFIXES = ["", "http://", "https://", "https://www.Example.COM", "http://a-b.c:80", "//", "/"]


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(_PREFIXES), st.lists(st.sampled_from(_URL_PIECES), max_size=14).map("".join))
def test_urls_normalize_as_markdown_it_does(prefix: str, rest: str) -> None:
    """URLs kept as written (the fast case) are exactly those markdown-it would not change."""
    url = prefix + rest
    assert _parser().normalizeLink(url) == _stock_parser().normalizeLink(url)
