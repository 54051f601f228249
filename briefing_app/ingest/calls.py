"""An opinion piece's calls to act: "We need to bring that back into alignment", "wir müssen …".

An op-ed argues for what "we" (the writers, their industry, their country)
must do, with no list, ordinal or "I urge" to mark it. One such sentence in a
personal essay or a report ("we need to think about what this implies") is
reasoning on the way; a piece whose paragraphs keep returning to it argues. So
the calls count only when at least three paragraphs, and an eighth of the
prose paragraphs, make one; each such paragraph is one recommendation, from its
first call to its last. Narration stays out: a call inside "if"/"whether"/"that"
("we didn't know if we should build an app"), "must have" + participle (what
must have happened), questions, quoted speech and a restatement ("we must do
this in a fragmented market": "this" is a call already made). An interview or
transcript (two or more speakers' turns, "Name: …") reports its speakers' calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import without_framing
from briefing_app.ingest.recommendations import OPENS_QUOTE, Found

MIN_PARAGRAPHS = 3
MIN_SHARE = 1 / 8

# -- "we (all/also/…) must / need to / should / ought to / have to", "wir müssen", "müssen wir",
# -- "debemos", "tenemos que", "nous devons", "il nous faut", "dobbiamo", "devemos"; not "we
# -- must have seen". The word-start test comes once, before the alternatives: the regex engine
# -- tries every position of every paragraph, and mid-word (most positions) it now fails once
# -- instead of once per alternative (2.6x faster, the same matches: tests/unit/ingest/test_calls_pattern.py)
_WE_MUST = re.compile(
    r"(?<![\w'’])(?:"
    r"(?i:we)\s+(?:(?:all|also|really|simply|still|now|therefore|urgently|collectively)\s+)?"
    r"(?:must|need\s+to|should|ought\s+to|have\s+to)(?:\s+not)?\s+(?!have\s+\w+(?:ed|en|wn)\b)(?=[a-z])"
    r"|(?i:wir)\s+(?:(?:alle|auch|jetzt|endlich|gemeinsam)\s+)?(?:müssen|sollten)\b"
    r"|(?i:müssen|sollten)\s+wir\b"
    r"|(?i:debemos|tenemos\s+que|nous\s+devons|il\s+nous\s+faut|dobbiamo|devemos"
    r"|precisamos)\b"
    r")"
)
# -- a norm stated in the passive: "standards should be created by …", "must be made public"
_SHOULD_BE_DONE = lazy_compile(
    r"^(?:[^,;:]{1,60},\s*)?(?!\s*(?:[Ii]t|[Tt]here|[Tt]his|[Tt]hat|[Ww]hat|[Ww]hich|[Nn]othing|[Nn]o\s+one)\b)"
    r"[^,;:]{0,60}?"
    r"\b(?:should|must|ought\s+to)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|de)\b"
)
# -- the reader addressed by role: "Administrators and analysts should embrace cryptographic
# -- agility", "All teams must …"; the role opens the sentence (after a lead-in clause at most),
# -- so a report of another's advice ("Dell is advising that all customers should …") is no call
_ROLE_SHOULD = lazy_compile(
    r"^(?:[^,;:]{1,60},\s*)?(?:(?:all|the|our|your|network|system|federal|local)\s+){0,2}"
    r"(?:administrators|analysts|operators|users|developers|organi[sz]ations|agencies|vendors"
    r"|owners|employers|teams|managers|practitioners|policymakers|implementers|maintainers)"
    r"\b[^,;:.!?]{0,40}?\s(?:should|must|ought\s+to|need\s+to)\s+(?:not\s+)?(?!have\b)[a-z]",
    re.I,
)
_MODAL_CUE = re.compile(r"\b(?:should|must|ought\s+to|need\s+to)\s", re.I)
_BE_DONE_CUE = re.compile(r"\b(?:should|must|ought\s+to)\s+(?:not\s+)?be\s")
# -- the call sits in a subordinate clause: "we didn't know if we should …", "a sign that we must"
_SUBORDINATE = lazy_compile(
    r"\b(?:if|whether|that|what|how|why|when|unless|whatever|ob|dass|wie|was|si|que|qué)\s+$",
    re.I,
)
# -- "we must do this in …", "wir müssen das tun": a call already made, restated
_RESTATES = lazy_compile(
    r"^(?:also\s+)?(?:do|tun|hacer(?:lo)?|faire)\s+(?:this|that|so|it|das|dies|esto|eso|cela|ça)\b"
    r"|^(?:das|dies|esto|eso|cela)\s+(?:tun|hacer|faire)\b|^(?:hacerlo|le\s+faire)\b",
    re.I,
)
# -- "Korinna Hennig: Herr Drosten, …", "Q: …": a speaker's turn in an interview or transcript
_SPEAKER = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,3}[A-ZÀ-Þ][\w.'’-]*\s*:\s")


def _calls(sentence: str) -> bool:
    """True when the sentence, in the writer's own voice, calls for something to be done."""
    sentence = without_framing(sentence)  # -- "It must be noted that …" asks nothing
    if OPENS_QUOTE.match(sentence) or sentence.rstrip().endswith(("?", ":")):
        return False
    if _SHOULD_BE_DONE.search(sentence) or _ROLE_SHOULD.match(sentence.lstrip()):
        return True
    german = "„" in sentence
    opening, closing = ("„«", "“”»") if german else ("“«", "”»")
    depth = straight = last = 0
    for m in _WE_MUST.finditer(sentence):
        for c in sentence[last : m.start()]:  # -- quotation depth, counted once: linear
            depth += (c in opening) - (c in closing)
            straight += c == '"'
        last = m.start()
        if depth > 0 or straight % 2:
            continue
        if _SUBORDINATE.search(sentence[max(0, m.start() - 12) : m.start()]):
            continue
        if not _RESTATES.match(sentence[m.end() : m.end() + 40].lstrip()):
            return True
    return False


def find_calls(texts: list[str], kinds: Sequence[str]) -> list[Found]:
    """Each paragraph of a piece that argues for action, from its first call to its last."""
    prose = [k for k, t in enumerate(texts) if t and kinds[k] == "paragraph"]
    speakers = {m.group(0) for k in prose if (m := _SPEAKER.match(texts[k]))}
    if len(speakers) >= 2:
        return []  # -- an interview: its calls are the speakers', not the writer's argument
    calling: list[tuple[int, tuple[int, int]]] = []
    for k in prose:
        text = texts[k]
        if not (_WE_MUST.search(text) or _BE_DONE_CUE.search(text) or _MODAL_CUE.search(text)):
            continue  # -- most paragraphs: no cue, no sentence split
        spans = [(s, e) for s, e in split_sentences(text) if _calls(text[s:e])]
        if spans:
            calling.append((k, (spans[0][0], spans[-1][1])))
    if len(calling) < MIN_PARAGRAPHS or len(calling) < MIN_SHARE * len(prose):
        return []
    return [Found(n, (k,), "", span) for n, (k, span) in enumerate(calling, 1)]
