"""A command the writer shouts a warning word over: "IMPORTANT !!!!! Ne faites pas de merge …".

A memo or a how-to flags the one thing its reader must not get wrong with a
warning word in capitals and an exclamation mark or a colon ("ATTENTION !!",
"WARNING:", "ACHTUNG!", "IMPORTANTE:"), then says what to do. The flag marks
the sentence after it as the writer's own instruction even in a text that
otherwise explains, so that sentence is a recommendation when it commands:
an imperative (cues.imperative: English, Spanish, French infinitives), the
German "Sie" or French "-ez" imperative (tips.FOREIGN_IMPERATIVE) or a French
negative one ("Ne faites pas …", "N'oubliez jamais …"). A warning that only
states a fact ("IMPORTANT: the server restarts at noon") is none.
"""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import commands
from briefing_app.ingest.recommendations import Found
from briefing_app.ingest.tips import FOREIGN_IMPERATIVE

# -- the warning word in capitals, then "!" (any number) or ":"; in the corpus's languages
_ALERT_WORDS = (
    r"(?:IMPORTANT|WARNING|CAUTION|ATTENTION|ACHTUNG|WICHTIG|VORSICHT|ATENCIÓN|ATENCION"
    r"|IMPORTANTE|CUIDADO|ATTENZIONE|AVVERTENZA|AVERTISSEMENT)"
)
_ALERT_END = lazy_compile(rf"(?<![\w-]){_ALERT_WORDS}\s*(?:!+|:)\s*$")
_ALERT_OPEN = lazy_compile(rf"^\W*{_ALERT_WORDS}\s*(?:!+|:)\s*(?=\S)")
# -- a French negative command: "Ne faites pas …", "N'oubliez jamais …", "Ne le dites à personne"
_FRENCH_NEGATIVE = lazy_compile(
    r"^(?:Ne\s+(?:(?:le|la|les|leur|lui|vous|nous|y|en)\s+)?[a-zéèêàâçîôû]+"
    r"|N['’][a-zéèêàâçîôû]+)\s+(?:pas|jamais|plus|rien)\b"
)
_CAPITALS = re.compile(r"[A-Z]{5}")


def _commanding(sentence: str) -> bool:
    """Whether the sentence tells the reader what to do, in any of the forms named above."""
    text = sentence.lstrip()
    if text.rstrip().endswith("?"):
        return False
    return (
        commands(text)
        or FOREIGN_IMPERATIVE.match(text) is not None
        or _FRENCH_NEGATIVE.match(text) is not None
    )


def find_alerted_commands(texts: list[str]) -> list[Found]:
    """Each command that follows a shouted warning word, one recommendation each."""
    found: list[Found] = []
    for k, text in enumerate(texts):
        if not _CAPITALS.search(text):
            continue  # -- most paragraphs: no word in capitals, no warning
        spans = split_sentences(text)
        for n, (s, e) in enumerate(spans):
            sentence = text[s:e]
            opened = _ALERT_OPEN.match(sentence)
            if opened:
                start = s + opened.end()
            elif n and _ALERT_END.search(text[spans[n - 1][0] : spans[n - 1][1]]):
                start = s
            else:
                continue
            if _commanding(text[start:e]):
                found.append(Found(ordinal=len(found) + 1, blocks=(k,), marker="", span=(start, e)))
    return found
