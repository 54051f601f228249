"""reportlab paragraph fragments for the memo's own markup, made without reportlab's parser.

Every memo paragraph reaches reportlab as markup from :meth:`FontChain.markup`
and :meth:`Context.m`: escaped text, ``<font name="…">`` runs for faces other
than the style's, ``<font color="…">`` around a muted reference. reportlab
runs an HTML parser over each paragraph to turn it into fragments, a fifth of
a long memo's time. That parser makes one fragment per piece of text (a run
between tags, or one entity) that differs from its neighbours only in its
text and the attributes of the tags open around it; so the fragment for each
set of open tags is parsed once per style, then copied with each piece's text.

Anything else (``<bullet>``, ``<para …>``, other tags or entities) goes to the
parser: :func:`fragments` answers None. The fragments, and so the PDF, are the
parser's own (tests/unit/export/test_memo_frags.py).

Before parsing, reportlab cleans the text (``cleanBlockQuotedText``: split
into lines, each split into words and joined again), ~3% of a memo although
the memo's text is already clean; :func:`cleaned` hands back text that
cleaning would not change without cleaning it.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

# -- one token: an opening font tag (name or colour), a closing one, an entity, or text --
_TOKEN = re.compile(r'<font (name|color)="([^"<>&]*)">|(</font>)|&(amp|lt|gt);|([^<>&]+)')
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
# -- what reportlab's cleaning would change: whitespace other than a single inner space (the
# -- no-break space it keeps), the zero-width space it also counts as one; two spaces running
# -- and a space at either end are tested apart. One class of the characters themselves (every
# -- str.isspace() character but the space and the no-break space, which is what \s matches,
# -- and U+200B): the alternation it replaces was tried at every character, 2.5x slower --
_UNCLEAN_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b"
)
_UNCLEAN = re.compile(f"[{_UNCLEAN_SPACES}]")

Stack = tuple[tuple[str, str], ...]  # -- the font tags open around a piece: (attribute, value) --

# -- per style, per stack of open tags: the fragment the parser makes for a piece of text --
_TEMPLATES: weakref.WeakKeyDictionary[ParagraphStyle, dict[Stack, Any]] = (
    weakref.WeakKeyDictionary()
)


def fragments(text: str | None, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """(the text reportlab keeps, the fragments its parser would make of ``text``), or None
    to leave ``text`` to the parser.

    ``text`` is cleaned as reportlab cleans it before parsing (lines stripped,
    spaces run together); the cleaned text is what a Paragraph keeps as its text.
    """
    if not text:
        return None
    clean = cleaned(text)
    if not clean:
        return None
    pieces = _pieces(clean)
    if pieces is None:
        return None
    templates = _TEMPLATES.get(style)
    if templates is None:
        templates = _TEMPLATES[style] = {}
    # -- the parser's fragments share one link list and one underline list: so do these --
    link: list[Any] = []
    us_lines: list[Any] = []
    frags = []
    for stack, piece in pieces:
        template = templates.get(stack)
        if template is None:
            template = _template(stack, style)
            if template is None:
                return None
            templates[stack] = template
        frags.append(template.clone(text=piece, link=link, us_lines=us_lines))
    textTransformFrags(frags, style)
    return clean, frags


def cleaned(text: str) -> str:
    """reportlab's ``cleanBlockQuotedText(text)``, without its work when it would change nothing."""
    if "  " not in text and _UNCLEAN.search(text) is None and text[:1] != " " and text[-1:] != " ":
        return text
    return cleanBlockQuotedText(text)


def _pieces(clean: str) -> list[tuple[Stack, str]] | None:
    """(open tags, text) of each piece the parser would hand on, or None if ``clean`` holds
    markup other than the memo's font tags and escapes (or tags that do not nest)."""
    if "<" not in clean and "&" not in clean:
        return [((), clean)]
    out: list[tuple[Stack, str]] = []
    stack: Stack = ()
    position = 0
    while position < len(clean):
        match = _TOKEN.match(clean, position)
        if match is None:
            return None
        attribute, value, closing, entity, data = match.groups()
        if attribute:
            stack = (*stack, (attribute, value))
        elif closing:
            if not stack:
                return None
            stack = stack[:-1]
        else:
            out.append((stack, _ENTITIES[entity] if entity else data))
        position = match.end()
    return out if not stack else None


def _template(stack: Stack, style: ParagraphStyle) -> Any | None:
    """The parser's fragment for one character inside the tags of ``stack``; None when the
    parser refuses them (a font it does not know), so that it says why on the real text."""
    opening = "".join(f'<font {attribute}="{value}">' for attribute, value in stack)
    try:
        _style, parsed, _bullet = ParaParser().parse(f"{opening}x{'</font>' * len(stack)}", style)
    except ValueError:
        return None
    return parsed[0] if parsed and len(parsed) == 1 else None
