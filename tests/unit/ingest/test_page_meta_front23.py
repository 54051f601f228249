"""Authors a saved page declares or prints (issue 14, helper front23).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.ingest.pagemeta import guessed_name, read_page_meta
from tests.unit.ingest.builders import BODY


def _page(declared: str, printed: str, site: str = "Harbour Post") -> str:
    return (
        f'<html><head><title>Ferry tolls</title><meta name="author" content="{declared}">'
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f'<header><a href="/">{site}</a></header>'
        f"<article><h1>Ferry tolls</h1><p>{printed}</p><p>{BODY}</p></article></body></html>"
    )


def test_a_writers_own_site_named_after_them_keeps_its_author():
    html = _page("Mira Halvorsen", BODY, site="Mira Halvorsen")
    assert read_page_meta(html).author == "Mira Halvorsen"
    # -- guard: a site's name filling the author field of a body's site names no one
    html = _page("Harbour Post", BODY, site="Harbour Post")
    assert read_page_meta(html).author is None


def test_a_byline_meta_and_a_byline_marked_by_id_are_the_writers():
    html = (
        '<html><head><title>Ferry tolls</title><meta name="byline" content="Mira Halvorsen">'
        '</head><body><table id="sidebar-layout"><tr><td><h1>Ferry tolls</h1>'
        f'<p id="byline">Mira Halvorsen</p><p>{BODY}</p></td></tr></table></body></html>'
    )
    assert read_page_meta(html).author == "Mira Halvorsen"


def test_a_quotations_attribution_is_no_guessed_author():
    assert guessed_name("— Principles of Economics") == ""
    assert guessed_name("By Mira Halvorsen") == "Mira Halvorsen"  # -- guard
