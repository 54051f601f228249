"""The .briefing project: round-trips, atomic save, clear errors for corrupt or newer files."""

import json

import pytest

from briefing_app.core.errors import UserError
from briefing_app.project import load_project, open_path, save_project
from tests.conftest import SEED


def edited_briefing():
    briefing = open_path(SEED)
    rec = briefing.article.recommendations[2]
    section = briefing.article.sections[1]
    briefing.set_picked(section.id, False)
    briefing.set_field(rec.id, "summary", "Edited summary with İlham Əliyev & <tags>.")
    briefing.set_field(rec.id, "bullets", ["one", "two"])
    briefing.move(rec.id, 0)
    briefing.set_header("to", "The Secretary")
    briefing.set_header("bottom_line", "Back the talks.")
    briefing.set_template("deck", "dark")
    return briefing


def test_save_and_load_round_trip(tmp_path):
    briefing = edited_briefing()
    path = tmp_path / "work.briefing"
    save_project(briefing, path)
    loaded = load_project(path)
    assert loaded.to_json() == briefing.to_json()
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == 1


def test_project_opens_when_article_file_is_gone(tmp_path):
    briefing = edited_briefing()
    path = tmp_path / "work.briefing"
    save_project(briefing, path)
    loaded = load_project(path)
    assert loaded.article.title == briefing.article.title


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "corrupt"),
        (b'{"schema": 99, "source": {}}', "newer"),
        (b'{"hello": 1}', "no schema"),
        (b'{"schema": 1, "source": {"text": 3}}', "damaged"),
    ],
)
def test_bad_project_files_are_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.briefing"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        load_project(path)
    assert path.read_bytes() == content


def test_save_into_missing_folder_keeps_nothing(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        save_project(edited_briefing(), tmp_path / "nope" / "x.briefing")
