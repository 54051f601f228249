"""Textual cues of a recommendation: ordinal markers, labels, tags, prescriptive wording.

Language-level patterns only ("First,", "Recommendation 2:", "should", an
imperative verb first), shared by the finders in recommendations.py and by
summaries and key figures that leave markers out.
"""

from __future__ import annotations

import functools
import re

from briefing_app.core.lazy_pattern import LazyPattern, lazy_compile
from briefing_app.core.text import split_sentences, without_typed_bold, word_set
from briefing_app.ingest.vocabulary import (
    ARABIC_IMPERATIVES,
    CARDINAL_WORDS,
    IMPERATIVE_VERBS,
    ORDINAL_WORDS,
    ORDINALS,
    SPANISH_PRONOMINAL_IMPERATIVES,
    SPANISH_TU_IMPERATIVES,
    SPANISH_USTED_IMPERATIVES,
)

_ORDINAL_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
# -- longest first, ties in word order: the same pattern in every process (a set's order is
# -- not), so the compiled-pattern cache finds it --
_CARDINAL_WORDS = "|".join(sorted(CARDINAL_WORDS, key=lambda w: (-len(w), w)))
_PUNCT = r"\s*[,.:;—–]\s*|\s+[-–—]\s+"
_AFTERTHOUGHT = (
    r"(?:(?:and\s*,?\s*)?(?:most\s+importantly|most\s+important|above\s+all|perhaps\s+most"
    r"\s+importantly|crucially|finally|lastly|last)\s*[,:;—–]\s*)?"
)
_WORD_MARKER = re.compile(
    r"^(?P<marker>(?:and\s*,?\s*)?(?:the\s+)?(?:"
    r"(?P<opening>to\s+(?:begin|start)(?:\s+with)?|for\s+(?:a\s+start|starters|one\s+thing))"
    rf"(?:{_PUNCT})"
    rf"|(?P<word>{_ORDINAL_WORDS})(?:\s+of\s+all|\s+and\s+(?:finally|lastly|foremost))?"
    rf"(?:{_PUNCT}|\s+)"
    rf"|(?P<cardinal>{_CARDINAL_WORDS})(?:{_PUNCT})"
    r"|(?P<final>finally|lastly|last(?:\s+but\s+not\s+least|\s+of\s+all)?|above\s+all)(?:"
    rf"{_PUNCT})"
    rf"){_AFTERTHOUGHT})(?=\S)",
    re.I,
)
NUMBER_MARKER = re.compile(r"^(?P<marker>\(?(?P<num>\d{1,2})[.)]\s+)(?=\S)")
TAG_MARKER = re.compile(r"\(\s*recommendation\s+(?P<num>\d{1,3})\s*\)", re.I)
LABEL = re.compile(
    r"^(?P<marker>recommendation\s*(?:no\.?\s*|#\s*)?(?P<num>\d{1,2}|[ivx]{1,5})\b\s*[:.—–-]?\s*)",
    re.I,
)
# -- the same duty in Spanish and French: "debería(n) ampliar", "debe ser analizado", "hay que
# -- corregir", "tienen que", "es necesario que"; "devrait étendre", "doit être publié", "il faut",
# -- "il est nécessaire de", "il convient de"; "debe a" (is owed to) and "debe de ser" (must
# -- probably be) hold no infinitive after the verb and state no duty
_ES_VERB = r"(?:[^\W\d_]+mente\s+)?(?:ser|[^\W\d_]+(?:ar|er|ir))"
_FR_VERB = r"(?:[^\W\d_]+ment\s+)?(?:être|[^\W\d_]+(?:er|ir|re))"
SPANISH_FRENCH_MODAL = (
    rf"|deber[ií]an?\s+{_ES_VERB}|deben?\s+{_ES_VERB}|hay\s+que|tienen?\s+que"
    r"|es\s+(?:necesario|fundamental|imprescindible|urgente|esencial|preciso)\s+(?:que|"
    rf"{_ES_VERB})"
    rf"|devrai(?:en)?t\s+{_FR_VERB}|doi(?:ven)?t\s+{_FR_VERB}|il\s+faut|il\s+convient\s+de"
    r"|il\s+(?:est|sera)\s+(?:nécessaire|indispensable|essentiel|urgent|crucial|primordial)"
    r"\s+(?:de|d['’])"
)
_MODAL = lazy_compile(
    r"\b(should(?!\s+have\s+\w+(?:ed|en|wn|ne)\b)|must(?!\s+have\s+\w+(?:ed|en|wn|ne)\b)|ought\s+to"
    # -- "Germany may have to accustom itself …", "you might need to wait": a hedged forecast
    r"|(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?:needs?\s+to|has\s+to|have\s+to)"
    r"|will\s+have\s+to|it(?:\s+is|['’]s)\s+(?:vital|crucial|critical|important|imperative|essential"
    r"|necessary|time|urgent)"
    r"|(?:is|are)\s+(?:essential|vital|needed|required)|recommends?|recommended\s+that"
    r"|urges?|call(?:s)?\s+(?:on|upon)|let\s+us|let's|we\s+need|propose\s+that"
    + SPANISH_FRENCH_MODAL
    + r")\b",
    re.I,
)
# -- the advice word of a heading or lead-in in Spanish, French, Portuguese and Italian:
# -- "Recomendaciones", "Recommandations", "Recomendações", "Raccomandazioni" (one "m", or "a"
# -- for the "e": English "recommend" misses them all)
FOREIGN_ADVICE_WORD = r"recomendaci\w+|recommandation\w*|recomenda[çc]\w+|raccomandazion\w+"
ANNOUNCE = lazy_compile(
    r"\b(recommend\w*|"
    + FOREIGN_ADVICE_WORD
    + r"|propos\w*|urge\w*|call\s+on|should|must|ought|need\s+to|steps|actions"
    r"|measures|priorities|to\s+do|what\s+\w+(?:\s+\w+)?\s+(?:should|must|can|need\s+to)\s+do"
    r"|how\s+to\s+(?:address|fix|solve|avoid|improve|get\s+started)|key\s+points|tips|ways\s+to)\b",
    re.I,
)
# -- "❌ Not recommended" over an option rejects it: its points are the option's problems
ADVICE_HEADING = lazy_compile(
    r"\b((?<!not\s)(?<!non-)recommend\w*|" + FOREIGN_ADVICE_WORD + r"|proposals?"
    r"|what\s+(?:\w+\s+){0,3}(?:should|must|can|needs?\s+to)\s+do"
    r"|what\s+(?:should|must|needs\s+to)\s+be\s+done"
    r"|the\s+way\s+forward|next\s+steps|policy\s+options|options\s+for|priorities\s+for"
    r"|action\s+plan|agenda\s+for|what\s+to\s+do|how\s+to\s+fix)\b",
    re.I,
)
# -- the author's own advice in the first person: "We recommend asking for …", "we suggest
# -- attaching it", "I recommend that …", and advice against, "we generally wouldn't recommend
# -- importing …", "we do not recommend …"; "we suggest that the effect is small" (a finding),
# -- "we recommended" (a past report) and "do we recommend …?" are not advice; "I'd recommend …"
# -- is "I would"
OWN_ADVICE = lazy_compile(
    r"(?<![\w'’])(?:we|I)(?:['’]d)?\s+(?:(?:would|also|strongly|therefore|generally|highly|still"
    r"|wouldn['’]t|would\s+not|don['’]t|do\s+not)\s+){0,2}"
    r"(?:recommend(?!\s+(?:that\s+)?(?:it|this)\s+(?:is|was|be)\b)\s+(?=[\w“\"])"
    r"|suggest\s+(?=\w+ing\b|(?:that\s+)?(?:you|your|agencies|teams|readers)\b)"
    r"|advise\s+(?=\w+ing\b|(?:that\s+)?(?:you|your)\b)"
    # -- advice against: "we strongly discourage writing FAQs"
    r"|discourage\s+(?=\w+ing\b|(?:the\s+)?use\s+of\b)"
    # -- an act proposed: "We propose establishing a new program"; "we propose using a CRF" is
    # -- a paper's method, "we propose that …" as often a hypothesis as a proposal
    r"|propose\s+(?=\w+ing\b)(?!(?:using|applying|employing|learning|modell?ing)\b))",
    re.I,
)
# -- what a listicle calls its numbered points, in the corpus's languages: "8 Tipps", "tips";
# -- "ways" and "steps" only as "ways to …" ("5 ways the budget will hit you" reports)
TIP_WORDS = lazy_compile(
    r"\b(?:tips?|tricks|hacks|tipps|ratschläge|consejos|trucos|conseils|astuces|dicas|consigli"
    r"|trucchi|(?:ways|steps|schritte|pasos|étapes|passos)\s+(?:to|zu[mr]?|para|pour|per)\b)",
    re.I,
)
EXPLICIT = re.compile(r"\b(recommend\w*|propos\w*|urge\w*)\b", re.I)
ANAPHORA = lazy_compile(
    r"^(it|this|these|that|those|such|its|their|they|moreover|furthermore|also|in addition"
    r"|additionally|for example|for instance|indeed|likewise|similarly|in particular|here"
    r"|to this end|as a result|otherwise|doing so|by doing so|in turn|crucially|importantly)\b",
    re.I,
)
_STEM_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = word_set(
    "that this with from have been were will would could should must they their there which "
    "what when where while also more most such than then them these those into only over "
    "other about after before because being does make made many much every"
)


# -- each recommendation's text is asked again by each rule that reads advice (recs-400: 20,878
# -- calls, 8,260 texts), and the pattern's case-blind alternation costs ~1 µs a try; the rules
# -- ask in turn, each over the whole article, so a cache smaller than the article's texts keeps
# -- none of them for the next rule (4,096: 1,875 hits of 18,878 calls at recs-400) --
@functools.lru_cache(maxsize=32768)
def ordinal_marker(text: str) -> tuple[int | None, str]:
    """(ordinal, marker) for text opening with an ordinal word; ordinal None for "Finally"."""
    m = _WORD_MARKER.match(text)
    if not m:
        return None, ""
    if m.group("opening"):
        return 1, m.group("marker")
    word = m.group("word") or m.group("cardinal")
    return (ORDINALS[word.lower()] if word else None), m.group("marker")


def strip_marker(text: str, marker: str) -> str:
    """Text without its ordinal marker or tag, first letter capitalised."""
    rest = text[len(marker) :].lstrip() if marker and text.startswith(marker) else text
    rest = without_typed_bold(TAG_MARKER.sub("", rest)).strip()
    rest = re.sub(r"\s+([.,;:])", r"\1", rest)
    return rest[:1].upper() + rest[1:] if rest else rest


_SAY_VERBS = (
    r"(?:noted|mentioned|stressed|emphasi[sz]ed|underlined|highlighted|pointed\s+out|said|added"
    r"|admitted|conceded|clarified|reiterated|observed|remembered|recalled|acknowledged"
    r"|recogni[sz]ed|understood|borne\s+in\s+mind|kept\s+in\s+mind|considered)"
)
_SAY = (
    r"(?:note|mention|stress|emphasi[sz]e|underline|highlight|point\s+out|add|admit|concede"
    r"|clarify|reiterate|observe|remember|recall|acknowledge|recogni[sz]e|understand|realize"
    r"|bear\s+in\s+mind|keep\s+in\s+mind|address|consider)"
)
# -- the writer framing a statement, not asking anyone to act: "It must be noted that, …", "it
# -- should be borne in mind that …", "It is important to address that the policy is one of many
# -- factors", "One must admit that …", "we should note that …"; what follows "that" is judged alone
FRAMING = lazy_compile(
    rf"\b(?:it|this)\s+(?:must|should|needs?\s+to|has\s+to|ought\s+to)\s+(?:also\s+|again\s+)?be\s+"
    rf"(?:\w+ly\s+)?{_SAY_VERBS}(?:\s+(?:here|again|also|too|first|however))?\s*,?\s*(?:that\b|,)"
    rf"|\b(?:one|we|I)\s+(?:must|should|need\s+to|have\s+to|ought\s+to)\s+(?:also\s+|first\s+)?"
    rf"{_SAY}\s+(?:here\s+)?that\b"
    rf"|\bit(?:\s+is|['’]s)\s+(?:also\s+|therefore\s+|thus\s+)?(?:important|necessary|crucial"
    rf"|essential|vital|critical|imperative)\s+to\s+(?:also\s+)?{_SAY}\s+(?:here\s+)?that\b",
    re.I,
)


def without_framing(text: str) -> str:
    """The text with the writer's framing phrases ("it must be noted that") taken out.

    Such a phrase holds a modal ("must", "it is important") but asks no one to do
    anything: it only presents the statement after it, which is advice or not on
    its own words ("It should be noted that agencies must report …" still is).
    """
    if "ust" not in text and "hould" not in text and "mportant" not in text and "eed" not in text:
        return text  # -- most texts: none of the modals a framing phrase holds
    low = text.lower()
    if not any(word in low for word in _FRAMING_WORDS) and not _FOLDED_APART.search(text):
        return text  # -- nor a verb of saying: a sentence of advice holds a modal, rarely one
    return FRAMING.sub(" ", text)


# -- a word every branch of FRAMING holds (its verb of saying, _SAY and _SAY_VERBS), lower case;
# -- re.I also folds "ı", "İ" and "ſ", which str.lower() does not (then FRAMING is run). A verb
# -- added there needs its word here (tests/unit/ingest/test_framing_words.py) --
_FRAMING_WORDS = (
    "note", "mention", "stress", "emphasi", "underline", "highlight", "point", "said", "add",
    "admit", "conce", "clarif", "reiterat", "observ", "rememb", "recall", "acknowledg", "recogni",
    "underst", "realize", "mind", "consider",
)  # fmt: skip
_FOLDED_APART = re.compile("[ıİſ]")


def is_prescriptive(text: str) -> bool:
    """True when the text gives advice: a prescriptive modal, or an imperative verb first.

    A modal inside a framing phrase ("It must be noted that …") is none.
    """
    return imperative(text) or bool(_MODAL.search(without_framing(text)))


# -- "The first track …", "the second step …": an ordinal after "the" with no stop after it is
# -- an adjective, and the next word the noun it counts, not a command ("First, track …")
_ADJECTIVE_ORDINAL = re.compile(r"^(?:and\s*,?\s*)?the\s+[^\W\d_]+\s+$", re.I)


_DONT = re.compile(r"[Dd]on['’]t\s+[a-z]")


def imperative(text: str) -> bool:
    """True when the text (after any ordinal or number) opens with an imperative verb."""
    marker = ordinal_marker(text)[1] or marker_of(text)
    if _ADJECTIVE_ORDINAL.match(marker):
        return False  # -- "The first track evaluates …": the word after is the noun it counts
    rest = text[len(marker) :] if marker else text
    opening = rest.lstrip(" \t\"'“‘(*_")
    first = re.match(r"[^\W\d_][\w-]*(?P<of>\s+of\b)?", opening)
    # -- "Use of force", "Review of the year": a noun that is spelt like a verb
    noun = first is not None and first.group("of") is not None
    verb = bool(first and first.group(0).split()[0].lower() in IMPERATIVE_VERBS)
    # -- a negative command: "Don't learn to live with it", as "Do not …" is ("do" is a verb)
    verb = verb or _DONT.match(opening) is not None
    # -- a French infinitive ends as one ("Définir", "Établir"): the regex only for those
    french = first is not None and first.group(0).endswith(_INFINITIVE_ENDS)
    verb = verb or arabic_command(opening) or (french and french_command(opening))
    verb = verb or spanish_command(opening) or spanish_imperative(opening)
    if not verb or noun:
        return False
    # -- "Do you …?" asks; only the opening sentence's own end counts (asked only of a verb:
    # -- the scan to the first stop was ~1 µs for each paragraph tested)
    return re.match(r"[^.!?؟]*[?؟]", rest) is None


# -- French advice is written in the infinitive ("Définir clairement ce qui …", "Utiliser un
# -- langage simple", "Poser des questions précises"): a word ending as an infinitive does (-er,
# -- -ir, -re) and then what only a verb takes next — an object's determiner, a pronoun, an
# -- adverb in -ment. "de"/"du" are left out ("Avenir de la France", "Dossier du mois" name
# -- things); prepositions and determiners spelt like infinitives are named
_FRENCH_INFINITIVE = lazy_compile(
    r"(?!(?:entre|contre|outre|notre|votre|autre|hier|premier|dernier|quatre|cuir|soir|noir"
    r"|titre|chapitre|centre|ordre|membre|nombre|lettre|livre|cadre|guerre|terre|pierre"
    # -- English words spelt so, before a noun in -ment ("Under government plans, …")
    r"|under|after|over|never|ever|whether|either|neither|rather|together|other|another"
    r"|further|later|however|wherever|whenever|their|there|where|here|more|before|sure|were"
    r"|are|entire|per|her|four|after|winter|summer|center|power|water|paper|number|order)\s)"
    r"[^\W\d_]{2,}(?:er|ir|re)\s+"
    r"(?:(?:le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|vos|votre|nos|notre"
    r"|tout|tous|toute|toutes|en|y|aux|à|se)\s|[ls]['’]|[^\W\d_]{3,}ment\s)",
    re.I,
)


_INFINITIVE_ENDS = ("er", "ir", "re", "ER", "IR", "RE", "Er", "Ir", "Re")


def _infinitive_command(text: str, ends: tuple[str, ...], pattern: LazyPattern) -> bool:
    """True when the text opens with an infinitive (a first word in ``ends``) that ``pattern``
    reads as a command; most openings end otherwise and run no regex."""
    space = text.find(" ", 0, 40)
    if space < 3 or not text.endswith(ends, 0, space):
        return False
    return pattern.match(text) is not None


def french_command(text: str) -> bool:
    """True when the text opens with a French infinitive used as a command (see above)."""
    return _infinitive_command(text, _INFINITIVE_ENDS, _FRENCH_INFINITIVE)


# -- Spanish advice is written in the infinitive too ("Ampliar el servicio …", "Publicar los
# -- horarios …"): a word ending as one does (-ar, -er, -ir) and then an object's determiner or
# -- a pronoun, as for French; nouns so spelt ("Lugar", "Mujer", "Bienestar") take "de" or an
# -- adjective next, and the English words so spelt are named
_SPANISH_INFINITIVE = lazy_compile(
    r"(?!(?:under|after|over|never|ever|whether|either|neither|rather|together|other|another"
    r"|further|later|however|their|winter|summer|center|power|water|paper|number|order|year"
    r"|clear|similar|regular|popular|particular|familiar|nuclear|solar|polar|dollar|mar|lugar"
    r"|hogar|bienestar|poder|mujer|ayer|placer|alquiler|porvenir)\s)"
    r"[^\W\d_]{2,}(?:ar|er|ir)\s+"
    r"(?:el|la|los|las|un|una|unos|unas|su|sus|nuestros?|nuestras?|este|esta|estos|estas|todos"
    r"|todas|al|lo|le|les|se|más|mejor)\s",
    re.I,
)
_SPANISH_ENDS = ("ar", "er", "ir", "AR", "ER", "IR", "Ar", "Er", "Ir")


def spanish_command(text: str) -> bool:
    """True when the text opens with a Spanish infinitive used as a command (see above)."""
    return _infinitive_command(text, _SPANISH_ENDS, _SPANISH_INFINITIVE)


# -- the pronouns Spanish attaches to a command ("Manténgase", "repítalo", "dígaselo", "hazlo"),
# -- longest first; the command then carries a written accent it lacks alone ("repita")
_ENCLITICS = (
    "selo",
    "sela",
    "selos",
    "selas",
    "nos",
    "les",
    "los",
    "las",
    "se",
    "te",
    "lo",
    "la",
    "le",
    "me",
)
_ACCENTED = str.maketrans("áéíóú", "aeiou")
_COMMAND_FORMS = (
    SPANISH_USTED_IMPERATIVES,
    SPANISH_TU_IMPERATIVES,
    SPANISH_PRONOMINAL_IMPERATIVES,
)
_SPANISH_WORDS = lazy_compile(r"\W*(?P<no>[Nn]o\s+)?(?P<verb>[^\W\d_]+)(?P<next>\s+[^\W\d_]+)?")


def spanish_imperative(text: str) -> bool:
    """True when the text opens with a Spanish command (vocabulary.SPANISH_*_IMPERATIVES).

    "Revisa tu presión", "Evite hacer varias cosas", "Manténgase informado",
    "Hazte revisiones", "No olvide su cita", "no dejes …". The familiar form is
    spelt as the third person ("Sigue siendo un problema" reports): one followed
    by a gerund is no command. After "No" only the polite (subjunctive) form or
    its familiar "-s" is a command ("No deja" reports).
    """
    m = _SPANISH_WORDS.match(text)
    if not m:
        return False
    word = m.group("verb").lower()
    if m.group("no"):
        return word in SPANISH_USTED_IMPERATIVES or (
            word.endswith("s") and word[:-1] in SPANISH_USTED_IMPERATIVES
        )
    if word in SPANISH_USTED_IMPERATIVES:
        return True
    if word in SPANISH_TU_IMPERATIVES:
        gerund = (m.group("next") or "").strip().lower().endswith(("ando", "iendo", "yendo"))
        return not gerund
    return _with_enclitic(word)


def _with_enclitic(word: str) -> bool:
    """A command with its pronouns attached: the bare form with the accent the attachment
    added taken off ("repítalo": "repita"), or a one-syllable form as it is ("hazlo": "haz")."""
    for ending in _ENCLITICS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        bare = stem.translate(_ACCENTED)
        if bare != stem and any(bare in forms for forms in _COMMAND_FORMS):
            return True
        if stem in ("haz", "pon", "ten"):
            return True
    return False


# -- Arabic vowel marks and the tatweel: "تحقّق" is written "تحقق" in the word list
_ARABIC_MARKS = lazy_compile("[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_WORDS = re.compile(r"(?:[\u0600-\u06ff]+)(?:\s+[\u0600-\u06ff]+)?")


def arabic_command(text: str) -> bool:
    """True when the text opens with an Arabic command: "تأكد من …", "لا تشارك أسرارك".

    The imperative is one of vocabulary.ARABIC_IMPERATIVES, vowel marks aside.
    "لا" then a second-person jussive is a negative command; its stem is the
    imperative's ("تشارك" from "شارك", "تستخدم" from "استخدم"), so "لا توجد"
    (there is no) is not one.
    """
    words = _ARABIC_WORDS.match(text[:80])
    if not words:
        return False
    parts = _ARABIC_MARKS.sub("", words.group(0)).split()
    if parts[0] in ARABIC_IMPERATIVES:
        return True
    if parts[0] != "لا" or len(parts) < 2 or not parts[1].startswith("ت"):
        return False
    stem = parts[1][1:]
    return bool({stem, "ا" + stem} & ARABIC_IMPERATIVES)


# -- a lead-in before the command: "Instead of hiring a DJ, use …", "If you can, skip …"
_LEAD_IN = re.compile(
    r"^(?:instead\s+of|rather\s+than|if|when|before|after|once|to|for|whenever)\b[^,.;:!?]{1,80},\s*"
    # -- a guide's connective before its command: "That said, try to keep your lists simple"
    r"|^(?:that\s+said|in\s+(?:that|this|any)\s+case|where(?:ver)?\s+possible|as\s+a\s+rule),\s*"
    # -- the same in Spanish: "Si notas cambios …, consulta …", "Al final del día, repase …"
    r"|^(?:si|cuando|antes\s+de|después\s+de|una\s+vez|en\s+caso\s+de|al\s+final\s+del?"
    r"|en\s+última\s+instancia)\b[^,.;:!?]{0,80},\s*",
    re.I,
)
# -- a condition long enough to list things with commas: "If a person's situation, medical
# -- condition, illness, or injury is relevant to the content, be as specific as possible"; each
# -- comma of its first LONG_LEAD characters is tried as the clause's end
_CONDITION = re.compile(r"^(?:if|when|whenever|si|cuando)\b", re.I)
_CLAUSE_COMMA = re.compile(r",\s*")
LONG_LEAD = 180


# -- an example's lead-in, before the condition that opens the command: "Por ejemplo, si busca
# -- un nombre, diga …" (an English "For example, …" only illustrates: recommendations._EXAMPLE)
_EXAMPLE_LEAD = re.compile(r"^por\s+ejemplo,\s*", re.I)


def _commands_after_lead(text: str) -> bool:
    """Whether a lead-in clause opens the text and a command follows it."""
    example = _EXAMPLE_LEAD.match(text)
    if example:
        text = text[example.end() :]
        if imperative(text):
            return True
    lead = _LEAD_IN.match(text)
    if lead and imperative(text[lead.end() :]):
        return True
    if not _CONDITION.match(text):
        return False
    head = text[:LONG_LEAD]
    head = head[: min((head.find(c) for c in ".;:!?" if c in head), default=len(head))]
    return any(imperative(text[m.end() :]) for m in _CLAUSE_COMMA.finditer(head))


# -- a line that points to more material to watch or read: "Watch the talk on …, by X", "Voir
# -- la vidéo …", "Lire l'article …", "Siehe den Bericht …", "Ver el vídeo …", "Leggi
# -- l'articolo …": a further-reading list's entry, never the writer's advice
_MATERIAL_POINTER = lazy_compile(
    r"^\W*(?i:see|read|watch|view|listen\s+to|voir|lire|regarder|visionner|écouter|siehe"
    r"|lesen\s+Sie|sehen\s+Sie|ver|leer|mirar|escuchar|vedi|leggi|guarda|ascolta)\s+"
    r"(?:(?i:the|our|this|a|an|le|la|les|l['’]|un|une|notre|den|die|das|el|los|las|un|una"
    r"|il|lo|gli|l['’])\s*)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?i:article|artikel|articolo|artículo|video|vidéo|vídeo|conference|conférence"
    r"|conferencia|talk|lecture|vortrag|guide|guía|leitfaden|report|rapport|bericht|informe"
    r"|rapporto|description|descripción|beschreibung|podcast|documentary|documentaire"
    r"|documental|interview|entretien|entrevista|intervista|book|livre|buch|libro|slides"
    r"|presentation|présentation|webinar|film|película|blog\s*post|page|página|website|site)s?\b"
)


def commands(text: str) -> bool:
    """True when the paragraph's first sentence tells the reader what to do.

    The sentence opens with an imperative verb, or with a lead-in clause and
    then one ("Instead of hiring a DJ, use your phone", "That said, try to
    keep …", "If a person's situation, condition, or injury is relevant, be
    as specific as possible"). A line pointing to material to watch or read
    ("Voir la vidéo …", "Read the report …") is a reference, not a command.
    """
    if not (imperative(text) or _commands_after_lead(text)):
        return False  # -- most paragraphs: decided by their first words, no sentence split
    if _MATERIAL_POINTER.match(text):
        return False
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    return not first.rstrip().endswith((":", "?"))


def marker_of(text: str) -> str:
    m = NUMBER_MARKER.match(text) or LABEL.match(text)
    return m.group("marker") if m else ""


# -- an item that names a thing rather than asking for it: "First, and most important, is the
# -- definition of …", "The second fundamental in securing data is the use of …"
_DEFINES = lazy_compile(r"^(?:[\w'’-]+\s+){0,8}?(?:is|are|was|were)\s+(?:the|a|an|our|its)\s", re.I)


# -- a key word defined, not used: "MUST This word, or the terms "REQUIRED" or "SHALL", mean that
# -- …", "SHOULD NOT This phrase …" (a glossary of requirement levels)
MENTIONS = lazy_compile(
    r"^\W*[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\W*\s+(?:This|The)\s+(?:word|phrase|term|adjective|keyword)s?\b"
)


# -- an item that gives a reason for a choice already made: "First, because that avoids taking
# -- real estate …, which should be committed to …", "Second, because it allows …"
_REASON = re.compile(r"^\W*because\b", re.I)


def advises(item: str) -> bool:
    """True when a list item or an ordinal paragraph gives advice.

    An item whose opening sentence only says what something is ("The second
    fundamental is the use of resource security") describes: a "should" later
    in its explanation ("a policy should address three things") does not turn
    it into advice, so such an item is judged on its opening sentence alone.
    An item that opens "because" argues for a choice made before it: a
    "should" inside the reason is no advice of its own.
    """
    marker = ordinal_marker(item)[1] or marker_of(item)
    rest = item[len(marker) :] if marker else item
    if MENTIONS.match(rest) or _REASON.match(rest):
        return False
    if _DEFINES.match(rest):
        spans = split_sentences(item)
        return is_prescriptive(item[spans[0][0] : spans[0][1]] if spans else item)
    return is_prescriptive(item)


def mostly_prescriptive(texts: list[str]) -> bool:
    return sum(advises(t) for t in texts) * 2 > len(texts)


def stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _STEM_WORD.findall(text) if w.lower() not in _COMMON}


def continues(item: str | set[str], text: str) -> bool:
    """A paragraph after the last item belongs to it when it carries the item's own words on."""
    shared = len((item if isinstance(item, set) else stems(item)) & stems(text))
    return shared >= 2 or (shared >= 1 and bool(ANAPHORA.match(text)))


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
_FIRST_WORD = re.compile(r"^\W*(?P<word>[A-Za-z][a-z]+)(?P<of>\s+of\b)?")


def verb_shaped(text: str) -> bool:
    """The text opens with a word that may be a command's verb: not a function word, not in
    -ing, -ly, -ed or a plural's -s, and not a noun before "of" ("Use of force")."""
    m = _FIRST_WORD.match(text)
    return m is not None and not m.group("of") and verb_shaped_word(m.group("word"))


def verb_shaped_word(word: str) -> bool:
    """One word that may be a command's verb (see ``verb_shaped``)."""
    verb = word.lower()
    if verb in _NOT_VERBS or verb.endswith(("ing", "ly", "ed")):
        return False
    return not (verb.endswith("s") and not verb.endswith(("ss", "us")))
