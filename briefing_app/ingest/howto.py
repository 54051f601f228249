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

from briefing_app.core.text import split_sentences, word_set
from briefing_app.ingest import tips
from briefing_app.ingest.recommendations import OPENS_QUOTE, Found, guide_command

LEAST = 2  # -- commanding sentences a section needs: one alone may be a quoted order

# -- words that open a sentence and are no verb: determiners, pronouns, prepositions,
# -- conjunctions, auxiliaries and the adverbs a sentence opens with ("Half the …", "Here the …")
_NOT_VERBS = word_set(
    "a an the this that these those it its they we you he she i there here what which who whom"
    " whose how why where when whenever one all both each every many much most some any no none"
    " such other another same half twice several few for in at on by with from to of into onto"
    " after before during like as about over under between through without within across behind"
    " beyond despite since until unlike among against upon via per toward towards off around near"
    " past amid throughout once if while because although though unless whereas so and but or nor"
    " yet then thus hence also only even just still too very often always never again first next"
    " finally now today later overall instead otherwise perhaps maybe rather quite almost above"
    " below is are was were be been being has have had can could may might must shall should will"
    " would does did not my our your their his her"
)
# -- what a command takes right after its verb: an object's determiner or pronoun, a particle,
# -- or a question word ("Select a problem", "Repeat this process", "Ask why", "frame or
# -- reframe your approach", "write down an answer")
_OBJECT = (
    r"(?:a|an|the|this|that|these|those|your|their|our|its|it|them|each|every|any|some|one|all"
    r"|yourself|up|down|out|off|back|why|what|how|whether|who)"
)
_VERB_FIRST = re.compile(rf"^\W*(?P<verb>[A-Za-z][a-z]+)(?:\s+(?:or|and)\s+[a-z]+)?\s+{_OBJECT}\b")
# -- a lead-in clause before the command: "As you probe, make sure …", "After getting to a root
# -- cause, frame …", "While you wait, …"
_LEAD_IN = re.compile(
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
    return m is not None and _verb_shaped_word(m.group("verb"))


_FIRST_WORD = re.compile(r"^\W*(?P<word>[A-Za-z][a-z]+)(?P<of>\s+of\b)?")


def verb_shaped(text: str) -> bool:
    """The text opens with a word that may be a command's verb: not a function word, not in
    -ing, -ly, -ed or a plural's -s, and not a noun before "of" ("Use of force")."""
    m = _FIRST_WORD.match(text)
    return m is not None and not m.group("of") and _verb_shaped_word(m.group("word"))


def _verb_shaped_word(word: str) -> bool:
    """See ``verb_shaped``."""
    verb = word.lower()
    if verb in _NOT_VERBS or verb.endswith(("ing", "ly", "ed")):
        return False
    return not (verb.endswith("s") and not verb.endswith(("ss", "us")))
