"""The export dialog applies the CLI's output rules: the opened article and project survive."""

from __future__ import annotations

from briefing_app.export.pack import write_pack
from briefing_app.gui import fileops
from briefing_app.project import open_path
from tests.conftest import SEED


def test_the_dialog_refuses_to_write_over_the_opened_article(make_window, qtbot, tmp_path, answers):
    article = tmp_path / "article.pdf"
    write_pack(open_path(SEED), {"memo": (article, None)})
    before = article.read_bytes()
    window = make_window(article)
    window.export({"memo"})
    dialog = window.export_dialog
    dialog.path_edits["memo"].setText(str(article))
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failure:
        dialog.export_now()
    assert "article this briefing was read from" in failure.args[0]
    assert article.read_bytes() == before


def test_the_dialog_refuses_to_write_over_the_project_opened_later(
    window, qtbot, tmp_path, answers
):
    project = tmp_path / "work.briefing"
    project.write_bytes(window.session.briefing.to_bytes())
    assert fileops.open_path(window, project)
    (tmp_path / "work.pdf").symlink_to(project.name)
    window.export({"memo"})
    dialog = window.export_dialog
    dialog.path_edits["memo"].setText(str(tmp_path / "work.pdf"))
    before = project.read_bytes()
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failure:
        dialog.export_now()
    assert "the project" in failure.args[0]
    assert project.read_bytes() == before
