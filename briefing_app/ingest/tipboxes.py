"""A tip box: a label "Tip" (or "Pro tip", "Tipp", "Consejo", "Astuce" …) over a short text.

How-to pages set their asides apart under a one-word label; what the box
says in the imperative or with a cue of advice ("It's best to use them within
two days", "Look for figs that are slightly soft") is the page's advice, while
its plain statements ("Fresh figs are perishable") are context. The box ends
at the next heading, the next label or after a few blocks.
"""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import is_prescriptive
from briefing_app.ingest.recommendations import Found
from briefing_app.ingest.vocabulary import ADVICE_CUES

MAX_BOX = 3  # -- blocks a tip box holds at most

_LABEL = lazy_compile(
    r"^\W*(?:(?:pro|quick|top|bonus|expert)\s+)?(?:tips?|hint|tipp|hinweis|consejos?|conseils?"
    r"|astuces?|dicas?|suggerimento|consiglio)\s*:?\s*$",
    re.I,
)


def is_tip_label(text: str) -> bool:
    """ "Tip", "Pro tip:", "Astuce": a box's label, never a section heading."""
    return len(text) <= 20 and bool(_LABEL.match(text))


def find_tip_boxes(texts: list[str], headings: set[int]) -> list[Found]:
    """Advising sentences of the blocks under a tip label, one recommendation each."""
    found: list[Found] = []
    for k, label in enumerate(texts):
        if len(label) > 20 or not _LABEL.match(label):
            continue
        for b in range(k + 1, min(len(texts), k + 1 + MAX_BOX)):
            if b in headings or not texts[b] or _LABEL.match(texts[b]):
                break
            for s, e in split_sentences(texts[b]):
                sentence = texts[b][s:e]
                advice = is_prescriptive(sentence) or _cued(sentence)
                if advice and not sentence.rstrip().endswith(("?", ":")):
                    found.append(Found(len(found) + 1, (b,), "", (s, e)))
    return found


def _cued(sentence: str) -> bool:
    lowered = sentence.lower().replace("’", "'")
    return any(cue.replace("’", "'") in lowered for cue in ADVICE_CUES)
