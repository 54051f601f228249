"""A reviewer's suggestions to the authors of a paper: "I think the authors should really …".

A review memo (a referee's report, a classmate's feedback on a draft) speaks to
the authors about their work ("your paper", "your code", "the authors") and
advises in the hedged voice of a colleague rather than in commands: "I think
the language could be sharpened", "One way to clarify the writing would be to
standardize your terminology", "this paper would really benefit from clearly
stated hypotheses", "I would strongly encourage clear hypotheses", "Perhaps
you could create a DAG", "I wonder if … it would be more effective to …", or
in a command softened by an adverb ("Explicitly identify the dependent
variable", "Just use “we” …"; a bare command is as often a how-to's step). In
other texts such hedges are the writer thinking aloud, so they count only in a
text that addresses the authors of a paper three times or more. Questions and
quoted words are no suggestion.
"""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import imperative
from briefing_app.ingest.recommendations import OPENS_QUOTE, Found

MIN_ADDRESS = 3  # -- mentions of the authors' work that make a text a review

# -- the authors' work addressed: "your paper", "your code", "your hypotheses", "the authors"
_ADDRESS = re.compile(
    r"\byour\s+(?:paper|analysis|code|results|findings|figures?|hypothes[ie]s|model|draft"
    r"|manuscript|terminology|definition)\b|\bthe\s+authors\b",
    re.I,
)
_SUGGESTS = lazy_compile(
    # -- "I think the authors should …", "I think the language … could be sharpened"
    r"\bI\s+(?:also\s+)?think\s+(?:that\s+)?[^.;!?]{0,80}?\b(?:should|could|might|needs?\s+to)\s"
    # -- "this paper would really benefit from clearly stated hypotheses"
    r"|\b(?:would|could)\s+(?:really\s+|greatly\s+|also\s+)?benefit\s+from\b"
    # -- "I would strongly encourage clear hypotheses", "I'd suggest …"
    r"|\bI\s*(?:would|['’]d)\s+(?:also\s+)?(?:\w+ly\s+)?(?:encourage|suggest|urge)\b"
    # -- "Perhaps y'all could create a DAG"
    r"|\b(?:[Pp]erhaps|[Mm]aybe)\s+(?:you|y['’]all|the\s+authors)\s+(?:could|might|should)\b"
    # -- "One potential way to approach this is to separate …"
    r"|^\W*(?:One|Another)\s+(?:\w+\s+)?way\s+to\s+[^.;!?]{1,80}?\s(?:is|would\s+be)\s+to\b"
    # -- "I'd say you pick one"
    r"|\bI\s*(?:would|['’]d)\s+say\s+(?:that\s+)?you\b"
    # -- "I wonder if rather than …, it would be more effective to standardize …"
    r"|\bI\s+wonder\s+if\b[^.;!?]{0,150}?\bwould\s+be\s+(?:more\s+)?(?:effective|helpful"
    r"|better|clearer|useful)\b"
    # -- "This could also be applied to the title"
    r"|\bcould\s+(?:also\s+)?be\s+(?:sharpened|clarified|strengthened|improved|tightened"
    r"|expanded|applied)\b"
)


# -- a command after an adverb: "Explicitly identify the dependent variable", "Just use “we” …"
_ADVERB = re.compile(r"^\W*(?:[A-Z][a-z]+ly|Just)\s+(?=[a-z])")


def _suggests(sentence: str) -> bool:
    """Whether a sentence of a review suggests a change: a hedge (_SUGGESTS) or a command after
    an adverb."""
    if _SUGGESTS.search(sentence):
        return True
    lead = _ADVERB.match(sentence)
    return lead is not None and imperative(sentence[lead.end() :])


def addresses_authors(texts: list[str]) -> bool:
    """Whether the text speaks to the authors of a paper about their work (a review)."""
    return sum(len(_ADDRESS.findall(t)) for t in texts) >= MIN_ADDRESS


def find_review_suggestions(texts: list[str]) -> list[Found]:
    """Each sentence of a review that suggests a change to the authors, one recommendation each."""
    if not addresses_authors(texts):
        return []
    found: list[Found] = []
    for k, text in enumerate(texts):
        for s, e in split_sentences(text) if text else []:
            sentence = text[s:e]
            if OPENS_QUOTE.match(sentence) or sentence.rstrip().endswith("?"):
                continue
            if _suggests(sentence):
                found.append(Found(len(found) + 1, (k,), "", (s, e)))
    return found
