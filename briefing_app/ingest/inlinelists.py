"""Actions a sentence counts off inline: "The university can do so by i) expanding …, ii)
partnering with …, and iii) encourage …" — a list the author typed into one sentence."""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.numbering import roman_value
from briefing_app.ingest.recommendations import Found
from briefing_app.ingest.vocabulary import IMPERATIVE_VERBS

# -- an inline count: "i) ", "(ii) ", "a) ", "(b) ", "1) ", "(2) " after a space or a colon
_MARK = lazy_compile(r"(?:(?<=\s)|(?<=:))\(?(?P<mark>[ivx]{1,4}|[a-h]|\d)\)\s+(?=[a-z])")
# -- the lead-in puts the actions to a reader as the means to an end: "can do so by", "should
# -- act by", "could reduce this by" — a modal, an active verb (not "can be estimated by", a
# -- method) and "by" right before the count; no "we"/"I" (a paper saying how it proceeds:
# -- "we can do this by (i) …")
_LEAD = lazy_compile(
    r"\b(?:can|could|should|must|may|might|ought\s+to|needs?\s+to)\s+(?!be\b)[a-z]+\b"
    r"[^:;.]*\bby\s*$",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I|[Oo]ur|[Uu]s)\b")
_GERUND = re.compile(r"^[a-z]{3,}ing\b")


def _count_value(mark: str) -> int:
    """The number an inline mark stands for: i → 1, xii → 12, b → 2, 3 → 3 (a lone i, v or x
    is read as a Roman numeral)."""
    if mark.isdigit():
        return int(mark)
    if len(mark) > 1 or mark in "ivx":
        return roman_value(mark)
    return ord(mark) - ord("a") + 1


def _items(sentence: str) -> tuple[int, list[tuple[int, int]]]:
    """Where the first mark of a count from 1 starts, and the spans of its items (two or more,
    and no other marks in the sentence), else (0, [])."""
    marks = list(_MARK.finditer(sentence))
    run = [m for n, m in enumerate(marks) if _count_value(m.group("mark")) == n + 1]
    if len(run) < 2 or len(run) != len(marks):
        return 0, []
    ends = [m.start() for m in run[1:]] + [len(sentence)]
    return run[0].start(), [
        (m.end(), _trimmed(sentence, m.end(), end)) for m, end in zip(run, ends, strict=True)
    ]


# -- what joins an item to the next: ", and ", "; or ", a full stop
_JOIN = re.compile(r"[\s,;.]*(?:\b(?:and|or)\b)?[\s,;.]*$")


def _trimmed(sentence: str, start: int, end: int) -> int:
    """Where an item's own words end, before the comma and "and" that join it to the next."""
    return start + _JOIN.search(sentence[start:end]).start()  # type: ignore[union-attr]


def _acts(item: str) -> bool:
    """An item naming an action: by its gerund ("expanding …") or as a command ("encourage …",
    a verb of vocabulary.IMPERATIVE_VERBS)."""
    words = item.split()
    return bool(words) and (bool(_GERUND.match(words[0])) or words[0] in IMPERATIVE_VERBS)


def find_inline_actions(texts: list[str]) -> list[Found]:
    """Each action a sentence counts off inline after a lead-in that puts them to its reader.

    "The campus can increase its compost by i) expanding collection …, ii) partnering with
    farms …, and iii) encourage students …" gives three recommendations (each its item's
    span, the lead-in left out). Every item must name an action, and the count must run from
    one with no other marks: "(a) the cost and (b) the timeline" names things, and "we can
    estimate it by (i) regressing … (ii) matching …" is a paper's method.
    """
    found: list[Found] = []
    for k, text in enumerate(texts):
        if not text or ")" not in text:
            continue
        for s, e in split_sentences(text):
            sentence = text[s:e]
            first, items = _items(sentence)
            lead = sentence[:first]
            if not items or not _LEAD.search(lead) or _FIRST_PERSON.search(lead):
                continue
            if not all(_acts(sentence[a:b]) for a, b in items):
                continue
            found += [Found(len(found) + 1, (k,), "", (s + a, s + b)) for a, b in items]
    return found
