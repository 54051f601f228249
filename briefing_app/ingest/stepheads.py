"""Steps set as sibling subsections: a command under each of several subheads of a roadmap.

A brief lays out how to carry its policy out as subsections of one part
("Implementation Roadmap" over "Technical Study", "Public Consultation",
"Drafting the Ordinance", each over one paragraph "Conduct a local audit …",
"Present the proposed fees to …", "Submit the ordinance to …"). No section
holds four commands (find_imperative_paragraphs' test), yet each step is the
writer's advice. A how-to's or a replication memo's steps are led in otherwise
("Steps", "Experiment 1") and stay out: the part's heading or lead-in must name
a roadmap, a plan of action or good practices.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import commands, verb_shaped
from briefing_app.ingest.recommendations import Found

LEAST_STEPS = 3
STEP_PARAGRAPHS = 2  # -- at most, under each subhead: a step is short
INTRO_PARAGRAPHS = 2  # -- at most, between the part's heading and its first subhead
_NAMES_PLAN = lazy_compile(
    r"\b(?:road\s?map|implementation\s+plan|action\s+plan|plan\s+of\s+action"
    r"|(?:best|good)\s+practices|bonnes\s+pratiques|buenas\s+pr[aá]cticas)\b",
    re.I,
)


def find_step_subsections(
    texts: list[str], levels: Sequence[int], kinds: Sequence[str]
) -> list[Found]:
    """The first paragraph under each sibling subhead of a roadmap, when they command.

    ``levels`` gives each block's heading level (0: not a heading). Three or
    more sibling subheads in a row, each over one or two paragraphs that open
    with a verb, half of them a known command ("Conduct …", "Deploy …"): then
    "Present …" and "Submit …" among them are commands too.
    """
    found: list[Found] = []
    for parent, level in enumerate(levels):
        if level:
            found += [
                Found(len(found) + 1, (k,), "") for k in _steps_under(texts, levels, kinds, parent)
            ]
    return found


def _steps_under(
    texts: list[str], levels: Sequence[int], kinds: Sequence[str], parent: int
) -> list[int]:
    """The step paragraphs of the part headed at ``parent`` (see find_step_subsections)."""
    j = parent + 1
    while j < len(texts) and not levels[j] and j - parent <= INTRO_PARAGRAPHS:
        j += 1
    if j >= len(texts) or levels[j] <= levels[parent]:
        return []
    if not _NAMES_PLAN.search(" ".join(texts[parent:j])):
        return []
    sibling = levels[j]
    steps: list[int] = []
    while j < len(texts) and levels[j] == sibling:
        k = j + 1
        while k < len(texts) and not levels[k]:
            k += 1
        body = [n for n in range(j + 1, k) if texts[n]]
        if (
            not body
            or len(body) > STEP_PARAGRAPHS
            or not _opens_step(texts[body[0]], kinds[body[0]])
        ):
            break
        steps.append(body[0])
        j = k
    known = sum(commands(texts[k]) for k in steps)
    return steps if len(steps) >= LEAST_STEPS and known * 2 >= len(steps) else []


def _opens_step(text: str, kind: str) -> bool:
    """A paragraph whose first sentence opens with a verb-shaped word and asks nothing."""
    if kind != "paragraph" or not verb_shaped(text):
        return False
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    return not first.rstrip().endswith((":", "?"))
