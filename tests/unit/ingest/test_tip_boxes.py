"""A tip box on a how-to page: a "Tip" label over a short text (issue 14)."""

from __future__ import annotations

import time

from briefing_app.ingest.tipboxes import find_tip_boxes
from tests.unit.ingest.builders import BODY, analyze_text


def test_the_advising_sentences_of_a_tip_box_are_each_advice() -> None:
    article = analyze_text(
        f"# How to eat fresh figs\n\n{BODY}\n\nTip\n\n"
        "Fresh figs are perishable. It's best to use them within two days. Look for figs "
        "that are soft. Store in the refrigerator.\n\n## Figs with honey\n\n"
        "Figs with honey are an easy dessert.\n",
        ".md",
    )
    assert [r.text for r in article.recommendations] == [
        "It's best to use them within two days.",
        "Look for figs that are soft.",
        "Store in the refrigerator.",
    ]


def test_a_box_ends_at_a_heading_and_a_long_line_is_no_label() -> None:
    texts = ["Tip", "Fresh figs keep two days.", "", "Use them soon.", "Add honey."]
    assert find_tip_boxes(texts, {2}) == []
    assert find_tip_boxes(["Tips for buying the freshest figs", "Use them soon."], set()) == []
    assert [f.blocks for f in find_tip_boxes(["Pro tip:", "Use them soon."], set())] == [(1,)]


def test_tip_boxes_are_linear_on_hostile_input() -> None:
    def cpu(n: int) -> float:
        texts = ["Tip", "Use it. " * 50] * n
        start = time.process_time()
        find_tip_boxes(texts, set())
        return time.process_time() - start

    cpu(50)
    small, large = min(cpu(100) for _ in range(3)), min(cpu(800) for _ in range(3))
    assert large < 8 * 3 * max(small, 1e-4)
