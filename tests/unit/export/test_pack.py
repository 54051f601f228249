"""The pack writer the CLI and the app share: all files or none."""

import pytest

from briefing_app.core.errors import UserError
from briefing_app.export.pack import write_pack
from briefing_app.project import open_path
from tests.conftest import SEED


def test_a_failing_memo_leaves_no_deck_behind(tmp_path):
    deck, memo = tmp_path / "d.pptx", tmp_path / "m.pdf"
    targets = {"deck": (deck, None), "memo": (memo, "no-such-template")}
    with pytest.raises(UserError, match="no-such-template"):
        write_pack(open_path(SEED), targets)
    assert list(tmp_path.iterdir()) == []


def test_both_files_are_written_and_progress_is_reported(tmp_path):
    deck, memo = tmp_path / "d.pptx", tmp_path / "m.pdf"
    seen = []
    paths, _ = write_pack(
        open_path(SEED),
        {"memo": (memo, None), "deck": (deck, None)},
        report=lambda percent, text: seen.append(percent),
    )
    assert paths == [deck, memo] and deck.stat().st_size and memo.stat().st_size
    assert seen == [0, 50, 100]
