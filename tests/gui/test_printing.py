"""File → Print: the dialog's answers reach lp, failures are one sentence, no-CUPS paints pages."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog

from briefing_app.export.pack import build_one
from briefing_app.gui import printing as gui_printing


@pytest.fixture
def dialog_answers(monkeypatch):
    """The print dialog answers "2 copies of pages 1-2, two-sided, on Office" and is accepted."""
    shown = []

    def exec_(dialog):
        shown.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setCopyCount(2)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 2)
        layouts = dialog.findChild(QComboBox, "handoutLayout")
        if layouts is not None:
            layouts.setCurrentIndex(layouts.findData("notes"))
        return QDialog.DialogCode.Accepted

    real = gui_printing.request_from

    def answered(printer, kind):
        # -- with no real printer Qt keeps neither a printer name nor duplex: the user's picks --
        return dataclasses.replace(real(printer, kind), printer="Office", two_sided=True)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    monkeypatch.setattr(gui_printing, "request_from", answered)
    return shown


def test_print_actions_are_in_the_file_menu_with_ctrl_p(window):
    actions = window.actions_by_key
    assert actions["print_memo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    for key in gui_printing.KEYS:
        assert actions[key].text() in texts


def test_ctrl_p_sends_the_memo_pdf_to_lp_with_the_dialogs_answers(window, qtbot, dialog_answers,
                                                                  fake_cups):  # fmt: skip
    folder = fake_cups()
    controller = window.print_controller
    with qtbot.waitSignal(controller.finished, timeout=60000) as done:
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert dialog_answers == ["Print memo"]
    assert "Sent the memo to Office (job Office-7)" in done.args[0]
    args = (folder / "args").read_text()
    assert "-d Office" in args and "-n 2" in args and "page-ranges=1-2" in args
    assert "sides=two-sided-long-edge" in args
    sent = (folder / "received.pdf").read_bytes()
    memo, _w, _pages = build_one(window.session.briefing, "memo")
    assert len(PdfReader(io.BytesIO(sent)).pages) == len(PdfReader(io.BytesIO(memo)).pages)
    assert "Sent the memo" in window.statusBar().currentMessage()


def test_a_printer_that_refuses_jobs_is_one_clear_message(window, qtbot, dialog_answers,
                                                          fake_cups, answers):  # fmt: skip
    fake_cups(accepting=False)
    controller = window.print_controller
    with qtbot.waitSignal(controller.failed, timeout=60000) as failed:
        window.actions_by_key["print_handouts"].trigger()
    assert failed.args[0] == "Printer Office is not accepting jobs."
    assert answers["warnings"] == ["Printer Office is not accepting jobs."]
    assert not controller.busy


def test_no_printer_set_up_is_said_plainly(window, qtbot, dialog_answers, fake_cups, answers):
    fake_cups(printers=())
    with qtbot.waitSignal(window.print_controller.failed, timeout=60000) as failed:
        window.actions_by_key["print_pack"].trigger()
    assert failed.args[0] == "No printer is set up; add one in the system's printer settings."


def test_a_cancelled_dialog_prints_nothing(window, monkeypatch, fake_cups):
    folder = fake_cups()
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    window.actions_by_key["print_memo"].trigger()
    assert not window.print_controller.busy and not (folder / "args").exists()


def test_without_cups_each_page_is_painted_into_the_printer(window, tmp_path):
    """The Windows path: pdfium renders the chosen pages, one at a time, into the QPrinter."""
    handouts, _w, pages = build_one(window.session.briefing, "handouts")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    seen = []
    gui_printing.paint_pages(printer, handouts, [2, 3], 150, lambda p, t: seen.append(t))
    painted = PdfReader(tmp_path / "painted.pdf")
    assert len(painted.pages) == 2 and pages >= 3
    assert seen == ["Printing page 2…", "Printing page 3…"]


def test_print_to_file_writes_the_vector_pdf_we_built(window, qtbot, tmp_path):
    target = tmp_path / "to-file.pdf"
    request = gui_printing.Request("memo", "", 1, False, True, None, str(target), 1200)
    with qtbot.waitSignal(window.print_controller.finished, timeout=60000):
        window.print_controller.start(request)
    _memo, _w, pages = build_one(window.session.briefing, "memo")
    assert target.read_bytes()[:5] == b"%PDF-" and len(PdfReader(target).pages) == pages
    assert "INFORMATION MEMO" in PdfReader(target).pages[0].extract_text()


def test_print_preview_shows_the_memo_then_the_handouts(window, qtbot, monkeypatch, tmp_path):
    shown = []

    def exec_(dialog):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    window.actions_by_key["print_preview"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    _pack, _w, pages = build_one(window.session.briefing, "pack")
    assert len(PdfReader(tmp_path / "preview.pdf").pages) == pages


def test_export_pack_offers_the_pack_pdf_with_a_handout_layout(window, qtbot, tmp_path):
    from tests.gui.test_export_and_preview import open_dialog

    dialog = open_dialog(window, tmp_path)
    assert not dialog.checks["pack"].isChecked()  # -- an option, off until ticked --
    assert dialog.path_edits["pack"].text().endswith(" pack.pdf")
    dialog.checks["memo"].setChecked(False)
    dialog.checks["pack"].setChecked(True)
    dialog.path_edits["pack"].setText(str(tmp_path / "pack.pdf"))
    combo = dialog.template_boxes["pack"]
    combo.setCurrentIndex(combo.findData("6"))
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.export_now()
    pack = PdfReader(tmp_path / "pack.pdf")
    _memo, _w, memo_pages = build_one(window.session.briefing, "memo")
    _h, _w, handout_pages = build_one(window.session.briefing, "handouts", handout_layout="6")
    assert len(pack.pages) == memo_pages + handout_pages
    assert [o.title for o in pack.outline if not isinstance(o, list)] == ["Memo", "Handouts"]
    assert not (tmp_path / "out.pdf").exists() and (tmp_path / "out.pptx").exists()


def test_print_handouts_offers_the_layout_and_prints_notes_pages(window, qtbot, dialog_answers,
                                                                 fake_cups):  # fmt: skip
    folder = fake_cups()
    with qtbot.waitSignal(window.print_controller.finished, timeout=60000):
        window.actions_by_key["print_handouts"].trigger()
    assert (
        dialog_answers == ["Print handouts"] and window.print_controller.handout_layout == "notes"
    )
    sent = PdfReader(io.BytesIO((folder / "received.pdf").read_bytes()))
    _notes, _w, pages = build_one(window.session.briefing, "handouts", handout_layout="notes")
    assert len(sent.pages) == pages  # -- the whole file goes; lp prints pages 1-2 of it --
    assert "Page 1 of" in sent.pages[0].extract_text()


def test_print_to_a_folder_is_one_sentence(window, qtbot, tmp_path, answers):
    request = gui_printing.Request("memo", "", 1, False, True, None, str(tmp_path), 1200)
    with qtbot.waitSignal(window.print_controller.failed, timeout=60000) as failed:
        window.print_controller.start(request)
    assert failed.args[0] == f"{tmp_path} is a folder; give the file to print to a name."
