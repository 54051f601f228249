"""An essay set with <br><br> in one block, bold lines as its subheads (issue 14, heldout14)."""

from __future__ import annotations

from briefing_app.ingest.html import parse_html

PROSE = (
    "The harbour was busy long before the railway came, and the old warehouses along the quay "
    "still show how much grain and timber passed through it every week in the busy season."
)


def _page(cell: str) -> str:
    return (
        "<html><head><title>A walk by the river</title></head><body>"
        '<table><tr><td width="120"><a href="/">Home</a></td><td width="455">'
        f"<p>{cell}</p></td></tr></table></body></html>"
    )


def test_bold_lines_between_line_breaks_are_subheads_of_paragraphs():
    cell = (
        f"May 2011<br><br>{PROSE}<br><br><b>1. The Quay</b><br><br>{PROSE}"
        f"<br><br><b>2. The Mill</b><br><br>{PROSE}"
    )
    blocks = [(b.kind, b.text) for b in parse_html(_page(cell), name="walk.html").blocks]
    assert blocks == [
        ("paragraph", "May 2011"),
        ("paragraph", PROSE),
        ("heading", "1. The Quay"),
        ("paragraph", PROSE),
        ("heading", "2. The Mill"),
        ("paragraph", PROSE),
    ]


def test_a_bold_label_over_short_lines_stays_one_block():
    cell = "<b>Related</b><br>Harbour news<br><b>More</b><br>Mill news"
    html = _page(cell).replace("<p>", f"<p>{PROSE}</p><p>{PROSE}</p><p>", 1)
    kinds = [b.kind for b in parse_html(html, name="walk.html").blocks]
    assert "heading" not in kinds
