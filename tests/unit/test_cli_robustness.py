"""Issue 19 at the command line: every hostile case exits 2 with one sentence and writes nothing."""

from __future__ import annotations

import shutil

from tests.conftest import SEED
from tests.unit.test_cli import run_cli


def _one_sentence(result) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_the_memo_cannot_replace_the_input_article(tmp_path):
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    assert "must be saved as .pdf" in _one_sentence(run_cli("export", article, "--memo", article))
    assert article.read_bytes() == SEED.read_bytes()


def test_an_exported_memo_read_back_cannot_be_overwritten(tmp_path):
    memo = tmp_path / "m.pdf"
    assert run_cli("export", SEED, "--memo", memo).returncode == 0
    before = memo.read_bytes()
    assert "input article" in _one_sentence(run_cli("export", memo, "--memo", memo))
    assert memo.read_bytes() == before


def test_deck_and_memo_on_the_same_name_leave_nothing(tmp_path):
    line = _one_sentence(
        run_cli("export", SEED, "--deck", tmp_path / "s.pptx", "--memo", tmp_path / "s.pptx")
    )
    assert "must be saved as .pdf" in line
    assert list(tmp_path.iterdir()) == []


def test_an_empty_selection_selects_nothing(tmp_path):
    for select in ("", " , ,"):
        line = _one_sentence(
            run_cli("export", SEED, "--memo", tmp_path / "m.pdf", "--select", select)
        )
        assert "selects nothing" in line or "names no ids" in line
    assert list(tmp_path.iterdir()) == []


def test_a_bug_of_ours_is_one_line_with_the_traceback_in_the_log(tmp_path, monkeypatch, capsys):
    """Exit 1, not 2 (the input was fine), and the details for the report kept in the log."""
    from briefing_app import cli
    from briefing_app.files import folders

    def broken(args):
        raise KeyError("a\nsecond line")

    monkeypatch.setitem(cli._COMMANDS, "inspect", broken)
    monkeypatch.setattr(folders, "log_dir", lambda: tmp_path / "log")
    assert cli.main(["inspect", str(SEED)]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "internal error (KeyError" in err and "bug in Briefing Builder" in err
    logged = (tmp_path / "log" / "briefing-app.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "in broken" in logged
    assert str(tmp_path / "log" / "briefing-app.log") in err
