"""Find recommendations: ordinal prose ("First, … Six, … Finally,"), labels, tags, introduced lists.

Every finder works on the shape of the text — ordinal markers in sequence, an
announcing sentence before a list, "Recommendation 2:" labels — and then checks
that the items actually give advice (a modal such as "should"/"must", or an
imperative verb first), so an essay's "First, … Second, …" history is not
mistaken for advice and mentions of other people's recommendations are not
invented into the author's own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_app.core.lazy_pattern import LazyPattern, lazy_compile
from briefing_app.core.text import in_title_case, split_sentences, word_set
from briefing_app.ingest import deontic, tips
from briefing_app.ingest.cues import (
    ADVICE_HEADING,
    ANAPHORA,
    ANNOUNCE,
    EXPLICIT,
    LABEL,
    NUMBER_MARKER,
    OWN_ADVICE,
    TAG_MARKER,
    advises,
    commands,
    continues,
    imperative,
    is_prescriptive,
    marker_of,
    mostly_prescriptive,
    ordinal_marker,
    stems,
    strip_marker,
    verb_shaped,
)
from briefing_app.ingest.numbering import heading_count
from briefing_app.ingest.vocabulary import ADVICE_CUES

__all__ = ["Found", "is_prescriptive", "ordinal_marker", "strip_marker"]

MAX_GAP = 6  # -- paragraphs (or sentences) allowed between two items of one list
MAX_TAIL = 4  # -- paragraphs that may continue the last item


@dataclass(frozen=True)
class Found:
    """A recommendation located in the body: its blocks, ordinal, marker and optional sentence span.

    ``span`` is a [start, end) range inside the first block's text when the
    recommendation is one or a few sentences of a longer paragraph.
    """

    ordinal: int
    blocks: tuple[int, ...]
    marker: str
    span: tuple[int, int] | None = None


def _with_continuations(
    run: list[tuple[int, int, str]], texts: list[str], boundaries: set[int]
) -> list[Found]:
    """Paragraphs between two items belong to the earlier; after the last only cohesive ones."""
    items = []
    for n, (start, ordinal, marker) in enumerate(run):
        end = run[n + 1][0] if n + 1 < len(run) else start + 1 + MAX_TAIL
        blocks, words = [start], stems(texts[start])
        k = start + 1
        while k < min(len(texts), end) and k not in boundaries:
            if n + 1 == len(run) and not continues(words, texts[k]):
                break
            blocks.append(k)
            words |= stems(texts[k])
            k += 1
        items.append(Found(ordinal=ordinal, blocks=tuple(blocks), marker=marker))
    return items


def _ordinal_run(
    items: list[str], start: int, *, stop: set[int] | None = None
) -> list[tuple[int, int, str]]:
    """Indices of a First/Second/…/Finally sequence from ``start``; other items may come between."""
    run = [(start, 1, ordinal_marker(items[start])[1])]
    for j in range(start + 1, len(items)):
        if (stop and j in stop) or j - run[-1][0] > MAX_GAP:
            break
        nxt, mk = ordinal_marker(items[j])
        expected = run[-1][1] + 1
        # -- a speech may mark only "First, …" and "Finally, …": the run is then two items
        if nxt == expected or (nxt is None and mk and len(run) >= 1):
            run.append((j, expected, mk))
            if nxt is None:
                break
    return run


def find_ordinal_runs(texts: list[str], boundaries: set[int]) -> list[Found]:
    """Runs of paragraphs marked First/Second/…/Finally that read as advice.

    A run starts at ordinal 1, each next marker is the next number (or a closing
    "Finally"), it never crosses a section boundary, has at least two items,
    and most of its items are prescriptive.
    """

    def run_at(i: int) -> list[tuple[int, int, str]]:
        return _ordinal_run(texts, i, stop=boundaries) if ordinal_marker(texts[i])[0] == 1 else []

    return _advice_runs(texts, boundaries, run_at)


def find_inline_ordinals(texts: list[str]) -> list[Found]:
    """ "First, X should … Second, Y must … Finally, …" written as sentences of one paragraph."""
    found: list[Found] = []
    for k, text in enumerate(texts):
        spans = split_sentences(text)
        sentences = [text[s:e] for s, e in spans]
        starts = [n for n, s in enumerate(sentences) if ordinal_marker(s)[0] == 1]
        if not starts:
            continue
        run = _ordinal_run(sentences, starts[0])
        if len(run) < 2 or not mostly_prescriptive([sentences[n] for n, _, _ in run]):
            continue
        for m, (n, ordinal, marker) in enumerate(run):
            last = run[m + 1][0] - 1 if m + 1 < len(run) else n
            while m + 1 == len(run) and last + 1 < len(sentences):
                if not ANAPHORA.match(sentences[last + 1]):
                    break
                last += 1
            span = (spans[n][0], spans[last][1])
            found.append(Found(ordinal=ordinal, blocks=(k,), marker=marker, span=span))
    return found


# -- the writer proposing what the list then gives, without a colon: "I would propose the
# -- following specific services and requirements … The additions would strengthen …", "we
# -- recommend the following three changes."
_OWN_FOLLOWING = lazy_compile(
    r"(?<![\w'’])(?:I|[Ww]e)(?:['’]d)?\s+(?:(?:would|also|therefore|strongly)\s+){0,2}"
    r"(?:recommend|propose|suggest|urge)\s+(?:(?:all|these)\s+)?the\s+following\b"
    # -- the same in the corpus's other languages, the writer or the paper itself speaking in
    # -- the present: "본 보고서는 다음을 강력히 요청한다" (this report strongly requests the
    # -- following), "recomendamos lo siguiente", "nous recommandons ce qui suit", "empfehlen wir
    # -- Folgendes", "提出以下建议", "نوصي بما يلي"; a report of someone else's requests is told
    # -- in the past ("정부는 다음을 요청했다") or with its subject named, and stays out
    r"|다음(?:을|과\s*같이)\s*(?:[가-힣]+\s+)?(?:요청|제안|권고|건의|촉구)(?:한다|합니다)"
    r"|(?i:recomendamos|proponemos|se\s+recomienda|se\s+propone)\s+lo\s+siguiente\b"
    r"|(?i:nous\s+recommandons|nous\s+proposons)\s+ce\s+qui\s+suit\b"
    r"|(?i:empfehlen\s+wir|wir\s+empfehlen)\s+(?:daher\s+|deshalb\s+)?Folgendes\b"
    r"|(?:提出|给出)(?:以下|如下)(?:几点|几条)?建议|建议如下"
    r"|(?:نوصي|نقترح)\s+(?:بما\s+يلي|ما\s+يلي|بالآتي)"
)


# -- the writer's own demands named over a list: "Our demands:", "Unsere Forderungen:", "Nos
# -- revendications", "Nuestras demandas", "Le nostre richieste", "Wir fordern:"; the items are
# -- the demands whatever their grammar (a programme states them as facts to be: "Die
# -- Regierungen legen die Wahrheit offen"). "The demands on staff" (a burden) names no owner
_OWN_DEMANDS = lazy_compile(
    r"^\W*(?:(?i:our|unsere|nos|nuestras|nuestros|le\s+nostre|as\s+nossas|nossas)\s+"
    r"(?:(?i:three|four|five|drei|vier|fünf|trois|quatre|cinq|tres|cuatro|cinco|tre|quattro"
    r"|cinque|três|quatro|key|main|central|zentralen|principales|principali|principais)\s+)?"
    r"(?i:demands|forderungen|revendications|exigences|demandas|exigencias|reivindicaciones"
    r"|richieste|rivendicazioni|reivindicações|exigências)"
    r"|(?i:we\s+demand|wir\s+fordern|nous\s+exigeons|nous\s+revendiquons|exigimos"
    r"|reivindicamos|chiediamo))\s*:?\s*$"
)


# -- a lead-in that proposes an act of its own, its list saying what the act is for: "We propose
# -- a technical briefing with the agency to:" (the briefing is advice; "We recommend the
# -- following:" or "We propose:" only announce what follows)
_PROPOSES_ACT = lazy_compile(
    r"^\W*(?:I|[Ww]e)\s+(?:(?:would|also|therefore|strongly)\s+){0,2}(?:propose|recommend|urge"
    r"|suggest)\s+(?!(?:the\s+)?following\b|these\b|those\b|this\b|that\b|as\s+follows\b)"
    r"[^:.!?]{3,200}:\s*$"
)


def _proposal_span(intro: str) -> tuple[int, int] | None:
    """The span of a lead-in's last sentence when it proposes an act of its own (_PROPOSES_ACT)."""
    spans = split_sentences(intro.rstrip())
    if not spans:
        return None
    start, end = spans[-1]
    return (start, end) if _PROPOSES_ACT.match(intro[start:end]) else None


# -- a lone "item" that is a label in title case, such as a form field of a figure the PDF
# -- reader took for a one-item numbered list ("Tax Receipt" under "7.3 Next Steps"): its first
# -- word may read as a verb ("Tax"), but two or three capitalised words and no stop name a thing
_TITLE_LABEL = re.compile(r"^\W*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2}\s*$")


def find_list_recommendations(
    texts: list[str],
    kinds: Sequence[tuple[str, bool]],
    boundaries: set[int],
    *,
    context: dict[int, str] | None = None,
    levels: Sequence[int] | None = None,
) -> list[Found]:
    """List items introduced as advice ("We recommend the following:", "Governments should:").

    ``context`` adds words to an introducing line, such as the section heading
    above a sub-heading ("Recommendations" over "For regulators"). ``levels``
    gives list nesting: a sub-item belongs to the item above it, not a
    recommendation of its own.
    """
    found: list[Found] = []
    i = 0
    taken_end = -1  # -- where the last numbered list taken as advice ended
    while i < len(texts):
        if kinds[i][0] != "list_item" or i == 0 or kinds[i - 1][0] == "list_item":
            i += 1
            continue
        j = i
        while j < len(texts) and kinds[j][0] == "list_item" and (j == i or j not in boundaries):
            j += 1
        intro = f"{texts[i - 1]} {(context or {}).get(i - 1, '')}".strip()
        # -- a numbered list that a comment interrupts and then carries on ("1. … / This policy
        # -- does not apply to small farms. / 2. …") is one list: its verdict holds for the rest
        resumes = (
            kinds[i][1]
            and taken_end >= 0
            and i - taken_end <= MAX_TAIL
            and not texts[i - 1].rstrip().endswith(":")  # -- a new lead-in: another list
            and not any(b in boundaries for b in range(taken_end, i + 1))
        )
        items = list(range(i, j))
        explicit = bool(EXPLICIT.search(intro)) and intro.rstrip().endswith(":")
        explicit = explicit or _labels_advice_list(texts[i - 1], (context or {}).get(i - 1, ""))
        own = bool(_OWN_FOLLOWING.search(texts[i - 1]) or _OWN_DEMANDS.match(texts[i - 1]))
        explicit = explicit or own
        depth = [levels[k] if levels else 0 for k in items]
        tops = [k for k, d in zip(items, depth, strict=True) if d == min(depth)]
        top_texts = [texts[k] for k in tops]
        # -- "we are proposing two indices:" then what each one is: things proposed, no advice
        # -- ("we recommend:" is advice whatever its items' shape)
        proposes = not re.search(r"(?i)\b(?:recommend|urg)", intro)
        explicit = explicit and not (proposes and all(map(_defines, top_texts)))
        directs = _directs_party(texts[i - 1], top_texts)
        lone_label = len(tops) == 1 and bool(_TITLE_LABEL.match(top_texts[0]))
        means = _means_to_call(texts[i - 1], top_texts)
        taken_end = -1 if not resumes else taken_end
        if (
            directs
            or resumes
            or _announced_act_labels(texts[i - 1], top_texts)
            or _actions_to_consider(texts[i - 1], top_texts)
            or means is not None
            or (
                (own or ANNOUNCE.search(intro))
                and (explicit or (mostly_prescriptive(top_texts) and not lone_label))
            )
        ):
            taken_end = j if kinds[i][1] else -1
            proposal = means or _proposal_span(texts[i - 1])
            run = [Found(1, (i - 1,), "", proposal)] if proposal else []
            for k, d in zip(items, depth, strict=True):
                if d > min(depth) and run:
                    last = run[-1]
                    run[-1] = Found(last.ordinal, (*last.blocks, k), last.marker, last.span)
                else:
                    run.append(Found(ordinal=len(run) + 1, blocks=(k,), marker=marker_of(texts[k])))
            found += run
        elif _commands_its_list(texts[i - 1], (context or {}).get(i - 1, ""), top_texts):
            found.append(Found(1, (i - 1, *items), ""))
        else:
            found += _advice_under_labels(texts, items, depth)
        i = j
    return found


def _commands_its_list(intro: str, heading: str, items: list[str]) -> bool:
    """A command that the list under it completes, in a section whose heading names advice:
    "Create a service control tower with:" over "Automated classification", "Status alerts"
    under "Recommended solution". The list gives the parts of the one thing to do, not advice
    of its own, so the command with its list is one recommendation."""
    return (
        intro.rstrip().endswith(":")
        and imperative(intro)
        and bool(ADVICE_HEADING.search(heading))
        and not mostly_prescriptive(items)
    )


# -- a topic label as a list's top item: "Patient Consent & Autonomy", "Data privacy and
# -- security"; a few words, no stop, no clause
_TOPIC_ITEM = re.compile(r"^\W*[^\W\d_][^.:;!?]{1,60}$")


def _advice_under_labels(texts: list[str], items: list[int], depth: list[int]) -> list[Found]:
    """The sub-items of a list whose top items are topic labels and whose sub-items advise.

    A policy sorts its rules under numbered topics ("1. Bias Mitigation &
    Fairness" over "Conduct bias audits regularly …", "All AI models must be
    trained on …"): no line announces them, but every topic has its points and
    two thirds or more of the points command or say what must be done. Each
    point is then one recommendation; a topic is not (it names no act). A
    topic list whose points describe ("Crude oil imports", "Remittance flows")
    stays prose.
    """
    tops = [n for n, d in enumerate(depth) if d == min(depth)]
    if len(tops) < 2 or not all(_TOPIC_ITEM.match(texts[items[n]]) for n in tops):
        return []
    if any(advises(texts[items[n]]) for n in tops):
        return []
    if any(b - a < 2 for a, b in zip(tops, [*tops[1:], len(items)], strict=True)):
        return []  # -- a topic with no point of its own under it
    points = [n for n, d in enumerate(depth) if d == min(depth) + 1]
    if sum(advises(texts[items[n]]) for n in points) * 3 < len(points) * 2:
        return []
    run: list[Found] = []
    for n, d in enumerate(depth):
        if d > min(depth) + 1 and run:
            last = run[-1]
            run[-1] = Found(last.ordinal, (*last.blocks, items[n]), last.marker, last.span)
        elif d == min(depth) + 1:
            run.append(Found(len(run) + 1, (items[n],), marker_of(texts[items[n]])))
    return run


def find_advice_under_counted_heads(
    texts: list[str], kinds: Sequence[tuple[str, bool]], levels: Sequence[int]
) -> list[Found]:
    """The points under counted topic headings, each heading over its own list.

    The topics that _advice_under_labels reads as a list's top items may be
    set as headings instead ("1. Bias Mitigation & Fairness", "2. Data
    Privacy" each over bullets "All AI models must be trained on …"): the
    shape is the same, so the points are read the same way. The headings must
    follow one another with nothing but their lists between them and count on
    ("1.", "2.", …), so a report's ordinary sections stay out.
    """
    found: list[Found] = []
    i = 0
    while i < len(texts):
        items, depth, last = _counted_heads_run(texts, kinds, levels, i)
        if len(last) >= 2:
            shown = list(texts)
            for k in last:
                shown[k] = strip_marker(texts[k], marker_of(texts[k]))
            found += _advice_under_labels(shown, items, depth)
        i = max(i + 1, items[-1] + 1 if items else i + 1)
    return found


def _counted_heads_run(
    texts: list[str], kinds: Sequence[tuple[str, bool]], levels: Sequence[int], start: int
) -> tuple[list[int], list[int], list[int]]:
    """(blocks, depths, headings) of the counted headings from ``start``, each over its list."""
    items: list[int] = []
    depth: list[int] = []
    heads: list[int] = []
    count: tuple[str, int] | None = None
    j = start
    while j + 1 < len(texts) and kinds[j][0] == "heading" and kinds[j + 1][0] == "list_item":
        this = heading_count(texts[j])
        if this is None or (count is not None and this != (count[0], count[1] + 1)):
            break
        count = this
        k = j + 1
        while k < len(texts) and kinds[k][0] == "list_item":
            k += 1
        heads.append(j)
        items += range(j, k)
        depth += [0, *(max(1, 1 + levels[n] - levels[j + 1]) for n in range(j + 1, k))]
        j = k
    return items, depth, heads


# -- a lead-in that puts actions before a reader to take up: "Education stakeholders may
# -- consider:", "Ministries should consider the following:", "Donors could also consider:"; "the
# -- board will consider:" announces an agenda, "should be considered:" the things to weigh
_CONSIDER = lazy_compile(
    r"\b(?:may|might|could|should|must|can|ought\s+to|need\s+to)\s+(?:also\s+|therefore\s+)?"
    r"(?:wish\s+to\s+|want\s+to\s+)?consider(?:\s+the\s+following(?:\s+[^\W\d_]+)?)?\s*:\s*$",
    re.I,
)
# -- an item naming an action by its gerund: "Expanding remedial support.", "Investing in …"
# -- (not a word in -ing that names no action: "During the first year …", "Nothing else …")
_GERUND_ITEM = lazy_compile(
    r"^\W*(?!(?:During|Nothing|Something|Anything|Everything|Morning|Evening|Spring)\b)"
    r"[A-Z][a-z]{2,}ing\b"
)


def _actions_to_consider(intro: str, items: list[str]) -> bool:
    """A list of actions a reader is told to consider: "Education stakeholders may consider:"
    over "Expanding remedial learning support.", "Strengthening teacher coaching …".

    "May consider" is how a cautious brief recommends; its items name each action by its
    gerund (or command it outright), and most of the two or more items must, so "should
    consider:" over the costs and risks to weigh ("The cost of the pilot", "Its timeline")
    stays prose.
    """
    if len(items) < 2 or not _CONSIDER.search(intro.strip()):
        return False
    acting = [t for t in items if _GERUND_ITEM.match(t) or advises(t)]
    return len(acting) * 2 > len(items)


# -- the means to a call just made, left open for the list to give: "This can be accomplished
# -- by:", "which could be achieved through:"; the sentence before says what is to be done
_MEANS_LEAD = lazy_compile(
    r"\b(?:this|these|that|it|which)\s+(?:can|could|should|must|will|would|may)\s+(?:best\s+)?"
    r"be\s+(?:accomplished|achieved|done|attained|implemented|reali[sz]ed|reached|met|pursued"
    r"|addressed|delivered)\s+(?:by|through|via)\s*:\s*$",
    re.I,
)


def _means_to_call(intro: str, items: list[str]) -> tuple[int, int] | None:
    """The call whose means a list gives, as its span in ``intro``: "California must set higher
    rates … This can be accomplished by:" over "Suspending further increases …", "Expanding
    refundable tax credits …".

    The call and each item are the writer's recommendations: each item names an act by its
    gerund (or commands it). Two or more items, most of them so, and a call that itself
    prescribes ("must", "should", a command), so "This can be done by:" over the steps of a
    reported method stays prose. None when the list is no such means.
    """
    text = intro.rstrip()
    spans = split_sentences(text)
    if len(items) < 2 or len(spans) < 2 or not _MEANS_LEAD.search(text):
        return None
    start, end = spans[-2]
    acting = [t for t in items if _GERUND_ITEM.match(t) or advises(t)]
    if not is_prescriptive(text[start:end]) or len(acting) * 2 <= len(items):
        return None
    return start, end


# -- a lead-in or heading that names what follows as the writer's remedies: "Urgent Actions
# -- Needed", "The following steps are essential:", "Unsere Forderungen:", "Zentral sind dabei
# -- drei Handlungsfelder:"; demands are the writer's own ("our demands"), so a report of a
# -- union's demands stays out, and steps are called needed, so "The steps were:" does too
_NAMES_REMEDIES = lazy_compile(
    r"\b(?:recommendations|fields\s+of\s+action|actions?\s+(?:needed|required)"
    r"|(?:steps|actions|measures)\s+(?:are|is)\s+(?:(?:therefore|also|now)\s+)?(?:essential|needed"
    r"|necessary|required|crucial|vital|urgent)"
    r"|(?:our|unsere)\s+(?:demands|Forderungen)|Handlungsfelder|Empfehlungen)\b",
    re.I,
)
# -- a heading alone may name them "Solutions" ("Lösungen"); "three possible solutions:" before
# -- labelled paragraphs weighs options, and so does a heading of "Possible Solutions"
_SOLUTIONS_HEADING = lazy_compile(
    r"\b(?<!possible\s)(?<!potential\s)(?<!alternative\s)(?:solutions|Lösungen)\b", re.I
)
# -- a list item that names an act by its label, not as a command: the English gerund with an
# -- object ("Strengthening Regulatory Frameworks:", "Improving Access to Financing"; see
# -- _GERUND_ITEM), or the German infinitive last ("Bestehende Regulierung wirkungsvoll
# -- umsetzen", "… aufbauen und stärken:"); the label is the whole item or what comes before its
# -- colon, and its last word in lower case is no German noun
_GERUND_OBJECT = re.compile(r"\s+[^\W\d_]")
_INFINITIVE_LABEL = lazy_compile(r"^\W*[A-ZÄÖÜ][^.:;!?]{0,80}?\s[a-zäöüß]+(?:en|ern|eln)\s*(?::|$)")
LEAST_ACT_LABELS = 2  # -- one label alone may be a topic's


def _names_remedies(intro: str) -> bool:
    """Whether a lead-in ending in a colon (its last sentence) or a short heading-like line names
    what follows as the writer's remedies (see _NAMES_REMEDIES, _SOLUTIONS_HEADING)."""
    text = intro.strip()
    if len(text.split()) <= 6 and not text.endswith((".", "!", "?")):  # -- a heading or label
        return bool(_NAMES_REMEDIES.search(text) or _SOLUTIONS_HEADING.search(text))
    if not text.endswith(":"):
        return False
    spans = split_sentences(text)
    last = text[spans[-1][0] :] if spans else text
    return _NAMES_REMEDIES.search(last) is not None


def _act_label(item: str) -> bool:
    """Whether a list item opens with a label naming an act (see _INFINITIVE_LABEL)."""
    gerund = _GERUND_ITEM.match(item)
    if gerund:
        return _GERUND_OBJECT.match(item, gerund.end()) is not None
    return _INFINITIVE_LABEL.match(item) is not None


def _announced_act_labels(intro: str, items: list[str]) -> bool:
    """A list of acts named by their labels under a lead-in or heading naming them remedies:
    "Solutions" over "Strengthening Regulatory Frameworks:", "Improving Access to Financing:";
    "Unsere Forderungen:" over "Bestehende Regulierung wirkungsvoll umsetzen".

    The labels command nothing, but the writer announces them as the steps, demands or
    solutions to take up: each is a recommendation (with what its item says under it). Two
    or more items, half of them such labels.
    """
    if len(items) < LEAST_ACT_LABELS or not _names_remedies(intro):
        return False
    labels = sum(map(_act_label, items))
    return labels >= LEAST_ACT_LABELS and labels * 2 >= len(items)


# -- a command to a party left open for the list to finish: "Direct the FDA to", "Require
# -- agencies to:", "Urge Congress to:", "Call on the Council to"; a memo's decision line. A
# -- procedure's steps are led in otherwise ("Click Save to:", "Do the following:")
_DIRECTS = lazy_compile(
    r"^\W*(?:direct|instruct|require|ask|urge|encourage|authori[sz]e|mandate|empower|task|charge"
    r"|call\s+(?:on|upon)|order)\s+(?!(?:yourself|it|this|that)\b)[^.:;!?]{1,60}?\s+to\s*:?\s*$",
    re.I,
)


def _directs_party(intro: str, items: list[str]) -> bool:
    """A list that finishes an open command to a party ("Direct the FDA to" over "Create a list
    of …", "Assign the reviewers …"): each item is an action the party is told to take, when
    two or more items are there and half of them open as a command does (a verb-shaped word)."""
    if len(items) < 2 or not _DIRECTS.match(intro):
        return False
    return sum(imperative(t) or verb_shaped(t) for t in items) * 2 >= len(items)


# -- an item that names a thing and says what it is: "A Governance Efficiency Index (GEI) –
# -- This index measures …", "An Information Privacy Index (IPI) that measures …", "Recall:
# -- the share of …"; the defining clause is a present-tense statement about the thing named
_DEFINES = lazy_compile(
    r"^\W*(?:an?\s+|the\s+)?[^\W\d_][^.:;!?–—()]{0,80}?(?:\s*\([^()]{1,20}\))?"
    r"(?:\s*[–—:-]\s*(?:(?:this|the|it|which)\b[^.!?]{0,40}?\s)?"
    r"|\s+(?:that|which)\s+)(?:is|are|measures?|refers?|captures?|tracks?|quantif(?:y|ies)"
    r"|describes?|indicates?|reflects?|assess(?:es)?|represents?|denotes?|combines?)\b",
    re.I,
)


def _defines(item: str) -> bool:
    """True when a list item defines a thing it names and gives no advice."""
    return _DEFINES.match(item) is not None and not advises(item)


def find_tip_lists(
    texts: list[str],
    kinds: Sequence[tuple[str, bool]],
    boundaries: set[int],
    *,
    headings: set[int],
    context: dict[int, str],
    title: str,
    levels: Sequence[int],
) -> list[Found]:
    """A list the text announces as tips: "Tipps zum Kindersitz-Kauf", "5 Tips for …", "Here's how:".

    The list follows a heading or a line ending in a colon, and that line, the
    heading above it announces tips (tips.announces_tips). Its top-level items
    (three or more) are then the advice when half of them advise in their own
    grammar, in English, German, French or Spanish, or when the announcement
    states their number ("5 Tips" over five items) and a third of them advise,
    the others whatever their grammar ("What's in it for me"). A title's announcement counts only with its
    number: under "Three ways to …" a list of four things code does is no tip.
    Under a heading that announces them, two items are enough when both
    advise ("À retenir" over "Établissez …", "Fournissez …").
    A sub-item belongs to the item above.
    """
    found: list[Found] = []
    i = 1
    while i < len(texts):
        if kinds[i][0] != "list_item" or kinds[i - 1][0] == "list_item":
            i += 1
            continue
        j = i
        while j < len(texts) and kinds[j][0] == "list_item" and (j == i or j not in boundaries):
            j += 1
        intro = texts[i - 1]
        lead_in = (i - 1) in headings or intro.rstrip().endswith(":")
        near = [intro, context.get(i - 1, "")]
        top = min(levels[i:j])
        tops = [k for k in range(i, j) if levels[k] == top]
        announced = any(map(tips.announces_tips, near))
        advising = sum(tips.gives_advice(texts[k]) for k in tops)
        # -- a sentence that announces tips leads into the list without a colon ("there are some
        # -- safety tips you should remember before …") when the items advise
        lead_in = lead_in or (
            tips.announces_tips(intro) and advising_list([texts[k] for k in tops])
        )
        # -- two items under an announcing heading ("À retenir", "Checklist") when both advise
        pair = len(tops) == 2 and (i - 1) in headings and announced and advising == 2
        if lead_in and (len(tops) >= 3 or pair):
            counted = len(tops) in {tips.stated_count(t) for t in (*near, title)}
            # -- a count that matches still needs a third of the items to advise: under "3 easy
            # -- ways to measure …", "Promoters / Passives / Detractors" are definitions
            counted = counted and advising * 3 >= len(tops)
            if (counted and tips.announces_tips(title)) or (
                announced and (counted or advising * 2 >= len(tops))
            ):
                run: list[Found] = []
                for k in range(i, j):
                    if k not in tops:
                        last = run[-1]
                        run[-1] = Found(last.ordinal, (*last.blocks, k), last.marker, last.span)
                    else:
                        run.append(Found(len(run) + 1, (k,), marker_of(texts[k])))
                found += run
        i = j
    return found


def advising_list(items: list[str]) -> bool:
    """Whether a list's items advise as a whole: two or more, and two thirds of them, advise."""
    advising = sum(map(tips.gives_advice, items))
    return advising >= 2 and advising * 3 >= len(items) * 2


# -- a topic label over a list: "Legal Representative:", "Medical facility page:"
_TOPIC_LABEL = re.compile(r"^[^.:;!?]{2,60}:\s*$")


def _labels_advice_list(line: str, heading: str) -> bool:
    """A short topic label ending in a colon, in a section whose heading names advice.

    The heading ("Recommendations", "What to do", "Next steps", "Policy
    options": cues.ADVICE_HEADING, the same words that make a section's
    paragraphs advice) already says that what follows is advice; the label
    only sorts it by topic or by whom it addresses ("For regulators:", "Large
    blocs (US, EU):"), so the list under it is the author's recommendations
    whatever its items open with ("Considering content that …", "Progressive
    compute levy: …").
    """
    words = len(line.split())
    return (
        0 < words <= 6 and bool(_TOPIC_LABEL.match(line)) and bool(ADVICE_HEADING.search(heading))
    )


def find_labelled_items(
    texts: list[str],
    kinds: Sequence[tuple[str, bool]],
    labels: dict[int, str],
    boundaries: set[int],
) -> list[Found]:
    """A list whose items each open with a bold label and then advise: "1. **Culture** Conduct …".

    With no announcing line above, the shape itself says "these are the
    points": three or more items, every one labelled and followed by its own
    text, and at least two thirds of those texts open with a command. A list
    of labelled provisions ("**Section 2** Agencies must report …") describes
    a bill and stays prose. The label becomes the recommendation's marker.
    """
    found: list[Found] = []
    i = 0
    while i < len(texts):
        if kinds[i][0] != "list_item":
            i += 1
            continue
        j = i + 1
        while j < len(texts) and kinds[j][0] == "list_item" and j not in boundaries:
            j += 1
        items = range(i, j)
        bodies = [texts[k][len(labels[k]) :].strip() if k in labels else "" for k in items]
        if len(bodies) >= 3 and all(bodies) and sum(map(commands, bodies)) * 3 >= len(bodies) * 2:
            found += [
                Found(ordinal=n, blocks=(k,), marker=labels[k]) for n, k in enumerate(items, 1)
            ]
        i = j
    return found


def find_tagged(texts: list[str]) -> list[Found]:
    """Sentences carrying an explicit "(Recommendation N)" tag, one recommendation per tag."""
    found = []
    for k, text in enumerate(texts):
        if not TAG_MARKER.search(text):
            continue
        for s, e in split_sentences(text):
            m = TAG_MARKER.search(text[s:e])
            if m:
                found.append(
                    Found(ordinal=int(m.group("num")), blocks=(k,), marker="", span=(s, e))
                )
    return found


def find_labelled(texts: list[str], boundaries: set[int], headings: set[int]) -> list[Found]:
    """Paragraphs or sub-headings opening "Recommendation 1:", with the paragraphs that follow.

    ``texts`` should hold "" for section headings: a section titled that way is a section.
    """
    labelled = [k for k, t in enumerate(texts) if LABEL.match(t)]
    if not labelled:
        return []
    run = [
        (k, n, m.group("marker")) for n, k in enumerate(labelled, 1) if (m := LABEL.match(texts[k]))
    ]
    found = []
    for n, (k, ordinal, marker) in enumerate(run):
        end = run[n + 1][0] if n + 1 < len(run) else len(texts)
        blocks = [k]
        for b in range(k + 1, end):
            if b in boundaries or (b in headings and k not in headings):
                break
            if k not in headings and n + 1 == len(run) and not continues(texts[k], texts[b]):
                break
            blocks.append(b)
        found.append(Found(ordinal=ordinal, blocks=tuple(blocks), marker=marker))
    return found


def find_numbered_paragraphs(texts: list[str], boundaries: set[int]) -> list[Found]:
    """Paragraphs opening "1. … 2. …" in sequence, prescriptive, within one section."""
    return _advice_runs(texts, boundaries, lambda i: _numbered_run(texts, i, boundaries))


def _numbered_run(texts: list[str], i: int, boundaries: set[int]) -> list[tuple[int, int, str]]:
    """Paragraphs numbered 1, 2, 3… from ``i`` on, within reach and within one section."""
    m = NUMBER_MARKER.match(texts[i])
    if not m or int(m.group("num")) != 1:
        return []
    run = [(i, 1, m.group("marker"))]
    j = i + 1
    while j < len(texts) and j not in boundaries and j - run[-1][0] <= MAX_GAP:
        nm = NUMBER_MARKER.match(texts[j])
        if nm and int(nm.group("num")) == run[-1][1] + 1:
            run.append((j, run[-1][1] + 1, nm.group("marker")))
        j += 1
    return run


def _advice_runs(
    texts: list[str], boundaries: set[int], run_at: Callable[[int], list[tuple[int, int, str]]]
) -> list[Found]:
    """Scan with ``run_at`` (the run starting at an index, or []); keep runs of >= 2 that advise."""
    found: list[Found] = []
    i = 0
    while i < len(texts):
        run = run_at(i)
        if len(run) >= 2 and mostly_prescriptive([texts[k] for k, _, _ in run]):
            found.extend(_with_continuations(run, texts, boundaries))
            i = run[-1][0] + 1
        else:
            i += 1
    return found


def find_section_advice(
    sections: list[tuple[str | None, list[int]]], texts: list[str]
) -> list[Found]:
    """Unmarked advice paragraphs in a section whose heading announces advice ("Recommendations").

    Only paragraphs whose first sentence prescribes count; an introducing
    paragraph or plain commentary between them joins the item before it.
    """
    found: list[Found] = []
    for heading, members in sections:
        if not heading or not ADVICE_HEADING.search(heading) or not members:
            continue
        inline = [(k, span) for k in members for span in _inline_advice(texts[k])]
        if len(inline) >= 2:
            found += [Found(n, (k,), "", span) for n, (k, span) in enumerate(inline, start=1)]
            continue
        items = [k for k in members if _advises(texts[k])]
        if len(items) < 2 and not (items and _packs_advice(texts[items[0]])):
            continue
        run = [(k, n, "") for n, k in enumerate(items, start=1)]
        outside = set(range(len(texts))) - set(members)
        found.extend(_split_advice(_with_continuations(run, texts, outside), texts))
    return found


# -- a paragraph that is only an advice label: "Recommendations:", "Policy recommendations:",
# -- "Next steps:" (cues.ADVICE_HEADING within at most four words, a colon after them)
_ADVICE_LABEL_LINE = re.compile(r"^\W*(?:[^\W\d_][\w'’&/-]*\s+){0,3}[^\W\d_][\w'’&/-]*\s*:\s*$")
# -- a command after an adverb: "Regularly audit AI systems …", "Carefully review …"
_ADVERB_LEAD = re.compile(r"^(?:[A-Z][a-z]{3,}ly)\s+(?=[a-z])")


# -- a paragraph's own run-in label: "De-bias the Training Data: Ensure diverse …"
_RUN_IN_LABEL = re.compile(r"^[^.:;!?]{2,60}:\s+(?=\S)")
# -- a lead-in that recommends what follows: "To prevent similar incidents, three core actions
# -- are recommended:", "We propose:" (its last sentence, a colon at its end)
_RECOMMENDS_WHAT_FOLLOWS = re.compile(r"\b(?:recommend\w*|propos\w*)\W*:\s*$", re.I)


def _labelled_advice(text: str) -> bool:
    """Whether a paragraph under an advice label advises, also after an adverb of manner or
    after its own run-in label ("Inclusive Algorithm Design: Implement filters …")."""
    label = _RUN_IN_LABEL.match(text)
    if label and _labelled_advice(text[label.end() :]):
        return True
    lead = _ADVERB_LEAD.match(text)
    return advises(text) or bool(lead and imperative(text[lead.end() :]))


def _announces_advice(text: str) -> bool:
    """Whether a paragraph ending in a colon announces advice: only an advice label
    ("Recommendations:"), or a last sentence that recommends what follows ("three core actions
    are recommended:")."""
    if _ADVICE_LABEL_LINE.match(text) and ADVICE_HEADING.search(text):
        return True
    spans = split_sentences(text)
    last = text[spans[-1][0] :] if spans else text
    return len(last.split()) <= 25 and bool(_RECOMMENDS_WHAT_FOLLOWS.search(last))


# -- a run-in label of a few words: "Uniform Regulation: Implementing uniform regulations …"
_SHORT_RUN_IN_LABEL = re.compile(r"^\W*(?:[^\s.:;!?]+\s+){0,5}[^\s.:;!?]+:\s+(?=\S)")


def _remedy_labelled(lead_in: str) -> Callable[[str], bool] | None:
    """What a paragraph under ``lead_in`` needs to be one of its items, when the lead-in names
    remedies ("The following steps are essential:"; see _names_remedies): a run-in label of its
    own ("Uniform Regulation: …"), whatever its sentence rates or commands, since the writer
    announced each labelled paragraph as a step. None when the lead-in names none."""
    if not _names_remedies(lead_in):
        return None
    return lambda text: _SHORT_RUN_IN_LABEL.match(text) is not None


def find_label_runs(texts: list[str], kinds: Sequence[str], boundaries: set[int]) -> list[Found]:
    """Plain paragraphs of advice after a line that is only an advice label ("Recommendations:").

    A plain-text report has no heading markup and often no list markers: its
    "Recommendations:" line stands on its own and each recommendation is a
    paragraph of its own under it ("Apply fairness-aware techniques …", "Train
    models on …"). The label claims the paragraphs right after it that advise,
    two or more, up to the first that does not (the report's closing remarks)
    or the next section.
    """
    found: list[Found] = []
    for k, text in enumerate(texts):
        if kinds[k] != "paragraph" or not text.rstrip().endswith(":"):
            continue
        takes = _labelled_advice if _announces_advice(text) else _remedy_labelled(text)
        if takes is None:
            continue
        run: list[int] = []
        j = k + 1
        while j < len(texts) and j not in boundaries and kinds[j] == "paragraph":
            if not texts[j] or not takes(texts[j]):
                break
            run.append(j)
            j += 1
        if len(run) >= 2:
            found += [Found(len(found) + 1, (b,), "") for b in run]
    return found


def _split_advice(found: list[Found], texts: list[str]) -> list[Found]:
    """A paragraph of two or more sentences that each advise: one recommendation each.

    Under "Recommendations" a brief packs its advice into paragraphs: "The
    state should fund mobile outreach teams … These units should collaborate
    closely with … Resources … should also be made available to …" are three
    recommendations, as are two sentences that each open "We (also) recommend
    …" or name a recommendation of the author's ("Creating a statewide program
    is one important recommendation …"). A sentence that does neither stays with the one before it; the
    paragraphs that continue the recommendation stay with the last one.
    """
    out: list[Found] = []
    for f in found:
        text = texts[f.blocks[0]]
        starts = _advice_starts(text)
        if f.span or len(starts) < 2:
            out.append(Found(len(out) + 1, f.blocks, f.marker, f.span))
            continue
        starts[0] = 0  # -- what comes before the first keeps to it
        ends = [*starts[1:], len(text)]
        for s, e in zip(starts, ends, strict=True):
            # -- the paragraphs that continue the last one stay with it
            blocks = f.blocks if e == len(text) else f.blocks[:1]
            out.append(Found(len(out) + 1, blocks, f.marker, (s, e)))
    return out


def _packs_advice(text: str) -> bool:
    """Whether one paragraph packs two or more pieces of advice ("A lab should be added … The lab
    should teach …"); a sentence that goes on about the one before ("It should attach to …")
    adds none, and one piece alone may be the section's commentary."""
    return sum(not ANAPHORA.match(text[s:]) for s in _advice_starts(text)) >= 2


def _advice_starts(text: str) -> list[int]:
    """Where the sentences of ``text`` that advise start (see _split_advice); a finding and then
    its consequence ("…, por lo que se recomienda …") starts where the advice does (see
    _consequence_start)."""
    cues = _cue_starts(text)
    starts = []
    for s, e in split_sentences(text):
        if OWN_ADVICE.match(text, s) or _advice_sentence(text[s:e]):
            cue = next((c for c in cues if s <= c < e), None)
            starts.append(s if cue is None else _consequence_start(text, s, cue))
    return starts


# -- a dash that opens an item typed inline, after a label's colon or a sentence's end: "For
# -- European countries: - Enhance dialogue … - Support peaceful protest …" (a PDF keeps the
# -- author's hyphens in one paragraph)
_INLINE_DASH = lazy_compile(r"(?:^|(?<=[:.;!?)]))\s*[-–•▪]\s+(?=\S)")


def _inline_advice(text: str) -> list[tuple[int, int]]:
    """Spans of the items typed inline in ``text`` when there are two or more and all advise."""
    dashes = list(_INLINE_DASH.finditer(text))
    if len(dashes) < 2:
        return []
    starts = [m.end() for m in dashes]
    ends = [*(m.start() for m in dashes[1:]), len(text)]
    spans = [(s, e) for s, e in zip(starts, ends, strict=True) if text[s:e].strip()]
    return spans if all(is_prescriptive(text[s:e]) for s, e in spans) else []


# -- an option named, then weighed: "Remove the minimum entirely: Maximizes targeting but may
# -- result in large swings", "Retain the current grant: Maintains stability but …" — what
# -- follows the colon says what the option does (a verb in -s), not what to do
_APPRAISED = re.compile(r"^[^:.!?]{3,80}:\s+[A-Z][a-z]+[^s\W]s\s+(?!(?:are|were|have)\b)[a-z]")


def find_imperative_paragraphs(
    sections: list[tuple[str | None, list[int]]], texts: list[str]
) -> list[Found]:
    """A how-to written as plain paragraphs, each opening with a command: one step each.

    "Avoid canned drinks, … Skip carving stations … Decorate your party …":
    with no heading or number to mark the steps, a section counts when at
    least four of its paragraphs, and half of all of them, open by telling
    the reader what to do. A news story quoting an instruction or two, or a
    report with one imperative paragraph, stays prose.
    """
    found: list[Found] = []
    for _heading, members in sections:
        items = [k for k in members if commands(texts[k])]
        if len(items) < 4 or len(items) * 2 < len(members):
            continue
        if sum(bool(_APPRAISED.match(texts[k])) for k in items) * 2 >= len(items):
            continue  # -- options weighed one by one, not advice
        run = [(k, n, "") for n, k in enumerate(items, start=1)]
        outside = set(range(len(texts))) - set(members)
        found.extend(_with_continuations(run, texts, outside))
    return found


# -- the speaker's own appeal: "I urge my colleagues to …", "We call on the Council to …", also
# -- after a lead-in clause or "That's why" ("To get there, I call on Congress to fund …"); a
# -- proposal the speaker has made, as what their argument leads to ("That's why I've proposed
# -- a minimum tax rate"); "We have proposed a new model" alone is a paper's contribution. An
# -- ordinal lead-in ("First, I call on …") is one of a counted run, read as that run; a lead-in
# -- in the speaker's own voice is a clause of its own ("In 2019 we recommended a review, and …")
_WHY = r"(?:that['’]s|this\s+is)\s+why\s+"
_APPEAL_LEAD = (
    r"(?:(?!(?i:first|second|third|fourth|fifth|next|then|finally|lastly)\b)"
    rf"(?:(?!\b(?i:I|we)\b)[^.!?;:,\"“”«»]){{2,100}},\s+(?:so\s+)?|{_WHY})"
)
_APPEAL = lazy_compile(
    rf"^(?:(?:and|so|therefore|thus)\s*,?\s+)?(?:{_WHY}(?:I|we)(?:['’]ve|\s+have)\s+"
    r"(?:already\s+|also\s+)?proposed\s+(?=(?:a|an|the|that|to|\w+ing)\b)"
    rf"|{_APPEAL_LEAD}?(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+"
    r"(?:(?:strongly|respectfully|again|therefore|also|now)\s+)?"
    r"(?:urge|call\s+(?:on|upon)|calling\s+(?:on|upon)|recommend\s+that|implore"
    r"|encourage\s+(?:my|our|all)|invite\s+(?:my|our|all|every)|(?:am\s+)?propos(?:e|ing)\s+(?:that|to)\b"
    # -- "I ask Congress to pass …", "I ask Democrats and Republicans alike: Pass my budget"
    r"|ask\s+(?:my|our|all|every|(?-i:[A-Z])[^.!?;:]{0,60}?(?:\s+to\s+(?=[a-z])|:))))",
    re.I,
)
# -- the same appeal where other languages put it mid-sentence: "…, zu der wir zur Teilnahme
# -- aufrufen", "Wir rufen alle Bürger auf", "Os invitamos a participar", "Nous vous invitons à"
# -- the German branches share their leading word boundary (tried once: most characters fail it)
_APPEAL_WITHIN = lazy_compile(
    r"\b(?:(?i:wir|ich)\s+(?:[^\s.!?;:]+\s+){0,6}?(?:aufrufen|auffordern|einladen)\b"
    r"|(?i:wir|ich)\s+(?:rufen?|fordern?|fordere|laden?|lade)\s+[^.!?;:]{1,120}?\s(?:auf|ein)\b"
    r"|(?i:rufen|fordern|laden)\s+wir\s+[^.!?;:]{1,120}?\s(?:auf|ein)\b)"
    r"|(?i:\b(?:invitamos|convocamos|exhortamos|instamos|animamos|llamamos)\s+a\s"
    r"|hacemos\s+un\s+llamamiento\s+a\s"
    r"|\bnous\s+(?:vous\s+)?(?:appelons|invitons|exhortons|encourageons)\s+(?:à|tous|toutes|chacun)\b)"
)
# -- a word every alternative of _APPEAL_WITHIN holds, lower case ("rufen wir" holds "wir", the
# -- Spanish verbs "amos"): a sentence holding none makes no such appeal. _APPEAL_WITHIN was
# -- tried at every word of every sentence (py-spy: 8.5% of reading recs-400, in _unquoted) --
_APPEAL_WITHIN_WORDS = ("wir", "ich", "amos", "hacemos", "nous")


def _may_appeal_within(sentence: str) -> bool:
    """False when ``sentence`` cannot hold an _APPEAL_WITHIN (re.I also folds "ı", "İ" and "ſ")."""
    return may_hold(sentence, _APPEAL_WITHIN_WORDS)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False when ``text`` holds none of ``words`` (lower case) in any case: a pattern (re.I) each
    of whose branches holds one of them cannot match it. re.I also folds "ı", "İ" and "ſ" to
    "i" and "s", which str.lower() does not: a text holding one may hold any word (and a text
    in ASCII, told without a scan, holds none)."""
    low = text.lower()
    for word in words:  # -- a loop, not any() over a generator: ~25,000 calls at recs-400 --
        if word in low:
            return True
    return not text.isascii() and _FOLDED_APART.search(text) is not None


# -- the speaker's own call to act, in a speech that makes an appeal: "We must extend our
# -- reach …", "The United States … need to allow …", "It is equally our responsibility to …";
# -- a thing as subject ("The design of these rides must anticipate …") describes a requirement
_MODAL_ACT = (
    r"(?:must|should|ought\s+to|needs?\s+to|have\s+(?:got\s+)?to)(?:\s+not)?\s+(?!have\b)(?=[a-z])"
)
# -- subjects that name no party: "There should be no question", "It must be said", "You …"
_NO_PARTY = r"(?:There|It|This|That|These|Those|What|Which|Who|Nothing|No|One|You|He|She|They|I)"
_WE_CALL = lazy_compile(rf"\b(?i:we\s+(?:(?:all|also|therefore|now|simply|still)\s+)?){_MODAL_ACT}")
# -- "Let's pass the PRO Act", "let's not abandon our streets"; "let's say", "let's be
# -- honest", "let's face it", "let's remember" are the speech's own turns, no call
_LET_US = lazy_compile(
    r"\b(?i:let['’]s|let\s+us)\s+(?:not\s+)?(?!(?i:say|see|look|be|face|remember|recall|talk"
    r"|turn|take\s+a|begin|start\s+with|imagine|think|hope|pray|not\s+forget)\b)(?=[a-z])"
)
_EXHORTATION = lazy_compile(
    rf"{_WE_CALL.pattern}"
    rf"|^\s*(?!{_NO_PARTY}\b)(?:The\s+[A-Z][\w.'’-]*|[A-Z][\w.'’-]*(?=\s+(?:[A-Z]|{_MODAL_ACT})))"
    rf"[^.;:!?]{{0,100}}?"
    rf"(?<![\w'’]){_MODAL_ACT}"
    r"|\b(?i:it\s+is\s+(?:\w+\s+)?our\s+(?:responsibility|duty|obligation)\s+to)\b"
    rf"|{_LET_US.pattern}",
)
# -- an appeal announced by name before a colon: "my appeal to the White House is: Please, …"
_NAMED_APPEAL = re.compile(
    r"\b(?:my|our)\s+(?:appeal|plea|request|message)\s+to\s+[^.:;!?]{1,80}?\s+is\s*:\s*(?=\S)",
    re.I,
)
# -- the same plea named in the sentence that makes it, with no colon: "So my urgent plea to the
# -- White House is to embrace its own advice", "Our request to the council is that it …"
_PLEA_IS = re.compile(
    r"^\W*(?:(?:so|and|therefore|thus)\s*,?\s+)?(?:my|our)\s+(?:(?:urgent|earnest|humble"
    r"|sincere|strong|final|simple|only|first)\s+)?(?:appeal|plea|request|message)\s+to\s+"
    r"[^.:;!?]{1,80}?\s+is\s+(?:simply\s+)?(?:that\s|to\s+(?=[a-z]))",
    re.I,
)
_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:and|but|so)\s+$")
# -- the speaker asking the audience in so many words: "I ask you to uphold the values of
# -- America", "I ask for your patience", "I ask your continued participation", also as the main
# -- clause after a statement ("… may need your cooperation, and I ask you to give it"). The
# -- speech's own turns ("I ask you to imagine …", "to consider", "to remember") ask the
# -- audience to think along, not to act: no request
_ASKS_AUDIENCE = re.compile(
    r"(?:^\W*|,\s+(?:and|so)\s+)(?:(?:and|so|now|tonight)\s*,?\s+)?I\s+(?:(?:also|now|again)\s+)?"
    r"ask\s+(?:(?:you|you\s+all|each\s+of\s+you|all\s+of\s+you)\s+to\s+"
    r"(?!(?:imagine|think|consider|picture|look|remember|recall|listen|bear|believe|join\s+me\s+in"
    r"\s+(?:thanking|welcoming))\b)(?=[a-z])|(?:for\s+)?your\s+(?=[a-z]))"
)


# -- the speaker announcing demands or a message before a colon, the commands after it:
# -- "the United States of America makes the following demands on the Taliban: Deliver …",
# -- "I have a message for our military: Be ready."; in the present and the speaker's voice,
# -- so a report of someone's past demands ("The strikers made these demands: …") is no appeal
_DEMANDS = lazy_compile(
    r"(?:\b(?:I|[Ww]e)\s+(?:(?:also|now)\s+)?(?:have|make|issue|send|repeat)\s+"
    r"(?:(?:a|an|the|this|these|my|our|one)\s+)?(?:(?:following|simple|clear|direct|last)\s+)?"
    r"|\bmakes?\s+(?:the\s+following|these)\s+)"
    r"(?:messages?|demands?|requests?|appeal|plea)\b[^.:;!?\"“”]{0,60}:\s+(?=[A-Z])"
)


def _demanded(text: str, start: int, spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The commands after an announcing colon at ``start`` (inside sentence ``n``), one span each.

    They run from the colon's sentence on while each opens with a verb-shaped
    word, and count when half of them open with a known imperative verb
    ("Protect …", "Close …", "Be ready"): then "Deliver …" and "Release …"
    among them are commands too. A statement ends the run.
    """
    pieces = [(start, spans[n][1]), *spans[n + 1 :]]
    run: list[tuple[int, int]] = []
    for s, e in pieces:
        piece = text[s:e]
        if OPENS_QUOTE.match(piece) or piece.rstrip().endswith("?"):
            break
        if not (imperative(piece) or verb_shaped(piece)):
            break
        run.append((s, e))
    known = sum(imperative(text[s:e]) for s, e in run)
    return run if known and known * 2 >= len(run) else []


def _may_be_speaker(sentence: str) -> bool:
    """False when the sentence holds no "I" or "we", so no appeal of _APPEAL's (cheap first:
    a lead-in clause makes the anchored regex scan up to its comma in every sentence)."""
    return "I " in sentence or "I’" in sentence or "I'" in sentence or "we " in sentence.lower()


def find_appeals(texts: list[str]) -> list[Found]:
    """Sentences in which the author urges someone to act, with the exhortations right after.

    "I urge my colleagues to join us in this effort. Let's pass the Act."
    is a speech's recommendation even with no list or ordinal around it. A
    sentence in quotation marks is someone else's appeal and never counts.
    A speech that makes such an appeal argues for it on the way: its
    sentences calling on "we" or a named party to act ("We must extend our
    reach …") are recommendations too; without the appeal, the same modal
    sentences are an essay's reasoning and stay prose.
    """
    found: list[Found] = []
    covered: set[tuple[int, int]] = set()
    for k, text in enumerate(texts):
        spans = split_sentences(text)
        sentences = [text[s:e] for s, e in spans]
        n = 0
        while n < len(sentences):
            demands = _DEMANDS.search(sentences[n]) if ":" in sentences[n] else None
            run = (
                _demanded(text, spans[n][0] + demands.end(), spans, n)
                if demands and _unquoted(_DEMANDS, sentences[n])
                else []
            )
            if run:
                found += [Found(len(found) + 1 + m, (k,), "", span) for m, span in enumerate(run)]
                last = n + len(run) - 1
                covered.update((k, m) for m in range(n, last + 1))
                n = last + 1
                continue
            # -- its colon first: _NAMED_APPEAL failed at every word of every sentence --
            named = _NAMED_APPEAL.search(sentences[n]) if ":" in sentences[n] else None
            if named and OPENS_QUOTE.match(sentences[n]) is None:
                start = spans[n][0] + named.end()  # -- the appeal is what follows the colon
            elif (
                (_may_be_speaker(sentences[n]) and _APPEAL.match(sentences[n].strip()))
                or (_may_appeal_within(sentences[n]) and _unquoted(_APPEAL_WITHIN, sentences[n]))
                or ("I " in sentences[n] and _unquoted(_ASKS_AUDIENCE, sentences[n].strip()))
                or _PLEA_IS.match(sentences[n]) is not None
            ) and not sentences[n].rstrip().endswith(":"):
                start = spans[n][0]
            else:
                n += 1
                continue
            last = n
            run = [(start, spans[n][1])]
            while last + 1 < len(sentences) and is_prescriptive(sentences[last + 1]):
                last += 1
                run = _punchline_joined(run, spans[last], sentences[last])
            found += [Found(len(found) + 1 + m, (k,), "", span) for m, span in enumerate(run)]
            covered.update((k, m) for m in range(n, last + 1))
            n = last + 1
    if found:
        found += _exhortations(texts, covered)
    return found or _joint_appeals(texts)


PUNCHLINE = 10  # -- words of a call that only drives home the one before it
_POINTS_BACK = re.compile(r"\W*(?:it|this|that|these|those|they|such|doing\s+so)\b", re.I)


def _punchline_joined(
    run: list[tuple[int, int]], span: tuple[int, int], sentence: str
) -> list[tuple[int, int]]:
    """The calls of an appeal with the next prescriptive sentence added.

    A short one ("Let's pass the Act.") drives home the call before it and
    joins it; a longer one argues a call of its own ("We should all question
    the true intentions of …", "If they are serious …, let's not wait …") and
    is a recommendation of its own, as a reader lists them, unless it opens by
    pointing back at that call ("It should attach to …": the same advice) or
    asks a question ("Why should anyone on a watch list buy a gun?": it argues
    the call before it).
    """
    sentence = _CONJUNCTION.sub("", sentence)
    short = len(sentence.split()) <= PUNCHLINE
    if short or _POINTS_BACK.match(sentence) or sentence.rstrip().endswith("?"):
        return [*run[:-1], (run[-1][0], span[1])]
    return [*run, span]


LEAST_JOINT_APPEALS = 2  # -- one "Let us open it for everyone." closes a speech: a flourish
# -- the orator's "let us", written out; a tutorial's "let's" walks the reader through its own
# -- steps ("Let's get started", "let's add a pre-condition"), and "let us know" asks for mail
_LET_US_WRITTEN_OUT = re.compile(r"\b(?i:let\s+us)\s+(?!(?i:know)\b)")


def _joint_appeals(texts: list[str]) -> list[Found]:
    """A speech's appeals in the first person plural, when it makes two or more.

    "… but let us judge not, that we be not judged", "With malice toward none
    …, let us strive on to finish the work we are in": a speaker who asks the
    audience, with them, to act more than once argues for it, with no "I
    urge" to announce it. One "Let us leave with commitments" at the end is a
    closing line; the speech's own turns ("let us remember") are no appeal,
    nor is a tutorial's "let's" (see _LET_US_WRITTEN_OUT).
    """
    found: list[Found] = []
    for k, text in enumerate(texts):
        if not _LET_US_WRITTEN_OUT.search(text):
            continue  # -- most texts: no sentence split
        for s, e in split_sentences(text):
            sentence = text[s:e]
            if OPENS_QUOTE.match(sentence) or sentence.rstrip().endswith("?"):
                continue
            if _LET_US_WRITTEN_OUT.search(sentence) and _unquoted(_LET_US, sentence):
                found.append(Found(len(found) + 1, (k,), "", (s, e)))
    return found if len(found) >= LEAST_JOINT_APPEALS else []


# -- a speaker's own turns in the imperative: "Think about that", "Imagine …", "Look at …"
_TURNS = word_set("think imagine look see know remember listen consider understand let be do ask")


def _speech_command(sentence: str) -> bool:
    """A command to the audience in a speech that appeals: "Pass my budget", "Ban assault weapons"."""
    word = re.match(r"\W*([^\W\d_]+)", sentence)
    return (
        imperative(sentence)
        and word is not None
        and word.group(1).lower() not in _TURNS
        and not _a_name(sentence)
    )


def _a_name(line: str) -> bool:
    """A line of capitalised words with no stop: a name in a list of signatories ("Open Source
    Business Alliance", "Rebalance Now"), not a command."""
    return in_title_case(line, least_words=2) and not line.rstrip().endswith((".", "!"))


def _exhortations(texts: list[str], covered: set[tuple[int, int]]) -> list[Found]:
    """The speaker's modal calls to act (see find_appeals), outside the appeals themselves."""
    found: list[Found] = []
    for k, text in enumerate(texts):
        if not _EXHORTATION.search(text) and not _speech_command(text):
            continue
        sentences = split_sentences(text)
        calls: list[tuple[int, int]] = []  # -- (sentence number, start) of each call
        for n, (s, e) in enumerate(sentences):
            sentence = text[s:e]
            if (k, n) in covered or OPENS_QUOTE.match(sentence) or sentence.rstrip().endswith("?"):
                continue
            # -- a paragraph after one cut mid-sentence (a page break) opens mid-sentence too
            cut = n == 0 and k > 0 and texts[k - 1].rstrip()[-1:].isalnum()
            if _speech_command(sentence) and not cut:
                calls.append((n, s))
            elif _unquoted(_EXHORTATION, sentence):
                # -- "… would never condone this, and we should not …": the call is the clause
                we = _WE_CALL.search(sentence)
                joined = _JOINED_CLAUSE.search(sentence[: we.start()]) if we else None
                calls.append((n, s + joined.end() if joined else s))
        for span in _chained_calls(text, sentences, calls):
            found.append(Found(len(found) + 1, (k,), "", span))
    return found


SHORT_CALL = 5  # -- words (a leading "So", "And", "But" aside) of a call that runs on
_CONJUNCTION = re.compile(r"^\W*(?:so|and|but|now)\s+", re.I)


def _short_call(sentence: str) -> bool:
    """A call of SHORT_CALL words or fewer: "Invest in America.", "So let's not wait any longer."."""
    return len(_CONJUNCTION.sub("", sentence).split()) <= SHORT_CALL


def _chained_calls(
    text: str, sentences: list[tuple[int, int]], calls: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The calls' spans, a short call joined with the commands that carry it on.

    A speaker drives a point home in a run of short commands ("Invest in America.
    Educate Americans. Grow the workforce.", "So let's not wait any longer. Send it to my
    desk."): one call, not three. A short call runs on into the next sentence when that one
    commands too, as a known command or as a short sentence opening with a verb-shaped word;
    it stops at a statement ("I'll sign it.", "Our kids need to be in school.").
    """
    spans: list[tuple[int, int]] = []
    last = -1
    for n, start in calls:
        if n <= last:
            continue
        last = n
        while last + 1 < len(sentences) and _short_call(text[slice(*sentences[last])]):
            following = text[slice(*sentences[last + 1])]
            carries = _speech_command(following) or (
                _short_call(following) and verb_shaped(following)
            )
            if not carries or OPENS_QUOTE.match(following) or following.rstrip().endswith("?"):
                break
            last += 1
        spans.append((start, sentences[last][1]))
    return spans


# -- one word boundary tried before both branches (OWN_ADVICE starts at one anyway): most
# -- characters are not at a boundary and fail at once, a fifth faster over every text --
# -- a party told what is recommended for it, in the present: "Systems not classified as NSS are
# -- recommended to also follow this guidance"; "testing is now recommended for everyone" reports
# -- a guideline, "was recommended to" a past one
_RECOMMENDED_TO = r"(?:is|are)\s+(?:also\s+|strongly\s+|therefore\s+)?recommended\s+to\s+(?=[a-z])"
_COUNTED_OWN = (
    r"(?:another|a\s+(?:further|second|third)|the\s+(?:final|first|second|third|last|next))\s+"
    r"(?:(?:key|main|important|major)\s+)?(?:recommendation|suggestion|proposal)\s+"
    r"(?:is|would\s+be|focuses|discusses|concerns|addresses|involves|calls|aims|targets|builds)\b"
    r"|\bis\s+(?:one|an|another)\s+(?:(?:key|main|important|major|further)\s+)?"
    r"(?:recommendation|suggestion|proposal)\s+(?:to\s+be\s+considered|for\b|of\s+this\b)"
)
# -- the author naming their own recommendation: "my recommendation to decision makers is …",
# -- "La recomendación por tanto sería que …", "notre recommandation est …", "unsere Empfehlung
# -- lautet …", and the impersonal proposal "se propone que …"; "our recommendations are
# -- addressed to …" (plural) describes them, "the recommendation of the WHO is" is another's
_NAMED_OWN = (
    r"(?:(?:my|our)\s+recommendation|the\s+recommendation\s+(?:therefore|thus|then)"
    r"|(?:mi|nuestra)\s+recomendaci[oó]n|la\s+recomendaci[oó]n\s+(?:por\s+(?:lo\s+)?tanto|entonces)"
    r"|(?:ma|notre)\s+recommandation|(?:meine|unsere)\s+Empfehlung)"
    r"\b[^.!?;:]{0,80}?\s(?:is|would\s+be|es|ser[ií]a|est|serait|ist|lautet|wäre)\s"
    r"|it\s+is\s+proposed\s+that|se\s+propone\s+que|il\s+est\s+proposé\s+que"
    # -- the impersonal "one should" in Spanish, as "sollte man": "se debería trabajar en …";
    # -- "se debería a …" (would be due to) is no verb of the reader's
    r"|se\s+deb(?:er[ií]|ier)an?\s+(?!a\b)[a-záéíó]+(?:ar|er|ir)\b"
    # -- a party advised to weigh an act: "the United States should consider restricting …";
    # -- "should consider whether" or "… a case" weighs no act of the party's
    r"|should\s+(?:also\s+|seriously\s+|therefore\s+|instead\s+)?consider\s+(?=[a-z]+ing\b)"
    # -- "The gradual move to a needs-based formula is the recommended course of action"
    # -- the author's stance that a party should act: "My position on the matter is that the
    # -- government should not …"; a stance with no "should" is an opinion, not advice
    r"|(?:my|our)\s+(?:position|stance)\b[^.!?;:]{0,60}?\s(?:is|would\s+be)\s+that\s"
    r"[^.!?;:]{0,80}?\b(?:should|ought\s+to)\s"
    # -- the act the author recommends, named: "The recommended policy after analysis … is to
    # -- construct new health centres", "Our suggested policy here is to combine …"
    r"|(?:the|our|my)\s+(?:recommended|suggested|proposed)\s+(?:polic(?:y|ies)|approach|option"
    r"|solution|strategy|course\s+of\s+action)\b[^.!?;:]{0,80}?\s(?:is|are|would\s+be)\s+to\s+"
    r"(?=[a-z])"
    r"|(?:is|are|remains)\s+(?:the|our)\s+(?:recommended|preferred)\s+"
    r"(?:course|approach|option|path|solution)\b"
    # -- a recommendation the author counts among their own as they set it out: "Another
    # -- recommendation focuses on simplifying feedback …", "The final suggestion discusses
    # -- leveraging …", "Creating a statewide program is one important recommendation to be
    # -- considered"; one "of", "from", "by" or "made" someone else is a report of theirs
    rf"|{_COUNTED_OWN}"
)
_CUE = lazy_compile(
    r"\b(?:(?:" + "|".join(re.escape(c) for c in ADVICE_CUES) + r")\b|" + OWN_ADVICE.pattern
    + "|" + _RECOMMENDED_TO + "|" + _NAMED_OWN + ")",
    re.I,
)  # fmt: skip
# -- a sentence that opens with a quote mark is someone else's words, not the author's advice --
OPENS_QUOTE = lazy_compile(r"^\s*[\"“„«‘'`]")
# -- sentences whose shape advises whoever they address, with no cue word: "Wer Abmahnungen
# -- vermeiden will, sollte …" (whoever wants X should), "If you have been diagnosed with …,
# -- talk to your doctor …" (a condition on the reader, then a command), and the "Practical
# -- implications –" field of a structured abstract, where authors address practitioners
_WHOEVER = (
    r"(?:Wer|Whoever|Anyone\s+who|Quien|Quienes|Celui\s+qui|Chi)\s[^.!?;:]{3,200}?,?\s*"
    r"(?:der\s+|el\s+)?(?:sollte|muss|should|must|debe|debería|devrait|doit|dovrebbe)\s"
)
# -- after "If you …," only a referral to someone who can help advises on its own; other
# -- commands there are a how-to's steps ("If you have a repo, keep ADRs in a folder")
# -- "contact us" is the author's own invitation ("If you're in government and want to learn
# -- more from us, contact us at …"), no referral
_REFERRAL = r"(?:talk|speak)\s+(?:to|with)|consult|(?:contact|call)(?!\s+us\b)|see\s+(?:a|an|your)|ask\s+your"
# -- the referral may be offered: "If you're in high school, you can also talk to a counselor"
_OFFERED = r"(?:you\s+(?:can|could|may|should)\s+(?:also\s+)?)?"
_IF_YOU = rf"If\s+you(?:['’](?:re|ve|ll|d))?\s[^.!?;:]{{3,200}}?,\s*(?:then\s+)?{_OFFERED}(?:{_REFERRAL})\s"
# -- the same referral in German, Spanish and French: "Bei Fragen … können Sie sich an die
# -- Verbraucherzentralen wenden", "Wenn Sie …, wenden Sie sich an …", "Si tiene dudas,
# -- consulte a …", "Si vous …, adressez-vous à …"
_REFER_ELSEWHERE = (
    r"(?:Bei|Wenn\s+Sie|Falls\s+Sie)\s[^.!?;:]{3,200}?,?\s*(?:(?:können|sollten)\s+Sie\s+sich\s"
    r"(?:[^.!?;:]{0,200}?\s)?an\s[^.!?;:]{1,200}?\swenden\b|wenden\s+Sie\s+sich\s+an\s)"
    r"|Si\s+(?:usted\s+)?(?:tiene|necesita|sufre)\s[^.!?;:]{3,200}?,\s*(?:consulte|contacte|diríjase|acuda)\s"
    r"|Si\s+vous\s[^.!?;:]{3,200}?,\s*(?:consultez|contactez|adressez-vous|appelez)\s"
)
_IMPLICATIONS = r"(?:Practical|Policy|Managerial)\s+implications\s*[–—:-]\s*\S"
# -- the best course named as such: "Probably the best thing we could do is repeal the tax",
# -- "Das Beste, was wir tun können, ist …", "Lo mejor que podemos hacer es …", "Le mieux à
# -- faire est de …"; "the best thing we did was …" tells what happened
_BEST_COURSE = (
    r"(?:(?:Probably|Perhaps|Maybe|So|And|But|Now)\s+)?(?:"
    r"[Tt]he\s+(?:best|wisest|right)\s+(?:thing|course|step|option)\s+(?:that\s+)?[\w ]{1,40}?"
    r"\s(?:could|can|should|might)\s+do\s+(?:now\s+|today\s+)?(?:is|would\s+be)\s+(?:to\s+)?[a-z]"
    r"|Das\s+Beste,\s+was\s+[\w ]{1,40}?\s(?:tun|machen)\s+(?:kann|können|könnte|könnten),\s+(?:ist|wäre)\s"
    r"|Lo\s+mejor\s+que\s+[\w ]{0,40}?(?:podemos|podríamos|puede|podría|pueden|podrían)\s+hacer\s+es\s"
    r"|Le\s+mieux\s+(?:à\s+faire|que\s+[\w ]{1,40}?\s(?:puisse|puissions|puissent)\s+faire)\s+"
    r"(?:est|serait)\s+de\s"
    # -- a course of action as the subject, named the best way: "Selectively restricting capital
    # -- inflows is the best way to address …", "Restringir … es la mejor manera de …", "Taxer …
    # -- est le meilleur moyen de …"; "X was the best way" (past) and "is not just the best way"
    # -- describe
    r"|(?:[A-Z][a-z]+ly\s+[a-z]+ing|(?!(?:During|According|Nothing|Something|Everything|Anything"
    r"|Morning|Evening|Spring|Thing|King|Being)\b)[A-Z][a-z]+ing)\s[^.!?;:\"“”]{1,120}?\s(?:is|remains)\s+"
    r"the\s+(?:best|surest|most\s+effective|only\s+sensible)\s+way\s+to\s"
    r"|(?!(?:Ayer|Mujer|Alrededor|Lugar)\b)[A-ZÁÉ][a-záéíóú]+(?:ar|er|ir)\s[^.!?;:\"“”]{1,120}?\s"
    r"es\s+la\s+mejor\s+(?:manera|forma)\s+de\s"
    r"|(?!(?:Notre|Votre|Entre|Contre|Autre|Hier)\b)[A-ZÉ][a-zéèêàâçîôû]+(?:er|ir|re)\s[^.!?;:\"“”«»]{1,120}?\sest\s+le\s+meilleur\s+moyen\s+de\s)"
)
# -- the authors urging their readers to act, after a lead-in clause or not: "We encourage the
# -- community to explore …", "To mitigate this harm, we encourage participating teams to
# -- consider …", "Rather, we invite the community to consider …"; an invitation to take part
# -- ("we invite the community to join our working group") or to read on is no advice, "we
# -- encouraged" (past) reports; an addressee closed by a comma ("every newsroom we talk to, to
# -- start …") is not read, a cautious choice: the one such sentence seen is in a blog post whose
# -- hand-read truth has no advice
_ENCOURAGE = (
    r"(?:[^.!?;:\"“”]{0,150}?,\s*(?:and\s+|so\s+|thus\s+|hence\s+)?)?(?i:we|I)\s+"
    r"(?i:(?:also|strongly|therefore|further|thus|hence|would)\s+)?(?i:urge|encourage|invite)\s+"
    r"[^.!?;:]{1,60}?(?<!,)\sto\s+(?!(?i:join|participate|take\s+part|register|attend|sign\s+up|submit"
    r"|visit|read|see|contact|follow)\b)[a-z]"
)
# -- the writer's own label before the advice, inside a paragraph: "… The Act as drafted does not
# -- address this. Recommend: investigations in progress at writ issue continue; …", "Our
# -- recommendation: fund the pilot". A numbered "Recommendation 3:" is cues.LABEL's; a value
# -- labelled "Recommended:" (a README's "Recommended: 16 GB RAM") is left out; the advice may
# -- open with a price ("Recommendation: $2.91/beer additional tax, …")
_RECOMMEND_LABEL = r"(?:(?:Our|My)\s+recommendation|Recommend(?:ation)?)\s*:\s*(?=[\w“\"$€£])"
# -- the writer's own proposal or cause, after a lead-in clause or not: "I propose a rigorous
# -- consent framework for …", "As a nurse, I advocate for stronger oversight of …", "We
# -- advocate for …"; "we propose a new model" is a paper's contribution, so a proposal counts in
# -- the singular only, "I proposed" (past) reports, and "I propose the following changes"
# -- announces the list that find_list_recommendations reads
_PROPOSE_OWN = (
    r"(?:[^.!?;:\"“”]{0,150}?,\s*(?:and\s+|so\s+)?)?(?:I\s+(?:(?:therefore|also|strongly|hereby"
    r"|would)\s+)?propose\s+(?!the\s+following\b)(?:a|an|the|that|to|\w+ing)\s"
    r"|(?:I|[Ww]e)\s+(?:(?:therefore|also|strongly|firmly)\s+)?advocate\s+(?:for|strongly)\s)"
)
_SHAPED = lazy_compile(
    rf"(?:{_WHOEVER}|{_IF_YOU}|{_REFER_ELSEWHERE}|{_IMPLICATIONS}|{_BEST_COURSE}|{_ENCOURAGE}"
    rf"|{_RECOMMEND_LABEL}|{_PROPOSE_OWN})"
)
_SHAPED_START = re.compile(rf"(?:^|[.!?][\"”’)]?\s+)\W*(?:{_SHAPED.pattern})")
# -- advice the sentence gives as someone else's: "…, sollte einen Anwalt konsultieren, sagt Jaeger."
_ATTRIBUTED = lazy_compile(
    r",\s*(?:sagt|sagte|meint|erklärt|says|said|writes|wrote|according\s+to|dice|dijo|afirma"
    r"|selon|dit|explique)\s+(?:\w+\s+){0,3}?[A-ZÀ-Ö][^,]{0,60}[.!?]?[\"”’)]?\s*$"
)


# -- the German command to readers addressed as "ihr": a verb in -t first, then what is theirs
# -- ("Sucht also rechtzeitig die richtige Pflege für euren Hauttyp raus", "Nehmt euch Zeit");
# -- "Jetzt habt ihr euch …" (an adverb first, "ihr" after the verb) tells, a question asks
_IHR_COMMAND = lazy_compile(
    r"(?!(?:Jetzt|Nicht|Erst|Oft|Meist|Selbst|Zuletzt|Zunächst|Bereits|Fast|Sonst|Seit|Recht"
    r"|Weit|Halt|Nachts|Bisher|Gut|Mittlerweile|Übrigens|Damit|Statt|Trotzdem)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+t\s+(?!(?:ihr|es|sie|er|man|wir)\b)(?!\S+\s+ihr\b)"
    r"[^.!?]*?\beu(?:ch|er|re[nmrs]?)\b[^?]*$"
)
_IHR_START = lazy_compile(r"(?:^|[.!?][\"”’)]?\s+)\W*[A-ZÄÖÜ][a-zäöüß]+t\s")
_IHR_WORDS = re.compile(r"\beu(?:ch|er|re[nmrs]?)\b")


def _may_command_ihr(text: str) -> bool:
    """Whether ``text`` may hold an ihr-command (cheap: "eu" first, most texts have none)."""
    return "eu" in text and _IHR_WORDS.search(text) is not None and bool(_IHR_START.search(text))


def _shaped_advice(sentence: str) -> bool:
    """A sentence advising by its shape (see _SHAPED, _IHR_COMMAND), in the author's own voice."""
    bare = sentence.lstrip(" \t\"'“‘(*_")
    shaped = _SHAPED.match(bare) is not None or _IHR_COMMAND.match(bare.rstrip()) is not None
    return shaped and not _ATTRIBUTED.search(sentence)


def _unquoted(cue: re.Pattern[str] | LazyPattern, sentence: str) -> bool:
    """True when ``cue`` occurs in the sentence outside quotation marks.

    'Dr Li said, "We recommend masks indoors."' reports someone else's advice;
    a quotation opened and not yet closed before the cue holds it. German
    opens with „ and closes with “, English opens with “.
    """
    german = "„" in sentence
    opening, closing = ("„«", "“”»") if german else ("“«", "”»")
    depth = straight = 0
    last = 0
    for m in cue.finditer(sentence):
        between = sentence[last : m.start()]  # -- counted once over the sentence: linear
        depth += sum(map(between.count, opening)) - sum(map(between.count, closing))
        straight += between.count('"')
        last = m.start()
        if depth <= 0 and straight % 2 == 0:
            return True
    return False


# -- reading guidance: a recommendation about reading the document itself ("we recommend
# -- skipping Section 3.2", "read Chapter 2 first", "empfehlen wir, Abschnitt 4 zu
# -- überspringen", "recomendamos pasar al capítulo 3"): a reading verb and a part of this
# -- document, by number or by place ("the next section"); no advice on the subject --
_DOC_PART = (
    r"(?i:section|chapter|part|appendix|annex|abschnitt|kapitel|anhang|secci[oó]n|cap[ií]tulo"
    r"|apartado|anexo|chapitre|partie|annexe)s?\s*(?:\d|[IVX]+\b|[A-Z]\b)|§\s*\d"
    r"|(?i:the\s+(?:next|following|previous|last|first)\s+(?:section|chapter|part)s?)"
)
_READING = lazy_compile(
    r"\b(?i:skip\w*|read\w*|go(?:ing)?|jump\w*|turn\w*|refer\w*|proceed\w*|start\w*|mov\w+"
    r"|überspring\w*|lesen|salt\w+|pas(?:ar|en)|ir|saut\w+|lire|aller)"
    rf"\s+(?:\S+\s+){{0,3}}?(?:{_DOC_PART})"
    # -- German puts the verb last: "Kapitel 4 zu überspringen", "Abschnitt 2 zuerst zu lesen"
    rf"|(?:{_DOC_PART})[\d.]*\s+(?:\S+\s+){{0,2}}?(?i:zu\s+)?(?i:überspringen|lesen)\b"
)


# -- a pointer to another part of this document: "See appendix 7 for the workflow", "Refer to
# -- Table 2", "Siehe Anhang B", "Véase la sección 3", "Voir l'annexe 2": no advice of its own
_POINTER = lazy_compile(
    r"^\W*(?i:see|refer\s+to|siehe|véase|vea|voir)\s+(?i:the\s+|la\s+|el\s+|l['’]\s*)?"
    rf"(?:{_DOC_PART}|(?i:table|figure|fig\.|exhibit|page|tabelle|abbildung|tabla|figura)s?\s*\d)"
)


# -- what every match of _READING holds (each branch holds a _DOC_PART), in lower case and cut to
# -- the letters its words share ("sec": section, sección): a text without it holds no reading
# -- guidance. One search of the lowered text, ten times faster than
# -- the same words case-insensitively; re.I also matches "ı", "İ" and "ſ" to "i" and "s", which
# -- lower() does not, so a text holding one of those is searched by _READING --
_DOC_PART_WORD = re.compile(
    r"§|sec|chap|part|appendix|annex|anex|abschnitt|kapitel|anhang|cap"
)  # -- "apartado" holds "part"
_FOLDED_APART = re.compile("[ıİſ]")


def _reading_guidance(sentence: str) -> bool:
    """True when the sentence steers the reader through this document, not the subject."""
    return _READING.search(sentence) is not None


def _may_guide_reading(text: str) -> bool:
    """False when no sentence of ``text`` can be reading guidance (it names no part of a document)."""
    return _DOC_PART_WORD.search(text.lower()) is not None or _FOLDED_APART.search(text) is not None


# -- a word stem every alternative of _CUE holds (vocabulary.ADVICE_CUES, OWN_ADVICE,
# -- _RECOMMENDED_TO, _NAMED_OWN), lower case: a text holding none has no cue, and most texts hold
# -- none, so the alternation is run on a few (a quarter of find_advice_sentences's time on the
# -- benchmark shapes was the alternation failing on every text). A cue added there needs its
# -- stem here; the test of this constant checks every cue of vocabulary.ADVICE_CUES --
CUE_STEMS = (
    "advis", "recommend", "best to", "empf", "ratsam", "recomien", "recomend", "aconsej",
    "recommand", "conseill", "consiglia", "wish to", "suggest", "propos", "propon", "preferred",
    "discourag", "sollte man", "man sollte", "se deb", "be better to", "consider", "position",
    "stance",
)  # fmt: skip


def _cue_starts(text: str) -> list[int]:
    """Where the advice cues of ``text`` start."""
    if not may_hold(text, CUE_STEMS):
        return []
    return [m.start() for m in _CUE.finditer(text)]


def find_advice_sentences(texts: list[str], kinds: Sequence[str] | None = None) -> list[Found]:
    """A sentence that says in so many words that it advises: "Allgemein empfiehlt sich, …".

    The cues (vocabulary.ADVICE_CUES, cues.OWN_ADVICE) are impersonal or the
    author's own ("it is advisable", "we recommend asking for …", "wir
    empfehlen", "se recomienda"), so the sentence is
    advice even alone in a paragraph of explanation. A quoted sentence is
    someone else's, and one ending in a colon announces a list read elsewhere.

    A text that recommends in its own voice at least twice is a guide (a
    template's help text, a how-to): there a sentence telling the reader what
    to do ("Write in plain language", "Do not include implementation
    details") is advice too, apart from fill-in instructions ("Include a
    brief summary", "List the place of performance") that only say what goes
    where, unless they give a purpose ("Include language to ensure …").

    A guide that instructs its readers in "should" sentences about things and
    roles ("The URIs … should be verified benign") advises in those too, in
    its paragraphs (``kinds`` names each text's block kind; None: all are).
    """
    shaped = {
        k for k, text in enumerate(texts) if _SHAPED_START.search(text) or _may_command_ihr(text)
    }
    # -- where each text's cues start: a sentence holds a cue only where its text does (a cue
    # -- holds no sentence-ending punctuation, so none straddles a sentence's end, and the
    # -- character before a sentence hides no cue's start), so only those sentences are searched
    # -- again: a guide's every sentence was, a fifth of reading a report of recommendations.
    # -- The one exception: "we recommend" right after a closing ’ (Chinese or Japanese stops) is
    # -- a cue in its sentence alone --
    cues = {k: starts for k, text in enumerate(texts) if (starts := _cue_starts(text))}
    cued = set(cues) | shaped
    guide = _own_advice_at_least(texts, sorted(cued), 2) or _commanding_guide(texts, kinds)
    # -- a guide that instructs in "should" sentences about things and roles, in its prose
    # -- paragraphs (a list's items are judged with the line that introduces them), and advises
    # -- in so many words somewhere: those sentences are advice too (deontic.instructing_sentences)
    paragraphs = [
        t if kinds is None or kinds[k] == "paragraph" else "" for k, t in enumerate(texts)
    ]
    instructions = set(deontic.instructing_sentences(paragraphs)) if cues else set()
    instructed = {k for k, _s, _e in instructions}
    found: list[Found] = []
    for k, text in enumerate(texts):
        if k not in cued and k not in instructed and not (guide and text):
            continue
        guides_reading = _may_guide_reading(text)
        for s, e in split_sentences(text):
            sentence = text[s:e]
            if OPENS_QUOTE.match(sentence) or sentence.rstrip().endswith((":", "?")):
                continue
            if guides_reading and _reading_guidance(sentence):
                continue
            starts = cues.get(k, [])
            after = bisect.bisect_left(starts, s)
            cue = text[s - 1 : s] == "’" or (after < len(starts) and starts[after] < e)
            if cue and _unquoted(_CUE, sentence):
                inside = after < len(starts) and starts[after] < e
                start = _consequence_start(text, s, starts[after]) if inside else s
                found.append(Found(ordinal=len(found) + 1, blocks=(k,), marker="", span=(start, e)))
            elif (
                (k in shaped and _shaped_advice(sentence))
                or (guide and guide_command(sentence))
                or (k, s, e) in instructions
                or (k in cues and _ACT_WOULD_HELP.match(sentence) and OWN_ADVICE.search(text))
            ):
                found.append(Found(ordinal=len(found) + 1, blocks=(k,), marker="", span=(s, e)))
    return found


# -- an act proposed by its gerund and what it would bring: "Exploring job reports would allow us
# -- to …", "Finally, reanalyzing the 2014 data would permit …"; beside the writer's own "We
# -- suggest acquiring …" in one paragraph it is one more suggestion of that run (alone, in a
# -- paper's limitations, it is reasoning: see find_advice_sentences)
_ACT_WOULD_HELP = lazy_compile(
    r"^\W*(?:(?:finally|also|additionally|further(?:more)?|moreover|lastly|in\s+addition|next)"
    r",?\s+)?(?!(?:during|nothing|something|anything|everything|according)\b)[A-Za-z][a-z]{2,}ing"
    r"\s[^.!?;:]{0,150}?\bwould\s+(?:also\s+|further\s+)?(?:allow|permit|enable|help|improve"
    r"|provide|give|be\s+(?:useful|helpful|beneficial|valuable|worthwhile))\b",
    re.I,
)


# -- a finding and then, as its consequence, the advice: "La opción … es la que más riesgos
# -- conlleva, por lo que se recomienda estudiarla …", "…, daher empfiehlt es sich …", "…, c'est
# -- pourquoi il est conseillé …"; the advice is the clause after the connective, the finding its
# -- reason (in the languages other than English whose cues vocabulary.ADVICE_CUES holds)
_CONSEQUENCE = lazy_compile(
    r",\s+(?:por\s+lo\s+(?:que|cual|tanto)|por\s+(?:ello|eso)|de\s+modo\s+que|así\s+que"
    r"|weshalb|weswegen|daher|deshalb|c['’]est\s+pourquoi|donc|par\s+conséquent)\s*,?\s+",
    re.I,
)


def _consequence_start(text: str, start: int, cue: int) -> int:
    """Where the advice of a sentence starting at ``start`` begins: after the last connective of
    consequence before its cue at ``cue`` (see _CONSEQUENCE), else the sentence's start."""
    connectives = list(_CONSEQUENCE.finditer(text, start, cue))
    return connectives[-1].end() if connectives else start


# -- a style guide's share of paragraphs and items that open with a command, and their least number
GUIDE_SHARE = 3  # -- one in three
GUIDE_LEAST = 6
GUIDE_PROSE = 3  # -- of them in paragraphs, not list items


def _commanding_guide(texts: list[str], kinds: Sequence[str] | None = None) -> bool:
    """Whether the texts are a guide by their voice: many of them open by telling the reader what to do.

    A style guide ("Avoid describing people as …", "Use descriptors … as
    modifiers", "Don't make assumptions: …") seldom says "we recommend"; it
    commands, paragraph after paragraph and item after item. When at least
    GUIDE_LEAST of the paragraphs and items, and one in GUIDE_SHARE of them,
    open with a command, and GUIDE_PROSE of those are paragraphs (a recipe or
    a procedure commands in its steps alone: those are steps, not advice,
    unless a heading announces them as instructions, see
    howto.find_announced_commands), the
    document is a guide, and its commands inside paragraphs are advice too. A
    news page or a report quotes a command here and there, far below that
    share. Only the opening words are read (no sentence split for most texts),
    so a long report costs little.
    """
    filled = [k for k, t in enumerate(texts) if t]
    if len(filled) < GUIDE_LEAST:
        return False
    prose = [k for k in filled if kinds is None or kinds[k] == "paragraph"]
    commanding = sum(1 for k in prose if commands(texts[k]))
    if commanding < GUIDE_PROSE:
        return False  # -- most documents: decided by their paragraphs, their items unread
    need = max(GUIDE_LEAST, -(-len(filled) // GUIDE_SHARE))
    for k in filled:
        if commanding >= need:
            break
        if kinds is not None and kinds[k] != "paragraph":
            commanding += commands(texts[k])
    return commanding >= need


def _own_advice_at_least(texts: list[str], keys: list[int], enough: int) -> bool:
    """Whether the texts at ``keys`` recommend in the author's own voice (OWN_ADVICE) at least
    ``enough`` times, reading guidance aside; counting stops there (a report of recommendations
    says "we recommend" in every section)."""
    own = 0
    for k in keys:
        text = texts[k]
        if not OWN_ADVICE.search(text):
            continue
        guides_reading = _may_guide_reading(text)
        for s, e in split_sentences(text):
            sentence = text[s:e]
            if guides_reading and _reading_guidance(sentence):
                continue
            own += len(OWN_ADVICE.findall(sentence))
            if own >= enough:
                return True
    return False


# -- a template's fill-in instruction: what goes where, no advice on how ("Include a summary …")
_FILL_IN = re.compile(
    r"^\W*(?:include|list|insert|describe|enter|fill|provide|add|see|attach)\b", re.I
)
_PURPOSE = re.compile(r"\b(?:to\s+(?:ensure|make\s+sure|avoid|prevent)|so\s+that)\b", re.I)


# -- a guide's other way of advising: "…, an alternative is to put forward the team's size"
_OPTION = re.compile(
    r"\b(?:an?|the|one)\s+(?:better\s+|good\s+|best\s+)?(?:alternative|option|approach|way)"
    r"\s+is\s+to\s+\w",
    re.I,
)


# -- an invitation to contact the publisher is the page's boilerplate, not advice on the task
# -- ("If you're interested in working with us, get in touch at …", "Contact us at …")
_CONTACT = lazy_compile(
    r"\b(?:get\s+in\s+touch|(?:contact|e-?mail|call|write\s+to)\s+us|reach\s+out\s+to\s+us)\b",
    re.I,
)


# -- a sentence that illustrates the advice before it ("For example, don't say …") or points to
# -- more reading after a lead-in ("For help finding the right words, see the … Guide")
_EXAMPLE = re.compile(r"^\W*(?:for\s+(?:example|instance)|e\.\s?g\.)[,\s]", re.I)
_LED_POINTER = lazy_compile(r"^[^.;:!?]{1,120}?,\s*(?:see|visit|read|check\s+out)\b", re.I)


# -- a guide telling its reader what to do without the imperative: "If you find yourself using
# -- several commas …, you should probably use a bulleted list instead", "Perhaps you need to
# -- rewrite it", "It's better to be clear than clever"
_TELLS_READER = lazy_compile(
    r"\b(?:you\s+(?:should|must|need\s+to|ought\s+to)(?:\s+(?:probably|always|also|really))?"
    r"|it(?:\s+is|['’]s)\s+(?:always\s+|usually\s+)?better\s+to)\s+(?!have\b)[a-z]",
    re.I,
)


def guide_command(sentence: str) -> bool:
    """A guide's sentence telling the reader what to do, other than a bare fill-in instruction,
    an example of the advice before it or a pointer to other reading."""
    if may_hold(sentence, _OPTION_WORDS) and _OPTION.search(sentence):
        return True
    if may_hold(sentence, _CONTACT_WORDS) and _CONTACT.search(sentence):
        return False
    if commands(sentence):
        if _EXAMPLE.match(sentence) or _LED_POINTER.match(sentence):
            return False
        return not _FILL_IN.match(sentence) or bool(_PURPOSE.search(sentence))
    if _commands_after_topic(sentence):
        return True
    return (
        may_hold(sentence, _TELLS_READER_WORDS)
        and _TELLS_READER.search(sentence) is not None
        and not _EXAMPLE.match(sentence)
    )


# -- a topic of a few words, then a semicolon: "Revisiones periódicas; corrige …", "Regular
# -- check-ups; see your dentist …"
_TOPIC_SEMICOLON = re.compile(r"^\W*(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*\s*;\s*(?=\S)")


def _commands_after_topic(sentence: str) -> bool:
    """A leaflet's terse line: the topic named in a few words, a semicolon, then the command."""
    topic = _TOPIC_SEMICOLON.match(sentence)
    return topic is not None and commands(sentence[topic.end() :])


# -- a word every branch of _OPTION, _CONTACT and _TELLS_READER holds, lower case (may_hold): a
# -- guide's every sentence is asked guide_command, and the three patterns failing at each of its
# -- words took ~230 µs a section of a report of recommendations (each regex call timed per
# -- pattern, loaded machine: a tenth of all its regex time) --
_OPTION_WORDS = ("alternative", "option", "approach", "way")
_CONTACT_WORDS = ("touch", "contact", "mail", "call", "write", "reach")
_TELLS_READER_WORDS = ("you", "better")


# -- a short label opening a paragraph: "The better alternative: …", "**Our advice:** …"
_LEAD_LABEL = re.compile(r"^[^.:;!?]{3,60}:\s+(?=\S)")


def find_labelled_imperatives(texts: list[str]) -> list[Found]:
    """Imperative sentences after a short label: "The better alternative: Do this now. Close … Convert …".

    The label (at most eight words before a colon) announces the advice; when
    at least two of the sentences after it, and half of them, open with
    an imperative verb, each such sentence is a recommendation and a plain
    sentence after one belongs to it. Under a label that says advice follows
    ("Key takeaway:", "Our tip:") one command is enough.
    """
    found: list[Found] = []
    for k, text in enumerate(texts):
        label = _LEAD_LABEL.match(text)
        if not label or len(label.group(0).split()) > 8:
            continue
        spans = [(s, e) for s, e in split_sentences(text) if e > label.end()]
        spans = [(max(s, label.end()), e) for s, e in spans]
        commanding = [n for n, (s, e) in enumerate(spans) if imperative(text[s:e])]
        # -- a label that itself announces advice ("A takeaway from this experience: If a name
        # -- doesn't fit, don't live with it — change it!"): its first sentence is enough when it
        # -- commands, after a lead-in clause or not
        if tips.announces_tips(label.group(0)) and spans and commands(text[spans[0][0] :]):
            commanding = sorted({0, *commanding})
        elif len(commanding) < 2 or len(commanding) * 2 < len(spans):
            continue
        for m, n in enumerate(commanding):
            end = commanding[m + 1] - 1 if m + 1 < len(commanding) else len(spans) - 1
            found.append(
                Found(ordinal=m + 1, blocks=(k,), marker="", span=(spans[n][0], spans[end][1]))
            )
    return found


_TERMINAL = (".", "!", "?", ":", ";")


def find_bold_theses(
    texts: list[str], bold: set[int], *, subheads: set[int] | None = None
) -> list[Found]:
    """A paragraph set all in bold that is one sentence of advice: the author's thesis.

    "**Policymakers should act to close the gap before 2030.**" stands out
    from the prose on purpose; a bold sentence that prescribes nothing
    ("**The grid held.**") is emphasis, not advice. A bold line with no full
    stop that acts as a subhead ("**Follow the standard outline**") carries
    the paragraphs under it, up to the next bold line or heading. A line read
    as a heading (``subheads``) is judged with all such bold lines, like
    sibling headings: it counts only when two or more, and two thirds of
    them, open with a command, so one "**Support for Ukraine**" among
    descriptive subheads stays a subhead.
    """
    heads = subheads or set()
    lines = [k for k in bold if texts[k] and not texts[k].rstrip().endswith(_TERMINAL)]
    commanding = [k for k in lines if imperative(texts[k])]
    heads_advise = len(commanding) >= 2 and len(commanding) * 3 >= len(lines) * 2
    found: list[Found] = []
    for k in sorted(bold):
        text = texts[k]
        if not text or len(split_sentences(text)) > 2 or len(text.split()) > 45:
            continue
        advice = (heads_advise and imperative(text)) if k in heads else is_prescriptive(text)
        if advice and not text.rstrip().endswith(("?", ":")):
            blocks = [k]
            if not text.rstrip().endswith((".", "!")):
                while len(blocks) <= MAX_TAIL and k + len(blocks) < len(texts):
                    nxt = k + len(blocks)
                    if nxt in bold or not texts[nxt]:
                        break
                    blocks.append(nxt)
            found.append(Found(ordinal=len(found) + 1, blocks=tuple(blocks), marker=""))
    return found


def _advises(text: str) -> bool:
    """Whether a paragraph's first sentence gives advice: it prescribes, or it says in so many
    words that it recommends ("… is one important recommendation to be considered", "We also
    recommend …"), as find_advice_sentences reads such a sentence anywhere. A paragraph that
    ends in a colon leads in to what follows; only a sentence of its own before the lead-in
    ("Most drugs should be legalised. This would:") may advise."""
    spans = split_sentences(text)
    if text.rstrip().endswith(":") and len(spans) < 2:
        return False
    first = text[spans[0][0] : spans[0][1]] if spans else text
    return _advice_sentence(first) and not _POINTER.match(first)


def _advice_sentence(sentence: str) -> bool:
    """A sentence that prescribes, or says in so many words that it recommends."""
    return is_prescriptive(sentence) or bool(_cue_starts(sentence) and _unquoted(_CUE, sentence))


# -- a document stating its own convention: everything of a kind below is a recommendation
# -- ("Every number below is a recommendation with rationale", "each value that follows is our
# -- recommended setting", "the values below are recommended starting points")
_DECLARES = lazy_compile(
    r"\b(?:every|each|all(?:\s+the)?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:below|that\s+follows?|which\s+follows?|listed\s+below|set\s+out\s+below|in\s+this\s+"
    r"(?:document|section|paper|brief))\s+(?:is|are)\s+(?:(?:a|an|our|the|my|all)\s+)?"
    r"(?:recommendations?\b|recommended\b)",
    re.I,
)
DECLARED_LEAST = 2  # -- labelled paragraphs: one bold lead is emphasis, not a document's form
DECLARED_GAP = 1  # -- stretches of text with no label (the declaration's own) before the first


def find_declared_labels(texts: list[str], labelled: set[int], headings: set[int]) -> list[Found]:
    """Labelled values in a document that declares every one of them a recommendation.

    A regulatory companion or a settings guide says once what its form means
    ("Every number below is a recommendation with rationale, not a
    requirement") and then gives each value under a bold run-in label
    ("**Processing fee cap (§29(2)).** $500 per bidder …"), none of them
    phrased as advice. The declaration covers the labelled paragraphs (or
    label headings, ``labelled``) that follow it, each with its own lists and
    tables up to the next label or heading, through the sections that carry
    such labels: a later section with text and no label (priorities, open
    questions, a summary) is another part of the document and ends it. Before
    the first label, one stretch of text without labels is allowed (the rest
    of the declaration's own section), no more. Without the declaration bold
    leads are emphasis and stay prose.
    """
    start = None
    for k, text in enumerate(texts):
        if k in headings or "recommend" not in text.lower() or not _DECLARES.search(text):
            continue  # -- most texts: no declaration word, no regex, no sentence split
        if any(_unquoted(_DECLARES, text[s:e]) for s, e in split_sentences(text)):
            start = k
            break
    if start is None:
        return []
    found: list[Found] = []
    started = has_text = has_label = False
    gap = 0
    current: list[int] = []
    for k in range(start + 1, len(texts)):
        if k in headings and k not in labelled:
            if has_text and not has_label:
                if started or gap >= DECLARED_GAP:
                    break
                gap += 1
            has_text = has_label = False
            current = []
            continue
        if k in labelled:
            started = has_label = True
            current = [k]
            found.append(Found(len(found) + 1, (k,), ""))
        elif texts[k]:
            has_text = True
            if current:
                current.append(k)
                found[-1] = Found(found[-1].ordinal, tuple(current), "")
    return found if len(found) >= DECLARED_LEAST else []


# -- a section the document names its call to action ("VIII. Call to Action", "Calls to action")
_CALL_TO_ACTION = re.compile(
    r"^\W*(?:(?:[IVXLC]+|\d{1,2}|[A-Z])[.)]\s*)?(?:(?:a|our|the)\s+)?calls?\s+to\s+action\W*$", re.I
)
# -- a bullet the reader left in the text: "· Champion inclusion of …", "• Draft model …"
_BULLET = re.compile(r"^\s*[·•▪◦‣∙●■-]\s+(?=\S)")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.I)
SHORT_OPENING = 12  # -- words of an opening sentence that only characterises the audience


def find_calls_to_action(
    texts: list[str], levels: Sequence[int], kinds: Sequence[str]
) -> list[Found]:
    """The asks of a section the document heads "Call to Action", audience by audience.

    A brief that closes with a call to action addresses each audience under its
    own subheading ("For Government Relations" > "MEPs and National
    Representatives:") and says what it asks of them: as a list of asks after a
    lead-in ("Specific asks:" then "· Include €200-300 million …"), each item
    one recommendation, or as a paragraph whose ask follows a sentence that
    characterises the audience ("Your voices matter most. Share your
    experiences …"): one recommendation from the ask. An opening sentence in
    the second person, or a short one, with more after it, is that
    characterisation. The section's own introduction (before its first
    subheading) and lead-ins ending in a colon are not asks.
    """
    found: list[Found] = []
    k = 0
    while k < len(texts):
        if not (levels[k] and _CALL_TO_ACTION.match(texts[k] or "")):
            k += 1
            continue
        level, k = levels[k], k + 1
        under_subheading = False
        while k < len(texts) and not 0 < levels[k] <= level:
            text = texts[k]
            if levels[k]:
                under_subheading = True
            elif text and (kinds[k] == "list_item" or _BULLET.match(text)):
                start = m.end() if (m := _BULLET.match(text)) else 0
                found.append(Found(len(found) + 1, (k,), "", (start, len(text)) if start else None))
            elif text and under_subheading and not text.rstrip().endswith(":"):
                spans = split_sentences(text)
                first = text[spans[0][0] : spans[0][1]] if spans else text
                if len(spans) > 1 and (
                    _SECOND_PERSON.search(first) or len(first.split()) <= SHORT_OPENING
                ):
                    spans = spans[1:]
                span = (spans[0][0], spans[-1][1]) if spans else None
                found.append(Found(len(found) + 1, (k,), "", span))
            k += 1
    return found
