"""The preview: the slides the current item becomes and the memo page it lands on.

Edits restart a 200 ms timer; when it fires, a snapshot of the briefing goes
to a one-thread pool, so typing never waits for planning or rendering. A
result that arrives after a newer request was made is dropped. While the user
scrolls, picks or types, the slide planner pauses between slides: its thread
would otherwise hold the GIL that every Qt callback of the UI thread needs.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.gui.elided import ElidedLabel
from briefing_app.gui.memo_page import MemoPage, render_memo_page, render_page
from briefing_app.gui.session import Session
from briefing_app.gui.sketch import Look, Sketch, SlideSketch, sketch_item
from briefing_app.gui.style import ACCENT
from briefing_app.gui.workers import Job, single_thread_pool

DEBOUNCE_MS = 200
# -- the whole memo is laid out to show one page (~1.5 ms per item), and reportlab cannot
# -- pause for the user the way the slide planner does: stay under ~0.6 s --
MEMO_PREVIEW_LIMIT = 400
SKIPPED = object()
QUIET_S = 0.15  # the user counts as busy this long after a scroll step, pick or keystroke
MAX_PAUSE_S = 5.0  # a plan waits at most this long in all, so the preview still comes


class Superseded(Exception):
    """Raised inside a worker's plan when a newer request made its result useless."""


class SlideCanvas(QWidget):
    """One slide as the handout renderer drew it (what prints), scaled to the panel's width."""

    def __init__(self, look: Look, slide: SlideSketch, parent=None, *, marking: str = "") -> None:
        super().__init__(parent)
        self.look, self.slide, self.marking = look, slide, marking
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        self.setAccessibleName(f"Slide: {slide.title}")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self.look.height / self.look.width)

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def resizeEvent(self, event) -> None:
        self.setFixedHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(self.rect()), self.slide.image)
        painter.setPen(QColor("#b0b0b0"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


def _captioned(caption: QWidget, content: QVBoxLayout) -> tuple[QWidget, QScrollArea]:
    """A fixed caption over ``content`` in a frameless scroll area; (whole, scroll area)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget()
    outer = QVBoxLayout(body)
    outer.setContentsMargins(6, 6, 12, 6)  # -- room for the slide's frame beside the scroll bar --
    outer.addLayout(content)
    outer.addStretch(1)
    area.setWidget(body)
    whole = QWidget()
    layout = QVBoxLayout(whole)
    layout.setContentsMargins(4, 4, 4, 0)
    layout.addWidget(caption)
    layout.addWidget(area, 1)
    return whole, area


def _mark_item(pixmap: QPixmap, fraction: float) -> None:
    """A bar in the left margin where the current item starts on the memo page."""
    painter = QPainter(pixmap)
    y = fraction * pixmap.height()
    painter.fillRect(
        QRectF(0, y - 2, pixmap.width() * 0.035, pixmap.height() * 0.03), QColor(ACCENT)
    )
    painter.end()


class PreviewPanel(QSplitter):
    """Slides and memo page of the current item, refreshed off the UI thread after edits."""

    warnings_changed = Signal(list)
    counts_changed = Signal()  # the whole deck's slide count or the memo's page count changed
    updated = Signal()  # both previews reflect the latest request (tests wait on it)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._session = session
        self._item_id: str | None = None
        self._generation = 0
        self._pending = 0
        self._jobs: set[Job] = set()
        self.total_slides: int | None = None
        self.memo_pages: int | None = None
        self._warnings: dict[str, list[str]] = {"deck": [], "memo": []}
        self.sketch: Sketch | None = None
        self.memo: MemoPage | None = None
        self._memo_image: QImage | None = None
        self._memo_mark: float | None = None
        self._slide_pool = single_thread_pool(self)
        self._memo_pool = single_thread_pool(self)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._request)
        self._busy_until = 0.0
        self._build()
        for signal in session.changes():
            signal.connect(self.schedule)
            signal.connect(self.note_activity)

    def _build(self) -> None:
        """Slides above, the memo page below, each scrolling on its own."""
        self.slides_caption = ElidedLabel("Slides", bold=True)
        self.slides_box = QVBoxLayout()
        self.memo_caption = ElidedLabel("Memo", bold=True)
        self.memo_label = QLabel()
        self.memo_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.memo_label.setAccessibleName("Memo page preview")
        self.memo_label.setWordWrap(True)
        slides, _area = _captioned(self.slides_caption, self.slides_box)
        memo_box = QVBoxLayout()
        memo_box.addWidget(self.memo_label)
        memo, self.memo_area = _captioned(self._memo_header(), memo_box)
        self.addWidget(slides)
        self.addWidget(memo)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([350, 450])
        self.setChildrenCollapsible(False)

    def _memo_header(self) -> QWidget:
        """The memo caption with buttons that page through the whole memo, annex included."""
        self.memo_page_shown: int | None = None  # -- None: the current item's page --
        self._memo_item: str | None = None
        self.prev_page = QToolButton(text="◀", toolTip="Previous memo page (Alt+PgUp)")
        self.next_page = QToolButton(text="▶", toolTip="Next memo page (Alt+PgDown)")
        self.prev_page.setShortcut("Alt+PgUp")
        self.next_page.setShortcut("Alt+PgDown")
        for button, step, name in ((self.prev_page, -1, "Previous"), (self.next_page, 1, "Next")):
            button.setAccessibleName(f"{name} memo page")
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, d=step: self.turn_memo_page(d))
            button.setEnabled(False)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.memo_caption, 1)
        layout.addWidget(self.prev_page)
        layout.addWidget(self.next_page)
        return row

    def turn_memo_page(self, step: int) -> None:
        """Show the memo page ``step`` pages on from the one shown (rendered from the last PDF)."""
        memo = self.memo
        if memo is None or not memo.pdf:
            return
        shown = self.memo_page_shown or memo.page
        self.memo_page_shown = min(max(shown + step, 1), memo.pages)
        self._show_memo()

    def show_item(self, item_id: str | None) -> None:
        self._item_id = item_id
        self.schedule()

    def schedule(self, *_args) -> None:
        """Restart the debounce timer: the preview follows ~200 ms after the last edit."""
        self._timer.start()

    def note_activity(self, *_args) -> None:
        """The user just did something: background planning steps aside for a moment."""
        self._busy_until = time.monotonic() + QUIET_S

    def _checkpoint(self, generation: int, started: float) -> None:
        """Called on the worker between slides: give up if superseded, wait while the user is busy."""
        while True:
            if generation != self._generation:
                raise Superseded
            now = time.monotonic()
            if now >= self._busy_until or now - started >= MAX_PAUSE_S:
                return
            time.sleep(min(self._busy_until - now, 0.02))

    def _request(self) -> None:
        self._generation += 1
        generation, snapshot, item_id = (
            self._generation,
            self._session.briefing.copy(),
            self._item_id,
        )
        self._pending = 2
        memo_allowed = len(snapshot.picked) <= MEMO_PREVIEW_LIMIT

        def sketch(_report):
            started = time.monotonic()
            try:
                return sketch_item(
                    snapshot, item_id, checkpoint=lambda: self._checkpoint(generation, started)
                )
            except Superseded:
                return None

        def memo(_report):
            if not memo_allowed:
                return SKIPPED
            return render_memo_page(snapshot, item_id) if self._is_current(generation) else None

        # -- slides never wait behind a memo render: each has its own one-thread pool --
        self._submit(Job(sketch, locked=False), self._slide_pool, generation, self._on_sketch)
        self._submit(Job(memo), self._memo_pool, generation, self._on_memo)

    def _is_current(self, generation: int) -> bool:
        """Called on a worker: skip requests already superseded by newer edits."""
        return generation == self._generation

    def _submit(self, job: Job, pool, generation: int, slot) -> None:
        self._jobs.add(job)
        job.signals.succeeded.connect(lambda result, j=job: self._done(j, generation, slot, result))
        job.signals.failed.connect(lambda message, j=job: self._failed(j, generation, message))
        pool.start(job)

    def _done(self, job: Job, generation: int, slot, result) -> None:
        self._jobs.discard(job)
        if generation == self._generation:
            slot(result)
            self._finish_one()

    def _failed(self, job: Job, generation: int, message: str) -> None:
        self._jobs.discard(job)
        if generation == self._generation:
            self.warnings_changed.emit([message])
            self._finish_one()

    def _finish_one(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.updated.emit()

    def _on_sketch(self, sketch: Sketch) -> None:
        self.sketch = sketch
        while self.slides_box.count():
            self.slides_box.takeAt(0).widget().deleteLater()
        for slide in sketch.slides:
            canvas = SlideCanvas(sketch.look, slide, self, marking=sketch.marking)
            self.slides_box.addWidget(canvas)
        count = len(sketch.slides)
        self.slides_caption.setText(self._slides_caption(count, sketch.look.name))
        if sketch.total_slides is not None and sketch.total_slides != self.total_slides:
            self.total_slides = sketch.total_slides
            self.counts_changed.emit()
        self._set_warnings("deck", list(sketch.warnings))

    def _slides_caption(self, count: int, template: str) -> str:
        """What the current item becomes; an unticked one is in no output, so it says so."""
        if self._item_id is None:
            return "Slides"
        briefing = self._session.briefing
        if not briefing.is_picked(self._item_id):
            return "Slides — unticked: this item is not in the deck or the memo"
        if count == 0 and self._item_id in {r.id for r in briefing.article.recommendations}:
            # -- one its section's slide already says, or one line the Recommendations list holds
            return "Slides — none of its own: shown on another slide"
        if count == 0:  # -- a heading the source gives no text (core.selection.empty_heading)
            return "Slides — none: no text under this heading"
        return f"Slides — this item becomes {count} slide{'s' if count != 1 else ''} on the {template} template"

    def _set_warnings(self, kind: str, warnings: list[str]) -> None:
        self._warnings[kind] = warnings
        self.warnings_changed.emit(
            list(dict.fromkeys(self._warnings["deck"] + self._warnings["memo"]))
        )

    def _on_memo(self, memo: MemoPage | None) -> None:
        if memo is SKIPPED:
            self.memo = None
            self.memo_pages = None
            self.memo_label.clear()
            self.memo_caption.setText("Memo")
            self.memo_label.setText(
                f"The memo preview pauses above {MEMO_PREVIEW_LIMIT} picked items, where laying "
                "out the whole memo takes seconds; export the memo to see it."
            )
            return
        self.memo = memo
        self._set_warnings("memo", list(memo.warnings) if memo else [])
        if memo is None:
            self.memo_caption.setText("Memo")
            self.memo_label.setText("The memo preview appears once the memo exporter is installed.")
            return
        if memo.pages != self.memo_pages:
            self.memo_pages = memo.pages
            self.counts_changed.emit()
        if self._memo_item != self._item_id:  # -- another item: back to its page --
            self._memo_item, self.memo_page_shown = self._item_id, None
        pixmap = self._show_memo()
        if self.memo_page_shown is None and memo.mark is not None and self._item_id is not None:
            # -- bring the item's place on the page into view --
            y = self.memo_label.y() + round(memo.mark * pixmap.height())  # -- in the area --
            area = self.memo_area
            QTimer.singleShot(0, lambda: area.ensureVisible(0, y, 0, area.viewport().height() // 3))

    def _show_memo(self) -> QPixmap:
        """The current item's page, or the page the user turned to, with caption and buttons."""
        memo = self.memo
        assert memo is not None
        page = self.memo_page_shown or memo.page
        if self.memo_page_shown is not None and page != memo.page and memo.pdf:
            image, mark = render_page(memo.pdf, page), None
        else:
            image, mark = memo.image, memo.mark
        self._memo_image, self._memo_mark = image, mark
        here = (
            "" if page == memo.page or self._item_id is None else f" (this item: page {memo.page})"
        )
        self.memo_caption.setText(f"Memo — page {page} of {memo.pages}{here}")
        self.prev_page.setEnabled(page > 1)
        self.next_page.setEnabled(page < memo.pages)
        return self._show_memo_page()

    def _show_memo_page(self) -> QPixmap:
        """Scale the memo page to the area's width (never wider: no sideways scrolling)."""
        area = self.memo_area
        spare = area.verticalScrollBar().sizeHint().width() + 24
        width = max(200, area.viewport().width() - spare)
        pixmap = QPixmap.fromImage(self._memo_image).scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation
        )
        if self._memo_mark is not None:
            _mark_item(pixmap, self._memo_mark)
        self.memo_label.setPixmap(pixmap)
        return pixmap

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.memo is not None and self._memo_image is not None:
            self._show_memo_page()

    def shutdown(self) -> None:
        """Stop refreshing and wait for a running render (called when the window closes)."""
        self._timer.stop()
        self._generation += 1  # -- queued renders see they are stale and return at once --
        for pool in (self._slide_pool, self._memo_pool):
            pool.waitForDone()
