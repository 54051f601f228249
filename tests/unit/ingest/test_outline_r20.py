"""Outline rules of the r20 round: heading levels told by type size near the body's, record
fields and reference lists under other names kept out of the outline (made-up text)."""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.detect import _without_furniture, analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.front import Para as _Para
from briefing_app.ingest.pdflayout import Line, order_lines, to_pieces
from tests.unit.ingest.builders import BODY, analyze_text, built_docx, outline, pdf_line, sized

PAGE_HEIGHT = 792.0


def _line(text: str, top: float, **layout) -> Line:
    return pdf_line(text, top, page_height=PAGE_HEIGHT, size=layout.pop("size", 12.0), **layout)


def _body(top: float, count: int) -> list[Line]:
    return [_line(BODY[:90], top + 15 * k) for k in range(count)]


def _pdf_levels(lines: list[Line]) -> dict[str, int]:
    return {p.text: p.level for p in to_pieces(order_lines(lines)) if p.kind == "heading"}


def test_numbered_bold_points_in_body_type_sit_under_the_slightly_larger_bold_heading():
    """13 pt bold "Next Steps" over "1. …", "2. …" in 12 pt bold (the body's size): its points."""
    lines = [
        _line("What We Found", 70, x1=250, size=13, bold=True),
        *_body(95, 4),
        _line("Next Steps", 170, x1=250, size=13, bold=True),
        _line("1. Rebuild the Old Quay", 195, x1=300, bold=True),
        *_body(215, 3),
        _line("2. Widen the Ferry Lane", 270, x1=300, bold=True),
        *_body(290, 3),
        _line("3. Share the Costs Fairly", 345, x1=300, bold=True),
        *_body(365, 3),
        _line("Why It Matters", 420, x1=250, size=13, bold=True),
        *_body(445, 3),
    ]
    levels = _pdf_levels(lines)
    top = levels["Next Steps"]
    assert levels["What We Found"] == levels["Why It Matters"] == top
    assert levels["1. Rebuild the Old Quay"] == levels["3. Share the Costs Fairly"] == top + 1


def test_numbered_items_running_to_the_end_stay_beside_the_larger_heading_before_them():
    """Minutes: "Present" in 13 pt bold, then the numbered items in 12 pt bold to the end."""
    lines = [
        _line("Present", 70, x1=250, size=13, bold=True),
        *_body(95, 4),
        _line("1. Call to Order", 170, x1=300, bold=True),
        *_body(190, 3),
        _line("2. Adoption of the Agenda", 245, x1=300, bold=True),
        *_body(265, 3),
    ]
    levels = _pdf_levels(lines)
    assert levels["1. Call to Order"] == levels["2. Adoption of the Agenda"] == levels["Present"]


def test_bold_headings_a_point_larger_than_the_bold_subheads_at_body_size_rank_above_them():
    lines = [
        _line("The Harbour", 70, x1=250, size=13, bold=True),
        _line("The Old Quay", 95, x1=250, bold=True),
        *_body(115, 4),
        _line("The Ferries", 180, x1=250, bold=True),
        *_body(200, 4),
        _line("The Money", 265, x1=250, size=13, bold=True),
        _line("Who Pays", 290, x1=250, bold=True),
        *_body(310, 4),
    ]
    levels = _pdf_levels(lines)
    assert levels["The Harbour"] == levels["The Money"]
    assert levels["The Old Quay"] == levels["The Ferries"] == levels["Who Pays"]
    assert levels["Who Pays"] == levels["The Money"] + 1


def _bold(document, text: str, size: float) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    sized(paragraph, size)


def _plain(document, text: str) -> None:
    sized(document.add_paragraph(text), 12)


def _word_outline(build) -> list[tuple[str, int]]:
    return outline(analyze(parse_docx(built_docx(build), name="doc.docx")))


def test_word_bold_lines_in_14_pt_outrank_bold_lines_at_the_body_size():
    """No heading styles: sections in 14 pt bold, their parts in 12 pt bold, text in 12 pt.

    The authors' names in 12 pt bold over the first section are no subhead and rank nothing.
    """

    def build(document):
        _plain(document, "A report on the harbour")
        _bold(document, "Jo Bloggs, Sam Smith", 12)
        for section, parts in (("The Harbour", ["The Old Quay", "The Ferries"]), ("Money", [])):
            _bold(document, section, 14)
            _plain(document, BODY)
            for part in parts:
                _bold(document, part, 12)
                _plain(document, BODY)

    levels = dict(_word_outline(build))
    assert levels["The Harbour"] == levels["Money"]
    assert levels["The Old Quay"] == levels["The Ferries"] == levels["Money"] + 1


def test_a_model_listings_variable_and_its_unit_lines_are_no_headings():
    """ "Stock_2:" names a variable; "UNITS: boat/year" recurs under each: fields, no parts."""

    def build(document):
        _plain(document, "A model of the harbour")
        _plain(document, BODY)
        _bold(document, "Findings", 12)
        _plain(document, BODY)
        _bold(document, "Appendix", 12)
        _plain(document, BODY)
        _plain(document, "Stock_2:")
        for name in ("Ferries", "Berths", "Cranes"):
            _plain(document, f"{name}(t) = {name}(t - dt) + (Arrivals - Departures) * dt.")
            _plain(document, "UNITS: boat/year")
            _plain(document, f"Documentation: The stock of {name.lower()} grows with {BODY}")
            _plain(document, f"Departures = {name} / Average_Life_Time_of_the_Fleet {{UNIFLOW}}")

    assert [text for text, _ in _word_outline(build)] == ["Findings", "Appendix"]


def test_a_field_line_over_the_next_field_of_its_record_heads_nothing():
    long_line = f"Harbour_Capacity = Berths * Average_Boats_per_Berth. {BODY}"
    text = "\n\n".join(
        [
            "Harbour Model",
            BODY,
            "Results",
            BODY,
            long_line,
            "UNITS: boat",
            f"Documentation: The capacity counts the boats the harbour can hold. {BODY}",
        ]
    )
    headings = [s.heading for s in analyze_text(text).sections if s.heading]
    assert "UNITS: boat" not in headings


def test_reference_lists_under_other_names_end_the_outline():
    names = (
        "E. Selected References",
        "Sources Consulted",
        "Reference:",
        "Works Cited",
        "PART 9: KEY SOURCES & REFERENCE MATERIALS",
        "Notes and References",
    )
    for name in names:
        text = (
            f"# Harbour Plan\n\n## The Quay\n\n{BODY}\n\n## {name}\n\nSmith, J. Harbours. 2020.\n"
        )
        headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
        assert headings == ["The Quay"], name


def test_a_paragraph_of_sentences_in_a_heading_style_is_text():
    conclusion = " ".join([BODY] * 2 + ["The board agreed. It will meet again in May."])

    def build(document):
        document.add_paragraph("Harbour Report", style="Heading 1")
        document.add_paragraph("Findings", style="Heading 2")
        document.add_paragraph(BODY)
        document.add_paragraph("Conclusion", style="Heading 2")
        document.add_paragraph(conclusion, style="Heading 2")
        document.add_paragraph(BODY)

    headings = [text for text, _ in _word_outline(build)]
    assert conclusion not in headings
    assert "Conclusion" in headings


def test_subheads_after_an_opening_question_are_no_names_of_the_front_block():
    """Two-word subheads ("Intended Effects") before the first long paragraph, after a question."""
    text = "\n\n".join(
        [
            "# Harbour Brief",
            "## The Question",
            "Should the town rebuild the old quay before the ferries return next spring?",
            "## Analysis",
            "### Intended Effects",
            "- Shorter queues",
            "- Safer berths",
            "### Hidden Costs",
            "- Higher fares",
            "## Background",
            BODY,
        ]
    )
    headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
    assert "Intended Effects" in headings and "Hidden Costs" in headings


def test_a_result_set_off_on_its_own_line_is_no_heading():
    for line in ("**4.5 points**", "4.5 points", "**$12 million**"):
        text = f"# Harbour Brief\n\n## Results\n\n{BODY}\n\n{line}\n\n{BODY} {BODY}\n"
        headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
        assert headings == ["Results"], line


def test_a_readme_ending_in_license_and_disclaimer_pointers_ends_before_them():
    """Both one-line pointers go with the tail; neither is cut alone as back matter first."""
    text = (
        f"# Harbour Tools\n\n{BODY}\n\n## Guidance\n\n{BODY}\n\n"
        "## License\nSee [LICENSE](./LICENSE.md).\n\n"
        "## Disclaimer\nSee [DISCLAIMER](./DISCLAIMER.md).\n"
    )
    headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
    assert headings == ["Guidance"]


def test_a_line_ending_on_to_over_its_numbered_list_is_no_heading():
    text = (
        f"# Harbour Memo\n\n## Recommended Actions\n\n{BODY} {BODY}\n\n"
        "Direct the harbour board to\n\n"
        "1. Draw up a list of the berths that need repair before the ferry season begins in May\n"
        "2. Ask the ferry operators which sailings they would move to the new quay\n\n"
        f"## Conclusion\n\n{BODY}\n"
    )
    headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
    assert headings == ["Recommended Actions", "Conclusion"]


def test_bold_sizes_rank_nothing_when_the_outline_opens_in_the_smaller_type():
    """A memo's sections in bold body type, then an appendix's parts a point larger."""
    lines = [
        _line("Summary", 70, x1=250, bold=True),
        *_body(95, 4),
        _line("Findings", 170, x1=250, bold=True),
        *_body(195, 4),
        _line("Harbour Fees Elsewhere", 270, x1=250, size=13, bold=True),
        *_body(295, 4),
        _line("Ferry Timetables", 370, x1=250, size=13, bold=True),
        *_body(395, 4),
    ]
    levels = _pdf_levels(lines)
    assert len(set(levels.values())) == 1


def test_one_bold_line_a_point_apart_is_no_level_of_its_own():
    """One bold heading a point above the bold section heads sits at their level."""
    lines = [
        _line("Findings", 70, x1=250, bold=True),
        *_body(95, 4),
        _line("A Word on Method", 170, x1=250, size=13, bold=True),
        *_body(195, 4),
        _line("Next Steps", 270, x1=250, bold=True),
        *_body(295, 4),
    ]
    levels = _pdf_levels(lines)
    assert levels["A Word on Method"] == levels["Findings"] == levels["Next Steps"]


def test_a_date_set_as_a_heading_before_the_text_is_the_issues_date_no_section():
    """A PDF's "December 2025" in bold under its title, over "Summary": no section."""

    def para(text: str, level: int = 0) -> _Para:
        kind = "heading" if level else "paragraph"
        return _Para(text=text, block=Block(text, kind=kind, level=level), heading_level=level)

    body = [para("March 2024", 2), para("Summary", 2), para(BODY), para("May 2024", 2), para(BODY)]
    kept = _without_furniture(body)
    assert [p.text for p in kept if p.heading_level] == ["Summary", "May 2024"]
