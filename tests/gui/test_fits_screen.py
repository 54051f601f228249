"""The window fits the screen and the keyboard: geometry, shrinking panes, reorder, Tab, focus, previews."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor

from briefing_app.gui.app import create_main_window
from briefing_app.gui.screen_fit import fitted_rect
from briefing_app.gui.style import FOCUS

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, settings, tmp_path, path):
    window = create_main_window(settings, path=path, folder=tmp_path / "autosave")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _inside(window) -> bool:
    return window.screen().availableGeometry().contains(window.frameGeometry())


def test_a_first_start_opens_inside_the_available_screen(qtbot, settings, tmp_path, seed_path):
    window = _open(qtbot, settings, tmp_path, seed_path)
    qtbot.waitUntil(lambda: _inside(window), timeout=2000)


def test_a_remembered_geometry_too_large_for_this_screen_is_brought_inside(
    qtbot, settings, tmp_path, seed_path
):
    first = _open(qtbot, settings, tmp_path, seed_path)
    first.setGeometry(200, 150, 2400, 1400)
    settings.geometry = first.saveGeometry()
    second = _open(qtbot, settings, tmp_path, seed_path)
    qtbot.waitUntil(lambda: _inside(second), timeout=2000)


def test_the_window_remembers_its_geometry(qtbot, settings, tmp_path, seed_path):
    first = _open(qtbot, settings, tmp_path, seed_path)
    first.setGeometry(20, 30, 760, 600)
    first.close()
    second = _open(qtbot, settings, tmp_path, seed_path)
    assert second.geometry().size() == QSize(760, 600)


def test_fitted_rect_keeps_a_laptop_and_a_scaled_screen_whole():
    frame = QSize(0, 28)
    for available in (QRect(0, 0, 1280, 720 - 32), QRect(0, 0, 1920 * 2 // 3, 1080 * 2 // 3)):
        rect = fitted_rect(available, frame)
        assert available.contains(rect.adjusted(0, 0, 0, frame.height()))
    big = fitted_rect(QRect(0, 0, 1280, 688), frame, wanted=QRect(300, 200, 1900, 1000))
    assert big.right() < 1280 and big.bottom() + 28 < 688


def test_a_long_source_caption_does_not_widen_the_window(qtbot, settings, tmp_path):
    paragraphs = "\n\n".join(
        f"Paragraph {n} of the long section says something about transit and customs."
        for n in range(40)
    )
    article = tmp_path / "long.txt"
    article.write_text(f"A Long Report\n\nOne Long Section\n\n{paragraphs}\n", encoding="utf-8")
    window = _open(qtbot, settings, tmp_path, article)
    section = max(window.session.briefing.sections(), key=lambda s: len(s.paragraphs))
    window.select_item(section.id)
    caption = window.editor.source.caption.text()
    assert "–" in caption and caption.count("¶") == 1
    assert window.minimumSizeHint().width() <= 800
    assert window.minimumSizeHint().height() <= 640


def test_ctrl_up_moves_the_current_recommendation_up(window, qtbot):
    recs = [r.id for r in window.session.briefing.recommendations()]
    window.select_item(recs[5])
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, CTRL)
    assert [r.id for r in window.session.briefing.recommendations()][4] == recs[5]
    assert window.editor.item_id == recs[5]
    assert window.editor.kind_label.text() == "Recommendation 5"
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, CTRL)
    assert [r.id for r in window.session.briefing.recommendations()] == recs


def test_edit_menu_has_the_move_actions(window):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    texts = [a.text() for a in edit.actions()]
    assert "Move &Up" in texts and "Move Do&wn" in texts


def test_tab_follows_the_work(window, qtbot):
    window.select_item(window.session.briefing.recommendations()[0].id)
    window.filter_edit.setFocus()
    seen = [window.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    editor = window.editor
    assert seen == [
        window.filter_edit,
        window.outline,
        editor.title_edit,
        editor.summary_edit,
        editor.bullets_edit,
        editor.notes_edit,
    ]


def test_focus_is_drawn_in_a_colour_you_see(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from briefing_app.gui.app import configure_app

    configure_app(QApplication.instance())
    window.select_item(window.session.briefing.recommendations()[0].id)
    title = window.editor.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    image = title.grab().toImage()
    edge = QColor(image.pixel(1, image.height() // 2))
    assert edge == QColor(FOCUS)


def test_memo_preview_pages_through_the_whole_memo(window, qtbot):
    window.select_item(window.session.briefing.recommendations()[0].id)
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        pass
    preview = window.preview
    memo = preview.memo
    assert memo is not None and memo.pages >= 2
    for _ in range(memo.pages):
        preview.next_page.click()
    assert preview.memo_page_shown == memo.pages
    assert f"page {memo.pages} of {memo.pages}" in preview.memo_caption.text()
    assert not preview.next_page.isEnabled()
    preview.prev_page.click()
    assert preview.memo_page_shown == memo.pages - 1


def test_slide_preview_scales_with_its_pane(window, qtbot):
    from briefing_app.gui.preview import SlideCanvas

    window.select_item(window.session.briefing.recommendations()[0].id)
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        pass
    sizes = []
    for width in (900, 1500):
        window.resize(width, 700)
        qtbot.wait(50)
        canvas = window.preview.findChildren(SlideCanvas)[0]
        sizes.append(canvas.width())
    assert sizes[1] > sizes[0]
