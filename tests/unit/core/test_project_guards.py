"""Project files (issue 19): a BOM is fine; Infinity, NaN and huge integers are one sentence."""

from __future__ import annotations

import pytest

from briefing_app.core.briefing import SCHEMA_VERSION
from briefing_app.core.errors import UserError
from briefing_app.project import load_project, open_path
from tests.conftest import SEED

SCHEMA = f'"schema": {SCHEMA_VERSION}'


@pytest.fixture(scope="module")
def saved() -> str:
    return open_path(SEED).to_bytes().decode("utf-8")


def test_a_byte_order_mark_is_accepted(tmp_path, saved):
    path = tmp_path / "p.briefing"
    path.write_bytes(b"\xef\xbb\xbf" + saved.encode("utf-8"))
    assert load_project(path).article.title == open_path(SEED).article.title


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (SCHEMA, '"schema": Infinity'),
        (SCHEMA, SCHEMA + ', "x": -Infinity'),
        ('"picked": [', '"picked": [NaN, '),
        (SCHEMA, '"schema": ' + "9" * 5000),
        (SCHEMA, SCHEMA + ', "n": ' + "1" * 4301),
    ],
)
def test_non_finite_and_huge_numbers_are_one_sentence(tmp_path, saved, old, new):
    assert old in saved  # -- the damage must land, or the test proves nothing --
    path = tmp_path / "p.briefing"
    path.write_text(saved.replace(old, new, 1), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(UserError, match=r"not a valid \.briefing project"):
        load_project(path)
    assert path.read_bytes() == before
