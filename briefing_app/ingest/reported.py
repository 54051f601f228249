"""Lists the author reports rather than gives: "The development plan … identifies the following priorities:".

A list of commands ("expand opportunities to study …", "increase
cooperation between …") reads as advice, but when the line that introduces
it says that someone else's plan, law or report sets the items out, the
document only reports them: the advice is that plan's, not the author's. Who
speaks is read from the lead-in: a third party as subject (no "we", "I",
"you", not "this report") and a verb that reports what a text contains
("identifies", "sets out", "lists", "includes" …) before "the following …:".
The lead-in governs the list right after it and, when sub-headings sort the
items, the lists under those sub-headings too, up to the first paragraph of
prose. These items are someone else's words, like a quotation.

A lead-in that ends on a modal of consequence ("This would:", "These changes will
also:", "Doing so could:") disowns its list the same way: each item completes "this
would …" and says what a measure does, so however commanding its first word ("Get
organised crime out of the market") it is a benefit, not advice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences

# -- what a text is said to contain, then "the following" (with an optional noun) and the colon
_REPORTS = lazy_compile(
    r"\b(?:identif(?:y|ies|ied)|sets?\s+(?:out|forth)|lists?|listed|outlined?s?|includes?|included"
    r"|specif(?:y|ies|ied)|establish(?:es|ed)?|lays?\s+(?:out|down)|laid\s+(?:out|down)"
    r"|contains?|contained|stipulates?d?)"
    r"\s+the\s+following\b[^:]{0,80}:\s*$",
    re.I,
)
# -- the author or the reader as subject: "we identified the following goals:" is the author's own
_OWN_VOICE = lazy_compile(
    r"\b(?:we|I|you|our|us|my|your)\b"
    r"|\b(?:this|the\s+present)\s+(?:report|paper|brief|guide|document|memo|section|chapter"
    r"|article|post|study|note|plan|strategy|toolkit)\b",
    re.I,
)

# -- a modal of consequence right before the colon: the items are predicates of "this would"
_OUTCOMES = re.compile(r"\b(?:would|will|could|can|might|may)(?:\s+also)?\s*:\s*$", re.I)


def reports_list(lead_in: str) -> bool:
    """True when ``lead_in`` (a paragraph ending in a colon) says a third party sets out what
    follows, or that what follows is what a measure would do."""
    if not lead_in.rstrip().endswith(":"):
        return False
    if _OUTCOMES.search(lead_in):
        return True
    spans = split_sentences(lead_in)
    last = lead_in[spans[-1][0] : spans[-1][1]] if spans else lead_in
    verb = _REPORTS.search(last)
    return verb is not None and not _OWN_VOICE.search(last[: verb.start()])


def reported_lists(
    texts: Sequence[str], kinds: Sequence[str], heading_levels: Sequence[int]
) -> set[int]:
    """Indices of the list items a reporting lead-in introduces (see the module docstring).

    From the lead-in on, list items and sub-headings deeper than the heading
    the lead-in sits under belong to it; the first other paragraph, or a
    heading of that heading's level or above, ends it.
    """
    reported: set[int] = set()
    level = 0  # -- the level of the heading the current paragraph sits under
    for n, text in enumerate(texts):
        if heading_levels[n]:
            level = heading_levels[n]
            continue
        if kinds[n] == "list_item" or not reports_list(text):
            continue
        k = n + 1
        while k < len(texts):
            if heading_levels[k] and level and heading_levels[k] > level:
                k += 1
                continue
            if kinds[k] != "list_item" or heading_levels[k]:
                break
            reported.add(k)
            k += 1
    return reported
