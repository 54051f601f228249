"""Tips a text announces: "5 Tips for …", "Tipps zum Kindersitz-Kauf", "Here are a few tips:".

A listicle says up front that what follows is advice: its title, the heading
above a list or the line before it names tips (or ways, steps, "how to"). Under
such an announcement the items are the advice even where their grammar does not
show it ("What's in it for me", "Maybe an app instead?"), as long as the run as a
whole advises or the announcement states how many there are and the run has
exactly that many. These helpers judge the announcement and the items; the
finders that use them are detect._advice_headings and find_tip_lists.
"""

from __future__ import annotations

import re

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.ingest.cues import TIP_WORDS, is_prescriptive

# -- what else announces advice: "How to …", "What to do", "What you can do", "So geht's",
# -- "Cómo …", "Que faire", a checklist or takeaways ("À retenir"), and the word for
# -- recommendations or hints in other languages
# -- (the English "Recommendations:" is read by find_list_recommendations)
_HOW_TO = lazy_compile(
    r"\b(?:how\s+to|what\s+to\s+do|what\s+you\s+(?:can|should)\s+do|best\s+practices"
    r"|so\s+geht'?s|was\s+(?:Sie|du|man)\s+tun\s+(?:kann|können|sollte|sollten)|was\s+tun"
    r"|empfehlung(?:en)?|hinweise|cómo\s+\w+|qué\s+hacer|qué\s+puede\s+hacer"
    r"|recomendaci(?:ón|ones)|recomendações|recommandations?|raccomandazioni|que\s+faire"
    r"|comment\s+\w+er"
    # -- a checklist (things to do) and the takeaways a guide closes a part with
    r"|check-?\s?lists?|checklisten?|liste\s+de\s+(?:contrôle|vérification)"
    r"|lista\s+de\s+(?:verificación|control)|to-?do\s+lists?|(?:key\s+)?takeaways?"
    r"|à\s+retenir|das\s+(?:Wichtigste|sollten\s+Sie\s+wissen)|para\s+recordar)\b",
    re.I,
)
_COUNT_WORDS = {
    **dict.fromkeys(("three", "drei", "tres", "trois"), 3),
    **dict.fromkeys(("four", "vier", "cuatro", "quatre"), 4),
    **dict.fromkeys(("five", "fünf", "cinco", "cinq"), 5),
    **dict.fromkeys(("six", "sechs", "seis"), 6),
    **dict.fromkeys(("seven", "sieben", "siete", "sept"), 7),
    **dict.fromkeys(("eight", "acht", "ocho", "huit"), 8),
    **dict.fromkeys(("nine", "neun", "nueve", "neuf"), 9),
    **dict.fromkeys(("ten", "zehn", "diez", "dix"), 10),
}
# -- "5 Tips", "die 8 besten Tipps", "five quick tips", "7 consejos": a count before the tip word
_COUNT = lazy_compile(
    r"(?<![\w.,])(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[^\W\d_][\w-]*\s+){0,2}?"
    rf"(?={TIP_WORDS.pattern})",
    re.I,
)
# -- a heading that suggests rather than commands: "Maybe an app instead?", "Why not ask?"
_SUGGESTION = lazy_compile(
    r"^\W*(?:maybe|perhaps|why\s+not|how\s+about|vielleicht|warum\s+nicht|wie\s+wäre\s+es"
    r"|quizás?|tal\s+vez|por\s+qué\s+no|pourquoi\s+pas|peut-être)\b",
    re.I,
)
# -- advice other languages give in their own grammar: the German polite imperative ("Achten
# -- Sie darauf", "Nehmen Sie …"), French imperatives in -ez ("Vérifiez …", "N'oubliez pas"),
# -- and the modals of need and duty ("sollte", "muss", "debe", "hay que", "il faut", "doit")
_NOT_VERBS = (
    r"(?:Wenn|Wie|Wann|Wo|Was|Ob|Obwohl|Denn|Dann|Nun|Nachdem|Sobald|Falls|Damit|Können|Sollten"
    r"|Müssen|Werden|Haben|Sind|Wollen|Dürfen|Möchten|Chez|Assez)\b"
)
FOREIGN_IMPERATIVE = lazy_compile(
    rf"^\W*(?!{_NOT_VERBS})(?:(?:Bitte\s+)?[A-ZÄÖÜa-zäöü][a-zäöüß]+(?:en|n|e)\s+Sie\b"
    r"|(?:N['’][a-zéèêàâîôû]|(?:Ne\s+)?[A-ZÉÈ])[a-zéèêàâçîôû]+ez\b)(?![^.!?]*\?)"
)
_FOREIGN_MODAL = lazy_compile(
    r"\b(?:sollten?|sollte[st]?|muss|müssen|darf\s+nicht|dürfen\s+nicht|empfiehlt\s+sich"
    r"|debe(?:n|s|mos|ría|rían)?|hay\s+que|conviene|es\s+(?:importante|recomendable|aconsejable)"
    r"|il\s+faut|doi(?:t|vent)|devez|devriez|il\s+est\s+(?:important|conseillé|recommandé))\b",
    re.I,
)


def announces_tips(text: str) -> bool:
    """True when ``text`` (a title, a heading, a lead-in line) says advice follows."""
    return bool(TIP_WORDS.search(text) or _HOW_TO.search(text))


def stated_count(text: str) -> int | None:
    """How many tips ``text`` announces ("5 Tips for …" is 5), or None when it says no number."""
    m = _COUNT.search(text)
    if not m:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _COUNT_WORDS[n]


def suggests(text: str) -> bool:
    """True for a heading that proposes rather than commands ("Maybe an app instead?")."""
    return bool(_SUGGESTION.match(text))


def gives_advice(text: str) -> bool:
    """True when an item advises in English, German, French or Spanish grammar."""
    return (
        is_prescriptive(text)
        or bool(FOREIGN_IMPERATIVE.match(text))
        or bool(_FOREIGN_MODAL.search(text))
    )
