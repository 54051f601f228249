"""GUI fixtures: a main window on the seed with private settings, autosave folder and dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from briefing_app.gui.app import create_main_window
from briefing_app.gui.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings on a temporary INI file, so no test sees the user's real ones."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def answers(monkeypatch):
    """Scripted answers to "save changes?" prompts, and a record of every warning shown."""
    record = {"question": QMessageBox.StandardButton.Discard, "warnings": [], "criticals": []}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: record["question"])
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a: record["warnings"].append(text)
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, _t, text, *a: record["criticals"].append(text)
    )
    return record


@pytest.fixture
def make_window(qtbot, settings, tmp_path, answers):
    """Build main windows the way `briefing-app` does, each registered with qtbot."""

    def make(path: Path | None = None, *, folder: Path | None = None):
        window = create_main_window(settings, path=path, folder=folder or tmp_path / "autosave")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, seed_path):
    return make_window(seed_path)
