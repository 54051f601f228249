"""Outline rules of round 15 (issue 14), each on made-up text."""

from __future__ import annotations

from briefing_app.ingest.pagefurniture import furniture_headings
from briefing_app.ingest.pagemeta import parse_page

PROSE = "The council met on Tuesday and agreed the budget after a long debate. " * 4


def test_a_heading_over_a_box_of_bare_links_is_furniture():
    page = parse_page(
        "<html><body><article>"
        f"<h1>Budget agreed</h1><p>{PROSE}</p>"
        f"<h3>Funding</h3><p>{PROSE}</p>"
        "<div class='block'><h3><span>Tags</span></h3><div><ul><li>"
        "<a href='/search?q=a'><span>Council</span></a><a href='/search?q=b'>Budget</a>"
        "<a href='/search?q=c'>Harbour</a></li></ul></div></div>"
        "</article></body></html>"
    )
    teasers, forms = furniture_headings(page)
    assert "tags" in teasers | forms
    assert not {"funding", "budget agreed"} & (teasers | forms)


def test_a_heading_over_text_with_a_link_in_it_is_the_article_s():
    page = parse_page(
        "<html><body><article>"
        f"<h1>Budget agreed</h1><p>{PROSE}</p>"
        "<div><h3>Sources</h3><p>See the <a href='/a'>minutes</a> and the"
        " <a href='/b'>report</a> of the finance committee for the figures.</p></div>"
        "</article></body></html>"
    )
    teasers, forms = furniture_headings(page)
    assert "sources" not in teasers | forms
