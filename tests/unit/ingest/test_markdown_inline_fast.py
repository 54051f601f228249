"""Inline text with no HTML, images or footnote calls is read without markdown-it's tokens
(ingest/mdinline): the same words and links as markdown-it gives, on random text full of
brackets, parentheses, backticks, emphasis marks, escapes and entities."""

from __future__ import annotations

from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.document import Link
from briefing_app.ingest import markdown
from briefing_app.ingest.markdown import _Lines, _parser, _Walker
from briefing_app.ingest.mdinline import inline_words

DEFINITIONS = "[a]: /u\n[a b]: <x y> 't'\n[B]: https://example.org/b\n[^1]: Note.\n"

_PIECES = [
    *"[]()! \n\ta:'\"/é\xa0",
    *["[a]", "[a b]", "[A  B]", "[B]", "[c]", "[]", "[a][]", "[x][B]", "[x][c]"],
    *["[a](/u)", "[x](/u 't')", "[x](</u v>)", "[y]( /w\n)", "[z](javascript:x)", "(/u)"],
    *["  \n", "http://x.org", "b c", "((", "))", "[a]:", "[^1]", "`", "\\", "&"],
    *[
        "\\*",
        "\\_",
        "\\[",
        "\\]",
        "\\`",
        "\\\n",
        "\\a",
        "&amp;",
        "&#35;",
        "&#x41;",
        "&#0;",
        "&bogus;",
        "&copy",
    ],
    *["[a](/u\\))", "[a](/&amp;)", "[\\[a]", "[a\\]]", "(/u\\ v)"],
    *["`", "``", "`a`", "``b``", "` c `", "`` ` ``", "`[a](/u)`", "[x `]` y](/u)", "`\n`"],
    *["*", "**", "***", "_", "__", "*a*", "**b**", "_c_", "__d__", "a*b", "a_b", ".*", "*.", "_,"],
]


def _walker() -> _Walker:
    walker = _Walker(_Lines(DEFINITIONS))
    _parser().parse(DEFINITIONS, walker.env)
    return walker


def _read(text: str, fast: bool) -> tuple[str, list[Link]]:
    walker = _walker()
    if fast:
        words = walker._words(text, 0)
    else:
        with mock.patch.object(markdown, "inline_words", lambda *args: None):
            words = walker._words(text, 0)
    return words, walker.links


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25).map("".join))
def test_random_link_text_reads_as_markdown_it(body: str) -> None:
    text = "x" + body + "y"
    assert _read(text, fast=True) == _read(text, fast=False), text


def test_the_fast_reading_applies_to_links_and_only_to_them() -> None:
    """Fails if the fast reading silently stops applying, or takes text with other marks."""
    walker = _walker()
    words, links = inline_words(
        "See [a] and [the site](https://x.org/p).\nMore.", walker.env, _parser()
    )
    assert words == "See a and the site. More."
    assert links == [("a", "/u"), ("the site", "https://x.org/p")]
    words, links = inline_words("**Bold** *a* snake_case_ [_x_](/u)", walker.env, _parser())
    assert words == "Bold a snake_case_ x" and links == [("x", "/u")]
    words, links = inline_words("`a  b` and ``c`d`` [`x`](/u) ` e", walker.env, _parser())
    assert words == "a  b and c`d x ` e" and links == [("x", "/u")]
    words, links = inline_words(
        "a\\*b\\c &amp; &#35; &x; \\\n  [\\]](/u\\(1)", walker.env, _parser()
    )
    assert words == "a*b\\c & # &x;  ]" and links == [("]", "/u(1")]
    for other in ("![i](/i)", "<b>", "<http://x.org>", "[^1]"):
        assert inline_words(f"[a] {other}", walker.env, _parser()) is None


def test_links_in_labels_and_every_ending_read_as_markdown_it() -> None:
    """A link inside a label (then the outer one is no link), brackets as text, each way a
    destination, title or reference can end."""
    inners = ["[a]", "[a](/u)", "[c]", "[]", "[B][]", "[ [a] ]", "x", "*x", "**y** z*", "`]`", "`"]
    endings = ["(/w)", "[a]", "[]", "", "(/w 't')", "( /w )", "(/u't')", "(/w", "[c]", "[B]"]
    for outer in ("[x {} y]", "[{}]", "[[{}]]"):
        for inner in inners:
            for ending in endings:
                text = "x " + outer.format(inner) + ending + " y"
                assert _read(text, fast=True) == _read(text, fast=False), text


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"()a/:. \t\n\x00\x1f\x7f\xa0é", "(" * 33, ")" * 33]), max_size=20
    ).map("".join)
)
def test_destinations_read_as_markdown_it(text: str) -> None:
    from markdown_it.helpers import parseLinkDestination

    from briefing_app.ingest.mdinline import _destination

    expected = parseLinkDestination(text, 0, len(text))
    found = _destination(text, 0, len(text), _parser())
    assert (found is not None) == expected.ok
    assert found is None or found == (expected.str, expected.pos)
