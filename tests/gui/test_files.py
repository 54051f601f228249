"""Projects, start-up choice, pasted text, recent files and error dialogs, acting as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from briefing_app.gui import fileops
from briefing_app.project import load_project, save_project


def edit_some(window) -> None:
    briefing = window.session.briefing
    rec = briefing.recommendations()[2].id
    window.select_item(rec)
    window.editor.summary_edit.selectAll()
    window.editor.summary_edit.insertPlainText("Edited summary with İlham Əliyev.")
    window.outline_model.setData(
        window.outline_model.index_of(briefing.sections()[1].id),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    window.header_panel.fields["to"].setText("The Secretary")
    window.header_panel.fields["to"].textEdited.emit("The Secretary")


def test_save_as_then_reopen_gives_the_same_state(window, make_window, tmp_path, monkeypatch):
    edit_some(window)
    target = tmp_path / "work.briefing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("work.briefing")
    reopened = make_window(target)
    assert reopened.session.briefing.to_json() == window.session.briefing.to_json()
    assert reopened.session.briefing.header.to == "The Secretary"


def test_first_start_opens_the_seed_then_the_last_project(make_window, settings, tmp_path):
    first = make_window()
    assert first.session.path is None
    assert "Armenia" in first.session.briefing.article.title
    project = tmp_path / "last.briefing"
    save_project(first.session.briefing, project)
    settings.last_project = project
    second = make_window()
    assert second.session.path == project


def test_open_reports_a_bad_file_in_one_sentence_and_keeps_the_work(window, tmp_path, answers):
    edit_some(window)
    before = window.session.briefing.to_json()
    bad = tmp_path / "broken.briefing"
    bad.write_bytes(b"{not json")
    answers["question"] = answers["question"].Discard
    assert not window.open_path(bad)
    assert answers["warnings"] == [f"{bad} is not a valid .briefing project (corrupt JSON)."]
    assert window.session.briefing.to_json() == before


def test_cancel_on_the_save_prompt_keeps_the_window_open(window, answers):
    edit_some(window)
    answers["question"] = answers["question"].Cancel
    assert not window.close()
    assert window.isVisible()


def test_dropping_a_file_on_the_window_opens_it(window, tmp_path):
    article = tmp_path / "note.md"
    article.write_text("# A short note\n\nFirst paragraph of the note.\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.session.briefing.article.title == "A short note"
    assert window.settings.recent_files[0] == article


def test_pasted_text_becomes_a_new_unsaved_article(window):
    text = "Ports and Power\n\nBy Ana Lee\n\nThe grid needs investment. Ports need dredging.\n"
    assert fileops.paste_article(window, text)
    assert window.session.briefing.article.title == "Ports and Power"
    assert window.session.dirty and window.session.path is None


def test_saving_into_a_missing_folder_fails_cleanly(window, tmp_path, monkeypatch, answers):
    edit_some(window)
    target = tmp_path / "no-such-folder" / "work.briefing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not window.save_as()
    assert answers["warnings"] and "does not exist" in answers["warnings"][0]
    assert window.session.dirty
    assert not Path(target).exists()


def test_recent_files_menu_lists_saved_projects(window, tmp_path, monkeypatch):
    target = tmp_path / "recent.briefing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_as()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0].startswith("&1 recent.briefing  —  ")
    assert load_project(target).article.title == window.session.briefing.article.title


def test_a_damaged_last_project_falls_back_to_the_seed(make_window, settings, tmp_path):
    broken = tmp_path / "last.briefing"
    broken.write_bytes(b"{damaged")
    settings.last_project = broken
    window = make_window()
    assert window.session.path is None and "Armenia" in window.session.briefing.article.title
    assert "could not be opened" in window.statusBar().currentMessage()
