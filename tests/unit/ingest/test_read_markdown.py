"""The Markdown reader on the constructs of issue 21: each reads as a reader of the page sees it."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.document import Document
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

ISSUE = """---
title: Water and Peace
date: 2021-02-30
---

# Water and Peace

The basin matters to [every capital][ref] and to the [UN](https://un.org/water).[^1]

<div>
## Not a heading
</div>

> ## A quoted heading
> First, the minister said, everyone should wait.

| Country | Budget | Growth |
|---|---|---|
| Armenia | $12.6 billion | 7.6% |
| Georgia | $18.7 billion | 5.5% |

    ## an indented code block

## What should be done

First, donors should pool funds for the basin authority across the region.

Second, the parties should publish river data every month without fail.

[ref]: https://example.org/capitals
[^1]: Figures from the 2020 survey.
"""


def _doc() -> Document:
    return parse_markdown(ISSUE, name="issue.md")


def test_heading_inside_an_html_block_is_no_section():
    article = analyze(_doc())
    assert [s.heading for s in article.sections] == [None, "What should be done"]
    assert not any("Not a heading" in p for s in article.sections for p in s.paragraphs)


def test_block_quote_is_kept_as_a_quote_without_its_marks():
    quotes = [b for b in _doc().blocks if b.kind == "quote"]
    assert [b.text for b in quotes] == [
        "A quoted heading",
        "First, the minister said, everyone should wait.",
    ]


def test_quoted_first_is_not_the_authors_recommendation():
    article = analyze(_doc())
    assert [r.headline.split()[0] for r in article.recommendations] == ["Donors", "The"]
    assert all("minister" not in r.text for r in article.recommendations)


def test_reference_links_read_as_their_words_and_keep_their_urls():
    doc = _doc()
    first = next(b for b in doc.blocks if b.text.startswith("The basin"))
    assert first.text == "The basin matters to every capital and to the UN."
    assert [(k.text, k.url) for k in doc.links] == [
        ("every capital", "https://example.org/capitals"),
        ("UN", "https://un.org/water"),
    ]


def test_link_and_footnote_definitions_are_not_body_text():
    doc = _doc()
    article = analyze(doc)
    body = " ".join(p for s in article.sections for p in s.paragraphs)
    assert "example.org" not in body and "2020 survey" not in body
    assert [b.text for b in doc.blocks if b.kind == "footnote"] == ["Figures from the 2020 survey."]


def test_gfm_table_keeps_rows_and_cells():
    table = next(b for b in _doc().blocks if b.kind == "table")
    assert table.rows == (
        ("Country", "Budget", "Growth"),
        ("Armenia", "$12.6 billion", "7.6%"),
        ("Georgia", "$18.7 billion", "5.5%"),
    )
    assert table.text.startswith("Armenia — Budget: $12.6 billion; Growth: 7.6%.")


def test_table_figures_become_key_figures_with_their_row():
    figures = {k.text: k.context for k in analyze(_doc()).key_figures}
    assert figures["$12.6 billion"] == "Armenia — Budget: $12.6 billion"
    assert figures["5.5%"] == "Georgia — Growth: 5.5%"
    assert list(figures)[:4] == ["$12.6 billion", "7.6%", "$18.7 billion", "5.5%"]


def test_indented_code_is_code_not_a_paragraph():
    doc = _doc()
    assert [b.text for b in doc.blocks if b.kind == "code"] == ["## an indented code block"]
    assert "an indented code block" not in str(analyze(doc).to_json())


def test_impossible_front_matter_date_is_no_date():
    article = analyze(_doc())
    assert (article.title, article.date, article.date_source) == ("Water and Peace", None, None)


def test_front_matter_date_is_metadata():
    article = analyze(parse_markdown("---\ndate: 10 February 2021\n---\n\n# T\n\nBody text here."))
    assert (article.date, article.date_source) == ("2021-02-10", "metadata")


def test_dateline_in_the_text_is_a_text_date():
    article = analyze(parse_markdown("# T\n\n7 de diciembre de 2017\n\nBody text of the piece."))
    assert (article.date, article.date_source) == ("2017-12-07", "text")


def test_a_numbered_dateline_is_a_date_not_a_list_item():
    """ "12. Oktober 2020" alone is a one-item list to CommonMark (item 12, "Oktober 2020")."""
    text = "# Die Wasserfrage\n\n12. Oktober 2020\n\nDie Regierung hat einen Plan vorgestellt.\n"
    doc = parse_markdown(text)
    assert (doc.blocks[1].kind, doc.blocks[1].text) == ("paragraph", "12. Oktober 2020")
    assert text[doc.blocks[1].start : doc.blocks[1].end] == "12. Oktober 2020"
    article = analyze(doc)
    assert (article.date, article.date_source) == ("2020-10-12", "text")


def test_a_real_numbered_list_stays_a_list():
    doc = parse_markdown("Steps:\n\n12. Oktober 2020 was the deadline for the second report\n")
    assert doc.blocks[1].kind == "list_item"
    doc = parse_markdown("12. Oktober 2020\n13. November 2020\n")
    assert [b.kind for b in doc.blocks] == ["list_item", "list_item"]


def test_nested_lists_keep_their_depth_and_numbering():
    doc = parse_markdown("- one\n  1. inner\n     - deep\n- two\n  continued\n")
    assert [(b.text, b.level, b.ordered) for b in doc.blocks] == [
        ("one", 0, False),
        ("inner", 1, True),
        ("deep", 2, False),
        ("two continued", 0, False),
    ]


def test_inline_marks_go_and_words_stay():
    doc = parse_markdown("Some **bold**, _em_, `code`, ![alt words](x.png) and \\*stars\\*.\n")
    assert doc.blocks[0].text == "Some bold, em, code, alt words and *stars*."


def test_text_past_the_nesting_limit_is_kept():
    text = "".join("> " * n + f"line{n}\n" for n in range(1, 40))
    words = " ".join(b.text for b in parse_markdown(text).blocks)
    assert all(f"line{n}" in words for n in range(1, 40))


def test_hostile_runs_are_read_quickly():
    for run in ("[", "![", "[^", "**a ", "[a](", "\\", "*a"):
        text = "# T\n\n" + run * (200_000 // len(run)) + "\n"
        started = time.perf_counter()
        parse_markdown(text)
        assert time.perf_counter() - started < 3.0, run


def test_long_runs_of_blanks_and_marks_at_line_ends_are_read_quickly():
    """Blanks before a line end in marked text (a break read without markdown-it's line-break
    rule), and lines that the rule pickers look at: blanks or marks then something else."""
    for text in (
        "*a" + " " * 200_000 + "x\nb*\n",
        "a\n" + " " * 200_000 + "x\n",
        "---\na\n" + "-" * 100_000 + " " * 100_000 + "x\n",
        "a\n" + "=" * 100_000 + " " * 100_000 + "x\n",
        "a\n" + ">" * 100_000 + " " * 100_000 + "x\n",
    ):
        started = time.perf_counter()
        parse_markdown(text)
        assert time.perf_counter() - started < 3.0, text[:20]


def test_list_marks_spaced_out_before_text_are_read_quickly():
    """The fast path's guess at fences after list marks once backtracked exponentially here."""
    for line in ("-" + "   -" * 16 + "x", "1." + "  >  1." * 16 + " x", "- " * 60_000 + "x"):
        started = time.perf_counter()
        parse_markdown("# T\n\nText.\n\n" + line + "\n\nMore text.\n")
        assert time.perf_counter() - started < 3.0, line[:20]


@given(
    st.lists(
        st.sampled_from(
            [
                "# H",
                "> q",
                "- a",
                "1. b",
                "    code",
                "| a | b |",
                "|---|---|",
                "[x]: /u",
                "[^1]: n",
                "<div>",
                "",
                "text [l](u)",
                "***",
                "```",
                "Term",
                ": def",
                "  - nested",
            ]
        ),
        max_size=25,
    )
)
def test_every_block_points_into_the_text(lines):
    doc = parse_markdown("\n".join(lines))
    last = 0
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text)
        assert b.start >= last or b.kind == "footnote"
        last = b.start


def test_a_project_keeps_tables_links_and_block_kinds(tmp_path):
    from briefing_app.project import load_project, open_path

    path = tmp_path / "issue.md"
    path.write_text(ISSUE, encoding="utf-8")
    project = tmp_path / "issue.briefing"
    project.write_bytes(open_path(path).to_bytes())
    reopened = load_project(project).article.source
    original = _doc()
    assert reopened.blocks == original.blocks and reopened.links == original.links
    assert {b.kind for b in reopened.blocks} >= {"table", "quote", "code", "html", "footnote"}


def test_a_web_pages_quotes_and_tables_are_kept_as_such():
    from briefing_app.ingest.html import parse_html

    page = (
        "<html><head><title>Budgets</title></head><body><article><h1>Budgets</h1>"
        "<p>Budgets across the region were squeezed last year, and the figures below show it.</p>"
        "<blockquote><p>First, as the minister said, nobody should wait for donors.</p></blockquote>"
        "<table><tr><th>Country</th><th>Budget</th></tr><tr><td>Armenia</td><td>$12.6 billion</td>"
        "</tr></table><table><tr><td>Georgia</td><td>$18.7 billion</td></tr></table>"
        "<p>Officials expect the next budget round to be harder still for every ministry.</p>"
        "</article></body></html>"
    )
    doc = parse_html(page, name="b.html")
    assert [b.kind for b in doc.blocks if b.kind in ("quote", "table")] == [
        "quote",
        "table",
        "table",
    ]
    tables = [b.rows for b in doc.blocks if b.kind == "table"]
    assert tables == [
        (("Country", "Budget"), ("Armenia", "$12.6 billion")),
        (("", ""), ("Georgia", "$18.7 billion")),  # -- no header row: an empty one
    ]
    article = analyze(doc)
    assert article.recommendations == ()
    assert {k.text: k.context for k in article.key_figures} == {
        "$12.6 billion": "Armenia — Budget: $12.6 billion",
        "$18.7 billion": "Georgia — $18.7 billion",
    }


def test_windows_and_old_mac_line_ends_read_as_unix_ones() -> None:
    unix = "# T\n\nPara one\nline two.\n\nOld mac.\n"
    for ends in ("\r\n", "\r"):
        assert parse_markdown(unix.replace("\n", ends)) == parse_markdown(unix)
