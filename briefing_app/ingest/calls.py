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
from collections import Counter
from collections.abc import Sequence

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.cues import ADVICE_HEADING, ANAPHORA, is_prescriptive, without_framing
from briefing_app.ingest.recommendations import _LET_US, OPENS_QUOTE, Found, may_hold
from briefing_app.ingest.tips import FOREIGN_IMPERATIVE

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
    r"(?:must|need\s+to|should|ought\s+to|have\s+(?:got\s+)?to)(?:\s+not)?\s+(?!have\s+\w+(?:ed|en|wn)\b)(?=[a-z])"
    r"|(?i:we['’]ve\s+got\s+to)\s+(?!have\s+\w+(?:ed|en|wn)\b)(?=[a-z])"
    r"|(?i:wir)\s+(?:(?:alle|auch|jetzt|endlich|gemeinsam)\s+)?(?:müssen|sollten)\b"
    r"|(?i:müssen|sollten)\s+wir\b"
    r"|(?i:debemos|tenemos\s+que|nous\s+devons|il\s+nous\s+faut|dobbiamo|devemos"
    r"|precisamos)\b"
    # -- "requerimos construir …", "necesitamos cambiar …": we need to, before its infinitive
    r"|(?i:requerimos|necesitamos)\s+(?=[a-záéíóúñ]+(?:ar|er|ir)\b)"
    r")"
)
# -- the same call in German, French, Spanish, Portuguese and Italian beyond "we must": the
# -- writer's impersonal or first-person duty ("es muss", "lassen Sie uns", "il
# -- faut", "il est indispensable de", "hay que", "es necesario que", "é preciso", "bisogna") and
# -- a party told what to do, a modal before its infinitive ("l'État doit agir", "los países deben
# -- agruparse", "o governo deve investir", "lo Stato deve intervenire"; German's infinitive
# -- closes the clause: "Die Politik muss sich ändern"); not "muss gewesen sein"/"… haben" (what
# -- must have happened), "se debe a" / "debe de ser" (no infinitive), a verb-first "Sollte …"
# -- (if) or the subjunctive of reported speech ("müsse", "solle": never matched)
_INFINITIVE = (
    r"(?:\w+(?:ment|mente)\s+)?(?:(?:pas|plus|jamais|donc|aussi|également|désormais|no|también"
    r"|ahora|urgentemente|não|non)\s+)?"
    r"(?!(?:être|ser|estar|essere|pouvoir|poder|potere|avoir|haber|ter|avere)\b)[^\W\d_]+(?:er|ir|re|ar|are|ere|ire)"
    r"(?:se|lo|la|los|las|le|les|si|-se)?\b"
)
# -- the duty in the passive with the party that is to act: "l'assemblée doit être mise en place
# -- par le gouvernement", "el plan debe ser aprobado por el Congreso", "le norme devono essere
# -- riviste dal governo"; without its agent ("la même liberté doit être préservée") it states
# -- what a rule or a licence requires, no call on anyone
_FOREIGN_PASSIVE = (
    r"(?:être|ser|essere)\s+(?:[^\W\d_]+(?:ment|mente)\s+)?[^\W\d_]+"
    r"(?:ée?s?|ise?s?|ite?s?|ad[oa]s?|id[oa]s?|ch[oa]s?|ert[oa]s?|ist[oaie]s?|at[oaie]|ut[oaie])"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:par|por|da|dal|dalla|dai|dalle|dagli)\b"
)
# -- thinking along asks no one to act: "il est nécessaire de comprendre …", "hay que
# -- recordar …", "bisogna ricordare …" (as "it is important to understand" in _NEEDED)
_THINK = (
    r"(?:[\w'’]+\s+){0,3}?(?:comprendre|savoir|noter|ajouter|rappeler|souligner|mentionner|dire|reconnaître"
    r"|considérer|entender|comprender|saber|recordar|señalar|decir|destacar|tener\s+en\s+cuenta"
    r"|mencionar|subrayar|notar|considerar|lembrar|dizer|compreender|ricordare|notare|capire"
    r"|sottolineare|sapere|considerare|añadir|acrescentar|aggiungere)\b"
)
_FOREIGN_CALL = lazy_compile(
    r"(?<![\w'’])(?:"
    r"(?i:es\s+muss|lass(?:t|en\s+Sie)\s+uns|il\s+faut|nous\s+devrions"
    r"|il\s+(?:est|sera)\s+(?:indispensable|nécessaire|essentiel|urgent|impératif|primordial"
    r"|temps)\s+d(?:e\b|['’])|hay\s+que|deber[ií]amos|deveríamos|dovremmo|bisogna|occorre"
    r"|es\s+(?:necesario|imprescindible|urgente|fundamental|preciso|hora\s+de)\s+que"
    r"|temos\s+(?:que|de)|é\s+(?:preciso|necessário|fundamental|urgente|hora\s+de)"
    rf"|è\s+(?:necessario|indispensabile|urgente|ora\s+di))\b(?!\s*{_THINK})"
    rf"|(?P<party>(?i:doi(?:t|vent)|devrai(?:en)?t|deben?|deberán?|deber[ií]an?|dev(?:e|em|ono)|deveria(?:m)?"
    rf"|dovrebbe(?:ro)?)\s+(?:(?:ne|se|nous|vous|lui|leur)\s+)?(?:{_INFINITIVE}|{_FOREIGN_PASSIVE}))"
    # -- the writer's demand named as such: "La troisième revendication d'XR est de demander aux
    # -- gouvernements de …", "Unsere erste Forderung ist, dass …", "Nuestra exigencia es que …"
    r"|(?i:revendication|forderung|reivindicaci[oó]n|exigencia|rivendicazione)"
    r"[^.!?;:]{0,80}?\s(?i:est\s+(?:de|d['’]|que)|ist,?\s+dass|es\s+(?:que|de)|è\s+(?:di|che))\b"
    # -- "muss … nicht/kein …" is "need not", no duty; "muss … nicht nur" still is one
    r"|(?:(?:(?i:daher|deshalb|darum|deswegen|dafür|folglich)\s+(?i:muss|müssen)"
    r"|(?<=\w\s)(?:MUSS|MÜSSEN))(?![^,.;:!?]*\b(?:nicht|kein\w*|vielleicht)\b(?!\s+nur))"
    r"|(?<=\w\s)(?i:sollte|sollten))\s+[^,.;:!?»“”\"]{0,80}?"
    r"(?<!gewesen\s)\b(?!haben\b)[a-zäöüß]+(?:en|ern|eln|tun)"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:indem|damit|sodass|weil|wenn|dass|falls|sobald)\b)"
    r")"
)
# -- the words of a news story's source, not the writer's: "sagt Jaeger", "so die Ministerin",
# -- «a-t-il déclaré», "selon X", "según X", "dijo", "segundo X", "ha detto"
_ATTRIBUTED = lazy_compile(
    r"\b(?:sagte?|sagten|(?-i:so\s+(?:die\s+|der\s+|das\s+)?[A-ZÄÖÜ]\w+)|betonte?|erklärte?|forderte?|meinte?"
    r"|warnte?|laut|zufolge|selon|déclare|affirme|estime|explique|souligne|ajoute|précise"
    r"|a\s+(?:dit|déclaré|expliqué|affirmé|estimé|souligné|indiqué|ajouté|précisé)"
    r"|según|dijo|afirmó|señaló|explicó|aseguró|declaró|indicó|sostuvo|advirtió|agregó|añadió"
    r"|segundo|disse|afirmou|declarou|explicou|secondo|ha\s+(?:detto|dichiarato|spiegato))\b"
    r"|-t-(?:il|elle|ils|elles)\b",
    re.I,
)
# -- a French imperative, first or after the sentence's lead-in, with its object or adverb
# -- right after it: "Vérifiez vos sources", "N'utilisez pas …", "En tant que mainteneur,
# -- choisissez correctement votre licence"; a name in -ez ("Gonzalez said", "Pérez, de 45
# -- años") has none of these after it, and a lead-in holding a quotation is someone's words
_FRENCH_IMPERATIVE = lazy_compile(
    r"^(?:[^.!?;:«»“”\"]{1,120}?,\s*)?(?:[Nn]['’]|[Nn]e\s+)?(?!(?i:assez|chez|avez)\b)"
    r"[A-ZÉÈa-zéèêàâçîôû][a-zéèêàâçîôû]+ez\s+(?:le|la|les|l['’]|un|une|des|du|d['’]|vos|votre"
    r"|leurs?|ce|ces|cette|cet|à|au|aux|bien|toujours|clairement|correctement|pas|plus|en|y)\b"
    r"(?![^.!?]*\?)"
)
# -- a party's duty inside a relative or subordinate clause describes, it asks nothing: "les
# -- raisons pour lesquelles ils doivent reporter", "le personnel, qui doit filtrer", "los
# -- pedidos que los centros deben realizar"
_CLAUSE_OPENS = lazy_compile(
    r"\b(?:qui|que|qu['’]\w*|quels?|quelles?|lesquel\w*|auxquel\w*|dont|où|si|lorsque|quand"
    r"|comme|cuando|donde|quien\w*|cual\w*|porque|cuy[ao]s?|como|che|cui|dove|se|onde|quem)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r".*[,;:()—–]", re.S)
# -- a French or German imperative may open one of the paragraph's sentences ("Vérifiez …",
# -- "Achten Sie …"): only then are its sentences read for one
_IMPERATIVE_CUE = re.compile(r"[a-zéèêàâçîôû]ez\b|\sSie\b")
# -- a norm stated in the passive: "standards should be created by …", "must be made public"
_SHOULD_BE_DONE = lazy_compile(
    r"^(?:[^,;:]{1,60},\s*)?(?!\s*(?:[Ii]t|[Tt]here|[Tt]his|[Tt]hat|[Ww]hat|[Ww]hich|[Nn]othing|[Nn]o\s+one)\b)"
    r"[^,;:]{0,60}?"
    r"\b(?:should|must|ought\s+to)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn|ne|de)"
    # -- the irregular participles that end otherwise: "Satellites should be built to last"
    r"|built|kept|made|sent|held|paid|spent|sought|brought|taught|bought|left|put|set|shut)\b"
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
    # -- the German polite imperative: "Achten Sie darauf …" (tips.FOREIGN_IMPERATIVE)
    german_command = " Sie" in sentence and FOREIGN_IMPERATIVE.match(sentence)
    commands = german_command or _FRENCH_IMPERATIVE.match(sentence)
    foreign = commands or (
        may_hold(sentence, _FOREIGN_CALL_WORDS) and _FOREIGN_CALL.search(sentence)
    )
    if foreign and _others_words(sentence, opening, closing):
        return False
    if commands:
        return True
    depth = straight = last = 0
    matches = [*_WE_MUST.finditer(sentence), *_FOREIGN_CALL.finditer(sentence)] if foreign else []
    for m in sorted(matches, key=lambda m: m.start()) or _WE_MUST.finditer(sentence):
        if "party" in m.re.groupindex and m.group("party") and _in_clause(sentence, m.start()):
            continue
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


def _others_words(sentence: str, opening: str, closing: str) -> bool:
    """A sentence in another language that reports someone else's words, not the writer's.

    A news story's source is named ("sagt Jaeger", «a-t-il déclaré», "según X"),
    or the sentence is the tail of a quotation opened in the one before it (it
    closes more quotations than it opens).
    """
    if _ATTRIBUTED.search(sentence):
        return True
    return sum(map(sentence.count, closing)) > sum(map(sentence.count, opening))


def _in_clause(sentence: str, start: int) -> bool:
    """Whether the modal at ``start`` sits in a relative or subordinate clause ("qui doit …")."""
    head = sentence[:start]
    clause = head[m.end() :] if (m := _CLAUSE_BREAK.match(head)) else head
    return bool(_CLAUSE_OPENS.search(clause))


def _interview(texts: list[str], prose: list[int]) -> bool:
    """Two or more speakers' turns ("Name: …") among the paragraphs: an interview or transcript."""
    return len({m.group(0) for k in prose if (m := _SPEAKER.match(texts[k]))}) >= 2


# -- a word every branch of _WE_MUST, _MODAL_CUE and _BE_DONE_CUE holds, and one every branch of
# -- _FOREIGN_CALL holds, lower case (recommendations.may_hold): find_calls asks every paragraph
# -- for a cue, and these patterns open on a lookbehind tried at each character (~15% of reading
# -- a report of nested headings, whose paragraphs hold none). A branch added there needs its
# -- word here (tests/unit/ingest/test_call_cue_words.py) --
_CALL_CUE_WORDS = (
    "must", "need", "should", "ought", "have", "we've", "we’ve", "müss", "sollte", "debemos",
    "tenemos", "devons", "faut", "dobbiamo", "devemos", "precisamos", "requerimos", "necesitamos",
)  # fmt: skip
_FOREIGN_CALL_WORDS = (
    "muss", "müss", "lass", "faut", "dev", "deb", "dov", "doi", "indispensable", "nécessaire",
    "essentiel", "urgent", "impératif", "primordial", "temps", "hay", "bisogna", "occorre",
    "necesario", "imprescindible", "fundamental", "preciso", "hora", "temos", "é", "è", "sollte",
)  # fmt: skip


def _may_call(text: str) -> bool:
    """Whether a paragraph holds a cue of a call (_WE_MUST, _BE_DONE_CUE, _MODAL_CUE,
    _FOREIGN_CALL, _IMPERATIVE_CUE), each pattern run only on a text holding a word it needs."""
    return bool(
        (
            may_hold(text, _CALL_CUE_WORDS)
            and (_WE_MUST.search(text) or _BE_DONE_CUE.search(text) or _MODAL_CUE.search(text))
        )
        or (may_hold(text, _FOREIGN_CALL_WORDS) and _FOREIGN_CALL.search(text))
        or (("ez" in text or "Sie" in text) and _IMPERATIVE_CUE.search(text))
    )


# -- a duty put on a party or a thing in the main clause, after a lead-in clause at most:
# -- "Prisons should be a last resort", "For lesser crimes, fines should be proportional to …",
# -- "If …, then the resources should be there", "…, so mechanisms must be in place"; not a
# -- pronoun's (what "it"/"they"/"you" must do goes back to another sentence or is general), a
# -- clause after a conjunction or inside a report ("but when investment needs to …", "critics
# -- argue that rules must …"), a future need ("investments will need to …"), a negated need
# -- ("don't have to"), a state to have ("Publishers should have the opportunity") or a noun
# -- ("a real must have")
_SUBJECT_WORD = (
    r"(?!(?i:that|whether|if|who|which|what|when|whenever|while|because|since|as|although|though"
    r"|unless|but|and|or|nor|so|than|where|will|would|can|could|may|might|shall|is|are|was|were"
    r"|do|does|did)\b)(?![\w'’-]*n['’]t\b)[A-Za-z][\w'’-]*\s+"
)
_DUTY = lazy_compile(
    r"^(?:[^.!?;:\"“”]{1,160}?,\s*(?:(?:then|so)\s+)?)?"
    r"(?!(?i:it|this|that|these|those|there|what|which|who|whoever|nothing|no|one|he|she|they"
    r"|you|i|we|some|many|most|any|such)\b)"
    rf"(?:{_SUBJECT_WORD}){{1,4}}?"
    r"(?:should|must|ought\s+to|ha(?:s|ve)\s+to|needs?\s+to)\s+(?:not\s+|never\s+|always\s+)?"
    r"(?!have\b)(?!be\s+able\b)[a-z]"
)


def _states_duty(sentence: str) -> bool:
    """Whether a sentence of a piece that argues asks a party (or a thing) to act or be so
    (_DUTY), says it is necessary to act (_NEEDED) or opens "Let us …", in the writer's voice."""
    sentence = without_framing(sentence).strip()
    if OPENS_QUOTE.match(sentence) or sentence.endswith(("?", ":")) or _READ_AS.search(sentence):
        return False
    return bool(_DUTY.match(sentence) or _NEEDED.match(sentence) or _LET_US.match(sentence))


def find_calls(texts: list[str], kinds: Sequence[str]) -> list[Found]:
    """Each paragraph of a piece that argues for action, from its first call to its last.

    In such a piece a sentence that puts a duty on a party or a thing ("Prisons should be a
    last resort", "the funding has to be there") or calls an act imperative is the writer's
    call as much as a "we must" (_states_duty): each is one more recommendation, also in a
    paragraph with no "we must".
    """
    prose = [k for k, t in enumerate(texts) if t and kinds[k] == "paragraph"]
    if _interview(texts, prose):
        return []  # -- an interview: its calls are the speakers', not the writer's argument
    calling: list[tuple[int, tuple[int, int]]] = []
    for k in prose:
        text = texts[k]
        if not _may_call(text):
            continue  # -- most paragraphs: no cue, no sentence split
        spans = [(s, e) for s, e in split_sentences(text) if _calls(text[s:e])]
        if spans:
            calling.append((k, (spans[0][0], spans[-1][1])))
    if len(calling) < MIN_PARAGRAPHS or len(calling) < MIN_SHARE * len(prose):
        return []
    call_span = dict(calling)
    found: list[tuple[int, tuple[int, int]]] = []
    for k in prose:
        start, end = call_span.get(k, (len(texts[k]), len(texts[k])))
        duties = [
            (s, e)
            for s, e in split_sentences(texts[k])
            if (e <= start or s >= end) and _states_duty(texts[k][s:e])
        ]
        own = [(k, call_span[k])] if k in call_span else []
        found += sorted([(k, d) for d in duties] + own)
    return [Found(n, (k,), "", span) for n, (k, span) in enumerate(found, 1)]


CLOSING_PARAGRAPHS = 2  # -- the last prose paragraphs, where a piece draws its conclusion
# -- a sentence that draws the conclusion: "So, instead of …, we should …", "Therefore we must …"
_CONCLUDES = lazy_compile(
    r"^\W*(?:so|therefore|thus|hence|that['’]s\s+why|that\s+is\s+why|this\s+is\s+why)\b",
    re.I,
)


def find_concluding_call(texts: list[str], kinds: Sequence[str]) -> list[Found]:
    """The call a piece ends on: "So, instead of wasting our time in fear, we should ensure …".

    One call in a piece is reasoning on the way (see find_calls), but the one
    its last paragraphs draw as their conclusion ("So", "Therefore", "That is
    why" and a call in the writers' own voice, "we should/must/need to …") is
    what the piece argues for. A transcript's speakers are left out as in
    find_calls.
    """
    prose = [k for k, t in enumerate(texts) if t and kinds[k] == "paragraph"]
    if _interview(texts, prose):
        return []
    found: list[Found] = []
    for k in prose[-CLOSING_PARAGRAPHS:]:
        text = texts[k]
        for s, e in split_sentences(text):
            sentence = text[s:e]
            if _CONCLUDES.match(sentence) and _WE_MUST.search(sentence) and _calls(sentence):
                found.append(Found(len(found) + 1, (k,), "", (s, e)))
    return found


# -- what a paper calls itself on its title, label or first lines: "Policy Brief", "Policy
# -- Proposal for …", "Briefing note", "MEMORANDUM", "…: A Call for Action", "This consultation
# -- paper sets out …", "Policy Paper", "A Position Paper"
_KIND = (
    r"(?:policy\s+(?:brief|memo(?:randum)?|proposal|recommendations)|issue\s+brief"
    r"|briefing\s+(?:note|paper)|decision\s+memo|memorandum|calls?\s+(?:for|to)\s+action"
    r"|(?:consultation|position|policy)\s+paper)"
)
_NAMES_KIND = lazy_compile(rf"\b{_KIND}\b", re.I)
_KIND_LINE = lazy_compile(rf"\W*{_KIND}\W*", re.I)
# -- the paper naming itself as it goes: "This brief uses an ensemble benchmark", "this policy
# -- memo argues"; not a memo in the news ("this memo was leaked", "this memo shows")
_THIS_BRIEF = lazy_compile(
    r"\b[Tt]his\s+(?:brief|policy\s+(?:brief|memo))\s+(?!was\b|has\b)[a-z]+s\b"
)
# -- a title that names the paper a brief of some kind as its last word: "India-MENA Strategic
# -- Risk Brief", "Country Brief: …" is news ("In brief", "Brief: …" open a news digest)
_ENDS_BRIEF = lazy_compile(r"\w\s+brief\W*$", re.I)
FIRST_LINES = 3  # -- the lines under the title that may name the paper's kind


def calls_itself_a_brief(title: str, lines: Sequence[str]) -> bool:
    """Whether a paper says it is a policy brief, memo or proposal: advice is what it is for.

    Its title or first lines name the kind ("Policy Brief: Income inequality",
    "Policy Proposal for …"), a line of its own does (a label over the title or
    at the foot), or its prose does ("This brief uses …"). A news story or an
    essay names no kind of its own so.
    """
    if _NAMES_KIND.search(title) or any(_NAMES_KIND.search(t) for t in lines[:FIRST_LINES]):
        return True
    if _ENDS_BRIEF.search(title):
        return True
    return any(_KIND_LINE.fullmatch(t) or _THIS_BRIEF.search(t) for t in lines)


# -- the headings that close a paper and draw its lessons: "Conclusion", "Recap", "Policy
# -- implications", "Final thoughts", "Concluding remarks"
_CLOSING_HEADING = lazy_compile(
    r"^\W*(?:(?:\d{1,2}|[IVX]{1,4})[.)]?\s+)?(?:conclusions?|concluding\s+\w+|recap|final\s+"
    r"(?:thoughts|remarks|words?)|closing\s+(?:thoughts|remarks)|in\s+closing|(?:policy\s+)?"
    r"implications(?:\s+for\s+policy)?|the\s+bottom\s+line|outlook)\b",
    re.I,
)
_PARTICIPLE = (
    r"(?:[a-z]+(?:ed|en|wn)|built|set|kept|made|done|run|sent|held|put|paid|led|read|shut|spent"
    r"|told|sought|brought|found|left|met|given|taken)"
)
# -- someone told to act: the writers ("we"), an office or a group that governs or decides
# -- ("the government", "Congress", "policymakers", "employers"), a name ("Hungary", "CPH"), or
# -- a thing to be done in the passive ("a coverage goal should be set"); after a lead-in clause
# -- at most, with an aside after the subject ("Employers, and especially owners …, should")
_GROUP = (
    r"(?:governments?|policy\s*makers|lawmakers|legislators|legislatures?|congress|parliaments?"
    r"|states?|ministr(?:y|ies)|authorities|regulators|agencies|universit(?:y|ies)"
    r"|administrations?|councils?|cities|municipalities|employers|schools|donors|funders|leaders"
    r"|officials|businesses|companies|firms|teams)"
)
# -- a name's word, with the acronym it goes by: "Commission (CPUC)"
_NAME_WORD = r"[A-Z][\w.&'’-]*(?:\s+\([A-Z]{2,8}\))?"
_ACTOR = (
    rf"(?:(?i:we|one|(?:the\s+|all\s+|local\s+|national\s+|federal\s+|state\s+)*{_GROUP}"
    # -- two groups joined: "Businesses and policy teams", "Regulators and lawmakers"
    rf"(?:\s+and\s+(?:[\w-]+\s+)?{_GROUP})?)"
    # -- a group named by its country or place: "The Slovak employers", "the Ontario government"
    # -- ("These companies" points back at a group already named: no place)
    rf"|(?:[Tt]he\s+)?(?!(?:These|Those|Such|Some|Many|Most|Other|Any)\b)"
    rf"(?:[A-Z][\w'’-]*\s+){{1,2}}(?i:{_GROUP})"
    # -- a name, with its article and acronym, or two joined: "The FDA", "The California Public
    # -- Utilities Commission (CPUC) and California Independent System Operator (CAISO)"
    rf"|(?:[Tt]he\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:of\s+|and\s+)?{_NAME_WORD}){{0,8}}))"
)
# -- a group told to act in the second half of a sentence: "… are a valuable workforce and the
# -- Slovak government should ensure …"
_THEN_GROUP = lazy_compile(
    rf"[^.!?;:]{{1,200}}?\s(?:and|so)\s+(?:the\s+|all\s+)?(?:\w[\w'’-]*\s+){{0,2}}?"
    rf"(?i:{_GROUP})\s+(?:should|must|ought\s+to|needs?\s+to)\s+(?:not\s+)?"
    rf"(?!have\s+\w+(?:ed|en|wn)\b)(?!be\s+able\b)[a-z]"
)
_ACTOR_MODAL = lazy_compile(
    rf"^(?:[^,;:]{{1,80}},\s*)?{_ACTOR}(?:,[^,;:]{{1,80}},)?\s+(?:(?:[a-z]+ly|also|therefore|now|first"
    rf"|still|urgently)\s+)?(?:should|must|ought\s+to|needs?\s+to)\s+(?:not\s+)?(?:only\s+)?"
    rf"(?!have\s+\w+(?:ed|en|wn)\b)(?!be\s+able\b)[a-z]"
)
# -- how a finding is to be read is no act asked of anyone: "Results should be interpreted with
# -- caution", "a fall should be expected"
_READ = r"(?:interpreted|read|seen|viewed|understood|regarded|expected|noted|mentioned)\b"
_READ_AS = lazy_compile(rf"\b(?:should|must)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?{_READ}")
_PASSIVE = lazy_compile(
    rf"^(?:[^,;:]{{1,80}},\s*)?(?!(?:it|there|what|which)\b)"
    # -- "this"/"that" as a pronoun restates ("This should be done"); before a noun it names the
    # -- thing ("That distinction should be preserved in any public release")
    rf"(?!(?:this|that|these|those)\s+(?:should|must|ought|also|is|are|was|were|has|have|will"
    rf"|would|can|could|may|might)\b)"
    rf"[^,;:]{{1,60}}?\s(?:should|must|ought\s+to)\s+(?:(?:also|first|not)\s+)?be\s+"
    rf"(?:\w+ly\s+)?(?!{_READ}){_PARTICIPLE}\b",
    re.I,
)
# -- the writer saying what has to be done, with or without whom: "It is time for the FDA to
# -- take responsibility …", "It is important to establish a collaborative effort …", "it is
# -- critical to raise public knowledge …"; thinking along ("it is important to understand …",
# -- "to note …", "to remember …") asks no one to act
_NEEDED = lazy_compile(
    r"^(?:[^,;:]{1,80},\s*)?(?:it\s+is|it['’]s)\s+(?:also\s+|therefore\s+|now\s+|thus\s+)?"
    r"(?:(?:high\s+|past\s+)?time|important|necessary|crucial|essential|vital|critical|imperative"
    r"|urgent)\s+(?:for\s+[^,;:.]{1,60}?\s+)?to\s+(?:\w+ly\s+)?(?!(?:note|mention|say|stress"
    r"|remember|recall|recogni[sz]e|understand|realize|know|see|bear|keep\s+in|consider|point"
    r"|add|emphasi[sz]e|acknowledge|highlight|be\s+aware|look)\b)[a-z]+\b",
    re.I,
)
# -- a brief's own "should" in its body: "A plan should be evaluated against …"; not an open
# -- question ("Whether employees should be entitled to …"), an idea reported ("promotes the
# -- idea that more data should be processed …") or a role to fill ("the U.S should also be a
# -- leader in …"): a state, not an act; nor what should have been done ("should have known"),
# -- though a duty to hold is ("the government should have an ethical obligation to …")
_SHOULD = lazy_compile(
    r"\b(?:should|ought\s+to)\s+(?!have\s+(?:\w+(?:ed|en|wn)|been|done|made|had|got|gone|known"
    r"|seen|taken|given|said|told|left|come|become|kept|run|put|set|let)\b)"
    r"(?!(?:also\s+)?be\s+(?:a|an|the)\b)"
)
_HELD_NORM = lazy_compile(
    # -- a sentence's own first word "That" names a thing ("That distinction should be kept")
    r"^\W*(?:whether|if)\b|(?<=\S\s)(?:that|whether|if)\b[^,;:]{0,80}?\b(?:should|ought\s+to)\b",
    re.I,
)
# -- "It shows that …", "This means that …", "The benefits demonstrated by X strongly suggest
# -- that …": the writer's conclusion from the evidence, then the advice itself
_INFERS = lazy_compile(
    r"^(?:(?:it|this)\s+(?:shows|means|follows|implies|suggests)"
    r"|[^.!?;:]{1,200}?\s(?:strongly\s+|clearly\s+)?(?:suggests?|shows?|indicates?|demonstrates?))"
    r"\s+that\s+"
    # -- the writers' own judgement: "With these considerations, we believe the KSA should …"
    r"|^(?:[^.!?;:,]{1,80},\s*)?we\s+(?:firmly\s+|strongly\s+)?(?:believe|think)\s+(?:that\s+)?",
    re.I,
)
_NOT_NAMES = lazy_compile(
    r"(?:It|This|That|There|These|Those|What|Which|Such|Each|Every|Both|He|She|They|You|Nothing"
    r"|Something|Everything|Anything|No|Any|Some|All|Many|Most|Future|Further|More)\b"
)


def tells_actor(sentence: str, common: set[str], *, named: bool = False) -> bool:
    """True when the sentence tells someone who can act what to do (see _ACTOR_MODAL, _PASSIVE,
    _NEEDED).

    A capitalised subject counts as a name unless the paper writes its first
    word in lower case more often than capitalised inside a sentence
    (``common``, see ``_common_words``): "Hungary should …" is a name,
    "Research should …" a sentence's first word when "research" is a word of
    the paper's prose. How a finding is to be read ("Results should be
    interpreted with caution") asks no one to act. ``named``: only a sentence
    that names who is to act counts (no passive, no "it is important to").
    """
    sentence = without_framing(sentence).strip()
    if OPENS_QUOTE.match(sentence) or sentence.endswith(("?", ":")) or _READ_AS.search(sentence):
        return False
    sentence = _INFERS.sub("", sentence)
    sentence = sentence[:1].upper() + sentence[1:] if sentence[:1].islower() else sentence
    m = _ACTOR_MODAL.match(sentence)
    if m and m.group("name"):
        first = m.group("name").split()[0]
        if _NOT_NAMES.match(first) or _base(first) in common:
            m = None
    m = m or _THEN_GROUP.match(sentence)
    if named:
        return m is not None
    return (
        m is not None
        or _PASSIVE.match(sentence) is not None
        or _NEEDED.match(sentence) is not None
        or _calls(sentence)
    )


_WORD = re.compile(r"(?<=[\w,;)] )[A-Z][\w'’-]*|\b[a-z][\w'’-]*")


def _common_words(texts: list[str]) -> set[str]:
    """The words (lower-cased) a text writes in lower case more often than capitalised mid-sentence."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in _WORD.findall(text):
            counts[_base(word)] += 1 if word[0].islower() else -1
    return {w for w, n in counts.items() if n > 0}


def _base(word: str) -> str:
    """The word in lower case without a possessive ("Hungary's" is "hungary")."""
    return re.sub(r"['’]s$", "", word.lower())


def _body_advice(sentence: str) -> bool:
    """Whether a sentence in a brief's body may be its own advice: it says what "should" be
    done, and not inside a question or a reported idea (see _HELD_NORM)."""
    return bool(_SHOULD.search(sentence)) and not _HELD_NORM.search(sentence)


def find_closing_calls(
    sections: list[tuple[str | None, list[int]]],
    texts: list[str],
    *,
    brief: bool,
    crowded: Sequence[bool] = (),
) -> list[Found]:
    """The sentences of a brief that tell an actor what to do, in its closing and advice sections.

    A policy brief, memo or proposal (``calls_itself_a_brief``) is written to
    advise, and often does so in plain prose where it concludes ("Recap",
    "Conclusion", "Policy implications") or under "Recommendations" without a
    list: "Hungary should institutionalize …", "We should stop subsidizing the
    industry …". There each sentence that tells an actor (the government, the
    writers, a named body) what to do, or asks in the passive for a thing to be
    done, is one recommendation; a sentence the page layout broke off (its
    paragraph ends with no stop and the next opens in lower case) takes the
    next paragraph with it. In the brief's other sections (and its untitled
    opening) only a "should" counts ("Increased emphasis should be placed on
    language courses"): there "must" and "needs to" mostly state what the law
    or the situation requires. In other papers such a sentence is reasoning or
    report, not advice. In a section where other advice was already found
    (``crowded``, one flag per section: a list, a labelled item) only a
    sentence that names who is to act is added ("The employers should …"),
    not a passive norm beside it.
    """
    if not brief:
        return []
    common = _common_words(texts)
    found: list[Found] = []
    for number, (heading, members) in enumerate(sections):
        named = number < len(crowded) and crowded[number]
        closing = bool(heading) and bool(
            _CLOSING_HEADING.match(heading or "") or ADVICE_HEADING.search(heading or "")
        )
        for n, k in enumerate(members):
            text = texts[k]
            spans = split_sentences(text) if text else []
            for s, e in spans:
                if not closing and not _body_advice(text[s:e]):
                    continue
                if not tells_actor(text[s:e], common, named=named):
                    continue
                blocks: tuple[int, ...] = (k,)
                nxt = members[n + 1] if n + 1 < len(members) else None
                broken = e >= len(text.rstrip()) and not text.rstrip().endswith((".", "!", "?"))
                if broken and nxt == k + 1 and texts[nxt][:1].islower():
                    blocks = (k, nxt)
                found.append(Found(len(found) + 1, blocks, "", (s, e)))
    return found


# -- "Summary", "Executive summary", "1. Executive Summary:" alone on the heading line
_SUMMARY_HEADING = lazy_compile(
    r"^\W*(?:(?:\d{1,2}|[IVX]{1,4})[.)]?\s+)?(?:executive\s+)?summary\W*$", re.I
)


def find_summary_advice(
    sections: list[tuple[str | None, list[int]]], texts: list[str]
) -> list[Found]:
    """The "should" sentences of an executive summary written as one paragraph.

    Such a summary is the paper's own digest: where it says what should be done,
    it states the key advice the body develops ("The Government should consider
    extra spending …"), in any paper, brief or not. A summary of several paragraphs
    reports findings as well, so only the one-paragraph digest is read this way; how
    a finding is to be read ("Results should be interpreted …") asks no one to act.
    """
    found: list[Found] = []
    for heading, members in sections:
        paragraphs = [k for k in members if texts[k].strip()]
        if not heading or not _SUMMARY_HEADING.match(heading) or len(paragraphs) != 1:
            continue
        text = texts[paragraphs[0]]
        for s, e in split_sentences(text):
            if _body_advice(text[s:e]) and not _READ_AS.search(text[s:e]):
                found.append(Found(len(found) + 1, (paragraphs[0],), "", (s, e)))
    return found


# -- a sentence that goes on about the one before ("It should attach to …", "Additionally, we
# -- must …"), or sets a condition first ("If it is necessary to …, … must be considered"): it
# -- belongs to the call before it
_GOES_ON = lazy_compile(r"^\W*(?:if|when|whenever|unless|and|or|but)\b", re.I)


def further_call(sentence: str) -> bool:
    """Whether a sentence after the first of a taken block is a call of its own (see each_call).

    It names its actor and act in the active voice ("The airport should not displace …", "we
    need to …", "choisissez …"). A norm in the passive after a call ("All suites should be
    supported by servers") spells out the call before it, the way the paragraph's other
    sentences do, and stays with it.
    """
    if ANAPHORA.match(sentence) or _GOES_ON.match(sentence) or OPENS_QUOTE.match(sentence):
        return False
    if _SHOULD_BE_DONE.search(sentence):
        return False
    if sentence.rstrip().endswith(("?", ":")):
        return False
    return _calls(sentence) or is_prescriptive(sentence)


def each_call(found: list[Found], texts: list[str]) -> list[Found]:
    """One recommendation per call of a block a finder took as advice, in reading order.

    The truth convention counts every advising sentence on its own, also when it
    follows another in the same paragraph ("The airport should not take up the
    waterfront. The airport should not displace anyone. We must link it to the rail
    network." are three).
    A finder that takes a paragraph (or a span of it, from its first call to its
    last) as one recommendation is cut at each later sentence that calls on its
    own; what comes before a call stays with the call before it, and the
    paragraphs that continue the block stay with its last call. The first piece
    keeps the finder's marker.
    """
    out: list[Found] = []
    for f in found:
        text = texts[f.blocks[0]]
        start, end = f.span or (0, len(text))
        lead = len(f.marker) if f.marker and text.startswith(f.marker, start) else 0
        region = start + lead
        starts = [region + s for s, e in split_sentences(text[region:end])[1:]
                  if further_call(text[region + s : region + e])]  # fmt: skip
        if not starts:
            out.append(f)
            continue
        cuts = [start, *starts]
        for n, (s, e) in enumerate(zip(cuts, [*starts, end], strict=True)):
            blocks = f.blocks if n == len(starts) else f.blocks[:1]
            out.append(Found(f.ordinal, blocks, f.marker if n == 0 else "", (s, e)))
    return out
