"""Heading detection, issue 14 (heldout19 round): section names counted "1.", "2." … in a
Markdown file that has no Markdown headings."""

from __future__ import annotations

from briefing_app.ingest.markdown import parse_markdown

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
