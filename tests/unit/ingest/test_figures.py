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


def test_a_table_cell_figure_is_read_with_its_row_and_column():
    rows = (
        ("Item", "2023", "Change"),
        ("Exports", "€4.2 billion", "+12%"),
        ("Imports", "1,200", ""),
    )
    figures = find_key_figures([("Trade grew by 3% last year.", 0)], tables=[(rows, 40)])
    assert [(f.text, f.context) for f in figures] == [
        ("3%", "Trade grew by 3% last year."),
        ("€4.2 billion", "Exports — 2023: €4.2 billion"),
        ("12%", "Exports — Change: +12%"),
        ("1,200", "Imports — 2023: 1,200"),
    ]


def test_a_decimal_fraction_is_no_count_and_one_sentence_gives_one_figure():
    """A paper's scores ("0.836 0.824") are not large counts; "a 70%/30% split" shows its
    sentence once, not once per figure."""
    text = "The data is split 70%/30% into training and test sets. F1 was 0.836 and 0.824."
    assert [f.text for f in find_key_figures([(text, 0)])] == ["70%"]
    assert [f.text for f in find_key_figures([("Sales rose to 1.250 units. Then 12,500.", 0)])] == [
        "1.250",
        "12,500",
    ]
