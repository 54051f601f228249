"""The parser's speed-ups change no token: inline rules dispatched by their first character,
and the table rule left out of text with no ``|``, against markdown-it-py as configured."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.ingest import markdown
from briefing_app.ingest.markdown import _parser, _stock_parser

SPEC = Path(__file__).parent / "data" / "commonmark_spec_0.31.2.json"
EXAMPLES = [e["markdown"] for e in json.loads(SPEC.read_text("utf-8"))]


def _tokens(md: Any, text: str) -> list[tuple[Any, ...]]:
    """Every block token, and the inline tokens of each inline one (the core stops before them)."""
    env: dict[str, Any] = {}
    out: list[tuple[Any, ...]] = []
    for t in md.parse(text, env):
        out.append((t.type, t.tag, t.map, t.level, t.content, t.markup, t.info, t.meta, t.attrs))
        if t.type == "inline":
            children = md.inline.parse(t.content, md, env, [])
            out.extend((c.type, c.tag, c.content, c.markup, c.attrs, c.meta) for c in children)
    return out


def _same(text: str) -> None:
    assert _tokens(_parser(), text) == _tokens(_stock_parser(), text), text
    if "|" not in text:
        assert _tokens(_parser(False), text) == _tokens(_stock_parser(), text), text


def test_the_speed_ups_are_in_place() -> None:
    """Fails if they silently stop applying (the equivalence below would then be empty)."""
    assert _parser().inline.ruler.get_active_rules() == ["dispatch"]
    assert "table" not in _parser(False).block.ruler.get_active_rules()


def test_commonmark_examples_give_the_same_tokens() -> None:
    for example in EXAMPLES:
        _same(example)
        _same(example.replace("|", "!"))


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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(["a", "b c", " ", "-", ":", "|", "\n", ">", "#", "*"]), max_size=40)
)
def test_random_blocks_give_the_same_tokens(parts: list[str]) -> None:
    _same("".join(parts))


@given(st.text(alphabet=st.sampled_from(list("\\`*_[]<>&a ")), max_size=8))
def test_mark_test_agrees_with_the_mark_pattern(text: str) -> None:
    assert markdown._has_marks(text) == bool(markdown._MARKS.search(text))


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
