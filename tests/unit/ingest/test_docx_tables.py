"""Word tables are read as table blocks (rows and cells), like Markdown and HTML tables; a
one-column or essay-holding layout table stays paragraphs."""

from __future__ import annotations

import io

import docx

from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest.builders import built_docx


def _docx(*tables: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_heading("Water budgets", 1)
    document.add_paragraph("The governments spend very different sums on water each year.")
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_table_is_a_table_block_with_its_cells():
    rows = [
        ("Country", "Budget", "Growth"),
        ("Armenia", "$12.6 billion", "7.6%"),
        ("Georgia", "", "5.5%"),
    ]
    (table,) = [b for b in parse_docx(_docx(rows), name="t.docx").blocks if b.kind == "table"]
    assert table.rows == tuple(rows)
    assert table.text.startswith("Armenia — Budget: $12.6 billion; Growth: 7.6%.")


def test_layout_tables_stay_paragraphs():
    essay = "Running text of the article. " * 20
    doc = parse_docx(_docx([("Boxed note",)], [("A", essay), ("B", "short")]), name="t.docx")
    assert [b.kind for b in doc.blocks] == [
        "heading",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
    ]
    assert doc.blocks[2].text == "Boxed note"


def test_a_header_merged_across_columns_leaves_longer_body_rows_readable():
    """A real form's header cell spans two columns, so its body rows have more cells than
    the header; the reader used to refuse such a file as damaged."""
    rows = [("Item", "Answer", ""), ("Ethics approval", "Yes", "2019")]

    def build(document):
        table = document.add_table(rows=2, cols=3)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        table.cell(0, 1).merge(table.cell(0, 2))

    (block,) = [b for b in parse_docx(built_docx(build), name="t.docx").blocks if b.kind == "table"]
    assert [len(r) for r in block.rows] == [2, 3]
    assert block.text == "Ethics approval — Answer: Yes; 2019."
