"""Moving sections in a nested outline: a section moves among its siblings with its subtree."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.briefing import Briefing
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

REPORT = """# Review

## A

Text of A.

### A1

Text of A1.

#### A1a

Text of A1a.

### A2

Text of A2.

## B

Text of B.

### B1

Text of B1.

## C

Text of C.
"""


def fresh() -> Briefing:
    return Briefing.from_article(analyze(parse_markdown(REPORT, name="r.md")))


def headings(briefing: Briefing) -> list[str | None]:
    return [s.heading for s in briefing.sections()]


def valid(briefing: Briefing) -> bool:
    """Every section comes while its parent is the latest open one (a document's outline)."""
    open_ids: list[str] = []
    for s in briefing.sections():
        while open_ids and open_ids[-1] != s.parent_id:
            open_ids.pop()
        if s.parent_id is not None and not open_ids:
            return False
        open_ids.append(s.id)
    return True


def test_a_chapter_moves_with_its_whole_subtree():
    briefing = fresh()
    ids = {s.heading: s.id for s in briefing.article.sections}
    assert briefing.position_of(ids["A"]) == 0 and briefing.position_of(ids["A1a"]) == 0
    briefing.move(ids["A"], 2)
    assert headings(briefing) == ["B", "B1", "C", "A", "A1", "A1a", "A2"]
    briefing.move(ids["A2"], 0)
    assert headings(briefing) == ["B", "B1", "C", "A", "A2", "A1", "A1a"]


def test_a_saved_order_with_a_stray_subsection_reads_back_under_its_chapter():
    briefing = fresh()
    ids = {s.heading: s.id for s in briefing.article.sections}
    data = briefing.to_json()
    order = [i for i in data["order"] if i != ids["A1"]]
    data["order"] = [*order, ids["A1"]]  # -- the old flat drag could leave A1 at the end --
    back = Briefing.from_json(data, briefing.article)
    # -- back under A, with its own subsection, after A2 as the saved order had it --
    assert headings(back) == ["A", "A2", "A1", "A1a", "B", "B1", "C"]


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(-2, 8)), max_size=12))
def test_random_moves_keep_a_valid_outline_and_undo_restores_it(moves):
    briefing = fresh()
    start = list(briefing.order)
    sections = [s.id for s in briefing.article.sections]
    done = []
    for which, position in moves:
        item = sections[which]
        done.append((item, briefing.position_of(item)))
        briefing.move(item, position)
        assert valid(briefing)
        assert sorted(briefing.order) == sorted(start)
    for item, old in reversed(done):
        briefing.move(item, old)
    assert briefing.order == start
