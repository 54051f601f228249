"""Render the memo page an item lands on: the real exporter's PDF, drawn by pdfium.

Runs on a worker thread: render the memo with the real exporter, take the page
the exporter says the item lands on (or search the pages for its title), and turn that page into a QImage (QImage, unlike
QPixmap, may be made off the UI thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from briefing_app.core.briefing import Briefing

RENDER_DPI = 110


@dataclass(frozen=True)
class MemoPage:
    image: QImage
    page: int  # 1-based
    pages: int
    warnings: tuple[str, ...]
    mark: float | None = None  # where the item starts, as a fraction of the page height
    pdf: bytes = b""  # the whole memo, so the user can page through it (annex included)


def render_memo_page(briefing: Briefing, item_id: str | None) -> MemoPage | None:
    """The memo page holding ``item_id`` (or page 1); None when no memo exporter is installed."""
    try:
        pdf_bytes, warnings, page_of = _memo_pdf(briefing)
    except ImportError:
        return None
    # -- deferred: memo preview only (first paint) --
    from briefing_app.gui.sketch import PDFIUM_LOCK

    with PDFIUM_LOCK:  # -- pdfium is not thread-safe; the slide preview uses it too --
        return _found_page(pdf_bytes, briefing, item_id, warnings, page_of)


def _found_page(pdf_bytes: bytes, briefing: Briefing, item_id: str | None, warnings, page_of):
    # -- deferred: pypdfium2 after the first paint --
    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_bytes)
    try:
        # -- the exporter's page is a lower bound: a block kept with the next can move on --
        first = min(max(page_of.get(item_id or "", 1), 1), len(pdf)) - 1
        needle = briefing.title_of(item_id)[:40] if item_id else ""
        index = _page_with(pdf, needle, start=first)
        page = pdf[index]
        return MemoPage(
            image=_to_image(page),
            page=index + 1,
            pages=len(pdf),
            warnings=tuple(warnings),
            mark=_mark(page, needle),
            pdf=pdf_bytes,
        )
    finally:
        pdf.close()


def render_page(pdf_bytes: bytes, page: int) -> QImage:
    """Page ``page`` (1-based) of a rendered memo, for paging through it in the preview."""
    # -- deferred: pypdfium2 after the first paint --
    import pypdfium2

    from briefing_app.gui.sketch import PDFIUM_LOCK

    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(pdf_bytes)
        try:
            return _to_image(pdf[min(max(page, 1), len(pdf)) - 1])
        finally:
            pdf.close()


def _memo_pdf(briefing: Briefing) -> tuple[bytes, list[str], dict[str, int]]:
    """The memo's PDF bytes, warnings and the page each item lands on, from the real exporter."""
    # -- deferred: memo preview only (first paint) --
    from briefing_app.export.memo.writer import render_memo

    result = render_memo(briefing, template=briefing.memo_template)
    return result.pdf, list(result.warnings), dict(getattr(result, "page_of", {}))


def _page_with(pdf, needle: str, *, start: int = 0) -> int:
    """Index of the first page from ``start`` whose text holds ``needle``, else ``start``."""
    wanted = " ".join(needle.split()).lower()
    if not wanted:
        return start
    for index in range(start, len(pdf)):
        text = pdf[index].get_textpage().get_text_range()
        if wanted in " ".join(text.split()).lower():
            return index
    return start


def _mark(page, needle: str) -> float | None:
    """Top of the first line showing the needle's first words, as a fraction of page height."""
    words = needle.split()[:4]
    if not words:
        return None
    searcher = page.get_textpage().search(" ".join(words), match_case=False)
    found = searcher.get_next()
    if not found:
        return None
    _left, _bottom, _right, top = page.get_textpage().get_charbox(found[0])
    height = page.get_height()
    return max(0.0, min(1.0, (height - top) / height)) if height else None


def _to_image(page) -> QImage:
    bitmap = page.render(scale=RENDER_DPI / 72, rev_byteorder=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = bytes(bitmap.buffer)
    fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
    return QImage(buffer, width, height, stride, fmt).copy()
