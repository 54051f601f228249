"""Undo commands: each changes the briefing through one method, undoes exactly, and merges typing."""

from __future__ import annotations

import pytest

from briefing_app.gui import commands
from briefing_app.gui.session import Session
from briefing_app.project import open_path


@pytest.fixture
def session(qapp, seed_path):
    return Session(open_path(seed_path))


def test_pick_command_unpicks_and_undo_picks_again(session, qtbot):
    section = session.briefing.article.sections[1].id
    with qtbot.waitSignal(session.picked_changed) as blocker:
        session.undo_stack.push(commands.PickCommand(session, section, False))
    assert blocker.args == [section]
    assert not session.briefing.is_picked(section)
    session.undo_stack.undo()
    assert session.briefing.is_picked(section)


def test_move_command_reorders_and_undo_restores(session):
    recs = [r.id for r in session.briefing.recommendations()]
    session.undo_stack.push(commands.MoveCommand(session, recs[4], 0))
    assert session.briefing.recommendations()[0].id == recs[4]
    session.undo_stack.undo()
    assert [r.id for r in session.briefing.recommendations()] == recs


def test_typing_in_one_field_merges_into_one_step(session):
    rec = session.briefing.article.recommendations[0].id
    for text in ("A", "Ab", "Abc"):
        session.undo_stack.push(commands.EditFieldCommand(session, rec, "summary", text))
    assert session.undo_stack.count() == 1
    assert session.briefing.summary_of(rec) == "Abc"
    session.undo_stack.undo()
    assert session.briefing.summary_of(rec) == session.briefing.article.item(rec).summary


def test_a_pause_in_typing_starts_a_new_step(session, monkeypatch):
    rec = session.briefing.article.recommendations[0].id
    clock = iter([100.0, 100.5, 103.0])
    monkeypatch.setattr(commands.time, "monotonic", lambda: next(clock))
    for text in ("A", "Ab", "Ab later"):
        session.undo_stack.push(commands.EditFieldCommand(session, rec, "summary", text))
    assert session.undo_stack.count() == 2


def test_edits_of_different_fields_do_not_merge(session):
    rec = session.briefing.article.recommendations[0].id
    session.undo_stack.push(commands.EditFieldCommand(session, rec, "summary", "S"))
    session.undo_stack.push(commands.EditFieldCommand(session, rec, "title", "T"))
    assert session.undo_stack.count() == 2


def test_reset_to_automatic_is_its_own_step_and_undoable(session):
    rec = session.briefing.article.recommendations[0].id
    session.undo_stack.push(commands.EditFieldCommand(session, rec, "summary", "Mine"))
    session.undo_stack.push(commands.EditFieldCommand(session, rec, "summary", None))
    assert session.undo_stack.count() == 2
    assert session.briefing.edit_of(rec).summary is None
    session.undo_stack.undo()
    assert session.briefing.summary_of(rec) == "Mine"


def test_header_and_template_commands_undo(session):
    session.undo_stack.push(commands.EditHeaderCommand(session, "to", "The Secretary"))
    session.undo_stack.push(commands.ChooseTemplateCommand(session, "deck", "dark"))
    assert (session.briefing.header.to, session.briefing.deck_template) == ("The Secretary", "dark")
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert (session.briefing.header.to, session.briefing.deck_template) == ("", None)


def test_undo_text_names_the_item(session):
    rec = session.briefing.article.recommendations[2]
    session.undo_stack.push(commands.EditFieldCommand(session, rec.id, "summary", "x"))
    assert session.undo_stack.undoText().startswith("Edit summary of “")
