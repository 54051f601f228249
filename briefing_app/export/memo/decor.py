"""What the memo draws on every page: letterhead, running header, classification marking, page numbers.

Whatever repeats from page to page is a PDF form: each page only places it
(``doForm``), and :meth:`PageDecor.draw_forms` draws every form once, just
before the canvas is saved, when the page count for "Page X of Y" is known.
A 600-page memo so draws its running header once instead of 600 times.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from briefing_app.export.memo.style import Context
from briefing_app.export.memo.text import MemoParagraph

LETTERHEAD_GAP = 4 * mm
RUNNING, MARKING = "running-header", "marking"


class PageDecor:
    """Page callbacks for platypus, and the forms they place, drawn at the end."""

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.tpl, self.pages = ctx, ctx.template, 0
        self.marking = ctx.plan.header.classification
        self.width, self.height = self.tpl.page_points
        self.left = self.tpl.margin_left_mm * mm
        self.frame_width = self.width - self.left - self.tpl.margin_right_mm * mm
        self.top = self.height - self.tpl.margin_top_mm * mm
        self.subject = self._ellipsize(ctx.plan.header.subject, self.frame_width * 0.75, 8.5)
        self.placed: set[str] = set()

    def letterhead_height(self) -> float:
        if self.tpl.letterhead_image:
            return self.tpl.letterhead_image_height_mm * mm + LETTERHEAD_GAP
        return 8 * mm + LETTERHEAD_GAP if self.tpl.letterhead_text else 0

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._letterhead(canvas)
        self._common(canvas)

    def later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._place(canvas, RUNNING)
        self._common(canvas)

    def _common(self, canvas: Canvas) -> None:
        self.pages = canvas.getPageNumber()
        canvas.doForm(f"page-number-{self.pages}")
        if self.marking:
            self._place(canvas, MARKING)

    def _place(self, canvas: Canvas, form: str) -> None:
        self.placed.add(form)
        canvas.doForm(form)

    def draw_forms(self, canvas: Canvas) -> None:
        """Draw every form the pages placed; "of Y" is known now (one layout pass, not two)."""
        if RUNNING in self.placed:
            canvas.beginForm(RUNNING)
            self._running_header(canvas)
            canvas.endForm()
        if MARKING in self.placed:
            canvas.beginForm(MARKING)
            markup = self.ctx.m(self.marking, bold=True, colour=self.tpl.marking_colour)
            for y in (self.height - 10 * mm, 7 * mm):
                self._line(canvas, markup, y, "marking")
            canvas.endForm()
        for number in range(1, self.pages + 1):
            canvas.beginForm(f"page-number-{number}")
            self._page_number(canvas, f"Page {number} of {self.pages}")
            canvas.endForm()

    def _running_header(self, canvas: Canvas) -> None:
        self._line(canvas, self.ctx.m(self.subject), self.top + 4.5 * mm, "running")
        canvas.setStrokeColor(colors.HexColor(self.tpl.muted_colour))
        canvas.setLineWidth(0.4)
        y = self.top + 2.5 * mm
        canvas.line(self.left, y, self.left + self.frame_width, y)

    def _page_number(self, canvas: Canvas, label: str) -> None:
        """``label`` right-aligned under the frame, set straight from the font chain's runs."""
        fonts, size = self.ctx.fonts, self.ctx.styles["running"].fontSize
        x = self.left + self.frame_width - fonts.width(label, size)
        text = canvas.beginText(x, self.tpl.margin_bottom_mm * mm - 9 * mm)
        text.setFillColor(colors.HexColor(self.tpl.muted_colour))
        for name, chunk in fonts.runs(label):
            text.setFont(name, size)
            text.textOut(chunk)
        canvas.drawText(text)

    def _letterhead(self, canvas: Canvas) -> None:
        if self.tpl.letterhead_image:
            height = self.tpl.letterhead_image_height_mm * mm
            canvas.drawImage(
                str(self.tpl.letterhead_image), self.left, self.top - height, height=height,
                width=self.frame_width / 3, preserveAspectRatio=True, anchor="w", mask="auto",
            )  # fmt: skip
        if self.tpl.letterhead_text:
            text = self.ctx.m(self.tpl.letterhead_text, bold=True, colour=self.tpl.accent_colour)
            self._line(canvas, f'<para align="right">{text}</para>', self.top - 6 * mm, "body")

    def _line(self, canvas: Canvas, markup: str, y: float, style: str) -> None:
        """Draw markup across the frame width with its first baseline at ``y``."""
        paragraph = MemoParagraph(markup, self.ctx.styles[style])  # -- RTL/CJK subjects too --
        _, height = paragraph.wrap(self.frame_width, self.height)
        paragraph.drawOn(canvas, self.left, y - height + paragraph.style.fontSize)

    def _ellipsize(self, text: str, width: float, size: float) -> str:
        """``text`` cut with "…" to fit ``width`` (binary search, so long subjects stay fast)."""
        fonts = self.ctx.fonts
        if fonts.width(text, size) <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if fonts.width(text[:middle].rstrip() + "…", size) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"
