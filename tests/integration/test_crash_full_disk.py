"""A full disk while the user saves in the app: the previous project is intact and the user is told."""

from __future__ import annotations

import errno
import os

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from briefing_app.files import atomic
from briefing_app.gui.app import create_main_window
from briefing_app.gui.settings import Settings
from briefing_app.project import open_path, save_project


def test_save_on_a_full_disk_keeps_the_old_project_and_the_unsaved_work(
    qtbot, tmp_path, seed_path, monkeypatch
):
    project = tmp_path / "work.briefing"
    save_project(open_path(seed_path), project)
    before = project.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = create_main_window(settings, path=project, folder=tmp_path / "autosave")
    qtbot.addWidget(window)
    field = window.header_panel.fields["sender"]
    field.setText("Typed before the disk filled up")
    field.textEdited.emit("Typed before the disk filled up")
    assert window.session.dirty

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert window.save() is False
    assert len(shown) == 1 and "the disk is full" in shown[0] and str(project) in shown[0]
    assert project.read_bytes() == before
    assert (
        sorted(p.name for p in tmp_path.glob("*.tmp"))
        == []
        == sorted(p.name for p in tmp_path.glob(".*.tmp"))
    )
    assert (
        window.session.dirty
        and window.session.briefing.header.sender == "Typed before the disk filled up"
    )
    monkeypatch.undo()
    assert window.save() is True
    assert b"Typed before the disk filled up" in project.read_bytes()
