"""Key figures: money, percentages, large counts — each with the sentence that explains it."""

from __future__ import annotations

import re

from briefing_app.core.article import KeyFigure
from briefing_app.core.text import clean_spaces, split_sentences
from briefing_app.ingest.recommendations import ordinal_marker, strip_marker

_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
_FIGURE = re.compile(
    r"(?<![\w.,])(?:"
    rf"(?:US\$|A\$|C\$|\$|€|£|¥|₹|₽|USD\s?|EUR\s?|GBP\s?)\d[\d,.]*\d?{_SCALE}"
    r"|\d[\d,.]*\d?\s?(?:%|percent\b|per\s?cent\b|percentage points\b)"
    r"|\d[\d,.]*\d?\s(?:thousand|million|billion|trillion)\b(?:\s(?:dollars|euros|pounds|people|barrels|tons|tonnes))?"
    r"|\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)"
    r")",
    re.I,
)
MAX_FIGURES = 12


def find_key_figures(paragraphs: list[tuple[str, int]]) -> list[KeyFigure]:
    """Figures in reading order, each once, with its sentence as context."""
    figures: list[KeyFigure] = []
    seen: set[str] = set()
    for text, offset in paragraphs:
        for s, e in split_sentences(text):
            sentence = text[s:e]
            for m in _FIGURE.finditer(sentence):
                figure = clean_spaces(m.group(0)).rstrip(".,")
                if _looks_like_year(figure) or figure.lower() in seen:
                    continue
                seen.add(figure.lower())
                context = strip_marker(clean_spaces(sentence), ordinal_marker(sentence)[1])
                figures.append(
                    KeyFigure(text=figure, context=context, start=offset + s + m.start())
                )
                if len(figures) >= MAX_FIGURES:
                    return figures
    return figures


def _looks_like_year(figure: str) -> bool:
    return figure.isdigit() and len(figure) == 4
