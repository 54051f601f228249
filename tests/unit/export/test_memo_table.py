"""A source table prints as a grid in the memo's annex: header row, wrapped cells, split across
pages with the header repeated, right-to-left and CJK cells set like any memo text."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pypdf
from reportlab.platypus import Table

from briefing_app.export.memo.blocks import annex_block
from briefing_app.export.memo.plan import build_plan
from briefing_app.export.memo.style import Context
from briefing_app.export.memo.writer import load_memo_template, render_memo
from tests.conftest import table_briefing

DAY = dt.date(2024, 5, 1)


def test_a_table_paragraph_keeps_its_rows_in_the_plan():
    plan = build_plan(table_briefing(2), today=DAY)
    budgets = next(i for i in plan.annex if i.title == "Budgets")
    assert [bool(t) for t in budgets.tables] == [False, True, False]
    assert budgets.tables[1][0] == ("Country", "Water budget", "Growth")
    assert budgets.tables[1][2] == ("Region 2", "$2.5 billion", "7.6%")


def test_the_annex_sets_the_table_as_a_grid_with_a_repeated_header():
    briefing = table_briefing(3)
    tpl = load_memo_template(None)
    ctx = Context(build_plan(briefing, today=DAY), tpl, width=450)
    tables = [f for f in annex_block(ctx) if isinstance(f, Table)]
    assert len(tables) == 1
    assert (tables[0]._nrows, tables[0]._ncols, tables[0].repeatRows) == (4, 3, 1)


def test_a_long_table_splits_across_pages_with_its_header_on_each():
    pdf = render_memo(table_briefing(120), today=DAY).pdf
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    with_rows = [t for t in pages if "Region " in t]
    assert len(with_rows) >= 3
    assert all("Water budget" in t for t in with_rows)
    text = "\n".join(pages)
    assert all(f"Region {n}\n" in text or f"Region {n} " in text for n in (1, 60, 120))


def test_right_to_left_and_cjk_cells_are_printed():
    pdf = render_memo(table_briefing(2, cell="ماء ٣٫٢ 水资源"), today=DAY).pdf
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    # -- Arabic is printed shaped (joined presentation forms): NFKC reads them back as letters --
    assert "水资源" in text and "ماء" in unicodedata.normalize("NFKC", text)
