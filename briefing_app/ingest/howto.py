"""Commands under a heading that announces instructions: "How to do it", "What to do", "Tips".

A method card or a how-to section writes its advice as plain sentences in the
imperative ("Select a problem to investigate. This could be … Ask why it
occurred. Repeat this four times."), with no list, number or "we recommend"
to mark it. The heading says that what follows tells the reader what to do, so
there each sentence that commands is one recommendation. The same commands
without such a heading (a README's "Run make", a story quoting an order) stay
prose: the heading is what makes them advice.
"""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest import tips
from briefing_app.ingest.cues import verb_shaped_word
from briefing_app.ingest.recommendations import OPENS_QUOTE, Found, guide_command

LEAST = 2  # -- commanding sentences a section needs: one alone may be a quoted order


# -- what a command takes right after its verb: an object's determiner or pronoun, a particle,
# -- or a question word ("Select a problem", "Repeat this process", "Ask why", "frame or
# -- reframe your approach", "write down an answer")
_OBJECT = (
    r"(?:a|an|the|this|that|these|those|your|their|our|its|it|them|each|every|any|some|one|all"
    r"|yourself|up|down|out|off|back|why|what|how|whether|who)"
)
_VERB_FIRST = lazy_compile(
    rf"^\W*(?P<verb>[A-Za-z][a-z]+)(?:\s+(?:or|and)\s+[a-z]+)?\s+{_OBJECT}\b"
)
# -- a lead-in clause before the command: "As you probe, make sure …", "After getting to a root
# -- cause, frame …", "While you wait, …"
_LEAD_IN = lazy_compile(
    r"^\W*(?:as|after|before|when|whenever|while|once|if|to|for|during|instead\s+of|rather\s+than)"
    r"\b[^,.;:!?]{1,80},\s*",
    re.I,
)


def find_announced_commands(
    sections: list[tuple[str | None, list[int]]], texts: list[str]
) -> list[Found]:
    """Each commanding sentence of a section whose heading announces instructions.

    The section's paragraphs must hold at least LEAST of them. ``texts`` holds
    "" for what is not a paragraph: a list is judged with the line that
    introduces it, elsewhere.
    """
    found: list[Found] = []
    for heading, members in sections:
        if not heading or not tips.announces_tips(heading):
            continue
        spans = [
            (k, s, e)
            for k in members
            if texts[k]
            for s, e in split_sentences(texts[k])
            if instructs(texts[k][s:e])
        ]
        if len(spans) >= LEAST:
            found += [Found(n, (k,), "", (s, e)) for n, (k, s, e) in enumerate(spans, start=1)]
    return found


def instructs(sentence: str) -> bool:
    """A sentence telling the reader what to do: a guide's command, or a verb first.

    Under a heading that announces instructions, a sentence that opens with a
    word no determiner, pronoun, preposition or auxiliary, not in -ing, -ly,
    -ed or a plural's -s, and then takes an object ("Select a problem",
    "Repeat this process") is a command though the verb is not one the
    vocabulary lists; so is one after a lead-in clause ("As you probe, make
    sure …"). Quoted sentences, questions and lines leading on to a list are not.
    """
    if OPENS_QUOTE.match(sentence) or sentence.rstrip().endswith((":", "?")):
        return False
    if guide_command(sentence):
        return True
    lead = _LEAD_IN.match(sentence)
    rest = sentence[lead.end() :] if lead else sentence
    return (lead is not None and guide_command(rest)) or _verb_first(rest)


def _verb_first(sentence: str) -> bool:
    """The sentence opens with a verb-shaped word and then an object (see ``instructs``)."""
    m = _VERB_FIRST.match(sentence)
    return m is not None and verb_shaped_word(m.group("verb"))
