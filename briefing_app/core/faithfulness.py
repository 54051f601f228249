"""The "not in source" check: numbers, names and dates in a summary that the source never says."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefing_app.core.scripts import UNCASED
from briefing_app.core.text import split_sentences

_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# -- words that open sentences without naming anything; other openers are checked --
_OPENERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "to",
        "of",
        "and",
        "or",
        "but",
        "if",
        "so",
        "yet",
        "also",
        "however",
        "moreover",
        "meanwhile",
        "instead",
        "still",
        "then",
        "thus",
        "therefore",
        "indeed",
        "while",
        "when",
        "where",
        "what",
        "which",
        "who",
        "how",
        "why",
        "there",
        "here",
        "we",
        "our",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "i",
        "you",
        "both",
        "each",
        "every",
        "all",
        "some",
        "many",
        "most",
        "no",
        "not",
        "first",
        "second",
        "third",
        "finally",
        "lastly",
        "next",
    ]
)


def _digits(number: str) -> str:
    # -- "800,000", "800.000" and "800000" are the same figure written three ways, and
    # -- "١٥" (Arabic-Indic digits) is "15" --
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in number if c not in ",.")


@lru_cache(maxsize=8)
def _vocabulary(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased words and normalised numbers of a source text (cached per text)."""
    # -- neither pattern matches across whitespace, so matching each distinct whitespace-separated
    # -- token finds the same words as matching the whole text, and a long report has few of them --
    tokens = set(source.split())
    words = frozenset(w.lower().rstrip("'’") for t in tokens for w in _WORD.findall(t))
    numbers = frozenset(_digits(n) for t in tokens for n in _NUMBER.findall(t))
    return words, numbers


@lru_cache(maxsize=8)
def _plain(source: str) -> str:
    """The source NFKC-normalised, so presentation forms and full-width letters match."""
    return unicodedata.normalize("NFKC", source)


def unsupported_spans(summary: str, source: str) -> list[tuple[int, int]]:
    """Spans of ``summary`` holding a number or capitalised name absent from ``source``.

    Mid-sentence capitalised words count as names, and so does every word in a
    script without capitals (Arabic, Hebrew, Chinese, Japanese, Korean), which is
    supported when the source holds it, even inside a longer word. A sentence's first word is
    capitalised anyway, so it counts only when it looks like a name: an
    acronym, a possessive, or the first of several capitalised words. Matching
    ignores case and possessive endings.
    """
    if not summary.strip():
        return []  # -- nothing to check: do not build a long source's vocabulary for nothing --
    words, numbers = _vocabulary(source)
    spans = [
        (m.start(), m.end()) for m in _NUMBER.finditer(summary) if _digits(m.group()) not in numbers
    ]
    openers = {
        start + _leading_space(summary[start:end]) for start, end in split_sentences(summary)
    }
    matches = list(_WORD.finditer(summary))
    for n, match in enumerate(matches):
        word = match.group()
        if UNCASED.search(word):
            # -- Arabic, Hebrew and CJK have no capitals: any word may be a name. CJK writes no
            # -- spaces and Arabic and Hebrew attach prefixes, so these are found inside words --
            # -- (a whole source word is the usual case and a set lookup; else a substring search)
            if word not in words and unicodedata.normalize("NFKC", word) not in _plain(source):
                spans.append((match.start(), match.end()))
            continue
        if not word[0].isupper():
            continue
        if match.start() in openers and not _looks_like_name(word, matches[n + 1 : n + 2]):
            continue
        bare = re.sub(r"['’]s?$", "", word).lower()
        if bare not in words and word.lower() not in words:
            spans.append((match.start(), match.end()))
    return sorted(spans)


def _looks_like_name(word: str, following: list[re.Match]) -> bool:
    if word.lower() in _OPENERS:
        return False
    if (len(word) > 1 and word.isupper()) or re.search(r"['’]s$", word):
        return True
    return bool(following) and following[0].group()[0].isupper()


def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())
