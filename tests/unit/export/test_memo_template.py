"""Memo templates are TOML data: built-ins load, user copies are found, mistakes are one clear sentence."""

import shutil

import pytest
from PIL import Image

from briefing_app.core.errors import UserError
from briefing_app.export.memo.template import BLOCKS, load_template
from briefing_app.export.templates import (
    DEFAULTS,
    builtin_template_dir,
    list_templates,
    resolve_template,
    user_template_dir,
)


def _write(tmp_path, text, name="mine.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _error(path) -> str:
    with pytest.raises(UserError) as info:
        load_template(path)
    message = str(info.value)
    assert str(path) in message and message.count("\n") == 0
    return message


def test_at_least_three_builtin_templates_load_and_the_default_is_one_of_them():
    builtins = [t for t in list_templates("memo") if t.builtin]
    assert len(builtins) >= 3
    assert DEFAULTS["memo"] in {t.name for t in builtins}
    for info in builtins:
        template = load_template(info.path)
        assert template.blocks and set(template.blocks) <= set(BLOCKS)
        assert template.page_size in ("letter", "a4")


def test_builtins_differ_in_what_they_ask_for():
    templates = {t.name: load_template(t.path) for t in list_templates("memo") if t.builtin}
    assert any(t.decision_options for t in templates.values())
    assert any(t.max_pages == 1 for t in templates.values())
    assert {t.font_family for t in templates.values()} == {"serif", "sans"}
    assert {t.page_size for t in templates.values()} == {"letter", "a4"}


def test_missing_keys_take_defaults(tmp_path):
    template = load_template(_write(tmp_path, "[page]\nsize = 'A4'\n"))
    assert template.page_size == "a4"
    assert template.bottom_line_lines == 4
    assert template.name == "mine"


def test_unknown_key_names_file_table_and_key(tmp_path):
    message = _error(_write(tmp_path, "[page]\nsize = 'a4'\nmargin_mm = 20\n"))
    assert "[page]" in message and "'margin_mm'" in message and "margin_top_mm" in message


def test_unknown_table_is_refused(tmp_path):
    assert "[colors]" in _error(_write(tmp_path, "[colors]\ntext = '#000000'\n"))


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ("[page]\nsize = 'b5'\n", ["[page] size", "'letter'", "'b5'"]),
        ("[page]\nmargin_top_mm = 'wide'\n", ["[page] margin_top_mm", "must be a number"]),
        ("[page]\nmargin_top_mm = 200\n", ["between", "200"]),
        ("[colours]\naccent = 'blue'\n", ["[colours] accent", "#1F3864"]),
        ("[blocks]\norder = ['header', 'summary']\n", ["[blocks] order", "'summary'"]),
        ("[blocks]\norder = ['header', 'header']\n", ["twice"]),
        ("[recommendations]\nbody = 'prose'\n", ["'bullets'", "'prose'"]),
        ("[limits]\nmax_pages = 1.5\n", ["whole number"]),
        ("[page]\nsize = \n", ["not valid TOML", "line 2"]),
        ("page = 3\n", ["[page] table"]),
    ],
)
def test_invalid_values_get_one_sentence_naming_key_and_problem(tmp_path, toml, words):
    message = _error(_write(tmp_path, toml))
    for word in words:
        assert word in message


def test_letterhead_image_is_found_next_to_the_template(tmp_path):
    Image.new("RGB", (40, 20), "navy").save(tmp_path / "logo.png")
    template = load_template(_write(tmp_path, "[letterhead]\nimage = 'logo.png'\n"))
    assert template.letterhead_image == (tmp_path / "logo.png").resolve()


def test_missing_or_broken_letterhead_image_is_a_user_error(tmp_path):
    assert "PNG or JPEG" in _error(_write(tmp_path, "[letterhead]\nimage = 'nope.png'\n"))
    (tmp_path / "bad.png").write_bytes(b"not an image")
    assert "readable" in _error(_write(tmp_path, "[letterhead]\nimage = 'bad.png'\n", "b.toml"))


def test_a_copied_and_edited_builtin_is_listed_and_usable_by_name():
    folder = user_template_dir("memo")
    folder.mkdir(parents=True)
    copy = folder / "my-office.toml"
    shutil.copy(builtin_template_dir("memo") / "decision.toml", copy)
    copy.write_text(copy.read_text().replace('heading = "ACTION MEMO"', 'heading = "OUR MEMO"'))
    listed = {t.name: t for t in list_templates("memo")}
    assert listed["my-office"].builtin is False
    assert load_template(resolve_template("memo", "my-office")).heading == "OUR MEMO"
