"""A text file's declared title printed again under its header lines is the title, no section."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text

_FRONT = '---\ntitle: "Are harbour tolls fair? Ask the ferry crews"\ndate: "2019-03-02"\n---\n\n'


def test_the_declared_title_printed_in_capitals_under_the_header_lines_heads_no_section():
    text = (
        f"{_FRONT}JO HALVORSEN MP\n\nMINISTER FOR HARBOURS\n\n2 March 2019\n\n"
        f"ARE HARBOUR TOLLS FAIR? ASK THE FERRY CREWS\n\n{BODY}\n\n{BODY}\n"
    )
    article = analyze_text(text, ".txt")
    assert article.title == "Are harbour tolls fair? Ask the ferry crews"
    assert [s.heading for s in article.sections] == [None]
