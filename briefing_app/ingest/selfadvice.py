"""A paper's advice in its own name: "This report recommends …", "The memo strongly urges …".

A report, memo or brief often says what it advises in the third person, naming
itself: "This report thus recommends the addition of a single new lab", "This
brief proposes a Digital Infrastructure Alliance". Once a section has named the
paper so ("This policy memo outlines …", "This brief explores …"), "It
recommends …", "The memo strongly urges …" and "Key recommendations include …"
in the same section are the paper's advice too. A news story reports a report's
advice ("The report, published on Monday, recommends …", "It also recommends
…"), but never calls that report "this report": without the paper naming itself
in the section, "it" and "the report" stay someone else's.
"""

from __future__ import annotations

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.recommendations import OPENS_QUOTE, Found

# -- the kinds of paper that advise in their own name
_PAPER = r"(?:policy\s+)?(?:report|memo(?:randum)?|brief|white\s+paper|paper|proposal)"
# -- the paper naming itself: "This report", "This policy memo"
_THIS_PAPER = lazy_compile(rf"^\W*[Tt]his\s+{_PAPER}\b")
_ADVERBS = r"(?:(?:thus|therefore|also|strongly|further|accordingly|hence)\s+)*"
# -- the paper's name, then its advising verb; "proposes", "advocates for" and "calls for" only
# -- after a brief's or a memo's name (a paper or a report "proposes" a method or a model, "calls
# -- for" more research); not an announced list ("recommends the following", "recommends taking
# -- the following actions", a colon)
_ADVISES = (
    rf"(?:(?:policy\s+)?(?:brief|memo(?:randum)?|proposal)\s+{_ADVERBS}(?:recommends|urges"
    rf"|advises|proposes|advocates\s+for|calls\s+for)|{_PAPER}\s+{_ADVERBS}(?:recommends|urges|advises))"
    r"\s+(?!(?:\w+\s+){0,2}(?:the\s+)?following\b)"
)
_SELF_ADVICE = lazy_compile(rf"^\W*[Tt]his\s+{_ADVISES}")
# -- once named: "It recommends …", "The memo strongly urges …", "Key recommendations include …"
_NAMED_ADVICE = lazy_compile(
    rf"^\W*(?:(?:[Tt]his|[Tt]he)\s+{_ADVISES}|It\s+{_ADVERBS}(?:recommends|urges|advises)\s)"
    r"|^\W*(?:(?:Its|The|Our)\s+)?(?:(?i:key|main|principal|central)\s+)?[Rr]ecommendations?\s+"
    r"(?:include|are|is)\s+(?!(?:as\s+follows|the\s+following)\b)"
)


def find_self_advice(sections: list[tuple[str | None, list[int]]], texts: list[str]) -> list[Found]:
    """The sentences in which the paper advises in its own name, one recommendation each."""
    found: list[Found] = []
    for _heading, members in sections:
        named = False
        for k in members:
            text = texts[k]
            for s, e in split_sentences(text) if text else []:
                sentence = text[s:e]
                named = named or bool(_THIS_PAPER.match(sentence))
                if OPENS_QUOTE.match(sentence) or sentence.rstrip().endswith((":", "?")):
                    continue
                if _SELF_ADVICE.match(sentence) or (named and _NAMED_ADVICE.match(sentence)):
                    found.append(Found(len(found) + 1, (k,), "", (s, e)))
    return found
