"""A specification's recommendations: the "should" sentences of a text that adopts RFC 2119's key words.

A standard written for implementers (an IETF RFC, a W3C or OASIS
specification) says up front that "MUST", "SHOULD", "RECOMMENDED" … are "to
be interpreted as described in RFC 2119" (or "BCP 14"). In such a text a
sentence with "should" or "RECOMMENDED" tells the implementer what to do:
that is the document's own advice, in capitals or not ("Applications that
generate this format SHOULD use upper case letters", "Programs … should detect
non-numeric decades"). "MUST" is a requirement, not advice, and stays out, as
do the declaration itself, questions and "should" inside quotation marks
(the key words named as words: 'the word "SHOULD"'). A text that never
declares the key words is judged by the other finders, where a bare "should"
in news or narration is not enough.
"""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import MENTIONS, without_framing
from briefing_app.ingest.recommendations import Found

# -- 'The key words "MUST", … "SHOULD" … are to be interpreted as described in RFC 2119'
_DECLARES = re.compile(r"[\"“]SHOULD[\"”][^\n]{0,400}?\b(?:RFC\s?2119|RFC\s?8174|BCP\s?14)\b")
_ADVISES = lazy_compile(r"\b(?:should|SHOULD|RECOMMENDED)\b")
_QUOTED_WORD = lazy_compile(r"[\"“][^\"“”]{0,40}[\"”]")
# -- not advice: the key word named as a noun ("not implementing a MUST or SHOULD") and
# -- "should" in a clause of manner or report ("defines these words as they should be read")
_NOT_ADVICE_BEFORE = lazy_compile(
    r"(?:\b(?:a|an|the|each|every)\s+|\b(?:MUST|SHALL|MAY|REQUIRED)(?:\s+NOT)?\s+(?:or|and)\s+"
    r"|\b(?:as|how|what|whether|if)\s+(?:[\w-]+\s+){1,3})$"
)


def declares_key_words(texts: list[str]) -> bool:
    """True when one paragraph adopts RFC 2119's key words ("SHOULD" … "RFC 2119")."""
    return any(_DECLARES.search(text) for text in texts)


def find_normative_advice(texts: list[str]) -> list[Found]:
    """Each "should" / "RECOMMENDED" sentence of a text that declares RFC 2119's key words."""
    if not declares_key_words(texts):
        return []
    found: list[Found] = []
    for k, text in enumerate(texts):
        if not _ADVISES.search(text) or _DECLARES.search(text):
            continue
        for s, e in split_sentences(text):
            sentence = text[s:e]
            if sentence.rstrip().endswith("?") or MENTIONS.match(sentence):
                continue  # -- a question, or the key word defined ("SHOULD This word …")
            if _advises(_QUOTED_WORD.sub(" ", without_framing(sentence))):
                found.append(Found(ordinal=len(found) + 1, blocks=(k,), marker="", span=(s, e)))
    return found


def _advises(sentence: str) -> bool:
    """True when a key word in ``sentence`` tells the implementer what to do (see _NOT_ADVICE_BEFORE)."""
    return any(
        not _NOT_ADVICE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
        for m in _ADVISES.finditer(sentence)
    )
