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


def _eager_key_figures(paragraphs, tables=()):
    """The former find_key_figures: every figure's context made before the twelve are chosen."""
    from briefing_app.core.article import KeyFigure
    from briefing_app.ingest import figures as fig

    found = [
        KeyFigure(text, fig._sentence_context(sentence) if context is None else context, start)
        for start, text, context, sentence in [
            *fig._prose_figures(paragraphs),
            *fig._table_figures(tables),
        ]
    ]
    chosen, seen, said = [], set(), set()
    for f in sorted(found, key=lambda f: f.start):
        if f.text.lower() not in seen and f.context not in said:
            seen.add(f.text.lower())
            said.add(f.context)
            chosen.append(f)
            if len(chosen) >= fig.MAX_FIGURES:
                break
    return chosen


def test_contexts_made_only_when_looked_at_choose_the_same_twelve():
    """Contexts are made lazily (a report of figures in every section found ~1,800 and cleaned
    each sentence to keep twelve): the same figures, contexts and order as made eagerly,
    with repeats, shared sentences, ordinal markers, tables and more than twelve figures."""
    import random

    from briefing_app.ingest import figures as fig

    rng = random.Random(7)
    openers = ["", "First, ", "Second: ", "- ", "Finally, "]
    numbers = ["$5 million", "12%", "1,200", "3 percent", "€4.2 billion", "2021", "40"]
    for _ in range(200):
        paragraphs, offset = [], 0
        for _p in range(rng.randint(0, 6)):
            sentences = [
                f"{rng.choice(openers)}Costs  rose {rng.choice(numbers)} and "
                f"{rng.choice(numbers)} here."
                if rng.random() < 0.6
                else "No number at all in this one."
                for _s in range(rng.randint(1, 4))
            ]
            text = " ".join(sentences)
            paragraphs.append((text, offset))
            offset += len(text) + 2
        rows = (("Item", "2023"), ("Exports", rng.choice(numbers)), ("Imports", "1,200"))
        tables = [(rows, rng.randint(0, offset + 1))] if rng.random() < 0.5 else []
        assert fig.find_key_figures(paragraphs, tables=tables) == _eager_key_figures(
            paragraphs, tables
        )


def test_a_paragraph_without_a_digit_is_not_searched():
    """Every kind of figure holds a digit, so a paragraph with none gives none (and is not split
    into sentences); one with a non-ASCII digit is still searched."""
    from briefing_app.ingest import figures as fig

    assert list(fig._prose_figures([("Costs rose by a third. Ten percent.", 0)])) == []
    assert [f.text for f in find_key_figures([("Costs rose ٣٠% this year.", 0)])] == ["٣٠%"]
