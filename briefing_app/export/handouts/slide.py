"""Draw one planned slide on a reportlab canvas: the one slide renderer of the app.

Handout pages, the pack and the GUI's slide preview (which shows a PDF this
module drew) all come through :func:`draw_slide`, so what the user sees on
screen is what prints. Text is laid out with the same metrics and line breaks
the deck plan fitted it with (:func:`briefing_app.export.deck.fit.wrap`), so a
slide the plan says fits is drawn fitting; it stays vector text in the PDF.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

from briefing_app.core.scripts import base_level, is_rtl
from briefing_app.export.deck.fit import Para, TextStyle, wrap
from briefing_app.export.deck.fonts import metrics_for
from briefing_app.export.deck.plan import PlannedSlide
from briefing_app.export.handouts import fonts
from briefing_app.export.handouts.artwork import (
    Fill,
    Item,
    Label,
    Line,
    Picture,
    SlideArt,
    TextLook,
)
from briefing_app.export.memo.bidi import RTL, levels, runs_of, visual_order, visual_text

SPACE_BEFORE = TextStyle(font=None, size_pt=0, min_pt=0).space_before  # -- as the deck writes --


@dataclass(frozen=True)
class Place:
    """Where a slide goes on the page: its top-left corner (PDF points, y up) and scale."""

    x: float
    top: float
    scale: float

    def point(self, sx: float, sy: float) -> tuple[float, float]:
        return self.x + sx * self.scale, self.top - sy * self.scale

    def rect(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """(x, y, w, h) with y at the bottom, as reportlab wants it."""
        x, y = self.point(box[0], box[1] + box[3])
        return x, y, box[2] * self.scale, box[3] * self.scale


def draw_slide(canvas: Canvas, art: SlideArt, slide: PlannedSlide, place: Place, *,
               number: int, marks: tuple[Item, ...] = ()) -> None:  # fmt: skip
    """Paint ``slide`` on ``art`` with its top-left corner and scale given by ``place``."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(*place.rect((0, 0, art.width, art.height)))
    canvas.clipPath(path, stroke=0, fill=0)
    _fill(canvas, art.background)
    canvas.rect(*place.rect((0, 0, art.width, art.height)), stroke=0, fill=1)
    if art.background_picture:
        _picture(canvas, place, (0, 0, art.width, art.height), art.background_picture)
    for item in art.items:
        _item(canvas, place, item)
    for mark in marks:  # -- the classification, where the deck writer puts it --
        _item(canvas, place, mark)
    if art.number is not None:
        _label(canvas, place, art.number, str(number))
    _title(canvas, place, art.title, slide)
    _body(canvas, place, art.body, slide)
    canvas.restoreState()


def _fill(canvas: Canvas, rgb: str) -> None:
    canvas.setFillColor(f"#{rgb}")


def _item(canvas: Canvas, place: Place, item) -> None:
    if isinstance(item, Fill):
        canvas.saveState()
        if item.colour:
            _fill(canvas, item.colour)
            canvas.setFillAlpha(item.alpha)
        if item.line:
            canvas.setStrokeColor(f"#{item.line}")
            canvas.setLineWidth(item.line_width * place.scale)
        x, y, w, h = place.rect(item.box)
        stroke, fill = int(bool(item.line)), int(bool(item.colour))
        if item.shape == "ellipse":
            canvas.ellipse(x, y, x + w, y + h, stroke=stroke, fill=fill)
        elif item.shape == "roundRect":
            canvas.roundRect(x, y, w, h, min(w, h) * 0.1667, stroke=stroke, fill=fill)
        else:
            canvas.rect(x, y, w, h, stroke=stroke, fill=fill)
        canvas.restoreState()
    elif isinstance(item, Line):
        canvas.setStrokeColor(f"#{item.colour}")
        canvas.setLineWidth(max(item.width * place.scale, 0.1))
        canvas.line(*place.point(*item.start), *place.point(*item.end))
    elif isinstance(item, Picture):
        _picture(canvas, place, item.box, item.data)
    elif isinstance(item, Label):
        _label(canvas, place, item, item.text)


def _picture(canvas: Canvas, place: Place, box, data: bytes) -> None:
    """A template picture: decoded and embedded once per document, then reused on every slide."""
    name = "bbpic" + hashlib.sha1(data).hexdigest()[:16]
    if not canvas.hasForm(name):
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=1, uppery=1)
        canvas.drawImage(ImageReader(io.BytesIO(data)), 0, 0, 1, 1, mask="auto")
        canvas.endForm()
    x, y, w, h = place.rect(box)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(w, h)
    canvas.doForm(name)
    canvas.restoreState()


def _label(canvas: Canvas, place: Place, label: Label, text: str) -> None:
    """Template text, wrapped to its box as PowerPoint wraps it, stacked from its anchor."""
    size = label.size
    x, y, w, h = label.box
    starts = wrap(text, max(w, size), _Drawn(label.font, label.bold), size)  # type: ignore[arg-type]
    lines = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    line = size * 1.2
    total = line * len(lines)
    top = (
        y + (h - total) / 2
        if label.anchor == "ctr"
        else (y + h - total if label.anchor == "b" else y)
    )
    for n, part in enumerate(lines):
        _line(canvas, place, part, label.font, size, label.colour, bold=label.bold,
              x=x, width=w, baseline=top + n * line + size * 0.95, align=label.align)  # fmt: skip


def _line(canvas: Canvas, place: Place, text: str, family: str | None, size: float, colour: str,
          *, bold: bool, x: float, width: float, baseline: float, align: str,
          base: int | None = None) -> None:  # fmt: skip
    """One line of text; ``x``, ``width`` and ``baseline`` in slide points.

    ``base`` is the bidi level of the paragraph the line belongs to: a wrapped line of an
    English paragraph that happens to start with a Hebrew name still reads left to right.
    """
    pieces = _visual_runs(text, family, size * place.scale, bold, base)
    used = sum(_width(chunk, name, size) for name, chunk in pieces)
    if align == "ctr":
        x += (width - used) / 2
    elif align == "r":
        x += width - used
    px, py = place.point(x, baseline)
    _fill(canvas, colour)
    t = canvas.beginText(px, py)
    for name, chunk in pieces:
        t.setFont(name, size * place.scale)
        t.textOut(chunk)
    canvas.drawText(t)


def _width(chunk: str, name: str, size: float) -> float:
    """Width in points of a run as drawn: shaped glyphs (joined Arabic is narrower) or plain."""
    if isinstance(chunk, ShapedStr):
        return sum(d.x_advance for d in chunk.__shapeData__) * size / 1000
    return pdfmetrics.stringWidth(chunk, name, size)


def _visual_runs(
    text: str, family: str | None, size: float, bold: bool, base: int | None = None
) -> list[tuple[str, str]]:
    """(font, text) runs left to right; Arabic and Hebrew shaped and reordered as the memo does."""
    runs = fonts.runs(text, family, bold=bold)
    if not RTL.search(text):
        return runs
    owners = [n for n, (_name, chunk) in enumerate(runs) for _ in chunk]
    logical = "".join(chunk for _name, chunk in runs)
    line = runs_of(logical, owners, levels(logical, base_level(logical) if base is None else base))
    return [
        (runs[run.owner][0], visual_text(run, runs[run.owner][0], size))
        for run in (line[i] for i in visual_order([r.level for r in line]))
    ]


@dataclass(frozen=True)
class _Drawn:
    """Widths of the face the text is drawn in (the plan's metrics add a margin to unknown fonts)."""

    family: str | None
    bold: bool

    def width(self, text: str, size: float) -> float:
        return fonts.width(text, self.family, size, bold=self.bold)


@dataclass(frozen=True)
class _Set:
    """One paragraph broken into lines, with its size, indent and line height."""

    para: Para
    lines: list[str]
    size: float
    indent: float
    line_height: float
    ascent: float


def _set(para: Para, look: TextLook, size: float, width: float) -> _Set:
    size *= para.scale
    style = look.style
    indent = (style.indent_pt or 0.0) * (para.level + 1) if para.bullet and look.bullet else 0.0
    if para.bullet and look.bullet and not indent:
        indent = size * 1.1 * (para.level + 1)
    metrics = metrics_for(style.font, bold=para.bold)[0]  # -- line height as the plan set it --
    # -- the plan measured with a safety margin; PowerPoint and LibreOffice wrap at the full
    # -- width, so do we: lines break where they show them, and the text still fits --
    usable = max(width - indent, size)
    starts = wrap(para.text, usable, _Drawn(style.font, para.bold), size)  # type: ignore[arg-type]
    ends = [*starts[1:], len(para.text)]
    lines = [para.text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    face = fonts.face_for(style.font, bold=para.bold)
    ascent = pdfmetrics.getAscent(face, size)
    return _Set(para, lines, size, indent, metrics.line_height(size), ascent)


def _block(canvas: Canvas, place: Place, look: TextLook, paras, size: float, *,
           space: float) -> None:  # fmt: skip
    """Paragraphs in a box at the plan's size, anchored and aligned as the template says."""
    x, y, w, h = _inner(look)
    sets = [_set(p, look, size, w) for p in paras]
    # -- LibreOffice puts the space before the first paragraph too, as the plan counted it --
    total = sum(s.size * space + len(s.lines) * s.line_height for s in sets)
    top = y
    if look.anchor == "ctr":
        top = y + (h - total) / 2
    elif look.anchor == "b":
        top = y + h - total
    number = 0
    for s in sets:
        top += s.size * space
        bullet = ""
        if s.para.bullet and look.bullet:
            number += 1
            bullet = f"{number}." if look.bullet == "1." else look.bullet
        rtl = is_rtl(s.para.text)  # -- the deck writes such paragraphs algn="r" rtl="1" --
        base = base_level(s.para.text)
        for n, text in enumerate(s.lines):
            baseline = top + s.ascent + (s.line_height - s.size * 1.2) / 2
            face_font = look.style.font
            if n == 0 and bullet:
                mark_x = (x + w - s.indent + _hang(look, s.size) - s.size if rtl
                          else x + s.indent - _hang(look, s.size))  # fmt: skip
                _line(canvas, place, bullet, face_font, s.size, look.bullet_colour or look.colour,
                      bold=s.para.bold, x=mark_x, width=s.size, baseline=baseline,
                      align="r" if rtl else "l")  # fmt: skip
            align = "r" if rtl else (look.align if not bullet else "l")
            left = x if rtl else x + s.indent
            _line(canvas, place, text, face_font, s.size, look.colour, bold=s.para.bold,
                  x=left, width=w - s.indent, baseline=baseline, align=align, base=base)  # fmt: skip
            top += s.line_height


def _hang(look: TextLook, size: float) -> float:
    """How far left of the text a bullet sits: one indent step, or a bullet's width and a gap."""
    return look.style.indent_pt or size * 1.1


def _inner(look: TextLook) -> tuple[float, float, float, float]:
    style = look.style
    left, top, right, bottom = (v / 12700 for v in style.insets)
    box = style.box
    return (
        box.left / 12700 + left,
        box.top / 12700 + top,
        max(box.width / 12700 - left - right, 1.0),
        max(box.height / 12700 - top - bottom, 1.0),
    )


def _title(canvas: Canvas, place: Place, look: TextLook, slide: PlannedSlide) -> None:
    para = Para(slide.title, bullet=False, bold=look.bold)
    _block(canvas, place, look, [para], slide.title_size_pt, space=0.0)


def _body(canvas: Canvas, place: Place, look: TextLook, slide: PlannedSlide) -> None:
    _block(canvas, place, look, slide.paragraphs, slide.body_size_pt, space=SPACE_BEFORE)
