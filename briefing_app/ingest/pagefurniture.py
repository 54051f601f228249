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
# -- linked headlines in the box under a heading that make it a list of other stories
_LISTED = 2
# -- characters: a box of bare links this long at most (a tag cloud, a row of links)
_LINKS_TEXT = 400
_OWN_WORDS = 12  # -- a list's label may have a line of its own ("Updated hourly"), no more


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
    heads = [(head, key(head.text_content())) for head in root.iter(*_HEADINGS)]
    linked = {head for head, text in heads if text and _teaser(head)}
    for head, text in heads:
        if not text:
            continue
        boxed = _form_label(head) or _list_label(head, linked) or _links_label(head)
        (forms if boxed else teasers if head in linked else plain).add(text)
    return frozenset(teasers - plain), frozenset(forms - plain)


def _list_label(head, linked: set) -> bool:
    """The heading names a box of other stories: two or more linked headlines under it, only those.

    "À la une de …", "Most read": the label is no link itself, but the box it
    heads (the nearest block holding more than the heading) lists headlines
    that are links to other pages, and nothing else of note comes between
    the label and the first of them. An article's headings head their text,
    even where the block holding them also holds a teaser box.
    """
    if head in linked:
        return False
    text = len(head.text_content().strip())
    box = head.getparent()
    while box is not None and len(box.text_content().strip()) <= text + 2:
        box = box.getparent()
    if box is None:
        return False
    others = [other for other in box.iter(*_HEADINGS) if other is not head]
    if len(others) < _LISTED or not all(other in linked for other in others):
        return False
    words = 0  # -- text of the heading's own between it and the first headline it lists
    for text in head.xpath("following::text()"):
        parent = text.getparent()
        if parent is others[0] or others[0] in parent.iterancestors():
            return True
        words += len(text.split())
        if words > _OWN_WORDS:
            return False
    return True


def box_lines(root: Any | None) -> dict[str, int]:
    """Keys of the lines of short boxes that hold form controls, with each box's length.

    An error-report box ("Found a mistake?" over "select the text and press
    Ctrl+Enter", a button), a newsletter sign-up, a dialog's "No thanks"
    button: the widest block around a control that is still short
    (``_BOX_TEXT``) is the box, and every line in it is the page's, not the
    article's. The length lets the caller keep a box as long as the article
    it was extracted from (a brief news item with a share button in it).
    """
    found: dict[str, int] = {}
    if root is None:
        return found
    lengths: dict[Any, int] = {}  # -- a page's controls share their ancestors: measure each once

    def length(element) -> int:
        if element not in lengths:
            lengths[element] = len(" ".join(element.text_content().split()))
        return lengths[element]

    boxes = set()
    for control in root.iter(*_CONTROLS):
        if control.get("aria-expanded") is not None or control.get("aria-controls") is not None:
            continue  # -- a disclosure button opens the article's own text (an FAQ's answer)
        box = control
        while (parent := box.getparent()) is not None and length(parent) <= _BOX_TEXT:
            box = parent
        if box in boxes:
            continue
        boxes.add(box)
        size = length(box)
        for element in box.iter():
            if isinstance(element.tag, str) and (text := key(element.text_content())):
                found[text] = max(found.get(text, 0), size)
    return found


def _links_label(head) -> bool:
    """The heading names a box of bare links: a tag cloud, a row of links to other pages.

    "Related keywords", "Topics" over search links: every word in the box the
    heading heads (the nearest block holding more than the heading) other than
    the heading's own is a link's to another page, and there are at least
    ``_LISTED`` of them. An article's heading heads text of its own.
    """
    if next(head.iterancestors("a"), None) is not None:
        return False
    size = _chars(head)
    box = head.getparent()
    while box is not None and _chars(box) <= size + 2:
        box = box.getparent()
    if box is None or _chars(box) > _LINKS_TEXT:
        return False
    links = [a for a in box.iter("a") if not (a.get("href") or "#").startswith("#")]
    if len(links) < _LISTED:
        return False
    return sum(_chars(a) for a in links) >= 0.9 * (_chars(box) - size)


def _chars(element) -> int:
    """Characters of an element's text, spaces and line breaks of the markup not counted."""
    return len("".join(element.text_content().split()))


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
