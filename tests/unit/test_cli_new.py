"""`briefing-app new`: a project with the defaults that a script edits and exports."""

from __future__ import annotations

import json

from pptx import Presentation

from briefing_app.cli import main
from briefing_app.project import load_project
from tests.conftest import SEED


def test_new_writes_a_project_with_everything_picked(tmp_path, capsys):
    out = tmp_path / "seed.briefing"
    assert main(["new", str(SEED), "--out", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    briefing = load_project(out)
    assert briefing.picked == set(briefing.order) and len(briefing.order) == 9


def test_new_with_select_picks_only_those(tmp_path):
    out = tmp_path / "some.briefing"
    assert main(["new", str(SEED), "--out", str(out), "--select", "r-af790d18,s-3666aa72"]) == 0
    assert json.loads(out.read_text())["picked"] == ["s-3666aa72", "r-af790d18"]


def test_a_script_edits_the_json_and_exports_it(tmp_path):
    project = tmp_path / "script.briefing"
    assert main(["new", str(SEED), "--out", str(project)]) == 0
    data = json.loads(project.read_text())
    data["header"].update(classification="SECRET", bottom_line="Sign the corridor deal.")
    data["picked"].remove("r-47e6a747")
    data["edits"] = {"r-af790d18": {"title": "Lead the talks"}}
    data["templates"]["deck"] = "dark"
    project.write_text(json.dumps(data))
    deck = tmp_path / "deck.pptx"
    assert main(["export", str(project), "--deck", str(deck)]) == 0
    slides = Presentation(str(deck)).slides
    texts = [
        " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in slides
    ]
    assert all("SECRET" in t for t in texts)
    assert texts[1].count("Sign the corridor deal.") == 1 and "Lead the talks" in texts[1]
    assert not any("53.5 billion" in t for t in texts)


def test_new_refuses_to_overwrite_or_a_wrong_suffix(tmp_path, capsys):
    out = tmp_path / "taken.briefing"
    out.write_text("my work")
    assert main(["new", str(SEED), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err and out.read_text() == "my work"
    assert main(["new", str(SEED), "--out", str(tmp_path / "p.json")]) == 2
    assert ".briefing" in capsys.readouterr().err


def test_new_with_an_unknown_id_says_so(tmp_path, capsys):
    out = tmp_path / "x.briefing"
    assert main(["new", str(SEED), "--out", str(out), "--select", "r-nope"]) == 2
    assert "r-nope" in capsys.readouterr().err and not out.exists()
