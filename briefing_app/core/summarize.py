"""Deterministic extractive summaries: pure Python, no models, no downloads."""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.core.text import split_sentences

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "not",
        "no",
        "so",
        "than",
        "then",
        "too",
        "very",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "into",
        "over",
        "under",
        "about",
        "after",
        "before",
        "between",
        "through",
        "during",
        "also",
        "such",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "own",
        "same",
        "only",
        "just",
    ]
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def summarize_sentences(
    passages: list[tuple[str, int]], *, max_sentences: int = 2, max_words: int = 50
) -> list[tuple[int, int]]:
    """Pick the most salient sentences of ``passages`` (text, offset) as absolute spans.

    Salience is the mean document frequency of a sentence's content words, with
    a small bonus for the first sentence of a passage (topic sentences) — so the
    choice reflects the passage's recurring themes, not merely its opening.
    """
    candidates: list[tuple[int, int, str]] = []
    for text, offset in passages:
        for s, e in split_sentences(text):
            candidates.append((offset + s, offset + e, text[s:e]))
    if not candidates:
        return []
    freq = Counter(w for _, _, sent in candidates for w in set(_words(sent)) - _STOPWORDS)
    firsts = {passages_offset for _, passages_offset in passages}

    def score(index: int) -> float:
        start, _, sent = candidates[index]
        content = [w for w in _words(sent) if w not in _STOPWORDS]
        if not content:
            return 0.0
        base = sum(freq[w] for w in content) / (len(content) ** 0.5 + 1)
        return base * (1.3 if start in firsts else 1.0) * (0.6 if len(content) < 5 else 1.0)

    ranked = sorted(range(len(candidates)), key=lambda i: (-score(i), i))
    chosen: list[int] = []
    words = 0
    for i in ranked:
        n = len(candidates[i][2].split())
        if chosen and words + n > max_words:
            continue
        chosen.append(i)
        words += n
        if len(chosen) >= max_sentences:
            break
    return [(candidates[i][0], candidates[i][1]) for i in sorted(chosen)]


def bullets_from_summary(summary: str) -> list[str]:
    """Split a summary into bullet lines: one per sentence, at least one when non-empty."""
    summary = summary.strip()
    if not summary:
        return []
    return [summary[s:e].strip() for s, e in split_sentences(summary)] or [summary]


_CLAUSE_BREAK = re.compile(r"[,;:—–(]|\s-\s")


def headline(text: str, *, max_words: int = 15) -> str:
    """The thesis of a recommendation: its first sentence, cut at a clause or word boundary."""
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    first = first.strip().rstrip(".")
    words = first.split()
    if len(words) <= max_words:
        return first
    cut = " ".join(words[:max_words])
    clause = [m.start() for m in _CLAUSE_BREAK.finditer(cut) if m.start() > len(cut) // 3]
    if clause:
        return cut[: clause[-1]].rstrip(" ,;:—–-")
    return cut.rstrip(" ,;:—–-")
