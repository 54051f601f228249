"""Whose fault a failed deck is: the user's template is blamed only when our own template works.

A planning bug of ours used to come out as "Template X has a structure the deck export cannot
use", sending the user after a template that was fine.
"""

from __future__ import annotations

import pytest

from briefing_app.core.errors import UserError
from briefing_app.export.deck import writer
from briefing_app.export.templates import resolve_template
from briefing_app.project import open_path
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed_briefing():
    return open_path(SEED)


@pytest.fixture
def other_template():
    default = resolve_template("deck", None)
    others = [path for path in default.parent.glob("*.pptx") if path.resolve() != default.resolve()]
    assert others, "the app ships more than one deck template"
    return others[0]


def test_a_failure_on_every_template_is_ours_and_not_blamed_on_the_template(
    seed_briefing, other_template, monkeypatch
):
    def broken(briefing, geometry):
        raise IndexError("a planning bug")

    monkeypatch.setattr(writer, "plan_deck", broken)
    with pytest.raises(IndexError, match="a planning bug"):
        writer.build_deck(seed_briefing, template=other_template)


def test_a_failure_only_on_the_users_template_is_the_templates(
    seed_briefing, other_template, monkeypatch
):
    real = writer._build_on

    def fails_on_the_users(briefing, path):
        if path == other_template:
            raise ZeroDivisionError
        return real(briefing, path)

    monkeypatch.setattr(writer, "_build_on", fails_on_the_users)
    with pytest.raises(UserError, match=f"Template {other_template.name} has a structure"):
        writer.build_deck(seed_briefing, template=other_template)


def test_a_failure_on_the_default_template_itself_is_ours(seed_briefing, monkeypatch):
    def broken(briefing, geometry):
        raise KeyError("a planning bug")

    monkeypatch.setattr(writer, "plan_deck", broken)
    with pytest.raises(KeyError):
        writer.build_deck(seed_briefing)
