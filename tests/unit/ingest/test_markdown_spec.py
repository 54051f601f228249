"""The CommonMark spec's own examples, read through `inspect`'s structure, not HTML rendering.

For each example the spec's expected HTML says what a reader sees: headings
(and their level), quoted text, code, list items and paragraphs. The blocks
our Markdown reader derives must say the same, in the same order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from briefing_app.ingest.markdown import parse_markdown

EXAMPLES = json.loads(
    (Path(__file__).parent / "data" / "commonmark_spec_0.31.2.json").read_text("utf-8")
)
_HEADINGS = {f"h{n}" for n in range(1, 7)}


def _seen(html: str) -> list[tuple[str, int, str]]:
    """(kind, heading level, words) of each text unit the spec's HTML shows, in order."""
    if not html.strip():
        return []
    root = lxml_html.fromstring(f"<div>{html}</div>")
    units: list[tuple[str, int, str]] = []

    def words(el) -> str:
        return " ".join("".join(el.itertext()).split())

    def walk(children, context: str) -> None:
        for child in children:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "blockquote":
                walk(child, "quote")
            elif tag in ("ul", "ol"):
                walk(child, context if context == "quote" else "list_item")
            elif tag == "li":
                parts = [words(c) for c in child if c.tag == "p" or c.tag in _HEADINGS]
                own = " ".join([child.text or "", *parts]).split()
                if own:
                    units.append((context if context == "quote" else "list_item", 0, " ".join(own)))
                walk([c for c in child if c.tag in ("ul", "ol", "blockquote", "pre")], context)
            elif tag == "pre":
                units.append(("code", 0, " ".join(child.text_content().split())))
            elif tag in _HEADINGS:
                kind = "quote" if context == "quote" else "heading"
                units.append((kind, int(tag[1]) if kind == "heading" else 0, words(child)))
            elif tag == "p" and words(child):
                units.append((context or "paragraph", 0, words(child)))

    walk(root, "")
    return [u for u in units if u[2]]  # -- an empty heading or code block is nothing to read


def _derived(markdown: str) -> list[tuple[str, int, str]]:
    doc = parse_markdown(markdown, name="spec.md")
    return [
        (b.kind, b.level if b.kind == "heading" else 0, " ".join(b.text.split()))
        for b in doc.blocks
        if b.kind != "html" and b.text.strip()
    ]


def _front_matter(example: dict) -> bool:
    """Our one extension that changes block structure: a leading `---` block is front matter."""
    return example["markdown"].startswith("---\n")


def _raw_html(example: dict) -> bool:
    """Examples whose output holds raw HTML passed through: the spec renders it, we keep it aside."""
    return example["section"] in ("HTML blocks",) or "<!--" in example["html"]


@pytest.mark.parametrize(
    "example",
    [e for e in EXAMPLES if not _raw_html(e) and not _front_matter(e)],
    ids=lambda e: f"{e['example']}-{e['section'].replace(' ', '_')}",
)
def test_structure_matches_the_spec(example):
    assert _derived(example["markdown"]) == _seen(example["html"]), example["markdown"]


@pytest.mark.parametrize(
    "example",
    [e for e in EXAMPLES if _raw_html(e)],
    ids=lambda e: f"{e['example']}-{e['section'].replace(' ', '_')}",
)
def test_text_inside_raw_html_is_never_a_heading(example):
    """A `## x` or `# x` inside an HTML block stays raw HTML: only the spec's own headings are ours."""
    seen = [u for u in _seen(example["html"]) if u[0] == "heading"]
    derived = [u for u in _derived(example["markdown"]) if u[0] == "heading"]
    assert all(h in seen for h in derived), example["markdown"]
