"""The outline: one model row per item, checkboxes, drag-and-drop through the model, filter, scale."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt

from briefing_app.core.briefing import Briefing
from briefing_app.core.document import Block, Document
from briefing_app.gui.outline import ID_ROLE
from briefing_app.ingest.detect import analyze


def _ids_under(model, parent=None):
    parent = QModelIndex() if parent is None else parent
    return [model.index(r, 0, parent).data(ID_ROLE) for r in range(model.rowCount(parent))]


def test_sections_hold_their_recommendations(window):
    model, article = window.outline_model, window.session.briefing.article
    assert _ids_under(model) == [s.id for s in article.sections]
    last = model.index_of(article.recommendations[0].section_id)
    assert _ids_under(model, last) == [r.id for r in article.recommendations]


def test_clicking_a_checkbox_unpicks_through_an_undoable_command(window, qtbot):
    section = window.session.briefing.article.sections[1].id
    index = window.outline_filter.mapFromSource(window.outline_model.index_of(section))
    rect = window.outline.visualRect(index)
    style_box = rect.left() + 12  # the check indicator sits at the start of the row
    qtbot.mouseClick(
        window.outline.viewport(),
        Qt.MouseButton.LeftButton,
        pos=rect.center().__class__(style_box, rect.center().y()),
    )
    assert not window.session.briefing.is_picked(section)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.session.undo_stack.undo()
    assert window.session.briefing.is_picked(section)


def test_dropping_a_recommendation_first_reorders_the_briefing(window):
    model, briefing = window.outline_model, window.session.briefing
    recs = [r.id for r in briefing.recommendations()]
    parent = model.index_of(briefing.article.item(recs[3]).section_id)
    data = model.mimeData([model.index_of(recs[3])])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)
    assert [r.id for r in briefing.recommendations()] == [recs[3], *recs[:3], *recs[4:]]
    assert (
        _ids_under(model, model.index_of(briefing.article.item(recs[3]).section_id))[0] == recs[3]
    )


def test_dropping_below_itself_moves_down_by_one_row(window):
    model, briefing = window.outline_model, window.session.briefing
    recs = [r.id for r in briefing.recommendations()]
    parent = model.index_of(briefing.article.item(recs[0]).section_id)
    model.dropMimeData(
        model.mimeData([model.index_of(recs[0])]), Qt.DropAction.MoveAction, 3, 0, parent
    )
    assert [r.id for r in briefing.recommendations()] == [recs[1], recs[2], recs[0], *recs[3:]]


def test_a_recommendation_cannot_be_dropped_among_sections(window):
    model, briefing = window.outline_model, window.session.briefing
    rec = briefing.article.recommendations[0].id
    data = model.mimeData([model.index_of(rec)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert window.session.undo_stack.count() == 0


def test_sections_reorder_at_the_top_level(window):
    model, briefing = window.outline_model, window.session.briefing
    sections = [s.id for s in briefing.sections()]
    model.dropMimeData(
        model.mimeData([model.index_of(sections[2])]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    assert [s.id for s in briefing.sections()] == [sections[2], sections[0], sections[1]]
    window.session.undo_stack.undo()
    assert [s.id for s in briefing.sections()] == sections


def test_filter_keeps_matches_and_their_section(window, qtbot):
    rec = window.session.briefing.article.recommendations[4]
    word = rec.headline.split()[-1]
    qtbot.keyClicks(window.filter_edit, word)
    proxy = window.outline_filter
    shown = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
    assert rec.section_id in shown
    children = [
        proxy.index(r, 0, proxy.index(shown.index(rec.section_id), 0))
        for r in range(proxy.rowCount(proxy.index(shown.index(rec.section_id), 0)))
    ]
    assert rec.id in [c.data(ID_ROLE) for c in children]
    assert proxy.rowCount() < window.outline_model.rowCount()


def long_article(sections: int) -> Briefing:
    """An article with ``sections`` headed sections of two paragraphs each."""
    blocks, parts, offset = [], [], 0
    for n in range(sections):
        for kind, text in (
            ("heading", f"Section number {n}"),
            ("paragraph", f"Paragraph {n} explains item {n} at some length for the reader. " * 3),
            ("paragraph", f"It adds detail {n} about costs and timing of the plan. " * 2),
        ):
            blocks.append(
                Block(
                    text=text,
                    kind=kind,
                    level=2 if kind == "heading" else 0,
                    start=offset,
                    end=offset + len(text),
                )
            )
            parts.append(text)
            offset += len(text) + 2
    doc = Document(text="\n\n".join(parts), blocks=tuple(blocks), metadata={"title": "Long report"})
    return Briefing.from_article(analyze(doc))


def test_a_thousand_sections_open_and_scroll_without_item_widgets(make_window, tmp_path, qtbot):
    from briefing_app.project import save_project

    project = tmp_path / "long.briefing"
    save_project(long_article(1000), project)
    window = make_window(project)
    view, model = window.outline, window.outline_model
    assert model.rowCount() >= 1000
    started = time.perf_counter()
    for _ in range(20):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        view.verticalScrollBar().setValue(0)
        view.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"40 scroll+repaints of 1,000 rows took {elapsed:.2f} s"
    assert all(view.indexWidget(model.index(r, 0)) is None for r in range(0, 1000, 97))
    assert len(view.viewport().findChildren(type(view))) == 0


def test_dropping_onto_a_sibling_takes_its_place(window):
    model, briefing = window.outline_model, window.session.briefing
    recs = [r.id for r in briefing.recommendations()]
    data = model.mimeData([model.index_of(recs[4])])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(recs[1]))
    assert [r.id for r in briefing.recommendations()] == [recs[0], recs[4], *recs[1:4], recs[5]]


NESTED_MD = """# Port security review

## Findings

Screening capacity has not kept pace with container volumes at the three largest ports.

### Detail by port

Smaller ports rely on manual inspection of manifests, which takes days per vessel.

### Staffing

Inspectors left faster than they were hired in each of the last four years.

## Outlook

Volumes will keep growing through the decade, and the gap will widen without new money.
"""


def test_ticking_a_chapter_ticks_its_subsections_and_shows_tri_state(make_window, tmp_path):
    path = tmp_path / "nested.md"
    path.write_text(NESTED_MD, encoding="utf-8")
    window = make_window(path)
    model, briefing = window.outline_model, window.session.briefing
    ids = {s.heading: s.id for s in briefing.article.sections}
    chapter, detail = ids["Findings"], ids["Detail by port"]
    assert "Detail by port" in model.index_of(detail).data()  # -- indented under its chapter
    model.setData(model.index_of(chapter), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not briefing.is_picked(detail) and not briefing.is_picked(ids["Staffing"])
    assert briefing.is_picked(ids["Outlook"])
    model.setData(model.index_of(detail), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    state = model.index_of(chapter).data(Qt.ItemDataRole.CheckStateRole)
    assert state == Qt.CheckState.PartiallyChecked
    model.setData(model.index_of(chapter), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert briefing.is_picked(ids["Staffing"]) and briefing.is_picked(chapter)
