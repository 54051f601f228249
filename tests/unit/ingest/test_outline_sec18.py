"""Heading detection, issue 14 (heldout18 round): counted steps in bold, a text resuming
after its references."""

from __future__ import annotations

import io
import textwrap
from dataclasses import replace

import docx

from briefing_app.ingest.assemble import Piece, assemble
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.pdf import _run_in_lead
from briefing_app.ingest.pdflayout import _unnumbered_between, order_lines, to_pieces
from tests.unit.ingest.builders import analyze_text, pdf_line

PROSE = (
    "The council reviewed the programme over two years and found that most of the "
    "districts it served had seen fewer late payments than before."
)


def _bold(d, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def _steps_docx(*, references: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph("Pat Doe")
    for n, name in ((1, "The Question"), (2, "The Record")):
        _bold(d, f"Step {n}: {name}")
        d.add_paragraph(PROSE)
    _bold(d, "Step 3: The Options")
    _bold(d, "Keep Things As They Are")
    d.add_paragraph(PROSE)
    _bold(d, "Pay Grants Monthly")
    d.add_paragraph(PROSE)
    if references:
        d.add_paragraph("References")
        d.add_paragraph(
            "-Town Budget Office: https://example.org/grants/annual-review-of-late-payments-2017.pdf"
        )
        d.add_paragraph("-Regional survey of payments 2018")
    _bold(d, "Step 4: Measures")
    d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_bold_step_with_its_first_part_headed_at_once_is_a_subhead():
    """ "Step 3: …" right over the bold "Keep Things As They Are": both head text."""
    blocks = parse_docx(_steps_docx(references=False), name="steps.docx").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert "Step 3: The Options" in headings
    assert "Keep Things As They Are" in headings


def test_a_lone_bold_line_over_another_stays_text():
    """Without a count to go on, a bold line over another bold line is no subhead."""
    d = docx.Document()
    d.add_paragraph(PROSE)
    _bold(d, "Prepared for the Board")
    _bold(d, "Summary of Findings")
    d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    blocks = parse_docx(out.getvalue(), name="memo.docx").blocks
    assert [b.text for b in blocks if b.kind == "heading"] == ["Summary of Findings"]


def test_the_next_step_after_references_set_between_steps_is_a_section():
    """ "References" between "Step 3" and "Step 4": the text resumes at the next step."""
    article = analyze(parse_docx(_steps_docx(references=True), name="steps.docx"))
    headings = [s.heading for s in article.sections if s.heading]
    assert "Step 4: Measures" in headings
    assert not any("Town Budget" in (s.heading or "") for s in article.sections)


LONG = (
    "The pilot paid grants to forty households over a year and tracked how often their rent "
    "was late, which fell by half against the households that waited for the second round."
)


def test_section_names_on_the_line_over_unwrapped_paragraphs_in_markdown_are_headings():
    """Pasted into a .md file: each paragraph on one line, its section's name right above it."""
    text = (
        f" Background\n{LONG}\n\n{LONG}\n\n Method\n{LONG}\n\n"
        f" Next Moves\nTo carry this on, two things are needed:\n\nMore staff.\n"
    )
    article = analyze_text(text, suffix=".md")
    assert [s.heading for s in article.sections if s.heading] == [
        "Background",
        "Method",
        "Next Moves",
    ]


def test_a_short_first_line_of_hard_wrapped_markdown_stays_in_its_paragraph():
    """Lines wrapped at 70 characters: a short line is the paragraph's own, however it reads."""
    wrapped = "\n".join(textwrap.wrap(LONG, 70))
    text = f"Quarterly Review\n{wrapped}\n\nSecond Quarter\n{wrapped}\n"
    blocks = analyze_text(text, suffix=".md").source.blocks
    assert not any(b.kind == "heading" for b in blocks)


# -- PDF: bold numbered parts over their own bullets, a bold item tail over a flush-left heading

_PROSE = "The harbour board met twice in the spring and agreed that the old quay must be rebuilt"


def _pdf_page(*, headed: bool) -> list:
    """Bold parts counted 1-3 with a bullet each, under "Findings" (``headed``) or right after
    a paragraph, then counted again right under "Next Moves"; a bold tail over "Closing"."""
    lines, top = [], 60.0

    def add(text: str, *, x0: float = 72.0, x1: float = 540.0, bold: bool = False) -> None:
        nonlocal top
        lines.append(pdf_line(text, top, x0=x0, x1=x1, bold=bold))
        top += 16

    add("Background", x1=150, bold=True)
    add(_PROSE)
    add("before the ferries return, whatever the cost to the town.", x1=400)
    for head in ("Findings", "Next Moves"):
        if headed or head == "Next Moves":
            add(head, x1=150, bold=True)
        for n, name in enumerate(("Quay Repairs", "Ferry Timetables", "Town Budget"), 1):
            add(f"{n}. {name}", x1=220, bold=True)
            add("• The board heard from the harbour master and the ferry company about", x0=90)
            add("the repairs they need.", x0=108, x1=260, bold=n == 3)
    add("Closing", x1=130, bold=True)
    add(_PROSE)
    return order_lines(lines)


def test_bold_numbered_parts_over_their_own_bullets_are_a_headings_parts_counted_again():
    pieces = to_pieces(_pdf_page(headed=True))
    heads = [(p.text, p.level) for p in pieces if p.kind == "heading"]
    top = heads[0][1]
    parts = [("1. Quay Repairs", top + 1), ("2. Ferry Timetables", top + 1)]
    parts.append(("3. Town Budget", top + 1))
    assert heads == [
        ("Background", top),
        ("Findings", top),
        *parts,
        ("Next Moves", top),
        *parts,
        ("Closing", top),
    ]


def test_bold_numbered_items_after_a_paragraph_stay_a_list():
    pieces = to_pieces(_pdf_page(headed=False))
    heads = [p.text for p in pieces if p.kind == "heading"]
    assert heads[:2] == ["Background", "Next Moves"]
    assert [p.text for p in pieces if p.kind == "list_item"][:2] == [
        "Quay Repairs",
        "The board heard from the harbour master and the ferry company about the repairs they need.",
    ]


def test_a_caption_label_alone_is_no_section():
    text = f"Results\n\n{LONG}\n\nFig.1\n\n{LONG}\n\nFig.2\n\n{LONG}\n"
    article = analyze_text(text)
    assert not any((s.heading or "").startswith("Fig") for s in article.sections)


def test_a_markup_line_over_a_wrapped_title_in_plain_text_leaves_the_title_whole():
    """ "<pre>" left over a saved web page must not split the two-line title under it."""
    text = (
        "<pre>\nHarbour Board Agrees to Rebuild the Old Quay Before the Ferries Return and\n"
        f"Names the Costs\n\n{LONG}\n\n{LONG}\n"
    )
    article = analyze_text(text)
    assert article.title.endswith("and Names the Costs")
    assert not any(s.heading == "Names the Costs" for s in article.sections)


def _heads(pieces: list[Piece]) -> list[str]:
    return [p.text for p in pieces if p.kind == "heading"]


def test_a_charts_lettered_labels_do_not_stretch_a_decimal_outline_over_the_appendix():
    """ "H. Pipe Size" on a figure page after "3.2 …" is no item of the decimal outline, so
    "Appendix: Figures" between them is not read as an item's particulars."""
    pieces = [
        Piece("1 Scope", kind="heading", level=2),
        Piece(LONG),
        Piece("2 Method", kind="heading", level=2),
        Piece(LONG),
        Piece("3.1 Quay", kind="heading", level=2),
        Piece(LONG),
        Piece("3.2 Ferries", kind="heading", level=2),
        Piece(LONG),
        Piece("Appendix: Figures", kind="heading", level=2),
        Piece("H. Pipe Size (Inches)", kind="heading", level=2),
        Piece("P. Tax Receipt", kind="heading", level=2),
    ]
    assert "Appendix: Figures" in _heads(_unnumbered_between(pieces))


def test_an_appendix_heading_over_a_charts_fragments_stays_a_section():
    pieces = [
        Piece("Findings", kind="heading", level=1),
        Piece(LONG),
        Piece("Appendix: Figures", kind="heading", level=1),
        *(Piece(t) for t in ("Landmark (if any)", "Ward No", "Zone No", "Owner Name")),
        Piece("Figure 1: Grant data use by district"),
    ]
    doc = assemble(pieces, metadata={}, name="brief.pdf", source_format="pdf")
    headings = [s.heading for s in analyze(doc).sections if s.heading]
    assert "Appendix: Figures" in headings


def test_bold_numbered_names_over_their_own_bullets_under_a_markdown_heading_are_its_parts():
    text = (
        f"# Harbour plan\n\n{LONG}\n\n## What the board should do\n\n"
        "1. **Rebuild the old quay**\n   - Start before the autumn storms.\n"
        "   - Keep one berth open.\n\n"
        "2. **Publish the ferry timetable**\n   - Print it at every stop.\n\n"
        f"## Costs\n\n{LONG}\n"
    )
    levels = {s.heading: s.level for s in analyze_text(text, suffix=".md").sections}
    part = levels["What the board should do"] + 1
    assert levels["1. Rebuild the old quay"] == levels["2. Publish the ferry timetable"] == part


def test_bold_numbered_names_after_a_paragraph_stay_a_list_in_markdown():
    text = (
        f"## Steps\n\n{LONG}\n\n1. **Rebuild the old quay**\n   - Start before the storms.\n\n"
        "2. **Publish the ferry timetable**\n   - Print it at every stop.\n"
    )
    blocks = analyze_text(text, suffix=".md").source.blocks
    assert [b.text for b in blocks if b.kind == "heading"] == ["Steps"]


def _placed(*words: tuple[str, bool]) -> list[dict]:
    font = {True: "ABCDEF+Serif-Bold", False: "ABCDEF+Serif-Regular"}
    return [
        {"text": t, "x0": 60 + 80 * k, "x1": 60 + 80 * k + 6 * len(t), "fontname": font[b]}
        | {"size": 9.0}
        for k, (t, b) in enumerate(words)
    ]


def test_a_counted_bold_lead_is_a_run_in_head_with_its_number():
    """ "2. Review grant provision in the two coastal districts" in bold, then the roman text:
    the count is no word of the head and no lower-case opening."""
    bold = [
        (w, True)
        for w in ["2.", "Review", "grant", "provision", "in", "the", "two", "coastal", "districts"]
    ]
    words = [*bold, ("The", False), ("board", False), ("found", False)]
    lead = _run_in_lead(_placed(*words), [b for _, b in words])
    assert lead == "2. Review grant provision in the two coastal districts"


def test_counted_run_in_heads_of_numbered_paragraphs_are_headings_whatever_their_number():
    """Three numbered paragraphs led by bold heads under "Advice", with two headings set apart:
    the counted heads are an outline of their own, not bold leads outnumbering the headings."""
    lines, top = [], 60.0
    for text, bold, lead in (
        ("Findings", True, ""),
        (f"{_PROSE}.", False, ""),
        ("Advice", True, ""),
        ("1. Fund the shelters The board found that most districts", False, "1. Fund the shelters"),
        ("2. Train volunteers The board found that most districts", False, "2. Train volunteers"),
        ("3. Publish the plan The board found that most districts", False, "3. Publish the plan"),
    ):
        lines.append(
            replace(pdf_line(text, top, x1=520 if not bold else 150, bold=bold), lead=lead)
        )
        top += 24
    heads = [p.text for p in to_pieces(order_lines(lines)) if p.kind == "heading"]
    assert heads == [
        "Findings",
        "Advice",
        "1. Fund the shelters",
        "2. Train volunteers",
        "3. Publish the plan",
    ]


def test_bold_parts_between_counted_bold_steps_nest_under_their_step():
    blocks = parse_docx(_steps_docx(references=False), name="steps.docx").blocks
    levels = {b.text: b.level for b in blocks if b.kind == "heading"}
    step = levels["Step 3: The Options"]
    assert levels["Step 1: The Question"] == levels["Step 4: Measures"] == step
    assert levels["Keep Things As They Are"] == levels["Pay Grants Monthly"] == step + 1


def test_a_bold_line_in_the_capitals_of_the_styled_headings_is_one_of_them():
    d = docx.Document()
    d.add_heading("HARBOUR BOARD PLAN", level=3)
    d.add_paragraph(PROSE)
    _bold(d, "KEY FINDINGS:")
    d.add_paragraph(PROSE)
    for head in ("CONTEXT:", "METHOD:", "RESULTS:", "LESSONS"):
        d.add_heading(head, level=3)
        d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    blocks = parse_docx(out.getvalue(), name="brief.docx").blocks
    levels = {b.text: b.level for b in blocks if b.kind == "heading"}
    assert levels["KEY FINDINGS:"] == levels["CONTEXT:"]


def test_a_long_bold_question_counted_by_name_is_a_subhead():
    d = docx.Document()
    d.add_paragraph(PROSE)
    for n in (1, 2):
        _bold(
            d,
            f"Question ({n}) – Estimate of the yearly cost of the grants to the town from 2026 "
            "to 2030, assuming the grant stays at its 2025 level",
        )
        d.add_paragraph(PROSE)
    _bold(
        d, "We think the town should keep paying the grants to every household that asks for them"
    )
    d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    heads = [
        b.text for b in parse_docx(out.getvalue(), name="memo.docx").blocks if b.kind == "heading"
    ]
    assert [h[:12] for h in heads] == ["Question (1)", "Question (2)"]
