"""A document written as numbered points that mostly advise: each advising point is advice.

A summary, a vision paper's conclusions or a set of theses numbers its points
once, 1 to 32, straight through its sections: the numbered list is the
document's backbone, not one list inside one section. When most of those
points advise (a modal such as "should", or a command, possibly after a lead-in
clause or an adverb: "When reviewing applications, ensure …", "Explicitly state
…"), the author's advice is the advising points, and the points that state a
finding ("Team science allows scholars to …") stay prose. One list in one
section, however imperative (a recipe's steps), is not such a backbone, and
neither is a report whose numbered points mostly describe.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences, word_set
from briefing_app.ingest.cues import advises, commands, imperative
from briefing_app.ingest.recommendations import Found

MIN_POINTS = 6  # -- numbered points in the whole document
MIN_SECTIONS = 3  # -- sections the numbered points are spread over

# -- adverbs before a command: "Explicitly state …", "Fairly and transparently credit …"
_ADVERBS = lazy_compile(r"^\W*(?:[^\W\d_]+ly(?:,?\s+(?:and|or)\s+|,\s*|\s+))+", re.I)
# -- a participle phrase before a command: "Starting at the undergraduate level, train …"
_PHRASE = lazy_compile(r"^\W*[^\W\d_]+ing\b[^,.;:!?]{1,80},\s*", re.I)


# -- a word then an article or determiner opens a command: "Task a working group with …", "State
# -- what convention was followed", "credit each member"; a subject would go on with its verb.
# -- The closed classes that may stand before a determiner (prepositions, conjunctions, some
# -- adverbs, pronouns and determiners) are no verbs
_VERB_THEN_OBJECT = lazy_compile(
    r"^\W*(?P<word>[^\W\d_]+)\s+(?:a|an|the|each|every|all|what|which|your|our|their|its|this"
    r"|these|those|clear|explicit)\b",
    re.I,
)
_CLOSED = word_set(
    """
    in on at for with by from to of about after before during under over between among through
    without within across against despite like unlike since until upon into onto toward towards
    via per beyond behind below above near and but or so yet because although though while when
    whenever where if as once whereas then now here there today yesterday only also thus hence
    still even just often sometimes again all both each every some many most such this that these
    those what which it we they he she you i is are was were be been has have had do does did not
    no nor never always perhaps maybe how why who whom whose
    """
)
# -- a point that names what is needed: "…, a combination of top-down and bottom-up approaches is
# -- necessary"
_NEEDED = lazy_compile(r"\b(?:is|are)\s+(?:necessary|needed|required|indispensable)\b", re.I)


def point_advises(text: str) -> bool:
    """True when a numbered point advises: a modal, or a command after a lead-in."""
    if advises(text) or commands(text):
        return True
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    if first.rstrip().endswith(("?", ":")):
        return False
    if _NEEDED.search(first):
        return True
    lead = _ADVERBS.match(first) or _PHRASE.match(first)
    rest = first[lead.end() :] if lead else first
    verb = _VERB_THEN_OBJECT.match(rest)
    if verb and verb.group("word").lower() not in _CLOSED and not verb.group("word").endswith("ly"):
        return True
    return lead is not None and imperative(rest)


def find_numbered_points(
    texts: list[str],
    kinds: Sequence[tuple[str, bool]],
    levels: Sequence[int],
    boundaries: set[int],
    numbers: Sequence[int | None] | None = None,
) -> list[Found]:
    """Numbered points spread over the document's sections, two thirds of them advising.

    ``kinds`` holds each block's kind and whether its list is ordered,
    ``boundaries`` the blocks that open a section, ``numbers`` the number
    printed before a list item where the source shows it (Markdown, text).
    Where it does, the count must go on from one section's list to the next
    (1–2, then 3–4 …): lists that each start again at 1 are one section's
    steps at a time, a tutorial's, not the document's points. A point's
    sub-items belong to it. Returns one recommendation per advising point.
    """
    runs: list[list[int]] = []
    for k, (kind, ordered) in enumerate(kinds):
        if kind != "list_item" or not ordered or not texts[k]:
            continue
        if runs and runs[-1][-1] == k - 1 and k not in boundaries:
            runs[-1].append(k)
        else:
            runs.append([k])
    points: list[list[int]] = []  # -- each point with its sub-items
    for run in runs:
        top = min(levels[k] for k in run)
        for k in run:
            if levels[k] == top or not points or points[-1][0] not in run:
                points.append([k])
            else:
                points[-1].append(k)
    starts = sorted(boundaries)
    sections = {bisect.bisect_right(starts, p[0]) for p in points}
    if len(points) < MIN_POINTS or len(sections) < MIN_SECTIONS:
        return []
    if numbers and _restarts(runs, numbers):
        return []
    advising = [p for p in points if point_advises(texts[p[0]])]
    if len(advising) * 3 < len(points) * 2:
        return []
    found: list[Found] = []
    for point in advising:
        spans = [] if len(point) > 1 else _advice_spans(texts[point[0]])
        if not spans or spans == [(0, len(texts[point[0]]))]:
            found.append(Found(len(found) + 1, tuple(point), ""))
            continue
        found += [Found(len(found) + 1, tuple(point), "", span) for span in spans]
    return found


def _restarts(runs: list[list[int]], numbers: Sequence[int | None]) -> bool:
    """True when the lists' printed numbers start again at 1 rather than go on."""
    firsts = [numbers[run[0]] for run in runs[1:]]
    shown = [n for n in firsts if n is not None]
    return bool(shown) and sum(n == 1 for n in shown) * 2 >= len(shown)


def _advice_spans(text: str) -> list[tuple[int, int]]:
    """One span per advising sentence of a point, with the plain sentences after it.

    "Team members should be able to disagree … When possible, preemptive
    strategies should be used …" gives two pieces of advice; what comes
    before the first advising sentence ("At present, only 3% of …") is the
    finding it rests on and is left out.
    """
    sentences = split_sentences(text)
    starts = [s for s, e in sentences if point_advises(text[s:e])]
    ends = [*starts[1:], len(text)]
    return [(s, e) for s, e in zip(starts, ends, strict=True)]
