"""Titles and authors in shapes a scratch sample of unseen documents showed (issue 14, round 19).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.pagemeta import read_page_meta
from tests.unit.ingest.builders import analyze_text

PLAIN = (
    "The harbour received 200 crates of spare parts in January, carried by three ferries over"
    " two days, and the council met twice to review the tolls charged on each crossing."
)
BODY = "<p>Some article text that is long enough to be a paragraph of the story itself.</p>"


def page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>T</title>{head}</head><body>{body}</body></html>"


def test_a_name_with_its_address_in_brackets_is_the_name():
    for field in ("Jo Li (https://jo-li.example.org/)", "Jo Li <jo@li.example.org>"):
        meta = read_page_meta(page(f'<meta name="author" content="{field}">', BODY))
        assert meta.author == "Jo Li"
    # -- guard: a bare profile address is still no author
    meta = read_page_meta(page('<meta name="author" content="https://jo-li.example.org/">', BODY))
    assert meta.author is None


def test_a_signature_in_the_articles_own_footer_names_the_writer():
    article = (
        "<article><h1>Harbour tolls explained</h1>"
        f"<div>{BODY}{BODY}</div>"
        "<footer><div><p>Posted by Jo Li.</p></div></footer></article>"
    )
    meta = read_page_meta(page(body=article + "<footer><p>Site by Ana Ruiz</p></footer>"))
    assert meta.author == "Jo Li"
    # -- guard: the page's own footer is chrome, and so is a teaser's footer (no headline)
    chrome = (
        f"<article><h1>Harbour tolls</h1>{BODY}</article><footer><p>Posted by Jo Li.</p></footer>"
    )
    assert read_page_meta(page(body=chrome)).author is None
    teaser = (
        f"<article><h2>Other story</h2>{BODY}<footer><p>Posted by Jo Li.</p></footer></article>"
    )
    assert read_page_meta(page(body=f"<h1>Harbour tolls</h1>{BODY}{teaser}")).author is None


def test_a_typesetters_file_name_is_no_title():
    for name in ("p020-dutot.dvi", "harbour-paper.tex", "tolls.ps"):
        assert "title" not in choose_metadata([], title=name, author="")
    # -- guard: a title the author set stays
    meta = choose_metadata([], title="Harbour Tolls and Ferry Links", author="")
    assert meta["title"] == "Harbour Tolls and Ferry Links"


def test_a_letter_is_dated_by_its_first_line_and_signed_under_its_close():
    text = (
        "May 5, 2023\n\nTo Whom it May Concern:\n\n"
        "The harbour received 200 crates of spare parts on January 23, 2023, carried by three "
        "ferries over two days. Best Regards,\n\nMallori\n"
    )
    article = analyze_text(text)
    assert article.title_source == "file"  # -- a date names no subject: no title is printed
    assert article.date == "2023-05-05"
    assert article.author == "Mallori"
    # -- guard: a dated line over a headline, with no salutation, is not read as a letter;
    # -- a last line after text that closes with no complimentary close signs nothing
    text = f"May 5, 2023\n\nHarbour Tolls Rise Again\n\n{PLAIN}\n"
    assert analyze_text(text).title_source != "file"
    article = analyze_text(f"# Harbour Tolls Rise Again\n\n{PLAIN}\n\nMallori\n", suffix=".md")
    assert article.author != "Mallori"
