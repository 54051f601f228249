"""The CLI contract of docs/architecture.md: inspect --json, one-line errors with exit 2."""

import json
import subprocess
import sys

from tests.conftest import ROOT, SEED


def run_cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_inspect_json_has_the_documented_keys():
    result = run_cli("inspect", SEED, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {
        "title",
        "standfirst",
        "author",
        "publication",
        "date",
        "date_source",
        "sections",
        "recommendations",
        "author_bio",
        "key_figures",
    }
    assert set(data["sections"][0]) == {
        "id",
        "heading",
        "level",
        "parent_id",
        "paragraphs",
        "summary",
    }
    assert data["sections"][0]["level"] == 1 and data["sections"][0]["parent_id"] is None
    assert set(data["recommendations"][0]) == {
        "id",
        "ordinal",
        "section_id",
        "headline",
        "text",
        "summary",
    }
    assert data["author"] == "Nurlan Mustafayev"


def test_missing_file_is_one_line_exit_2(tmp_path):
    result = run_cli("inspect", tmp_path / "nope.txt")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_format_is_one_line_exit_2(tmp_path):
    odd = tmp_path / "thing.xyz"
    odd.write_bytes(b"hello")
    result = run_cli("inspect", odd)
    assert result.returncode == 2
    assert "unsupported file type" in result.stderr


def test_binary_and_empty_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    for path, words in ((empty, "empty"), (binary, "binary")):
        result = run_cli("inspect", path)
        assert result.returncode == 2 and words in result.stderr


def test_bad_arguments_exit_2_without_usage_dump():
    result = run_cli("inspect")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_unknown_select_id_is_a_user_error(tmp_path):
    result = run_cli("export", SEED, "--memo", tmp_path / "m.pdf", "--select", "s-nothere")
    assert result.returncode == 2
    assert "Unknown id" in result.stderr


def test_templates_json_lists_both_kinds():
    result = run_cli("templates", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert set(data) == {"deck", "memo"}
