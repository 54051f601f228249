"""Hypothesis strategies for hostile articles and user edits: any Unicode, markup, huge words.

An article is built from words of four kinds — plain prose (so detection finds
sentences, headings and "First, …" recommendations), a list of known-bad
strings, any code point at all (NUL, controls, U+FFFE/U+FFFF, lone surrogates,
unassigned and private-use characters), and very long words — arranged in
0 to 2,000 paragraphs.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# -- the example count; CI uses the defaults, BRIEFING_FUZZ_EXAMPLES=10000 for a long local run --
EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "0"))


def fuzz_settings(default_examples: int) -> settings:
    """Settings for a property test over big hostile inputs: ``default_examples`` in CI."""
    return settings(
        max_examples=EXAMPLES or default_examples,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


NAUGHTY = (
    "\x00",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udfff",
    "\ud83d",
    "\ufeff",
    "\u200b",
    "\u00ad",
    "\u00a0",
    "\u2028",
    "\u2029",
    "<",
    ">",
    "&",
    "&amp;",
    "&#0;",
    "<b>bold</b>",
    "<font name='x'>",
    "<para>",
    "]]>",
    '"quoted"',
    "'single'",
    "“curly”",
    "\\",
    "%s%n",
    "\u202eevil\u202c",
    "\u2067RTL\u2069",
    "\u200fשלום\u200e",
    "مرحبا",
    "e\u0301\u0301\u0301",
    "Z\u0351\u0352\u0353\u0354",
    "👩\u200d👩\u200d👧",
    "🇦🇲🇦🇿",
    "👍🏽",
    "İlham Əliyev",
    "Nikol Փաշինյան",
    "Тбилиси",
    "თბილისი",
    "Ελλάδα",
    "東京",
    "ﬁnance",
    "$53.5 billion",
    "2021-02-10",
    "¶ 12",
    "First,",
    "Second,",
    "Finally,",
    "\t",
    "\r",
    "\r\n",
)
PROSE = [
    "the",
    "talks",
    "between",
    "Armenia",
    "and",
    "Azerbaijan",
    "should",
    "resume",
    "in",
    "Brussels",
    "with",
    "clear",
    "guarantees",
    "for",
    "transit",
    "routes",
    "border",
    "delimitation",
    "and",
    "the",
    "return",
    "of",
    "prisoners",
    "while",
    "the",
    "European",
    "Union",
    "funds",
    "demining",
    "and",
    "monitors",
    "the",
    "ceasefire",
]

any_char = st.characters(codec=None, exclude_categories=())
word = st.one_of(
    st.sampled_from(PROSE),
    st.sampled_from(PROSE),
    st.sampled_from(NAUGHTY),
    st.text(any_char, min_size=1, max_size=12),
)
long_word = st.builds(
    lambda c, n: c * n, st.sampled_from(["x", "Ə", "Փ", "字", "\u0301"]), st.integers(1000, 10_000)
)


@st.composite
def sentence(draw) -> str:
    words = draw(
        st.lists(
            st.one_of(word, long_word) if draw(st.integers(0, 40)) == 0 else word,
            min_size=1,
            max_size=25,
        )
    )
    text = " ".join(words)
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", ".", "!", "?", "", ":"]))


@st.composite
def paragraph(draw) -> str:
    kind = draw(st.sampled_from(["prose", "prose", "prose", "heading", "ordinal", "bullet"]))
    if kind == "heading":
        return " ".join(draw(st.lists(word, min_size=1, max_size=5))).title()
    body = " ".join(draw(st.lists(sentence(), min_size=1, max_size=5)))
    if kind == "ordinal":
        return (
            draw(st.sampled_from(["First, ", "Second, ", "Third, ", "Finally, ", "Six, "])) + body
        )
    if kind == "bullet":
        return draw(st.sampled_from(["- ", "* ", "1. ", "• "])) + body
    return body


@st.composite
def article_text(draw, *, max_paragraphs: int = 40) -> str:
    """A whole article: 0..max_paragraphs paragraphs, separated by blank lines (sometimes odd ones)."""
    paragraphs = draw(st.lists(paragraph(), min_size=0, max_size=max_paragraphs))
    separator = draw(st.sampled_from(["\n\n", "\n\n", "\r\n\r\n", "\n \n", "\n\n\n"]))
    return separator.join(paragraphs)


def many_paragraphs(count: int = 2000) -> str:
    """A fixed very long article for explicit examples: ``count`` short paragraphs."""
    return "\n\n".join(
        (
            f"Heading {n}"
            if n % 50 == 0
            else f"First, paragraph {n} says İlham <&> Փաշինյան \x00 agreed."
        )
        for n in range(count)
    )


edit_text = st.one_of(
    st.none(), st.text(any_char, max_size=60), sentence(), st.sampled_from(NAUGHTY)
)

ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Finally")


@st.composite
def structured_article(draw) -> str:
    """An article shaped like a real op-ed (title, headed sections, "First, …" advice) full of hostile words."""
    title = " ".join(draw(st.lists(word, min_size=1, max_size=8)))
    parts = [
        title[:1].upper() + title[1:],
        "By " + draw(st.sampled_from(["Jane Doe", "İlham Əliyev", "\x00<&>"])),
    ]
    for _ in range(draw(st.integers(1, 5))):
        heading = " ".join(draw(st.lists(st.sampled_from(PROSE), min_size=1, max_size=4))).title()
        parts += [heading, *draw(st.lists(sentence(), min_size=1, max_size=3))]
    advice = draw(st.integers(0, 6))
    if advice:
        parts += ["Recommendations", "We recommend the following steps to the governments."]
        for ordinal in ORDINALS[:advice]:
            parts.append(f"{ordinal}, the European Union should " + draw(sentence()))
    return "\n\n".join(parts)
