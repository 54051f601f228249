"""The typed settings wrapper: defaults in one place, values survive a restart."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from briefing_app.gui.settings import DEFAULT_AUTOSAVE_SECONDS, MAX_RECENT, Settings


def reopen(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_defaults(tmp_path):
    settings = reopen(tmp_path)
    assert settings.recent_files == []
    assert settings.last_project is None and settings.geometry is None
    assert settings.autosave_seconds == DEFAULT_AUTOSAVE_SECONDS == 10
    assert settings.last_template("deck") is None


def test_values_round_trip_through_the_file(tmp_path):
    settings = reopen(tmp_path)
    for n in range(MAX_RECENT + 3):
        settings.add_recent(tmp_path / f"p{n}.briefing")
    settings.add_recent(tmp_path / "p3.briefing")
    settings.last_project = tmp_path / "p3.briefing"
    settings.set_last_template("memo", "decision")
    settings.autosave_seconds = 30
    settings.geometry = QByteArray(b"\x01\x02")
    settings.sync()
    again = reopen(tmp_path)
    recent = again.recent_files
    assert len(recent) == MAX_RECENT and recent[0] == tmp_path / "p3.briefing"
    assert len(set(recent)) == len(recent)
    assert again.last_project == Path(tmp_path / "p3.briefing")
    assert again.last_template("memo") == "decision"
    assert again.autosave_seconds == 30
    assert bytes(again.geometry) == b"\x01\x02"


def test_a_garbled_interval_falls_back_to_the_default(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("autosave/interval_seconds", "soon")
    assert Settings(store).autosave_seconds == DEFAULT_AUTOSAVE_SECONDS
