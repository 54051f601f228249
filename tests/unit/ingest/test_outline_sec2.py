"""Heading detection, issue 14 (heldout19 round): section names counted "1.", "2." … in a
Markdown file that has no Markdown headings."""

from __future__ import annotations

import io

import docx

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.pdflayout import order_lines, to_pieces
from tests.unit.ingest.builders import pdf_line

PROSE = (
    "The harbour board met twice in the spring and agreed that the old quay must be rebuilt "
    "before the autumn storms reach the town."
)


def test_numbered_section_names_in_markdown_without_headings_are_headings():
    """Pasted from a word processor: "2." right under a paragraph, bullets left as an indent."""
    text = (
        f"Harbour Memo\n\nTo: The Board\n1. Summary\n\n{PROSE}\n2. What We Saw\n\n"
        f"    Quay Walls: {PROSE}\n\n    Slipway: {PROSE}\n\n3. Next Steps\n\n"
        f"    Rebuild First: {PROSE}\n"
    )
    blocks = parse_markdown(text).blocks
    heads = [(b.text, b.level, text[b.start : b.end]) for b in blocks if b.kind == "heading"]
    assert heads == [
        ("1. Summary", 1, "1. Summary"),
        ("2. What We Saw", 1, "2. What We Saw"),
        ("3. Next Steps", 1, "3. Next Steps"),
    ]
    items = [b.text for b in blocks if b.kind == "list_item"]
    assert items == [f"Quay Walls: {PROSE}", f"Slipway: {PROSE}", f"Rebuild First: {PROSE}"]
    assert not any(b.kind == "code" for b in blocks)


def test_a_numbered_list_of_short_items_stays_a_list():
    """Items with no text of their own, or with only indented text under them, are a list."""
    for text in (
        f"{PROSE}\n\n1. Apples\n2. Pears\n3. Plums\n\n{PROSE}\n",
        f"{PROSE}\n\n1. Install It\n\n    Run it once.\n\n2. Set It Up\n\n    Edit a file.\n\n"
        "3. Use It\n\n    Open the app.\n",
    ):
        assert not any(b.kind == "heading" for b in parse_markdown(text).blocks)


def _report(opening: str) -> bytes:
    """A Word report: ``opening`` and "Method" in Heading 4, then "Results" in Heading 2 with
    a part in Heading 3 under it, then "Conclusion" in Heading 2."""
    d = docx.Document()
    d.add_heading("Harbour Review", 0)
    for name, level in (
        (opening, 4),
        ("Method", 4),
        ("Results", 2),
        ("Quay Walls", 3),
        ("Conclusion", 2),
    ):
        d.add_heading(name, level)
        d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_an_opening_introduction_in_a_smaller_type_keeps_its_rank():
    """ "Introduction" opens the text: its chapters, set smaller than "Results", have begun and are
    no front matter to lift beside "Results"; an "Abstract" before them still is."""
    sections = analyze(parse_docx(_report("Introduction"), name="r.docx")).sections
    assert [(s.heading, s.level) for s in sections if s.heading] == [
        ("Introduction", 3),
        ("Method", 3),
        ("Results", 1),
        ("Quay Walls", 2),
        ("Conclusion", 1),
    ]
    sections = analyze(parse_docx(_report("Abstract"), name="r.docx")).sections
    assert [s.level for s in sections if s.heading in ("Abstract", "Method")] == [1, 1]


def _bold_docx(parts: list[tuple[str, str]]) -> bytes:
    """A Word file of ("bold", text), ("text", text) and ("item", text) paragraphs."""
    d = docx.Document()
    for kind, text in parts:
        if kind == "bold":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text, style="List Bullet" if kind == "item" else None)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_bold_appendix_name_with_only_formulas_under_it_is_a_heading():
    """The appendices hold equations the text leaves out: nothing under their bold names."""
    data = _bold_docx(
        [
            ("text", "Pat Doe"),
            ("bold", "Background"),
            ("text", PROSE),
            ("bold", "Findings"),
            ("text", PROSE),
            ("bold", "Appendix A: Basic Formulas"),
            ("bold", "Appendix B: Extended Formulas"),
        ]
    )
    sections = analyze(parse_docx(data, name="r.docx")).sections
    assert [s.heading for s in sections if s.heading] == [
        "Background",
        "Findings",
        "Appendix A: Basic Formulas",
        "Appendix B: Extended Formulas",
    ]


def test_a_plain_label_the_text_repeats_over_a_short_list_heads_nothing():
    """ "Limits:" over short items under one model and over one long item under the next: a
    field both models fill, no part of the outline."""
    long_item = f"Each berth: {PROSE}"
    data = _bold_docx(
        [
            ("text", "Pat Doe"),
            ("bold", "First Model"),
            ("text", PROSE),
            ("text", "Limits:"),
            ("item", "One ship a berth"),
            ("bold", "Second Model"),
            ("text", PROSE),
            ("text", "Limits:"),
            ("item", long_item),
            ("bold", "Closing"),
            ("text", PROSE),
        ]
    )
    sections = analyze(parse_docx(data, name="r.docx")).sections
    assert [s.heading for s in sections if s.heading] == ["First Model", "Second Model", "Closing"]


# -- PDF: bold parts counted over their own points; headings inside an appendix


def _numbered_parts_page() -> list:
    """ "Main Rules" in bold over bold parts counted 1-3, the first two over bullets set at their
    own indent, the third over a paragraph; then "Closing"."""
    lines, top = [], 60.0

    def add(text: str, *, bold: bool = False, x1: float = 540.0) -> None:
        nonlocal top
        lines.append(pdf_line(text, top, bold=bold, x1=x1))
        top += 16

    add("Background", bold=True, x1=150)
    add(PROSE)
    add("Main Rules", bold=True, x1=150)
    for n, name in enumerate(("Quay Repairs", "Ferry Timetables"), 1):
        add(f"{n}. {name}", bold=True, x1=220)
        add("• Scope: the board heard from the harbour master about the repairs.", x1=480)
        add("• Cost: the ferry company named its own price for the work.", x1=460)
    add("3. Town Budget", bold=True, x1=220)
    add(PROSE)
    add("Closing", bold=True, x1=130)
    add(PROSE)
    return order_lines(lines)


def test_bold_numbered_parts_over_bullets_at_their_own_indent_are_the_headings_parts():
    heads = [(p.text, p.level) for p in to_pieces(_numbered_parts_page()) if p.kind == "heading"]
    top = heads[0][1]
    assert heads == [
        ("Background", top),
        ("Main Rules", top),
        ("1. Quay Repairs", top + 1),
        ("2. Ferry Timetables", top + 1),
        ("3. Town Budget", top + 1),
        ("Closing", top),
    ]


def test_headings_inside_an_appendix_after_the_references_keep_their_nesting():
    d = docx.Document()
    d.add_heading("Harbour Review", 0)
    d.add_heading("Background", 1)
    d.add_paragraph(PROSE)
    d.add_heading("References", 1)
    d.add_paragraph("Doe, P. (2020). Quays and Ferries. Harbour Press.")
    d.add_paragraph("Appendices")
    d.add_paragraph("Appendix 1 Harbour Rules")
    d.add_heading("Rules", 1)
    d.add_paragraph(PROSE)
    for name in ("Rule One", "Rule Two"):
        d.add_heading(name, 2)
        d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    sections = analyze(parse_docx(out.getvalue(), name="r.docx")).sections
    levels = {s.heading: s.level for s in sections if s.heading}
    assert levels["Rules"] == levels["Appendix 1 Harbour Rules"] + 1
    assert levels["Rule One"] == levels["Rule Two"] == levels["Rules"] + 1
