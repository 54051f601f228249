"""Key figures: money, percentages, large counts — each with the sentence that explains it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from briefing_app.core.article import KeyFigure
from briefing_app.core.document import Row
from briefing_app.core.text import clean_spaces, split_sentences
from briefing_app.ingest.recommendations import ordinal_marker, strip_marker

_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
_FIGURE = re.compile(
    r"(?<![\w.,])(?:"
    rf"(?:US\$|A\$|C\$|\$|€|£|¥|₹|₽|USD\s?|EUR\s?|GBP\s?)\d[\d,.]*\d?{_SCALE}"
    r"|\d[\d,.]*\d?\s?(?:%|percent\b|per\s?cent\b|percentage points\b)"
    r"|\d[\d,.]*\d?\s(?:thousand|million|billion|trillion)\b(?:\s(?:dollars|euros|pounds|people|barrels|tons|tonnes))?"
    r"|[1-9]\d{0,2}(?:[.,]\d{3})+(?![.,]?\d)"  # -- a count: "0.836" is a fraction, not one --
    r")",
    re.I,
)
MAX_FIGURES = 12


def find_key_figures(
    paragraphs: Sequence[tuple[str, int]], *, tables: Sequence[tuple[tuple[Row, ...], int]] = ()
) -> list[KeyFigure]:
    """Figures in reading order, each once, with its sentence (or table row) as context;
    a sentence already shown for one figure is not shown again for the next ("split 70%/30%").

    ``tables`` are (rows, offset) pairs, the first row a header: a figure in a
    cell reads "Armenia — Budget: $12.6 billion", its row's and column's names.
    """
    # -- a figure's context is made only when the figure is looked at: a report of figures in
    # -- every section found ~1,800 and cleaned each one's sentence to keep twelve --
    found = sorted([*_prose_figures(paragraphs), *_table_figures(tables)], key=lambda f: f[0])
    figures: list[KeyFigure] = []
    seen: set[str] = set()
    said: set[str] = set()
    for start, text, context, sentence in found:
        if text.lower() in seen:
            continue
        context = context if context is not None else _sentence_context(sentence)
        if context not in said:
            seen.add(text.lower())
            said.add(context)
            figures.append(KeyFigure(text=text, context=context, start=start))
            if len(figures) >= MAX_FIGURES:
                break
    return figures


# -- (start, figure, context, sentence): a prose figure's context is None until made from its
# -- sentence (_sentence_context); a table figure's is made from its row and column --
_Pending = tuple[int, str, str | None, str]
# -- every alternative of _FIGURE holds a digit: a paragraph with none holds no figure --
_DIGIT = re.compile(r"\d")


def _sentence_context(sentence: str) -> str:
    """The sentence shown with a figure: spaces cleaned, an ordinal marker ("First,") taken off."""
    return strip_marker(clean_spaces(sentence), ordinal_marker(sentence)[1])


def _prose_figures(paragraphs: Sequence[tuple[str, int]]) -> Iterator[_Pending]:
    for text, offset in paragraphs:
        if not _DIGIT.search(text):
            continue
        for s, e in split_sentences(text):
            sentence = text[s:e]
            if not _DIGIT.search(sentence):
                continue  # -- _FIGURE failed at every word of it (one of several sentences) --
            for m in _FIGURE.finditer(sentence):
                figure = clean_spaces(m.group(0)).rstrip(".,")
                if not _looks_like_year(figure):
                    yield offset + s + m.start(), figure, None, sentence


def _table_figures(tables: Sequence[tuple[tuple[Row, ...], int]]) -> Iterator[_Pending]:
    for rows, offset in tables:
        header = rows[0] if len(rows) > 1 else ()
        for row in rows[1:] if header else rows:
            label = clean_spaces(row[0]) if len(row) > 1 else ""
            for c, cell in enumerate(row):
                for m in _FIGURE.finditer(cell):
                    figure = clean_spaces(m.group(0)).rstrip(".,")
                    if _looks_like_year(figure) or (c == 0 and label):
                        continue
                    column = clean_spaces(header[c]) if c < len(header) else ""
                    said = f"{column}: {clean_spaces(cell)}" if column else clean_spaces(cell)
                    context = f"{label} — {said}" if label else said
                    # -- the table's offset: a stable sort keeps its cells in reading order
                    yield offset, figure, context, ""


def _looks_like_year(figure: str) -> bool:
    return figure.isdigit() and len(figure) == 4
