"""The immutable result of analysing a document: metadata, sections, recommendations, figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.core.document import Document

Span = tuple[int, int]  # [start, end) character offsets into Document.text


@dataclass(frozen=True)
class Section:
    """A headed (or untitled lead) part of the article.

    ``paragraphs`` holds every paragraph of the section, recommendation text
    included; ``paragraph_numbers`` are 1-based positions in the whole article
    body, used for "¶ 12" references in speaker notes and the memo. Reports nest:
    ``level`` is 1 at the top, and ``parent_id`` names the enclosing section
    (None at the top); a chapter heading followed at once by its first
    subheading is a section with no paragraphs of its own.
    """

    id: str
    heading: str | None
    paragraphs: tuple[str, ...]
    spans: tuple[Span, ...]
    paragraph_numbers: tuple[int, ...]
    summary: str
    summary_spans: tuple[Span, ...] = ()
    level: int = 1
    parent_id: str | None = None


@dataclass(frozen=True)
class Recommendation:
    """One recommendation the author makes, continuation paragraphs included.

    ``headline`` is its thesis (<= 15 words, no ordinal marker); ``summary``
    1-2 sentences; ``marker`` the words that introduced it ("First,", "3.").
    """

    id: str
    ordinal: int
    section_id: str
    headline: str
    text: str
    summary: str
    paragraphs: tuple[str, ...]
    spans: tuple[Span, ...]
    paragraph_numbers: tuple[int, ...]
    marker: str = ""
    summary_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class KeyFigure:
    """A number worth a slide: the figure as written and the sentence around it."""

    text: str
    context: str
    start: int = 0


@dataclass(frozen=True)
class Article:
    """Everything detection found in one document; ids are stable for the same text."""

    title: str
    source: Document
    standfirst: str | None = None
    author: str | None = None
    publication: str | None = None
    date: str | None = None  # ISO 8601 when parseable, else as written
    date_source: str | None = None  # where the date was read: "text" or "metadata" (declared)
    # -- "file" when the document prints no title and its file name stands in for one
    title_source: str | None = None
    sections: tuple[Section, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    author_bio: str | None = None
    key_figures: tuple[KeyFigure, ...] = ()
    _index: dict[str, Section | Recommendation] = field(
        default_factory=dict, repr=False, compare=False
    )
    _by_section: dict[str, tuple[Recommendation, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _children: dict[str | None, tuple[int, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index: dict[str, Section | Recommendation] = {s.id: s for s in self.sections}
        index.update({r.id: r for r in self.recommendations})
        object.__setattr__(self, "_index", index)
        # -- each section's recommendations, for recommendations_in: a scan of all of them per
        # -- section made a report with many recommendations quadratic --
        by_section: dict[str, list[Recommendation]] = {}
        for r in self.recommendations:
            by_section.setdefault(r.section_id, []).append(r)
        object.__setattr__(self, "_by_section", {k: tuple(v) for k, v in by_section.items()})
        # -- positions of each section's children, for children_of and descendants_of: a scan
        # -- of all sections per section made a long nested outline quadratic --
        children: dict[str | None, list[int]] = {}
        for position, s in enumerate(self.sections):
            children.setdefault(s.parent_id, []).append(position)
        object.__setattr__(self, "_children", {k: tuple(v) for k, v in children.items()})

    def item(self, item_id: str) -> Section | Recommendation:
        """The section or recommendation with this id; KeyError if there is none."""
        return self._index[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._index

    def recommendations_in(self, section_id: str) -> tuple[Recommendation, ...]:
        return self._by_section.get(section_id, ())

    def children_of(self, section_id: str | None) -> tuple[Section, ...]:
        """The sections directly under ``section_id`` (None: the top level), in reading order."""
        return tuple(self.sections[i] for i in self._children.get(section_id, ()))

    def descendants_of(self, section_id: str) -> tuple[Section, ...]:
        """Every section nested (at any depth) under ``section_id``, in reading order.

        As read in order: a child of ``section_id`` counts wherever it stands, a
        deeper section only after the parent that brought it in (a parent listed
        after its child does not make the child a descendant).
        """
        found = set(self._children.get(section_id, ()))
        todo = list(found)
        while todo:
            parent = todo.pop()
            for child in self._children.get(self.sections[parent].id, ()):
                if child > parent and child not in found:
                    found.add(child)
                    todo.append(child)
        return tuple(self.sections[i] for i in sorted(found))

    def to_json(self) -> dict:
        """The `inspect --json` object of docs/architecture.md."""
        return {
            "title": self.title,
            "standfirst": self.standfirst,
            "author": self.author,
            "publication": self.publication,
            "date": self.date,
            "date_source": self.date_source,
            "sections": [
                {
                    "id": s.id,
                    "heading": s.heading,
                    "level": s.level,
                    "parent_id": s.parent_id,
                    "paragraphs": list(s.paragraphs),
                    "summary": s.summary,
                }
                for s in self.sections
            ],
            "recommendations": [
                {
                    "id": r.id,
                    "ordinal": r.ordinal,
                    "section_id": r.section_id,
                    "headline": r.headline,
                    "text": r.text,
                    "summary": r.summary,
                }
                for r in self.recommendations
            ],
            "author_bio": self.author_bio,
            "key_figures": [{"text": k.text, "context": k.context} for k in self.key_figures],
        }
