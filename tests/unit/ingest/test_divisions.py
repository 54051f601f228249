"""One division pattern gives the rank that the four per-rank patterns, tried in turn, gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.ingest import divisions
from briefing_app.ingest.divisions import division_level

_PER_RANK = [
    re.compile(
        rf"^(?:{words})\s*{divisions._NUMBER_WORD}(?:[\s-]+{divisions._NUMBER_WORD}){{0,2}}\s*[.:]?$",
        re.I,
    )
    for words in divisions._DIVISION_RANKS
]
_LABELS = ["Part", "PARTE", "title", "Título", "Chapter", "capítulo", "Sección", "secção", "Art.",
           "article", "Artikel", "book", "Abschnitt", "Teil", "Parts", "Art", "Sec"]  # fmt: skip
_NUMBERS = ["1", "12a", "IV", "iv", "XIV", "Primeiro", "second", "Décimo", "Segundo", "three",
            "C", "civil", "x1", "One", "erste", "MCM", "ten"]  # fmt: skip


def _in_turn(text: str) -> int:
    return next((k + 2 for k, rx in enumerate(_PER_RANK) if rx.match(text.strip())), 0)


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(_LABELS),
    st.lists(st.sampled_from(_NUMBERS), min_size=0, max_size=4),
    st.sampled_from([" ", "", "  ", "-", " - "]),
    st.sampled_from(["", ".", ":", " of the", "!"]),
)
def test_one_pattern_ranks_as_the_four_did(label, numbers, separator, end):
    text = label + " " + separator.join(numbers) + end
    assert division_level(text) == _in_turn(text)


def test_each_rank_is_found():
    assert [division_level(t) for t in ("Part 2", "Chapter IV", "Section 3", "Art. 5")] == [
        2, 3, 4, 5,
    ]  # fmt: skip
    assert division_level("Part civil") == 0
