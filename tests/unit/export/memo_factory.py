"""Build Articles and Briefings in code for memo tests: any size, any script, real offsets."""

from __future__ import annotations

from briefing_app.core.article import Article, KeyFigure, Recommendation, Section
from briefing_app.core.briefing import Briefing
from briefing_app.core.document import Block, Document


def make_article(
    sections: list[tuple[str | None, list[str]]],
    *,
    recommendations: list[tuple] = (),
    figures: list[tuple[str, str]] = (),
    title: str = "A report",
    author: str | None = "A. Writer",
    standfirst: str | None = None,
) -> Article:
    """Sections as (heading, paragraphs); recommendations as (section, headline, text[, marker]).

    A recommendation's text is appended to its section as one more paragraph,
    so offsets, spans and paragraph numbers behave as in detected articles.
    """
    parts: list[str] = []
    blocks: list[Block] = []
    cursor = 0

    def add(text: str, kind: str = "paragraph") -> tuple[int, int]:
        nonlocal cursor
        start = cursor
        parts.append(text + "\n\n")
        blocks.append(Block(text=text, kind=kind, level=1 if kind == "heading" else 0,
                            start=start, end=start + len(text)))  # fmt: skip
        cursor += len(text) + 2
        return start, start + len(text)

    built_sections, built_recs, number = [], [], 0
    for index, (heading, paragraphs) in enumerate(sections):
        if heading:
            add(heading, "heading")
        rec_texts = [
            (r[1], r[2], r[3] if len(r) > 3 else "") for r in recommendations if r[0] == index
        ]
        texts = list(paragraphs) + [t for _, t, _ in rec_texts]
        spans, numbers = [], []
        for text in texts:
            spans.append(add(text))
            number += 1
            numbers.append(number)
        section_id = f"s-{index:04d}"
        for offset, (headline, text, marker) in enumerate(rec_texts):
            at = len(paragraphs) + offset
            built_recs.append(
                Recommendation(
                    id=f"r-{len(built_recs):04d}", ordinal=len(built_recs) + 1,
                    section_id=section_id, headline=headline, text=text, summary=text,
                    paragraphs=(text,), spans=(spans[at],), paragraph_numbers=(numbers[at],),
                    marker=marker,
                )
            )  # fmt: skip
        built_sections.append(
            Section(
                id=section_id, heading=heading, paragraphs=tuple(texts), spans=tuple(spans),
                paragraph_numbers=tuple(numbers), summary=texts[0] if texts else "",
            )
        )  # fmt: skip
    text = "".join(parts)
    key_figures = tuple(
        KeyFigure(text=figure, context=context, start=text.find(figure))
        for figure, context in figures
    )
    return Article(
        title=title,
        source=Document(text=text, blocks=tuple(blocks)),
        author=author,
        standfirst=standfirst,
        sections=tuple(built_sections),
        recommendations=tuple(built_recs),
        key_figures=key_figures,
    )


def make_briefing(*args, **kwargs) -> Briefing:
    """A briefing with everything picked over :func:`make_article`."""
    return Briefing.from_article(make_article(*args, **kwargs))


def long_report(sections: int, *, words: int = 60) -> Briefing:
    """A report of ``sections`` headed sections, one recommendation every tenth section."""
    body = " ".join(
        f"word{n % 97} sentence." if n % 12 == 11 else f"word{n % 97}" for n in range(words)
    )
    specs = [(f"Section {n}", [f"Paragraph of section {n}: {body}"]) for n in range(sections)]
    recs = [
        (n, f"Act on point {n}", f"Act on point {n} now. {body}") for n in range(0, sections, 10)
    ]
    return make_briefing(specs, recommendations=recs, title="A long report")
