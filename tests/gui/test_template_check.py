"""The template check dialog: a thumbnail and a layout choice per role, saved beside the template."""

from __future__ import annotations

import shutil
from pathlib import Path

from pptx import Presentation

from briefing_app.export.deck.choices import ROLES, load_choices
from briefing_app.gui.template_check import TemplateCheckDialog


def _template(tmp_path: Path) -> Path:
    path = tmp_path / "corporate.pptx"
    Presentation().save(str(path))
    return path


def test_dialog_shows_each_role_and_saves_a_changed_layout(qtbot, tmp_path):
    template = _template(tmp_path)
    dialog = TemplateCheckDialog(template)
    qtbot.addWidget(dialog)
    assert set(dialog.combos) == {"title", "section", "content", "figures", "closing"}
    for thumb in dialog.thumbs.values():
        assert not thumb.pixmap().isNull()
    assert "Fonts" in dialog.details.text()
    combo = dialog.combos["closing"]
    two = combo.findText("4. Two Content")
    assert two >= 0
    combo.setCurrentIndex(two)
    assert dialog.report.roles[-1].layout_name == "Two Content"
    dialog.accept()
    assert load_choices(template) == {"closing": 3}


def test_choosing_the_automatic_layout_again_stores_no_choice(qtbot, tmp_path):
    template = _template(tmp_path)
    dialog = TemplateCheckDialog(template)
    qtbot.addWidget(dialog)
    combo = dialog.combos["content"]
    automatic = combo.currentIndex()
    combo.setCurrentIndex(0)
    combo.setCurrentIndex(automatic)
    dialog.accept()
    assert load_choices(template) == {}


def test_the_dialog_opens_on_a_real_template_with_a_choice_per_role(qtbot, tmp_path):
    shared = Path(__file__).resolve().parents[3] / "shared/corpus/templates/09_dtu_mlops.pptx"
    template = tmp_path / "dtu.pptx"
    if shared.is_file():
        shutil.copy(shared, template)
    else:
        template = _template(tmp_path)
    dialog = TemplateCheckDialog(template)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert set(dialog.combos) == set(ROLES)
    assert all(combo.count() >= 1 for combo in dialog.combos.values())


def test_adding_a_deck_template_shows_its_check(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from briefing_app.export.templates import user_template_dir
    from briefing_app.gui import template_check
    from briefing_app.gui.header_panel import ADD_TEMPLATE

    source = _template(tmp_path)
    shown: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(
        template_check.TemplateCheckDialog, "exec", lambda self: shown.append(self.template) or 0
    )
    picker = window.header_panel.pickers["deck"]
    index = picker.findData(ADD_TEMPLATE)
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    assert shown == [user_template_dir("deck") / "corporate.pptx"]
    assert window.session.briefing.deck_template == "corporate"
