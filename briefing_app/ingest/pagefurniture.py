"""Headings a saved page prints around its article: teasers to other pages, labels of forms.

The article extractor keeps some of a page's furniture as headings: a list of
other stories ("Editor's Pick" over linked headlines with their dates), a
paywall or sign-up box ("Pour lire la suite … créez votre compte", an offer
"1€ le 1er mois"). What marks them is the markup, in any language: a
teaser's heading is a link to another page, and a box's label sits in a
small block that holds form controls. The article's own headings are neither.
"""

from __future__ import annotations

from typing import Any

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CONTROLS = ("input", "button", "select", "textarea")
# -- characters: a block this short around a heading and a form control is a box, not the article
_BOX_TEXT = 600


def key(text: str) -> str:
    """A heading's text as compared across the page and the extractor's output."""
    return " ".join(text.casefold().split()).strip(" .:;,")


def furniture_headings(root: Any | None) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of headings that only ever appear as teaser links, and as form boxes' labels.

    ``root`` is the page as ``pagemeta.parse_page`` reads it (None: nothing found).
    A heading text the page also sets as a plain heading (an article's title
    linked in a "related" list) is neither.
    """
    if root is None:
        return frozenset(), frozenset()
    teasers: set[str] = set()
    forms: set[str] = set()
    plain: set[str] = set()
    for head in root.iter(*_HEADINGS):
        text = key(head.text_content())
        if not text:
            continue
        (forms if _form_label(head) else teasers if _teaser(head) else plain).add(text)
    return frozenset(teasers - plain), frozenset(forms - plain)


def _teaser(head) -> bool:
    """The heading's words are all a link's to another page (not an anchor "#…" of its own)."""
    links = [a for a in head.iter("a") if a.get("href")]
    outer = next((a for a in head.iterancestors("a") if a.get("href")), None)
    if outer is not None:
        links = [outer]
    if not links:
        return False
    if any((a.get("href") or "").startswith("#") for a in links):
        return False
    linked = sum(len(a.text_content().strip()) for a in links)
    return linked >= 0.9 * len(head.text_content().strip())


def _form_label(head) -> bool:
    """The heading's parent is a short block holding form controls: a sign-in or paywall box."""
    parent = head.getparent()
    if parent is None or len(" ".join(parent.text_content().split())) > _BOX_TEXT:
        return False
    return next(parent.iter(*_CONTROLS), None) is not None
