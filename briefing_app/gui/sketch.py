"""The slides an item becomes, as images drawn by the handout renderer, for the preview.

There is one slide renderer (:mod:`briefing_app.export.handouts.slide`): it
draws the deck plan on the template's artwork into a PDF for handouts, and for
the preview too. Here that PDF is rasterised by pdfium into QImages (QImage,
unlike QPixmap, may be made on the preview's worker thread), so the preview is
exactly what prints. Geometry, theme and artwork come from the deck package;
nothing here reads a .pptx.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QImage

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.deck.fit import Para

RENDER_WIDTH_PX = 1280  # -- sharp up to a preview this wide; scaled down smoothly below --
# -- pdfium is not thread-safe: the slide and memo previews rasterise on two pools --
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class Look:
    """The template the slides were drawn on: its name and slide size in points."""

    name: str = "default"
    width: float = 960.0
    height: float = 540.0


@dataclass(frozen=True)
class SlideSketch:
    """One planned slide: its text (for tests and accessibility) and its drawn image."""

    title: str
    lines: tuple[Para, ...]
    image: QImage
    layout: str = "content"
    continued: int = 0


@dataclass(frozen=True)
class Sketch:
    look: Look
    slides: tuple[SlideSketch, ...]
    total_slides: int | None = None
    warnings: tuple[str, ...] = ()
    marking: str = ""
    marks: tuple[tuple[float, float, float, float], ...] = ()  # where the marking is, in points


def sketch_item(
    briefing: Briefing, item_id: str | None, *, checkpoint: Callable[[], None] | None = None
) -> Sketch:
    """The slides ``item_id`` becomes on the briefing's deck template, and the deck's length."""
    # -- deferred: the export packages load after the first paint --
    from briefing_app.export.handouts.artwork import Label
    from briefing_app.export.handouts.writer import render_slides

    warnings: tuple[str, ...] = ()
    wanted = item_id or ""  # -- no item: no slide matches, but the deck is still counted --
    try:
        result = render_slides(briefing, item_id=wanted, checkpoint=checkpoint)
    except UserError as exc:  # -- a template that cannot be read: show the default one --
        warnings = (str(exc),)
        fallback = briefing.copy()
        fallback.set_template("deck", None)
        result = render_slides(fallback, item_id=wanted, checkpoint=checkpoint)
    images = pdf_images(result.pdf) if result.count else []
    slides = tuple(
        SlideSketch(s.title, tuple(s.paragraphs), image, s.layout, s.continued)
        for s, image in zip(result.slides, images, strict=True)
    )
    width = 960.0
    look = Look(result.template, width, width / result.aspect)
    role = result.slides[0].role if result.slides else "content"
    marks = tuple(m.box for m in result.marks.get(role, ()) if isinstance(m, Label))
    return Sketch(
        look, slides, result.total_slides, warnings + result.warnings, result.marking, marks
    )


def pdf_images(pdf_bytes: bytes, width_px: int = RENDER_WIDTH_PX) -> list[QImage]:
    """Every page of a PDF as a QImage ``width_px`` wide, one page in memory at a time."""
    # -- deferred: pypdfium2 after the first paint --
    import pypdfium2

    images = []
    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(pdf_bytes)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                images.append(page_image(page, width_px / page.get_width()))
                page.close()
        finally:
            pdf.close()
    return images


def page_image(page, scale: float) -> QImage:
    """One pdfium page as a QImage at ``scale`` pixels per point (hold PDFIUM_LOCK)."""
    bitmap = page.render(scale=scale, rev_byteorder=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = bytes(bitmap.buffer)
    fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
    return QImage(buffer, width, height, stride, fmt).copy()
