"""File properties (DOCX core properties, PDF info) are trusted only where the page says nothing better."""

from __future__ import annotations

import pytest

from briefing_app.ingest.assemble import Piece, assemble
from briefing_app.ingest.docmeta import choose_metadata

BODY = [Piece("A paragraph of body text."), Piece("Another paragraph.")]


@pytest.mark.parametrize(
    "title",
    ["Microsoft Word - draft3.docx", "(anonymous)", "Untitled", "Document1", "report_v2.pdf", ""],
)
def test_tool_default_titles_are_ignored(title):
    assert "title" not in choose_metadata(BODY, title=title, author="")


def test_a_real_title_is_used_when_the_page_shows_none():
    meta = choose_metadata(BODY, title="Energy Outlook 2030", author="")
    assert meta == {"title": "Energy Outlook 2030"}


def test_a_visible_title_heading_wins_over_the_file_title():
    pieces = [Piece("Real Title", kind="heading", level=1), *BODY]
    assert "title" not in choose_metadata(pieces, title="Old template title", author="")


@pytest.mark.parametrize(
    "author", ["jsmith", "Administrator", "Microsoft Office User", "python-docx"]
)
def test_login_and_placeholder_authors_are_ignored(author):
    assert "author" not in choose_metadata(BODY, title="", author=author)


def test_a_visible_byline_and_dateline_win_over_file_properties():
    pieces = [Piece("by Ana Petrosyan"), Piece("5 November 2023"), *BODY]
    meta = choose_metadata(pieces, title="", author="Office Clerk")
    assert meta == {}


def test_the_file_author_is_used_when_the_page_has_none_and_no_file_date_ever():
    meta = choose_metadata(BODY, title="", author="Lena Fischer")
    assert meta == {"author": "Lena Fischer"}


def test_assembled_offsets_point_at_each_block_and_controls_are_dropped():
    doc = assemble(
        [Piece("Title\x00", kind="heading", level=1), Piece("  spaced   out  "), Piece("   ")],
        metadata={"title": "T\x07"},
        name="x",
        source_format="pdf",
    )
    assert doc.text == "Title\n\nspaced out"
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Title", "spaced out"]
    assert doc.metadata == {"title": "T"}
