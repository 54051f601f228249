"""Line-end hyphens: "develop-/ment" is one word, "long-/term" keeps its hyphen.

Readers mark a hyphen that ends a line before a lowercase word with
``LINE_HYPHEN`` and call :func:`resolve_hyphens` once the whole text is known,
because only the document itself can say how it spells a word: there is no
dictionary to ask.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.scripts import script

LINE_HYPHEN = "\ue000"  # -- placeholder for a line-end hyphen, decided once the text is known
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
_MARKED = lazy_compile(rf"([\w'’-]*){LINE_HYPHEN}([\w'’-]*)")


def join_wrapped(text: str, part: str) -> str:
    """``text`` and the next line's ``part`` joined; a line-end hyphen marked for later."""
    if not text:
        return part
    if text.endswith("\u00ad"):  # -- a soft hyphen is always typesetting
        return text[:-1] + part
    if re.search(r"[^\W\d_]-$", text) and part[:1].islower():
        return text[:-1] + LINE_HYPHEN + part
    if re.search(r"(?:^|\s)[A-Z][^\W\d_]*-$", text) and part[:1].isupper():
        return text[:-1] + LINE_HYPHEN + part  # -- a title-case compound: "On-" / "Campus"
    if script("unspaced").match(text[-1:]) and script("unspaced").match(part[:1]):
        return text + part  # -- Chinese and Japanese wrap between characters, not words
    return f"{text} {part}"


def resolve_hyphens(texts: list[str], *, typeset: bool) -> list[str]:
    """Each marked hyphen kept or dropped, on the evidence of the document's own words.

    The spelling used elsewhere ("long-term" or "longterm") wins. Without one,
    two halves that are both words of the document ("long", "term") make a
    compound and keep the hyphen; otherwise a typeset page (PDF), where the
    typesetter breaks words at line ends, joins them ("develop-ment"), while a
    hard-wrapped plain text, which breaks lines only between words, keeps it.
    A capitalised first part keeps it when either half is a word of the text
    ("Russia-brokered"), not when neither is ("Con-versely").
    """
    if not any(LINE_HYPHEN in t for t in texts):
        return texts
    # -- the marked words themselves are no evidence: count everything else
    words = Counter(_WORD.findall(_MARKED.sub(" ", " ".join(texts)).lower()))

    def decide(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        joined, hyphened = (left + right).lower(), f"{left}-{right}".lower()
        if words[hyphened] != words[joined]:
            return f"{left}-{right}" if words[hyphened] > words[joined] else left + right
        last = re.split(r"[-'’]", left)[-1].lower()
        halves = (words[last] > 0) + (words[right.lower()] > 0)
        compound = len(last) >= 2 and len(right) >= 3 and halves == 2
        # -- a capital before the break is a name ("Russia-brokered") when either half is
        # -- a word of the text; "Con-versely" at a sentence start is typesetting
        named = left[:1].isupper() and halves >= 1
        if compound or not typeset or named:
            return f"{left}-{right}"
        return left + right

    return [_MARKED.sub(decide, t) if LINE_HYPHEN in t else t for t in texts]
