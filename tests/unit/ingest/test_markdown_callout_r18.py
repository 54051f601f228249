"""A Markdown quote that opens with a callout label is the author's note (issue 14, r18)."""

from __future__ import annotations

from briefing_app.ingest.markdown import parse_markdown


def test_a_markdown_callout_is_the_authors_paragraph_and_a_plain_quote_stays_a_quote():
    doc = parse_markdown(
        "# Setup guide\n\nThis guide explains the setup.\n\n"
        "> **Note:** You need to make sure you're running TruffleHog v3.  \n"
        "> Older versions will not work with the hook.\n\n"
        "> [!TIP]\n> Run the scan before you push.\n\n"
        "> **Warning**\n> Keep the token out of the repository.\n\n"
        "> The best code is no code at all, a colleague once said.\n\n"
        "> Notes from the field are many.\n"
    )
    kinds = {b.text: b.kind for b in doc.blocks}
    assert (
        kinds[
            "Note: You need to make sure you're running TruffleHog v3. "
            "Older versions will not work with the hook."
        ]
        == "paragraph"
    )
    assert kinds["Run the scan before you push."] == "paragraph"
    assert kinds["Warning Keep the token out of the repository."] == "paragraph"
    assert kinds["The best code is no code at all, a colleague once said."] == "quote"
    assert kinds["Notes from the field are many."] == "quote"


def test_a_quote_nested_in_a_callout_is_still_a_quote():
    doc = parse_markdown("Intro.\n\n> Note: check the version.\n>\n> > quoted words here\n")
    kinds = {b.text: (b.kind, b.level) for b in doc.blocks}
    assert kinds["Note: check the version."] == ("paragraph", 0)
    assert kinds["quoted words here"] == ("quote", 0)
