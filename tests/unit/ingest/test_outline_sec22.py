"""False headings on unseen documents, issue 14 (sec22 round), on made-up documents."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders

TEXT = (
    "The harbour board met on Tuesday to weigh the cost of dredging the north channel "
    "against the losses the ferry operators report each winter when the tide runs low."
)


def _headings(rows: list[tuple[str, float, bool]]) -> list[str]:
    """The headings found in a PDF of (text, font size, bold) paragraphs, 10 pt body type."""
    article = analyze(parse_pdf(builders.styled_pdf(rows), name="memo.pdf"))
    return [s.heading for s in article.sections if s.heading]


def _memo(*inserted: tuple[str, float, bool]) -> list[tuple[str, float, bool]]:
    return [
        ("Dredging the North Channel", 20, True),
        (TEXT, 10, False),
        ("Background", 14, True),
        (TEXT, 10, False),
        *inserted,
        (TEXT, 10, False),
        ("Next steps", 14, True),
        (TEXT, 10, False),
    ]


def test_a_quoted_sentence_set_apart_is_a_pull_quote_not_a_heading():
    """A pull quote in display type, or in bold body type, ends its sentence inside the
    quote ('….”'): the stop before the closing mark makes it a sentence, no heading."""
    large = ("“The channel is our road, and the road is closing.”", 13, True)
    bold = ("“We lose a sailing every time the tide runs low in winter.”", 10, True)
    assert _headings(_memo(large)) == ["Background", "Next steps"]
    assert _headings(_memo(bold)) == ["Background", "Next steps"]


def test_a_short_quoted_heading_or_question_stays_a_heading():
    """A section named by a short quotation or a quoted question is a heading of that look."""
    for line in ("“Not on our watch”", "“Why not wait another winter?”"):
        for size, bold in ((13, True), (10, True)):
            assert _headings(_memo((line, size, bold))) == ["Background", line, "Next steps"]


def _brief(*front: tuple[str, float, bool]) -> list[tuple[str, float, bool]]:
    return [
        ("Harbour Futures", 20, True),
        *front,
        (TEXT, 10, False),
        ("Why the channel silts", 13, True),
        (TEXT, 10, False),
        ("What the board can do", 13, True),
        (TEXT, 10, False),
    ]


SECTIONS = ["Why the channel silts", "What the board can do"]


def test_a_line_between_the_title_and_its_date_is_the_subtitle_not_a_section():
    """ "A Framework for Shared Dredging" in display type between the title and "March 2026"
    (alone, or opening the issue line) belongs to the title block: no section."""
    subtitle = ("A Framework for Shared Dredging", 15, True)
    assert _headings(_brief(subtitle, ("March 2026", 10, False))) == SECTIONS
    assert _headings(_brief(subtitle, ("March 2026", 10, True))) == SECTIONS
    issue = ("March 2026 · Based on the board's own soundings.", 10, False)
    assert _headings(_brief(subtitle, issue)) == SECTIONS


def test_a_first_section_under_the_title_or_after_the_date_stays():
    """A heading right under the title over its text, or under the date line, is a section."""
    first = ("Summary", 15, True)
    assert _headings(_brief(first)) == ["Summary", *SECTIONS]
    assert _headings(_brief(("March 2026", 10, False), first)) == ["Summary", *SECTIONS]


def _word_headings(line: str, style: str = "Normal") -> list[str]:
    """The headings found in a Word file with ``line`` in bold, in ``style``, between paragraphs
    under a bold "Background"."""

    def build(d) -> None:
        d.add_paragraph("Harbour Futures", style="Title")
        for text, name in (("Background", "Normal"), (line, style), ("Next steps", "Normal")):
            d.add_paragraph(style=name).add_run(text).bold = True
            d.add_paragraph(TEXT)

    article = analyze(parse_docx(builders.built_docx(build), name="memo.docx"))
    return [s.heading for s in article.sections if s.heading]


def test_a_word_pull_quote_is_no_subhead():
    """A bold quoted sentence ('….”'), or a bold line the author set in Word's "Quote" or
    "Intense Quote" style, is no subhead: the stop inside the quote, or the style, says so."""
    assert _word_headings("“We lose a sailing every time the tide runs low.”") == [
        "Background",
        "Next steps",
    ]
    for style in ("Quote", "Intense Quote"):
        assert _word_headings("“Not on our watch”", style) == ["Background", "Next steps"]


def test_a_bold_quoted_name_or_question_in_a_plain_paragraph_stays_a_subhead():
    for line in ("“Not on our watch”", "“Why not wait another winter?”"):
        assert _word_headings(line) == ["Background", line, "Next steps"]


def test_a_line_of_months_or_quarters_is_a_charts_axis_not_a_heading():
    """ "Jan Feb Mar Apr" under a row of figures: a chart's time axis read as a line."""
    for axis in ("Jan Feb Mar Apr", "Q1 Q2 Q3 Q4"):
        chart = [("4.1 3.9 3.6 3.2", 10, False), (axis, 10, False)]
        assert _headings(_memo(*chart)) == ["Background", "Next steps"]
    # -- guard: a heading that merely names a month stays one
    assert _headings(_memo(("May Day Sailings", 10, False))) == [
        "Background",
        "May Day Sailings",
        "Next steps",
    ]
