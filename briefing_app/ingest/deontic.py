"""A guide that tells its readers what to do in "should" sentences about things and roles.

A technical guide advises in the third person: "The URIs in the results
should be verified benign", "This signature should be tailored for a
specific network", "Administrators should prioritize vetting …", "Organizations are encouraged
to understand …". Such a
"should" is an instruction (the thing is to be acted on, the role is to act),
not a forecast ("these requests should appear anomalous", "These rules
should return few false positives"). A bare "should" is no advice in news or
an essay, so the sentences count only in a document that speaks this way
throughout: one that also advises in so many words somewhere ("It is
recommended to …"), has at least MIN_SENTENCES such instructions, and in
which they are at least half of its "should" sentences.
"""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import without_framing

MIN_SENTENCES = 4

_ADVERB = r"(?:(?:not|only|also|always|never|first|still|then|instead|therefore)\s+)?"
# -- a passive instruction: "should (not) be verified", "should be built", "should be changed"
_PARTICIPLE = (
    r"(?:[a-z]+(?:ed|en)|built|set|kept|made|done|run|sent|held|put|paid|led|read|shut|spent"
    r"|told|sought|brought|found|left)\b"
)
_PASSIVE = lazy_compile(rf"should\s+{_ADVERB}be\s+(?:[a-z]+ly\s+)?{_PARTICIPLE}", re.I)
# -- a role told to act, as a bare plural: "Administrators should prioritize", "Administrators
# -- and analysts should embrace", "Exceptions should include"; "These rules should return …"
# -- (a determiner: the things described) and "should be" (handled above) are not
_ROLE = lazy_compile(
    rf"^[A-Z]?[a-z]+s(?:\s+(?:and|or)\s+[a-z]+s)?\s+should\s+{_ADVERB}(?!be\b)[a-z]+", re.I
)
# -- the "should" clause must be a main clause: after a lead-in ("Ideally, …", "Once … have been
# -- added, …") but not inside "that …", "which …", "if …" (reported, defined, conditional)
_SUBORDINATE = lazy_compile(
    r"\b(?:that|which|who|whom|whose|whether|if|how|what|when|where|why|because|as|than"
    r"|you|we|I)\b",
    re.I,
)
_LEAD = lazy_compile(
    r"^(?:ideally|therefore|thus|instead|also|however|then|finally|additionally)\b\W*", re.I
)
# -- someone else's rule, reported: "According to NIST SP 800-52, systems SHOULD be configured …"
_REPORTED = lazy_compile(r"^\W*according\s+to\b", re.I)
_SHOULD = lazy_compile(r"\bshould\b", re.I)
# -- the same instruction to a role in the passive: "Organizations are encouraged to understand …"
_ENCOURAGED = re.compile(r"\b(?:is|are)\s+(?:also\s+|strongly\s+)?encouraged\s+to\s+[a-z]")
# -- either form at all in a paragraph: "should … be", a plural before "should", "encouraged to"
_MAYBE = lazy_compile(r"should\s+(?:\w+\s+)?be\s|s\s+should\s|encouraged\s+to\s", re.I)


def instructs(sentence: str) -> bool:
    """True when the sentence's main "should" (or "are encouraged to") tells a thing or a role to act."""
    sentence = without_framing(sentence)  # -- "It should be noted that …" instructs no one
    m = _SHOULD.search(sentence) or _ENCOURAGED.search(sentence)
    if not m or _REPORTED.match(sentence) or sentence.rstrip().endswith(("?", ":")):
        return False
    clause = re.split(r"[,;]", sentence[: m.start()])[-1].strip()
    if _SUBORDINATE.search(clause):
        return False
    clause = _LEAD.sub("", clause)
    if m.re is _ENCOURAGED:
        return True
    return _PASSIVE.match(sentence, m.start()) is not None or bool(
        _ROLE.match(f"{clause} {sentence[m.start() :]}")
    )


def instructing_sentences(texts: list[str]) -> list[tuple[int, int, int]]:
    """(text, start, end) of every instruction (see ``instructs``) when the text speaks that way.

    Empty unless there are at least MIN_SENTENCES of them and they make up at
    least half of the text's uses of "should"; the caller also asks for an
    explicit advice cue elsewhere in the document.
    """
    shoulds = 0
    found: list[tuple[int, int, int]] = []
    for k, text in enumerate(texts):
        if "hould" not in text and "encouraged" not in text:  # -- most paragraphs: neither
            continue
        shoulds += len(_SHOULD.findall(text))
        if not _MAYBE.search(text):
            continue  # -- "should" but neither form: no sentence split
        for s, e in split_sentences(text):
            sentence = text[s:e]
            if instructs(sentence):
                found.append((k, s, e))
    return found if len(found) >= MIN_SENTENCES and len(found) * 2 >= shoulds else []
