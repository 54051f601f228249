"""A bulleted item's bold lead line and its roman continuation are one item (issue 14, r18)."""

from __future__ import annotations

from briefing_app.ingest.pdflayout import Line, order_lines, to_pieces
from tests.unit.ingest.builders import pdf_line

PROSE = (
    "above. Find below the general policy tools recommended to integrate Ukrainian refugees into"
)


def _line(
    text: str, x0: float, x1: float, top: float, *, bold: bool = False, fw: float = 40.0
) -> Line:
    return pdf_line(text, top, x0=x0, x1=x1, size=12.0, bold=bold, first_word=fw, page_height=842.0)


def _brief_page() -> list[Line]:
    """A policy brief's bulleted items: a bold label opens each, indented past the margin,
    and the item's following lines in roman type hang under the label's first word."""
    return [
        *[_line(PROSE, 54.0, 540.9, 400.0 + 16.5 * k) for k in range(4)],
        _line("the Slovak community.", 54.0, 171.3, 466.0),
        _line(
            "● Language and Cultural Integration Programs: According to the Multi Sectoral Needs",
            72.0,
            541.0,
            499.0,
            bold=True,
            fw=7.2,
        ),
        _line(
            "Assessment conducted by the UNHCR (2022), the majority of Ukrainian arrivals face a",
            90.0,
            541.2,
            515.6,
            fw=62.6,
        ),
        _line("language barrier to access healthcare and employment.", 90.0, 400.0, 532.2),
        _line(
            "● Access to Education and Healthcare: Education and healthcare are critical for the",
            72.0,
            540.0,
            565.0,
            bold=True,
            fw=7.2,
        ),
        _line("well-being of refugees.", 90.0, 200.0, 581.6),
    ]


def test_a_bold_lead_line_of_a_bulleted_item_runs_on_into_its_roman_continuation():
    pieces = to_pieces(order_lines(_brief_page()))
    items = [p.text for p in pieces if p.kind == "list_item"]
    assert items[0].startswith("Language and Cultural Integration Programs:")
    assert "Multi Sectoral Needs Assessment conducted by the UNHCR" in items[0]
    assert items[0].endswith("healthcare and employment.")
    assert items[1].startswith("Access to Education and Healthcare:")
    assert not any(p.text.startswith("Assessment conducted") for p in pieces)


def test_a_centred_bold_line_over_roman_text_still_stands_alone():
    lines = [
        _line("A Centred Bold Title Line", 200.0, 394.0, 100.0, bold=True),
        *[_line(PROSE, 54.0, 540.9, 116.5 + 16.5 * k) for k in range(3)],
    ]
    texts = [p.text for p in to_pieces(order_lines(lines))]
    assert texts[0] == "A Centred Bold Title Line"


def _small(text: str, x0: float, x1: float, top: float, fw: float) -> Line:
    line = _line(text, x0, x1, top, fw=fw)
    line.size, line.bottom = 10.0, top + 10
    line.col_left, line.col_right = 72.0, 297.0
    return line


def test_a_numbered_items_justified_lines_run_on_though_the_column_was_measured_wider():
    """A two-column paper's item set flush under its number, justified to 277 pt in a column
    measured to 297 pt: a line ending mid-sentence at the item's own right edge is full."""
    lines = [
        _small("(iv) Purpose limitation: Personal data collected", 91.9, 277.1, 425.3, 14.1),
        _small("and processed by data controllers should be ad-", 91.9, 277.1, 437.3, 14.4),
        _small("equate and relevant to the purposes for which", 91.9, 277.1, 449.3, 26.0),
        _small("it is processed. A data controller shall collect,", 91.9, 277.1, 461.2, 5.5),
        _small("process, disclose or use personal information.", 91.9, 260.0, 473.2, 32.4),
    ]
    pieces = to_pieces(lines)
    assert len(pieces) == 1
    assert pieces[0].kind == "list_item"
    assert "purposes for which it is processed." in pieces[0].text
