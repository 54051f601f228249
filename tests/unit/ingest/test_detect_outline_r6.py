"""Outline and title rules found on the sixth and seventh held-out sets, one small input per rule.

A site generator's title slot as the page's first heading, a share title shortened from the
printed headline.
"""

from __future__ import annotations

import time

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.html import parse_html
from briefing_app.ingest.markdown import parse_markdown
from tests.unit.ingest.builders import BODY

LONG = BODY + " " + BODY


def outline(article) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in article.sections if s.heading]


def test_a_template_expression_heading_is_the_declared_titles_slot():
    for slot in ("<%= current_page.data.title %>", "{{ page.title }}", "{% title %}"):
        text = (
            f"---\ntitle: Working in pairs\n---\n# {slot}\n\n{LONG}\n\n## Why pair\n\n{LONG}\n\n"
            f"### Take breaks\n\n{LONG}\n\n## Further steps\n\n{LONG}\n"
        )
        article = analyze(parse_markdown(text, name="p.md"))
        assert article.title == "Working in pairs"
        assert outline(article) == [("Why pair", 1), ("Take breaks", 2), ("Further steps", 1)]


def test_a_heading_mentioning_a_template_is_still_a_heading():
    text = (
        f"---\ntitle: Templates\n---\n# Using {{{{ page.title }}}} in layouts\n\n{LONG}\n\n"
        f"## Why\n\n{LONG}\n"
    )
    found = outline(analyze(parse_markdown(text, name="t.md")))
    assert ("Using {{ page.title }} in layouts", 1) in found


def _page(body: str, *, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}"
        f"</head><body><article>{body}</article></body></html>"
    )


def test_a_share_title_shortened_from_the_printed_headline_gives_way_to_it():
    html = _page(
        f"<h1>15 Helpful Tips to Overcome Binge Eating</h1><p>{LONG}</p>"
        f"<h2>Ditch the diet</h2><p>{LONG}</p><h2>Avoid skipping meals</h2><p>{LONG}</p>",
        title="15 Helpful Tips to Overcome Binge Eating",
        head='<meta property="og:title" content="15 Tips to Overcome Binge Eating">',
    )
    article = analyze(parse_html(html, name="h.html"))
    assert article.title == "15 Helpful Tips to Overcome Binge Eating"


def test_a_headline_that_rewrites_the_title_ends_is_not_taken_as_its_long_form():
    from briefing_app.ingest.html import _abridged

    assert _abridged("Guide to tariffs and international trade", "Guide to tariffs and trade")
    assert not _abridged("Letters: Guide to tariffs and trade", "Guide to tariffs and trade")
    assert not _abridged("Guide to tariffs and trade in 2019", "Guide to tariffs and trade")
    assert not _abridged(
        "Guide to a very long and winding history of tariffs and trade", "Guide to trade"
    )


def test_the_template_and_shortened_title_rules_take_linear_time():
    from briefing_app.ingest.html import _abridged

    for n in (2_000, 8_000):
        words = " ".join(f"w{i}" for i in range(n))
        start = time.process_time()
        _abridged(words + " extra last", words + " last")
        analyze(
            parse_markdown("---\ntitle: T\n---\n# {{ " + "x " * n + "}}\n\n" + LONG, name="x.md")
        )
        spent = time.process_time() - start
        assert spent < 2.0
