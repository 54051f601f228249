"""An article's outline lookups answer what a scan in reading order answers, in any order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.article import Article, Section
from briefing_app.core.document import Document


def _scan_descendants(article: Article, section_id: str) -> tuple[Section, ...]:
    """The definition: read the sections in order, keep those whose parent is already in."""
    found, inside = [], {section_id}
    for s in article.sections:
        if s.parent_id in inside:
            found.append(s)
            inside.add(s.id)
    return tuple(found)


def _article(parents: list[int | None], ids: list[int]) -> Article:
    sections = tuple(
        Section(
            id=f"s{i}",
            heading=f"H{n}",
            paragraphs=(),
            spans=(),
            paragraph_numbers=(),
            summary="",
            parent_id=None if parent is None else f"s{parent}",
        )
        for n, (i, parent) in enumerate(zip(ids, parents, strict=True))
    )
    return Article(title="T", source=Document(text="", blocks=()), sections=sections)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_children_and_descendants_are_those_of_a_scan_in_reading_order(data):
    count = data.draw(st.integers(0, 12))
    # -- parents anywhere (before, after, itself, missing), ids sometimes repeated --
    parents = data.draw(st.lists(st.none() | st.integers(0, 14), min_size=count, max_size=count))
    ids = data.draw(st.lists(st.integers(0, 14), min_size=count, max_size=count))
    article = _article(parents, ids)
    for section_id in {f"s{i}" for i in range(15)}:
        assert article.descendants_of(section_id) == _scan_descendants(article, section_id)
        children = tuple(s for s in article.sections if s.parent_id == section_id)
        assert article.children_of(section_id) == children
    assert article.children_of(None) == tuple(s for s in article.sections if s.parent_id is None)


def test_a_chapter_holds_its_subsections_at_every_depth():
    article = _article([None, 0, 1, 0, None, 4], list(range(6)))
    assert [s.id for s in article.descendants_of("s0")] == ["s1", "s2", "s3"]
    assert [s.id for s in article.children_of("s0")] == ["s1", "s3"]
    assert article.descendants_of("s5") == ()
