"""Find recommendations: ordinal prose ("First, … Six, … Finally,"), introduced lists, markers."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ORDINALS = {
    "first": 1,
    "firstly": 1,
    "one": 1,
    "second": 2,
    "secondly": 2,
    "two": 2,
    "third": 3,
    "thirdly": 3,
    "three": 3,
    "fourth": 4,
    "fourthly": 4,
    "four": 4,
    "fifth": 5,
    "fifthly": 5,
    "five": 5,
    "sixth": 6,
    "sixthly": 6,
    "six": 6,
    "seventh": 7,
    "seven": 7,
    "eighth": 8,
    "eight": 8,
    "ninth": 9,
    "nine": 9,
    "tenth": 10,
    "ten": 10,
    "eleventh": 11,
    "eleven": 11,
    "twelfth": 12,
    "twelve": 12,
}
_WORD_MARKER = re.compile(
    r"^(?P<marker>(?:and\s*,?\s*)?(?:(?:the\s+)?(?P<word>"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r")(?:\s+(?:and\s+(?:finally|lastly|most\s+importantly)|of\s+all))?"
    r"|(?P<final>finally|lastly|last(?:\s+but\s+not\s+least)?|in\s+addition|and\s+finally))"
    r"\s*(?:[,.:;—–-]|\s(?=[A-Z]))\s*)",
    re.I,
)
_NUMBER_MARKER = re.compile(r"^(?P<marker>\(?(?P<num>\d{1,2})[.)]\s+)(?=\S)")
_TAG_MARKER = re.compile(r"\(\s*recommendation\s+(?P<num>\d{1,3})\s*\)", re.I)
_PRESCRIPTIVE = re.compile(
    r"\b(should|must|needs? to|ought to|has to|have to|will need|is essential|are essential"
    r"|recommend\w*|urge[sd]?|call(?:s|ed)? for|propose[sd]?|would (?:help|benefit|be wise)"
    r"|can no longer|it is (?:vital|crucial|important|imperative)|consider|ensure|establish"
    r"|create|develop|invest|adopt|build|expand|strengthen|improve|reduce|increase|set up"
    r"|support|prioriti[sz]e|require|introduce|make)\b",
    re.I,
)
_INTRO = re.compile(
    r"\b(recommend\w*|should|steps?|measures|actions?|options|proposals?|propose|suggest\w*"
    r"|following|ways?|policy|policies|must|priorit\w+|lessons)\b",
    re.I,
)
_CONTINUATION = re.compile(
    r"^(it|this|these|that|those|such|its|their|they|moreover|furthermore|also|in addition"
    r"|additionally|for example|for instance|indeed|likewise|similarly|in particular|here|to this end"
    r"|as a result|otherwise|doing so|by doing so|in turn|crucially|importantly)\b",
    re.I,
)


@dataclass(frozen=True)
class Found:
    """A recommendation located in the body: its first block index, extra blocks, ordinal, marker."""

    ordinal: int
    blocks: tuple[int, ...]
    marker: str


def ordinal_marker(text: str) -> tuple[int | None, str]:
    """(ordinal, marker) for a paragraph opening with an ordinal word; ordinal None for "Finally"."""
    m = _WORD_MARKER.match(text)
    if not m:
        return None, ""
    word = m.group("word")
    return (_ORDINALS[word.lower()] if word else None), m.group("marker")


def strip_marker(text: str, marker: str) -> str:
    """Text without its ordinal marker, first letter capitalised."""
    rest = text[len(marker) :].lstrip() if marker and text.startswith(marker) else text
    rest = _TAG_MARKER.sub("", rest).strip()
    return rest[:1].upper() + rest[1:] if rest else rest


def is_prescriptive(text: str) -> bool:
    return bool(_PRESCRIPTIVE.search(text))


def find_ordinal_runs(texts: list[str], boundaries: set[int]) -> list[Found]:
    """Runs of paragraphs marked First/Second/…/Finally that read as advice.

    A run starts at ordinal 1, each next marker is the next number (or a closing
    "Finally"), it never crosses a section boundary, has at least two items,
    and most of its items are prescriptive — so an essay's "First, … Second, …"
    argument is not taken for advice unless it gives some.
    """
    found: list[Found] = []
    i = 0
    while i < len(texts):
        ordinal, marker = ordinal_marker(texts[i])
        if ordinal != 1:
            i += 1
            continue
        run = [(i, 1, marker)]
        j = i + 1
        while j < len(texts) and j not in boundaries:
            nxt, mk = ordinal_marker(texts[j])
            expected = run[-1][1] + 1
            if nxt == expected or (nxt is None and mk and len(run) >= 2):
                run.append((j, expected, mk))
                if nxt is None:
                    j += 1
                    break
            j += 1
        if len(run) >= 2 and sum(is_prescriptive(texts[k]) for k, _, _ in run) * 2 > len(run):
            found.extend(_with_continuations(run, texts, boundaries))
            i = run[-1][0] + 1
        else:
            i += 1
    return found


def _with_continuations(
    run: list[tuple[int, int, str]], texts: list[str], boundaries: set[int]
) -> list[Found]:
    """Paragraphs between two items belong to the earlier; after the last only anaphoric ones."""
    items = []
    for n, (start, ordinal, marker) in enumerate(run):
        end = run[n + 1][0] if n + 1 < len(run) else None
        blocks = [start]
        k = start + 1
        while k < len(texts) and k not in boundaries and (end is None or k < end):
            if end is None and not _CONTINUATION.match(texts[k]):
                break
            blocks.append(k)
            k += 1
        items.append(Found(ordinal=ordinal, blocks=tuple(blocks), marker=marker))
    return items


def find_list_recommendations(
    texts: list[str], kinds: list[tuple[str, bool]], boundaries: set[int]
) -> list[Found]:
    """List items introduced by a paragraph that announces advice ("We recommend the following:")."""
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
        prescriptive = sum(is_prescriptive(texts[k]) for k in items) * 2 > len(items)
        if _INTRO.search(intro) and (intro.rstrip().endswith(":") or prescriptive):
            for n, k in enumerate(items, start=1):
                num = _NUMBER_MARKER.match(texts[k])
                found.append(
                    Found(ordinal=n, blocks=(k,), marker=num.group("marker") if num else "")
                )
        i = j
    return found


def find_tagged(texts: list[str]) -> list[Found]:
    """Paragraphs carrying an explicit "(Recommendation N)" tag."""
    found = []
    for k, text in enumerate(texts):
        m = _TAG_MARKER.search(text)
        if m:
            found.append(Found(ordinal=int(m.group("num")), blocks=(k,), marker=""))
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
        if len(run) >= 2 and sum(is_prescriptive(texts[k]) for k, _, _ in run) * 2 > len(run):
            found.extend(_with_continuations(run, texts, boundaries))
            i = run[-1][0] + 1
        else:
            i += 1
    return found
