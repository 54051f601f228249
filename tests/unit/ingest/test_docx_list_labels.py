"""A bold "Label:" over a bulleted list is the list's lead-in, not a subhead (issue 14, heldout14)."""

from __future__ import annotations

import io

import docx

from briefing_app.ingest.docx import parse_docx

PROSE = "The survey covered every district and found the same pattern in each of them this year."


def _brief() -> bytes:
    d = docx.Document()
    d.add_heading("Findings", level=1)
    d.add_paragraph(PROSE)
    for head in ("A. Rural Districts", "B. Urban Districts"):
        d.add_paragraph().add_run(head).bold = True
        d.add_paragraph().add_run("Sources:").bold = True
        d.add_paragraph("Household survey", style="List Bullet")
        d.add_paragraph().add_run("Insights:").bold = True
        d.add_paragraph("Incomes rose faster than rents.", style="List Bullet")
        d.add_paragraph(PROSE)
    d.add_paragraph().add_run("Findings for the Contract:").bold = True
    d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_labels_announcing_lists_are_text_and_the_subheads_above_them_headings():
    blocks = parse_docx(_brief(), name="brief.docx").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == [
        "Findings",
        "A. Rural Districts",
        "B. Urban Districts",
        "Findings for the Contract:",
    ]
    assert [b.kind for b in blocks if b.text == "Insights:"] == ["paragraph", "paragraph"]
