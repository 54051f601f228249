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
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == 2


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


NESTED = """# Port security review

## Findings

Screening capacity has not kept pace with container volumes at the three largest ports.

### Detail by port

Smaller ports rely on manual inspection of manifests, which takes days per vessel.

## Outlook

Volumes will keep growing through the decade, and the gap will widen without new money.
"""


def test_schema_1_projects_migrate_to_the_nested_outline():
    from briefing_app.core.briefing import Briefing
    from briefing_app.core.document import Document
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.markdown import parse_markdown

    article = analyze(parse_markdown(NESTED, name="r.md"))
    ids = {s.heading: s.id for s in article.sections}
    assert article.item(ids["Detail by port"]).parent_id == ids["Findings"]
    # -- a schema-1 file knew only the flat outline: the subsection was part of "Findings"
    old = {
        "schema": 1,
        "order": [ids["Outlook"], ids["Findings"]],
        "picked": [ids["Findings"]],
    }
    briefing = Briefing.from_json(old, article)
    assert briefing.order[:3] == [ids["Outlook"], ids["Findings"], ids["Detail by port"]]
    assert briefing.is_picked(ids["Detail by port"]) and not briefing.is_picked(ids["Outlook"])
    saved = briefing.to_json()
    assert saved["schema"] == 2
    assert {"id": ids["Detail by port"], "level": 2, "parent_id": ids["Findings"]} in saved[
        "outline"
    ]
    # -- schema 2 keeps an unpicked subsection unpicked
    saved["picked"] = [ids["Findings"]]
    assert not Briefing.from_json(saved, article).is_picked(ids["Detail by port"])
    assert isinstance(article.source, Document)
