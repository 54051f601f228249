"""File → Print memo… (Ctrl+P), Print handouts…, Print pack… and Print preview.

The system print dialog (QPrintDialog) asks for printer, copies, pages, sides
and colour; the PDF the exporters write is then built and printed on a pool
thread, with progress in the status bar. Where CUPS is present the PDF itself
goes to ``lp`` (vector pages, text intact: :mod:`briefing_app.export.printing`);
where it is not (Windows), pages are rasterised one at a time by pdfium at the
printer's resolution (at most 600 dpi) and painted into the QPrinter. "Print to
file" in the dialog writes the PDF we built, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QThreadPool, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.gui.menus import PRINT_KEYS
from briefing_app.gui.session import Session
from briefing_app.gui.workers import Job

KINDS = {"memo": "memo", "handouts": "handouts", "pack": "pack"}
MAX_DPI = 600  # -- raster fallback: sharp text, bounded memory per page --
PREVIEW_DPI = 110
KEYS = PRINT_KEYS
HANDOUT_LAYOUTS = (("3", "3 slides a page, lines for notes"), ("1", "1 slide a page"),
                   ("2", "2 slides a page"), ("6", "6 slides a page"),
                   ("notes", "Notes pages: each slide over its speaker notes"))  # fmt: skip


@dataclass(frozen=True)
class Request:
    """What to print and how, read off the dialog's printer (plain data for the pool thread)."""

    kind: str
    printer: str
    copies: int
    two_sided: bool
    colour: bool
    pages: str | None
    to_file: str | None  # "Print to file" in the dialog
    resolution: int


def print_slots(
    window: QMainWindow, session: Session, progress: QProgressBar
) -> dict[str, Callable[[], None]]:
    """What the File menu's print actions do, through a controller ``window`` owns
    (``progress``: the status bar's print progress, made with the window's shell)."""
    controller = PrintController(window, session, progress)
    window.print_controller = controller  # type: ignore[attr-defined]
    return {
        "print_memo": lambda: controller.ask("memo"),
        "print_handouts": lambda: controller.ask("handouts"),
        "print_pack": lambda: controller.ask("pack"),
        "print_preview": controller.preview,
    }


class PrintController(QObject):
    """Runs print jobs one at a time off the UI thread and reports to the window."""

    finished = Signal(str)  # the status message of a job that succeeded
    failed = Signal(str)  # the sentence of a job that failed

    def __init__(self, window: QMainWindow, session: Session, progress: QProgressBar) -> None:
        super().__init__(window)
        self._window, self._session = window, session
        self._job: Job | None = None
        self.handout_layout = "3"
        self._printer: QPrinter | None = None
        self._progress = progress

    @property
    def printer(self) -> QPrinter:
        """The printer the dialogs configure, made on first use (it may ask CUPS for printers)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    @property
    def busy(self) -> bool:
        return self._job is not None

    def ask(self, kind: str) -> None:
        """Show the print dialog for ``kind``; print in the background if the user accepts."""
        if self.busy:
            self._window.statusBar().showMessage("A print job is still being prepared…", 4000)
            return
        dialog = QPrintDialog(self.printer, self._window)
        dialog.setWindowTitle(f"Print {KINDS[kind]}")
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        dialog.setMinMax(1, 9999)
        layouts = tab = None
        if kind in ("handouts", "pack"):
            # -- ``tab`` keeps the widget (and its combo box) alive while the dialog shows --
            tab, layouts = self._layout_tab()
            dialog.setOptionTabs([tab])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if layouts is not None:
            self.handout_layout = layouts.currentData()
        self.start(request_from(self.printer, kind))

    def _layout_tab(self) -> tuple[QWidget, QComboBox]:
        """A "Handouts" tab for the print dialog: how many slides a page, or notes pages."""
        tab = QWidget()
        tab.setWindowTitle("Handouts")
        form = QFormLayout(tab)
        combo = QComboBox(tab)
        combo.setObjectName("handoutLayout")
        combo.setAccessibleName("Handout layout")
        for value, text in HANDOUT_LAYOUTS:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(self.handout_layout), 0))
        form.addRow("Slides per page:", combo)
        return tab, combo

    def start(self, request: Request) -> None:
        """Build and print ``request`` on a pool thread with a snapshot of the briefing."""
        snapshot = self._session.briefing.copy()
        layout = self.handout_layout
        printer = self.printer
        self._job = Job(lambda report: run(snapshot, request, layout, printer, report))
        self._job.signals.progressed.connect(self._on_progress)
        self._job.signals.succeeded.connect(self._on_done)
        self._job.signals.failed.connect(self._on_failed)
        self._progress.setValue(0)
        self._progress.setVisible(True)
        QThreadPool.globalInstance().start(self._job)

    def _on_progress(self, percent: int, text: str) -> None:
        self._progress.setValue(percent)
        self._window.statusBar().showMessage(text)

    def _on_done(self, message: str) -> None:
        self._job = None
        self._progress.setVisible(False)
        self._window.statusBar().showMessage(message, 8000)
        self.finished.emit(message)

    def _on_failed(self, message: str) -> None:
        self._job = None
        self._progress.setVisible(False)
        self._window.statusBar().showMessage(f"Printing failed: {message}", 8000)
        self.failed.emit(message)
        QMessageBox.warning(self._window, "Printing failed", message)

    def preview(self) -> None:
        """Build the pack in the background, then show it page by page in Qt's print preview."""
        if self.busy:
            return
        snapshot = self._session.briefing.copy()
        layout = self.handout_layout
        self._job = Job(lambda report: build(snapshot, "pack", layout, report)[0])
        self._job.signals.progressed.connect(self._on_progress)
        self._job.signals.succeeded.connect(self._show_preview)
        self._job.signals.failed.connect(self._on_failed)
        self._progress.setVisible(True)
        QThreadPool.globalInstance().start(self._job)

    def _show_preview(self, pdf: bytes) -> None:
        self._job = None
        self._progress.setVisible(False)
        self._window.statusBar().clearMessage()
        dialog = QPrintPreviewDialog(self.printer, self._window)
        dialog.setWindowTitle("Print preview: memo and handouts")
        dialog.paintRequested.connect(lambda printer: paint_pages(printer, pdf, None, PREVIEW_DPI))
        self.preview_dialog = dialog
        dialog.exec()


def request_from(printer: QPrinter, kind: str) -> Request:
    """The dialog's answers, read off the printer it configured."""
    pages = None
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        # -- Qt 6 keeps "1-3,5" as typed; fromPage/toPage would lose the gaps --
        pages = printer.pageRanges().toString() or f"{printer.fromPage()}-{printer.toPage()}"
    to_file = printer.outputFileName() or None
    return Request(
        kind=kind,
        printer=printer.printerName(),
        copies=max(1, printer.copyCount()),
        two_sided=printer.duplex() not in (QPrinter.DuplexMode.DuplexNone,),
        colour=printer.colorMode() == QPrinter.ColorMode.Color,
        pages=pages,
        to_file=to_file,
        resolution=printer.resolution(),
    )


def build(briefing: Briefing, kind: str, layout: str, report) -> tuple[bytes, int]:
    """The PDF the exporters write for ``kind`` and its page count (pool thread)."""
    # -- deferred: the writers load on the first print, not at start-up --
    from briefing_app.export.pack import build_one

    report(5, f"Building the {KINDS[kind]}…")
    data, _warnings, pages = build_one(briefing, kind, handout_layout=layout)
    return data, pages


def run(briefing: Briefing, request: Request, layout: str, printer: QPrinter, report) -> str:
    """Build the PDF and print it (pool thread); the status message to show when done."""
    # -- deferred: the writers load on the first print, not at start-up --
    from briefing_app.export import printing

    data, pages = build(briefing, request.kind, layout, report)
    ranges = printing.parse_pages(request.pages, pages) if request.pages else [(1, pages)]
    if request.to_file:
        from briefing_app.files.atomic import write_atomic

        if Path(request.to_file).is_dir():
            raise UserError(f"{request.to_file} is a folder; give the file to print to a name.")
        write_atomic(Path(request.to_file), data)
        return f"Saved the {request.kind} as {Path(request.to_file).name} ({pages} pages)."
    if printing.cups_available():
        report(60, "Sending to the printer…")
        options = printing.PrintOptions(
            printer=request.printer or None, copies=request.copies, two_sided=request.two_sided,
            pages=request.pages, title=f"{request.kind.capitalize()}: {briefing.article.title}",
            colour=request.colour,
        )  # fmt: skip
        job = printing.print_pdf(data, options, page_count=pages)
        return f"Sent the {request.kind} to {request.printer or 'the default printer'} (job {job})."
    wanted = printing.page_list(ranges)
    paint_pages(printer, data, wanted, min(request.resolution, MAX_DPI), report)
    return f"Sent the {request.kind} to {request.printer} ({len(wanted)} pages)."


def paint_pages(printer: QPrinter, pdf_bytes: bytes, pages: list[int] | None, dpi: int,
                report=None) -> None:  # fmt: skip
    """Rasterise ``pages`` (1-based; None = all) one at a time into ``printer`` (no CUPS)."""
    # -- deferred: only where CUPS is absent --
    import pypdfium2

    from briefing_app.gui.sketch import PDFIUM_LOCK, page_image

    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(pdf_bytes)
        try:
            wanted = pages or list(range(1, len(pdf) + 1))
            painter = QPainter()
            if not painter.begin(printer):
                raise UserError(
                    f"Printer {printer.printerName() or ''} could not be opened.".replace("  ", " ")
                )
            try:
                for n, number in enumerate(wanted):
                    if n:
                        printer.newPage()
                    page = pdf[number - 1]
                    image = page_image(page, dpi / 72)
                    page.close()
                    area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                    area.moveTo(0, 0)
                    scale = min(area.width() / image.width(), area.height() / image.height())
                    target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                    painter.drawImage(target, image)
                    if report:
                        report(60 + round(40 * (n + 1) / len(wanted)), f"Printing page {number}…")
            finally:
                painter.end()
        finally:
            pdf.close()
