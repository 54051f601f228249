"""Find recommendations: ordinal prose ("First, … Six, … Finally,"), labels, tags, introduced lists.

Every finder works on the shape of the text — ordinal markers in sequence, an
announcing sentence before a list, "Recommendation 2:" labels — and then checks
that the items actually give advice (a modal such as "should"/"must", or an
imperative verb first), so an essay's "First, … Second, …" history is not
mistaken for advice and mentions of other people's recommendations are not
invented into the author's own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing_app.core.text import split_sentences
from briefing_app.ingest.vocabulary import IMPERATIVE_VERBS, ORDINAL_WORDS, ORDINALS

_ORDINAL_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_CARDINAL_WORDS = "|".join(sorted(set(ORDINALS) - set(ORDINAL_WORDS), key=len, reverse=True))
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
_NUMBER_MARKER = re.compile(r"^(?P<marker>\(?(?P<num>\d{1,2})[.)]\s+)(?=\S)")
_TAG_MARKER = re.compile(r"\(\s*recommendation\s+(?P<num>\d{1,3})\s*\)", re.I)
_LABEL = re.compile(
    r"^(?P<marker>recommendation\s*(?:no\.?\s*|#\s*)?(?P<num>\d{1,2}|[ivx]{1,5})\b\s*[:.—–-]?\s*)",
    re.I,
)
_MODAL = re.compile(
    r"\b(should(?!\s+have\s+\w+(?:ed|en|wn|ne)\b)|must(?!\s+have\s+\w+(?:ed|en|wn|ne)\b)|ought\s+to|needs?\s+to|has\s+to|have\s+to"
    r"|will\s+have\s+to|it\s+is\s+(?:vital|crucial|important|imperative|essential|time|urgent)"
    r"|(?:is|are)\s+(?:essential|vital|needed|required)|recommends?|recommended\s+that"
    r"|urges?|call(?:s)?\s+(?:on|upon)|let\s+us|let's|we\s+need|propose\s+that)\b",
    re.I,
)
_ANNOUNCE = re.compile(
    r"\b(recommend\w*|propos\w*|urge\w*|call\s+on|should|must|ought|need\s+to|steps|actions"
    r"|measures|priorities|to\s+do|what\s+\w+(?:\s+\w+)?\s+(?:should|must|can|need\s+to)\s+do)\b",
    re.I,
)
_ADVICE_HEADING = re.compile(
    r"\b(recommend\w*|proposals?|what\s+(?:\w+\s+){0,3}(?:should|must|can|needs?\s+to)\s+do"
    r"|what\s+(?:should|must|needs\s+to)\s+be\s+done"
    r"|the\s+way\s+forward|next\s+steps|policy\s+options|options\s+for|priorities\s+for"
    r"|action\s+plan|agenda\s+for|what\s+to\s+do|how\s+to\s+fix)\b",
    re.I,
)
_EXPLICIT = re.compile(r"\b(recommend\w*|propos\w*|urge\w*)\b", re.I)
_ANAPHORA = re.compile(
    r"^(it|this|these|that|those|such|its|their|they|moreover|furthermore|also|in addition"
    r"|additionally|for example|for instance|indeed|likewise|similarly|in particular|here"
    r"|to this end|as a result|otherwise|doing so|by doing so|in turn|crucially|importantly)\b",
    re.I,
)
_STEM_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "will",
        "would",
        "could",
        "should",
        "must",
        "they",
        "their",
        "there",
        "which",
        "what",
        "when",
        "where",
        "while",
        "also",
        "more",
        "most",
        "such",
        "than",
        "then",
        "them",
        "these",
        "those",
        "into",
        "only",
        "over",
        "other",
        "about",
        "after",
        "before",
        "because",
        "being",
        "does",
        "make",
        "made",
        "many",
        "much",
        "every",
    ]
)


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


@functools.lru_cache(maxsize=16384)  # -- run scans re-ask for the same paragraphs: O(n^2) calls --
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
    rest = _TAG_MARKER.sub("", rest).strip()
    rest = re.sub(r"\s+([.,;:])", r"\1", rest)
    return rest[:1].upper() + rest[1:] if rest else rest


def is_prescriptive(text: str) -> bool:
    """True when the text gives advice: a prescriptive modal, or an imperative verb first."""
    marker = ordinal_marker(text)[1] or _marker_of(text)
    rest = text[len(marker) :].lstrip(" \t\"'“‘(") if marker else text.lstrip(" \t\"'“‘(")
    first = re.match(r"[^\W\d_][\w-]*", rest)
    if first and first.group(0).lower() in IMPERATIVE_VERBS:
        return True
    return bool(_MODAL.search(text))


def _marker_of(text: str) -> str:
    m = _NUMBER_MARKER.match(text) or _LABEL.match(text)
    return m.group("marker") if m else ""


def _mostly_prescriptive(texts: list[str]) -> bool:
    return sum(is_prescriptive(t) for t in texts) * 2 > len(texts)


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _STEM_WORD.findall(text) if w.lower() not in _COMMON}


def _continues(item: str, text: str) -> bool:
    """A paragraph after the last item belongs to it when it carries the item's own words on."""
    shared = len(_stems(item) & _stems(text))
    return shared >= 2 or (shared >= 1 and bool(_ANAPHORA.match(text)))


def _with_continuations(
    run: list[tuple[int, int, str]], texts: list[str], boundaries: set[int]
) -> list[Found]:
    """Paragraphs between two items belong to the earlier; after the last only cohesive ones."""
    items = []
    for n, (start, ordinal, marker) in enumerate(run):
        end = run[n + 1][0] if n + 1 < len(run) else None
        blocks = [start]
        k = start + 1
        while k < len(texts) and k not in boundaries and (end is None or k < end):
            if end is None and not _continues(" ".join(texts[b] for b in blocks), texts[k]):
                break
            blocks.append(k)
            k += 1
        items.append(Found(ordinal=ordinal, blocks=tuple(blocks), marker=marker))
    return items


def _ordinal_run(
    items: list[str], start: int, *, stop: set[int] | None = None
) -> list[tuple[int, int, str]]:
    """Indices of a First/Second/…/Finally sequence from ``start``; other items may come between."""
    run = [(start, 1, ordinal_marker(items[start])[1])]
    for j in range(start + 1, len(items)):
        if stop and j in stop:
            break
        nxt, mk = ordinal_marker(items[j])
        expected = run[-1][1] + 1
        if nxt == expected or (nxt is None and mk and len(run) >= 2):
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
    found: list[Found] = []
    i = 0
    while i < len(texts):
        if ordinal_marker(texts[i])[0] != 1:
            i += 1
            continue
        run = _ordinal_run(texts, i, stop=boundaries)
        if len(run) >= 2 and _mostly_prescriptive([texts[k] for k, _, _ in run]):
            found.extend(_with_continuations(run, texts, boundaries))
            i = run[-1][0] + 1
        else:
            i += 1
    return found


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
        if len(run) < 2 or not _mostly_prescriptive([sentences[n] for n, _, _ in run]):
            continue
        for m, (n, ordinal, marker) in enumerate(run):
            last = run[m + 1][0] - 1 if m + 1 < len(run) else n
            while m + 1 == len(run) and last + 1 < len(sentences):
                if not _ANAPHORA.match(sentences[last + 1]):
                    break
                last += 1
            span = (spans[n][0], spans[last][1])
            found.append(Found(ordinal=ordinal, blocks=(k,), marker=marker, span=span))
    return found


def find_list_recommendations(
    texts: list[str], kinds: list[tuple[str, bool]], boundaries: set[int]
) -> list[Found]:
    """List items introduced as advice ("We recommend the following:", "Governments should:")."""
    found: list[Found] = []
    i = 0
    while i < len(texts):
        if kinds[i][0] != "list_item" or i == 0 or kinds[i - 1][0] == "list_item":
            i += 1
            continue
        j = i
        while j < len(texts) and kinds[j][0] == "list_item" and (j == i or j not in boundaries):
            j += 1
        intro = texts[i - 1]
        items = list(range(i, j))
        explicit = bool(_EXPLICIT.search(intro)) and intro.rstrip().endswith(":")
        if _ANNOUNCE.search(intro) and (
            explicit or _mostly_prescriptive([texts[k] for k in items])
        ):
            for n, k in enumerate(items, start=1):
                found.append(Found(ordinal=n, blocks=(k,), marker=_marker_of(texts[k])))
        i = j
    return found


def find_tagged(texts: list[str]) -> list[Found]:
    """Sentences carrying an explicit "(Recommendation N)" tag, one recommendation per tag."""
    found = []
    for k, text in enumerate(texts):
        if not _TAG_MARKER.search(text):
            continue
        for s, e in split_sentences(text):
            m = _TAG_MARKER.search(text[s:e])
            if m:
                found.append(
                    Found(ordinal=int(m.group("num")), blocks=(k,), marker="", span=(s, e))
                )
    return found


def find_labelled(texts: list[str], boundaries: set[int], headings: set[int]) -> list[Found]:
    """Paragraphs or sub-headings opening "Recommendation 1:", with the paragraphs that follow.

    ``texts`` should hold "" for section headings: a section titled that way is a section.
    """
    labelled = [k for k, t in enumerate(texts) if _LABEL.match(t)]
    if not labelled:
        return []
    run = [(k, n, _LABEL.match(texts[k]).group("marker")) for n, k in enumerate(labelled, 1)]
    found = []
    for n, (k, ordinal, marker) in enumerate(run):
        end = run[n + 1][0] if n + 1 < len(run) else len(texts)
        blocks = [k]
        for b in range(k + 1, end):
            if b in boundaries or (b in headings and k not in headings):
                break
            if k not in headings and n + 1 == len(run) and not _continues(texts[k], texts[b]):
                break
            blocks.append(b)
        found.append(Found(ordinal=ordinal, blocks=tuple(blocks), marker=marker))
    return found


def find_numbered_paragraphs(texts: list[str], boundaries: set[int]) -> list[Found]:
    """Paragraphs opening "1. … 2. …" in sequence, prescriptive, within one section."""
    found: list[Found] = []
    i = 0
    while i < len(texts):
        m = _NUMBER_MARKER.match(texts[i])
        if not m or int(m.group("num")) != 1:
            i += 1
            continue
        run = [(i, 1, m.group("marker"))]
        j = i + 1
        while j < len(texts) and j not in boundaries:
            nm = _NUMBER_MARKER.match(texts[j])
            if nm and int(nm.group("num")) == run[-1][1] + 1:
                run.append((j, run[-1][1] + 1, nm.group("marker")))
            j += 1
        if len(run) >= 2 and _mostly_prescriptive([texts[k] for k, _, _ in run]):
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
        if not heading or not _ADVICE_HEADING.search(heading) or not members:
            continue
        items = [k for k in members if _advises(texts[k])]
        if len(items) < 2:
            continue
        run = [(k, n, "") for n, k in enumerate(items, start=1)]
        outside = set(range(len(texts))) - set(members)
        found.extend(_with_continuations(run, texts, outside))
    return found


def _advises(text: str) -> bool:
    if text.rstrip().endswith(":"):
        return False
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    return is_prescriptive(first)
