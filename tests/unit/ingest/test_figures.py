"""Key figures: the number as written, once each, with its sentence minus list markers."""

from briefing_app.ingest.figures import find_key_figures


def test_figures_keep_their_sentence_without_the_ordinal_marker():
    text = "Fifth, repairs will cost $53.5 billion over ten years. Output fell 85 percent."
    figures = find_key_figures([(text, 0)])
    assert [f.text for f in figures] == ["$53.5 billion", "85 percent"]
    assert figures[0].context.startswith("Repairs will cost")
    assert figures[1].start == text.index("85 percent")


def test_years_are_not_figures_and_repeats_appear_once():
    text = "In 2021 the fund held 1,200 projects. By 2023 it still held 1,200 projects."
    assert [f.text for f in find_key_figures([(text, 0)])] == ["1,200"]
