"""A specification's "should" sentences, once it adopts RFC 2119's key words (issue 14, round 6)."""

from __future__ import annotations

import time

from briefing_app.ingest.normative import find_normative_advice
from tests.unit.ingest.builders import analyze_text

DECLARATION = (
    'The key words "MUST", "MUST NOT", "SHOULD", "SHOULD NOT" and "MAY" in this document are '
    "to be interpreted as described in RFC 2119."
)


def _sentences(texts: list[str]) -> list[str]:
    return [texts[f.blocks[0]][slice(*f.span)] for f in find_normative_advice(texts)]


def test_should_sentences_of_a_declared_specification_are_recommendations():
    texts = [
        DECLARATION,
        "Clients SHOULD retry after a delay. Servers MUST reply within a minute.",
        "Rarely used options should be omitted for the sake of interoperability.",
        "This format is RECOMMENDED for new protocols.",
    ]
    assert _sentences(texts) == [
        "Clients SHOULD retry after a delay.",
        "Rarely used options should be omitted for the sake of interoperability.",
        "This format is RECOMMENDED for new protocols.",
    ]


def test_without_the_declaration_should_is_not_enough():
    texts = ["Clients should retry after a delay.", "The minister said prices should fall."]
    assert _sentences(texts) == []


def test_key_words_named_or_in_clauses_of_manner_and_questions_are_not_advice():
    texts = [
        DECLARATION,
        'The word "SHOULD" marks a recommendation.',
        "Not implementing a MUST or SHOULD may be subtle.",
        "This memo defines the words as they should be read.",
        "Should clients retry?",
    ]
    assert _sentences(texts) == []


def test_a_declared_specification_gives_its_should_sentences_end_to_end():
    text = (
        "# Date formats\n\n" + DECLARATION + "\n\n"
        "## Profile\n\nApplications that generate this format SHOULD use upper case letters. "
        "The format has four parts.\n"
    )
    article = analyze_text(text, ".md")
    assert [r.headline for r in article.recommendations] == [
        "Applications that generate this format SHOULD use upper case letters"
    ]


def test_the_rule_stays_linear_on_hostile_text():
    def cpu(n: int) -> float:  # -- the least CPU of three runs: a loaded machine adds, never takes
        texts = [DECLARATION] + ["a should " * 50 + "x. " + '"q' * 40] * n
        runs = []
        for _ in range(3):
            start = time.process_time()
            find_normative_advice(texts)
            runs.append(time.process_time() - start)
        return min(runs)

    small, large = cpu(200), cpu(1600)
    assert large < max(small, 0.01) * 8 * 3
