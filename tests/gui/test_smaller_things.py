"""The smaller things found on the way: date hint, filter, highlight, reset focus, help, recent, first start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefing_app.gui import commands
from briefing_app.gui.guide import GUIDE_HEADING, guide_markdown, readme_text


def test_date_field_says_what_will_print_or_why_not(window, qtbot):
    panel = window.header_panel
    date = panel.fields["date"]
    qtbot.keyClicks(date, "2026-12-03")
    assert "Prints as" in panel.date_hint.text() and "2026" in panel.date_hint.text()
    date.clear()
    qtbot.keyClicks(date, "03/12/2026")
    assert "not a date the memo can read" in panel.date_hint.text()
    assert "YYYY-MM-DD" in panel.date_hint.text()


def test_escape_clears_the_filter_and_no_match_says_so(window, qtbot):
    qtbot.keyClicks(window.filter_edit, "zzqx-nothing")
    assert window.no_match_label.isVisible()
    assert "zzqx-nothing" in window.no_match_label.text()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == "" and not window.no_match_label.isVisible()


def test_filter_selects_the_first_item_matching_by_its_own_words(window, qtbot):
    briefing = window.session.briefing
    rec = briefing.recommendations()[2]
    words = rec.headline.split()[2:5]
    qtbot.keyClicks(window.filter_edit, " ".join(words))
    chosen = window.editor.item_id
    own = f"{briefing.title_of(chosen)}\n{briefing.summary_of(chosen)}".casefold()
    assert " ".join(words).casefold() in own


def test_rewritten_summary_no_longer_highlights_the_old_sentences(window, qtbot):
    section = next(s for s in window.session.briefing.sections() if s.summary_spans)
    window.select_item(section.id)
    assert window.editor.source.marks
    window.push(
        commands.EditFieldCommand(window.session, section.id, "summary", "Entirely new words here.")
    )
    assert window.editor.source.marks == []


def test_reset_to_automatic_leaves_the_focus_in_that_field(window, qtbot):
    rec = window.session.briefing.recommendations()[0].id
    window.select_item(rec)
    window.push(commands.EditFieldCommand(window.session, rec, "summary", "My words."))
    button = window.editor.reset_buttons["summary"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.focusWidget() is window.editor.summary_edit
    assert not window.editor.title_edit.hasSelectedText()


def test_unticked_item_is_not_said_to_become_zero_slides(window, qtbot):
    rec = window.session.briefing.recommendations()[0].id
    window.select_item(rec)
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.push(commands.PickCommand(window.session, rec, False))
    caption = window.preview.slides_caption.text()
    assert "0 slides" not in caption and "unticked" in caption


def test_about_has_the_version_and_the_guide_is_the_readmes_usage(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from briefing_app import __version__

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.about()
    assert __version__ in shown[0]
    window.user_guide()
    text = window.guide.text.toPlainText()
    assert "Outline" in text and "Reset to automatic" in text
    links = window.guide.folders.text()
    assert "autosave" in links and "log" in links.lower()


def test_guide_markdown_is_the_desktop_app_section_without_pictures():
    guide = guide_markdown(readme_text())
    assert guide.startswith(GUIDE_HEADING) and "![" not in guide and "## Command line" not in guide


def test_open_recent_names_the_folder(window, tmp_path):
    from briefing_app.gui.fileops import rebuild_recent_menu

    a, b = tmp_path / "one" / "report.briefing", tmp_path / "two" / "report.briefing"
    window.settings.recent_files = [a, b]
    rebuild_recent_menu(window)
    texts = [action.text() for action in window.recent_menu.actions()]
    assert texts[0] != texts[1] and "one" in texts[0] and "two" in texts[1]


def test_first_start_says_the_article_is_a_sample(window, qtbot, tmp_path, monkeypatch):
    banner = window.sample_banner
    assert banner.isVisible() and "sample" in banner.label.text()
    article = tmp_path / "mine.md"
    article.write_text("# My Own\n\nSome text about my topic. More text here.\n", encoding="utf-8")
    assert window.open_path(Path(article))
    assert not banner.isVisible()


def test_the_date_hint_waits_for_its_tab_and_is_there_when_shown(window, qtbot):
    panel = window.header_panel
    window.side_tabs.setCurrentWidget(window.preview)
    panel.date_hint.setText("")
    window.session.replaced.emit()  # -- a refresh while the tab is hidden: nothing computed yet --
    assert panel.date_hint.text() == ""
    window.side_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: "export date" in panel.date_hint.text(), timeout=5_000)


def test_a_heading_without_text_is_said_to_have_no_slide_not_zero(make_window, qtbot, tmp_path):
    path = tmp_path / "report.md"
    path.write_text(
        "# Team science\n\nTeams answer large questions together.\n\n## National Perspective\n\n"
        "## Funding\n\nIncubator grants reward teams that cross the boundaries of a school.\n",
        encoding="utf-8",
    )
    window = make_window(path)
    empty = next(s for s in window.session.briefing.article.sections if not s.paragraphs)
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.select_item(empty.id)
    caption = window.preview.slides_caption.text()
    assert "0 slides" not in caption and "no text under this heading" in caption
