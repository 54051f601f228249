"""The outline as a tree: nesting to six levels, folding, tri-state ticks, subtree moves, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPoint, Qt

from briefing_app.core.article import Section
from briefing_app.core.briefing import Briefing
from briefing_app.gui.outline import ID_ROLE, OutlineModel
from briefing_app.gui.session import Session
from briefing_app.project import open_path

REAL = Path(__file__).parents[1] / "corpus" / "real"
TIPS = REAL / "18f-2023-08-22-7-tips-on-facilitating-unplan.md"  # -- CC0, committed --
README_POST = REAL / "18f-2020-03-05-readmes-for-you-and-me.md"
CHECK = Qt.ItemDataRole.CheckStateRole
DEEP_MD = """---
title: "Harbour resilience plan"
---

The harbour authority asked for a review of how the port copes with storms and outages.

# Findings

Storm damage closed the container terminal for eleven days last winter.

## Physical assets

The sea wall was built in 1962 and was last raised in 1988.

### Cranes

Four of the nine cranes are past their design life.

#### Electrical supply

Each crane draws from one substation with no backup feed.

##### Substation A

Substation A flooded twice in five years.

###### Switchgear

The switchgear sits below the 100-year flood line.

## Staffing

Crane operators left faster than they were hired in each of the last four years.

# Outlook

Traffic will keep growing through the decade.
"""


def outline_problem(briefing: Briefing) -> str | None:
    """What makes the sections' order an outline no document could have, or None.

    Read top to bottom with a stack of open sections: each section must come
    while its parent is still open (right after the parent or the parent's
    earlier subsections), which rules out a subsection away from its chapter
    and a chapter placed under its own subsection.
    """
    open_sections: list[str] = []
    for section in briefing.sections():
        while open_sections and open_sections[-1] != section.parent_id:
            open_sections.pop()
        if section.parent_id is not None and not open_sections:
            return f"{section.heading!r} is not under its parent"
        open_sections.append(section.id)
    return None


def tree_rows(model, parent: QModelIndex | None = None, depth: int = 0) -> list[tuple[int, str]]:
    parent = QModelIndex() if parent is None else parent
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert model.parent(index) == parent
        rows.append((depth, index.data(ID_ROLE)))
        rows += tree_rows(model, index, depth + 1)
    return rows


def ids_by_heading(briefing: Briefing) -> dict[str | None, str]:
    return {s.heading: s.id for s in briefing.article.sections}


@pytest.fixture
def deep(make_window, tmp_path):
    path = tmp_path / "harbour.md"
    path.write_text(DEEP_MD, encoding="utf-8")
    return make_window(path)


def view_index(window, item_id: str) -> QModelIndex:
    return window.outline_filter.mapFromSource(window.outline_model.index_of(item_id))


# -- the tree -----------------------------------------------------------------------------


def test_six_heading_levels_nest_six_deep(deep):
    model, briefing = deep.outline_model, deep.session.briefing
    ids = ids_by_heading(briefing)
    depth = dict((item, d) for d, item in tree_rows(model))
    assert depth[ids["Findings"]] == 0
    assert depth[ids["Physical assets"]] == 1
    assert depth[ids["Switchgear"]] == 5
    assert depth[ids["Staffing"]] == 1 and depth[ids["Outlook"]] == 0
    chain, index = [], model.index_of(ids["Switchgear"])
    while index.isValid():
        chain.append(index.data())
        index = model.parent(index)
    assert chain[::-1] == [
        "Findings",
        "Physical assets",
        "Cranes",
        "Electrical supply",
        "Substation A",
        "Switchgear",
    ]


def test_a_real_post_shows_recommendations_before_subsections_under_their_section(make_window):
    window = make_window(TIPS)
    model, article = window.outline_model, window.session.briefing.article
    for section in article.sections:
        under = [
            model.index(r, 0, model.index_of(section.id)).data(ID_ROLE)
            for r in range(model.rowCount(model.index_of(section.id)))
        ]
        expected = [r.id for r in article.recommendations_in(section.id)]
        expected += [s.id for s in article.children_of(section.id)]
        assert under == expected, section.heading
    top = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert top == [s.id for s in article.children_of(None)]
    assert "   " not in "".join(model.index(r, 0).data() for r in range(model.rowCount()))
    ids = ids_by_heading(window.session.briefing)
    window.select_item(ids["Execution"])
    assert window.editor.kind_label.text() == "Section"
    window.select_item(ids["Tip 3: Convert thoughts to action items as needed"])
    assert window.editor.kind_label.text() == "Section under “Execution”"


# -- folding ------------------------------------------------------------------------------


def test_keyboard_and_mouse_fold_and_unfold_a_section(deep, qtbot):
    view, ids = deep.outline, ids_by_heading(deep.session.briefing)
    cranes = view_index(deep, ids["Cranes"])
    assert view.isExpanded(cranes)
    deep.select_item(ids["Cranes"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert not view.isExpanded(cranes)
    assert not view.visualRect(view_index(deep, ids["Switchgear"])).isValid()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.isExpanded(cranes)
    rect = view.visualRect(cranes)
    arrow = QPoint(rect.left() - view.indentation() // 2, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert not view.isExpanded(cranes)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert view.isExpanded(cranes)
    assert deep.session.undo_stack.count() == 0  # -- folding is no change to the briefing --


def test_what_is_folded_stays_folded_through_edits_ticks_moves_undo_and_filter(deep, qtbot):
    view, session = deep.outline, deep.session
    ids = ids_by_heading(session.briefing)
    deep.activateWindow()
    qtbot.waitUntil(deep.isActiveWindow)
    folded = [ids["Cranes"], ids["Electrical supply"]]
    for item in folded:
        view.collapse(view_index(deep, item))
    deep.select_item(ids["Staffing"])
    deep.editor.title_edit.setFocus()
    qtbot.keyClicks(deep.editor.title_edit, " and hiring")
    deep.select_item(ids["Staffing"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # -- a move --
    assert session.briefing.sections()[2].id == ids["Staffing"]
    model = deep.outline_model
    model.setData(model.index_of(ids["Findings"]), Qt.CheckState.Unchecked, CHECK)
    session.undo_stack.undo()
    session.undo_stack.undo()
    qtbot.keyClicks(deep.filter_edit, "flood")
    deep.filter_edit.clear()
    shown = {
        item: view.isExpanded(view_index(deep, item))
        for item in (
            ids["Cranes"],
            ids["Electrical supply"],
            ids["Findings"],
            ids["Physical assets"],
        )
    }
    assert shown == {
        ids["Cranes"]: False,
        ids["Electrical supply"]: False,
        ids["Findings"]: True,
        ids["Physical assets"]: True,
    }


# -- tri-state ticks ------------------------------------------------------------------------


def test_unticking_a_chapter_unticks_everything_under_it_in_one_step(make_window, qtbot):
    window = make_window(TIPS)
    model, session = window.outline_model, window.session
    briefing, ids = session.briefing, ids_by_heading(session.briefing)
    execution = ids["Execution"]
    under = [d.id for d in briefing.article.descendants_of(execution)]
    recs = [r.id for s in under for r in briefing.article.recommendations_in(s)]
    assert len(under) == 3 and len(recs) == 3
    index = window.outline_filter.mapFromSource(model.index_of(execution))
    rect = window.outline.visualRect(index)
    qtbot.mouseClick(
        window.outline.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 12, rect.center().y()),
    )
    assert not any(briefing.is_picked(i) for i in [execution, *under, *recs])
    assert briefing.is_picked(ids["Planning"])
    assert session.undo_stack.count() == 1
    assert "and 6 under it" in session.undo_stack.undoText()
    session.undo_stack.undo()
    assert all(briefing.is_picked(i) for i in [execution, *under, *recs])


def test_a_partly_ticked_subtree_shows_on_every_ancestor_and_ticking_it_fills_it(deep):
    model, session = deep.outline_model, deep.session
    briefing, ids = session.briefing, ids_by_heading(session.briefing)
    model.setData(model.index_of(ids["Switchgear"]), Qt.CheckState.Unchecked, CHECK)
    partial = Qt.CheckState.PartiallyChecked
    for heading in ("Substation A", "Electrical supply", "Cranes", "Physical assets", "Findings"):
        assert model.index_of(ids[heading]).data(CHECK) == partial, heading
    assert model.index_of(ids["Staffing"]).data(CHECK) == Qt.CheckState.Checked
    assert model.index_of(ids["Outlook"]).data(CHECK) == Qt.CheckState.Checked
    # -- the view's click on a partly ticked box asks for "ticked": all under it again --
    model.setData(model.index_of(ids["Cranes"]), Qt.CheckState.Checked, CHECK)
    assert briefing.is_picked(ids["Switchgear"])
    assert model.index_of(ids["Findings"]).data(CHECK) == Qt.CheckState.Checked
    model.setData(model.index_of(ids["Physical assets"]), Qt.CheckState.Unchecked, CHECK)
    assert model.index_of(ids["Findings"]).data(CHECK) == partial
    assert not briefing.is_picked(ids["Switchgear"]) and briefing.is_picked(ids["Findings"])
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert not briefing.is_picked(ids["Switchgear"]) and briefing.is_picked(ids["Substation A"])


# -- moving a section moves its subtree ------------------------------------------------------


def _drop(model, item_id: str, row: int, parent: QModelIndex) -> bool:
    data = model.mimeData([model.index_of(item_id)])
    if not model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent):
        return False
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_dragging_a_chapter_takes_its_subsections_and_their_recommendations(make_window):
    window = make_window(TIPS)
    model, session = window.outline_model, window.session
    briefing, ids = session.briefing, ids_by_heading(session.briefing)
    before = list(briefing.order)
    subtree = [
        ids["Follow-through"],
        *(d.id for d in briefing.article.descendants_of(ids["Follow-through"])),
    ]
    assert _drop(model, ids["Follow-through"], 1, QModelIndex())  # -- above Planning --
    sections = [s.id for s in briefing.sections()]
    assert sections[1 : 1 + len(subtree)] == subtree
    assert outline_problem(briefing) is None
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top[:3] == [top[0], "Follow-through", "Planning"]
    follow = model.index_of(ids["Follow-through"])
    assert [
        model.index(r, 0, follow).data(ID_ROLE) for r in range(model.rowCount(follow))
    ] == subtree[1:]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert briefing.order == before


def test_drops_that_would_break_the_outline_are_refused(deep):
    model, briefing = deep.outline_model, deep.session.briefing
    ids = ids_by_heading(briefing)
    before = list(briefing.order)
    # -- a chapter under its own subsection, a subsection under another chapter or the top --
    assert not _drop(model, ids["Findings"], 0, model.index_of(ids["Cranes"]))
    assert not _drop(model, ids["Findings"], -1, model.index_of(ids["Switchgear"]))
    assert not _drop(model, ids["Cranes"], 0, model.index_of(ids["Outlook"]))
    assert not _drop(model, ids["Cranes"], 0, QModelIndex())
    assert not _drop(model, ids["Cranes"], -1, model.index_of(ids["Outlook"]))
    assert not _drop(model, ids["Switchgear"], 0, model.index_of(ids["Physical assets"]))
    assert briefing.order == before and deep.session.undo_stack.count() == 0
    # -- among its siblings it moves, subtree and all --
    assert _drop(model, ids["Staffing"], 0, model.index_of(ids["Findings"]))
    assert [s.heading for s in briefing.sections()][1:4] == [
        "Findings",
        "Staffing",
        "Physical assets",
    ]
    assert outline_problem(briefing) is None


def test_ctrl_up_and_down_move_a_section_among_its_siblings_only(make_window, qtbot):
    window = make_window(README_POST)
    briefing, view = window.session.briefing, window.outline
    ids = ids_by_heading(briefing)
    window.activateWindow()  # -- Ctrl+Up is the window's shortcut: it needs the active window --
    qtbot.waitUntil(window.isActiveWindow)
    window.select_item(ids["Goals"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    headings = [s.heading for s in briefing.sections()]
    assert headings[2:5] == ["Goals", "Learning goals", "Career goals"]
    assert headings[5:8] == ["Who am I?", "Non-work", "Work"]
    assert window.current_item() == ids["Goals"]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # -- first: stays --
    assert [s.heading for s in briefing.sections()] == headings
    assert window.session.undo_stack.count() == 1
    window.select_item(ids["Career goals"])
    qtbot.keyClick(
        view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
    )  # -- last of its chapter --
    assert [s.heading for s in briefing.sections()] == headings
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.heading for s in briefing.sections()][3:5] == ["Career goals", "Learning goals"]
    assert outline_problem(briefing) is None
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert [s.heading for s in briefing.sections()] == [
        s.heading for s in briefing.article.sections
    ]


def test_a_recommendation_moves_only_within_its_section_by_keyboard(make_window, qtbot):
    window = make_window(TIPS)
    briefing = window.session.briefing
    recs = [r.id for r in briefing.recommendations()]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.select_item(recs[1])  # -- alone in its section (Tip 2) --
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in briefing.recommendations()] == recs
    assert window.session.undo_stack.count() == 0


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.data())
def test_random_drops_and_undo_keep_a_valid_outline(qapp, data):
    # -- three levels (README post) and recommendations under subsections (tips post) --
    session = Session(open_path(data.draw(st.sampled_from([README_POST, TIPS]))))
    model = OutlineModel(session)
    moved: list[str] = []
    model.move_requested.connect(lambda item, position: moved.append(item))
    from briefing_app.gui.commands import MoveCommand

    model.move_requested.connect(
        lambda item, position: session.undo_stack.push(MoveCommand(session, item, position))
    )
    briefing = session.briefing
    start = list(briefing.order)
    items = [s.id for s in briefing.article.sections] + [
        r.id for r in briefing.article.recommendations
    ]
    targets: list[str | None] = [None, *items]
    for _ in range(data.draw(st.integers(1, 8))):
        item = data.draw(st.sampled_from(items))
        target = data.draw(st.sampled_from(targets))
        parent = model.index_of(target) if target else QModelIndex()
        row = data.draw(st.integers(-1, model.rowCount(parent) + 1))
        before = dict((i, model.parent_of(i)) for i in items)
        _drop(model, item, row, parent)
        assert outline_problem(briefing) is None
        assert {i: model.parent_of(i) for i in items} == before  # -- nothing changes parent --
        flat = [i for _, i in tree_rows(model)]
        shown_sections = [i for i in flat if isinstance(briefing.article.item(i), Section)]
        assert shown_sections == [s.id for s in briefing.sections()]  # -- outputs read as shown --
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert briefing.order == start
    assert session.undo_stack.count() == len(moved)
    model.deleteLater()
    session.deleteLater()
