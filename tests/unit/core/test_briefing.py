"""The Briefing's change methods without Qt: each one the GUI wraps in an undo command."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.briefing import EDITABLE_FIELDS, HEADER_FIELDS, Briefing
from briefing_app.project import open_path

SEED = Path(__file__).resolve().parents[3] / "seeds" / "armenia-azerbaijan-peace.txt"


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return open_path(SEED)


def fresh(seed: Briefing) -> Briefing:
    return Briefing.from_json(seed.to_json(), seed.article)


def test_every_item_starts_picked_in_reading_order(seed):
    briefing = fresh(seed)
    ids = [item.id for item in (*briefing.sections(), *briefing.recommendations())]
    assert sorted(ids) == sorted(briefing.order)
    assert all(briefing.is_picked(i) for i in ids)


def test_select_picks_only_the_named_items(seed):
    first = seed.recommendations()[0].id
    briefing = Briefing.from_article(seed.article, select=[first])
    assert [r.id for r in briefing.picked_recommendations()] == [first]
    assert briefing.picked_sections() == []


def test_set_picked_unpicks_and_picks_again(seed):
    briefing = fresh(seed)
    rec = briefing.recommendations()[2].id
    briefing.set_picked(rec, False)
    assert not briefing.is_picked(rec)
    assert rec not in [r.id for r in briefing.picked_recommendations()]
    briefing.set_picked(rec, True)
    assert briefing.is_picked(rec)


@given(st.data())
def test_move_keeps_the_other_kind_in_place(seed, data):
    briefing = fresh(seed)
    recs = [r.id for r in briefing.recommendations()]
    sections = [s.id for s in briefing.sections()]
    item = data.draw(st.sampled_from(recs))
    position = data.draw(st.integers(0, len(recs) - 1))
    briefing.move(item, position)
    assert [r.id for r in briefing.recommendations()][position] == item
    assert sorted(r.id for r in briefing.recommendations()) == sorted(recs)
    assert [s.id for s in briefing.sections()] == sections


@pytest.mark.parametrize("name", EDITABLE_FIELDS)
def test_a_field_set_and_reset_returns_to_automatic(seed, name):
    briefing = fresh(seed)
    rec = briefing.recommendations()[0].id
    value: str | list[str] = ["one", "two"] if name == "bullets" else "typed by the user"
    briefing.set_field(rec, name, value)
    assert getattr(briefing.edit_of(rec), name) == value
    briefing.set_field(rec, name, None)
    assert rec not in briefing.edits


def test_unknown_field_header_and_template_kind_are_refused(seed):
    briefing = fresh(seed)
    rec = briefing.recommendations()[0].id
    with pytest.raises(ValueError):
        briefing.set_field(rec, "colour", "red")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        briefing.set_header("cc", "someone")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        briefing.set_template("handout", "x")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", HEADER_FIELDS)
def test_header_fields_survive_the_project_json(seed, name):
    briefing = fresh(seed)
    briefing.set_header(name, f"value of {name}")
    again = Briefing.from_json(briefing.to_json(), briefing.article)
    assert getattr(again.header, name) == f"value of {name}"


def test_copy_is_independent_of_the_original(seed):
    briefing = fresh(seed)
    snapshot = briefing.copy()
    rec = briefing.recommendations()[0].id
    briefing.set_field(rec, "title", "changed after the copy")
    briefing.set_template("deck", "minimal")
    assert snapshot.edit_of(rec).title is None
    assert snapshot.deck_template != "minimal"


def test_a_recommendation_repeating_an_earlier_headline_starts_unticked():
    from dataclasses import replace

    from tests.unit.export.deck_support import _recommendation, synthetic_briefing

    recs = [
        _recommendation(0, "Freeze the ferry fares until the review ends", "Freeze them now."),
        _recommendation(1, "Publish the harbour accounts", "Publish them every year."),
        _recommendation(2, "Freeze the ferry fares until the review ends.", "Freeze them."),
    ]
    article = replace(synthetic_briefing().article, recommendations=tuple(recs))
    briefing = Briefing.from_article(article)
    assert [briefing.is_picked(r.id) for r in recs] == [True, True, False]
    assert "r-00002" in briefing.order  # -- still listed, for the user to tick
    # -- a selection the user gave is taken as given
    chosen = Briefing.from_article(article, select=["r-00000", "r-00002"])
    assert chosen.picked == {"r-00000", "r-00002"}
