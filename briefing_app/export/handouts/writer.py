"""Slide handouts as PDF, without PowerPoint: the deck plan drawn by the one slide renderer.

``render_handouts`` lays the planned slides out on paper (1, 2, 3 with note
lines, 6, or notes pages) with a bookmark per slide, the classification on
every page and "Page X of Y"; the paper is the memo template's, so a pack
prints on one size. ``render_slides`` draws slides at their own size, one a
page: the GUI's slide preview shows that PDF, so screen and paper never differ.
Output is byte-identical for the same input (reportlab's invariant mode).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.deck.plan import DeckPlan, PlannedSlide, plan_deck
from briefing_app.export.handouts import fonts
from briefing_app.export.handouts.artwork import Artwork, Item, artwork_for, marks_for
from briefing_app.export.handouts.layout import (
    LAYOUTS,
    MARGIN,
    PageGeometry,
    page_geometry,
    per_page,
)
from briefing_app.export.handouts.slide import Place, draw_slide
from briefing_app.export.memo.fonts import chain, missing_warnings
from briefing_app.files.atomic import write_atomic

CREATOR = "Briefing Builder"
GREY = "#595959"
RULE = "#9a9a9a"
MARK = "#C00000"
SMALL = 8.5


@dataclass(frozen=True)
class HandoutResult:
    """Rendered handouts: the PDF, its page count, slide count and warnings for the user."""

    pdf: bytes
    pages: int
    slides: int
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SlidesResult:
    """Some slides drawn at slide size, one a page, for the preview; plus the deck's facts."""

    pdf: bytes
    count: int
    total_slides: int
    warnings: tuple[str, ...]
    marking: str
    template: str
    aspect: float
    slides: tuple[PlannedSlide, ...] = ()  # the slides drawn, in page order
    marks: dict[str, tuple[Item, ...]] = field(default_factory=dict)  # classification, per role


def write_handouts(briefing: Briefing, path: Path | str, **kwargs) -> list[str]:
    """Render the handouts and write them atomically; return warnings for the user."""
    result = render_handouts(briefing, **kwargs)
    write_atomic(Path(path), result.pdf)
    return result.warnings


def render_handouts(
    briefing: Briefing,
    *,
    template: str | Path | None = None,
    layout: str = "3",
    paper: tuple[float, float] | None = None,
) -> HandoutResult:
    """Handouts of the deck ``briefing`` makes on ``template``, ``layout`` slides a page."""
    if layout not in LAYOUTS:
        raise UserError(f"Unknown handout layout {layout!r}; use one of {', '.join(LAYOUTS)}.")
    chosen = template if template is not None else briefing.deck_template
    art, geometry = artwork_for(chosen)
    plan = plan_deck(briefing, geometry)
    marks, marking_warnings = _marks(chosen, plan)
    page = paper or _memo_paper(briefing)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, page, briefing, plan, "Handouts")
    pages = _draw_handouts(canvas, plan, art, layout, page, marks)
    canvas.save()
    warnings = [*plan.warnings, *art.warnings, *marking_warnings, *_missing_warning(plan)]
    return HandoutResult(buffer.getvalue(), pages, len(plan.slides), warnings)


def render_slides(
    briefing: Briefing,
    *,
    item_id: str | None = None,
    template: str | Path | None = None,
    checkpoint: Callable[[], None] | None = None,
) -> SlidesResult:
    """The slides ``item_id`` becomes (all slides if None), each on a page of the slide's size."""
    chosen = template if template is not None else briefing.deck_template
    art, geometry = artwork_for(chosen)
    plan = plan_deck(briefing, geometry, checkpoint=checkpoint)
    marks, marking_warnings = _marks(chosen, plan)
    numbered = [
        (n, s) for n, s in enumerate(plan.slides, 1) if item_id is None or s.item_id == item_id
    ]
    size = (art.content.width, art.content.height)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, size, briefing, plan, "Slides")
    for number, slide in numbered:
        draw_slide(canvas, art.for_role(slide.role), slide, Place(0, size[1], 1.0),
                   number=number, marks=marks.get(slide.role, ()))  # fmt: skip
        canvas.showPage()
    canvas.save()
    return SlidesResult(
        pdf=buffer.getvalue(), count=len(numbered), total_slides=len(plan.slides),
        warnings=tuple(plan.warnings) + art.warnings + marking_warnings, marking=plan.classification,
        template=art.name, aspect=size[0] / size[1], slides=tuple(s for _n, s in numbered),
        marks=marks,
    )  # fmt: skip


def _marks(template, plan: DeckPlan) -> tuple[dict[str, tuple[Item, ...]], tuple[str, ...]]:
    """The classification marks of each role's slides, as the deck writer places them."""
    if not plan.classification:
        return {}, ()
    return marks_for(template, plan.classification)


def _memo_paper(briefing: Briefing) -> tuple[float, float]:
    """The memo template's paper, so memo and handouts of a pack print on the same size."""
    # -- deferred: the memo writer (reportlab platypus) only for the paper size --
    from briefing_app.export.memo.writer import load_memo_template

    try:
        return load_memo_template(briefing.memo_template).page_points
    except UserError:
        return (595.2756, 841.8898)  # -- A4 --


def _canvas(buffer, page, briefing: Briefing, plan: DeckPlan, kind: str) -> Canvas:
    canvas = Canvas(buffer, pagesize=page, invariant=1, pageCompression=1, lang="en")
    title = plan.properties.get("title") or "Briefing"
    canvas.setTitle(f"{kind}: {title}")
    canvas.setAuthor(plan.properties.get("author") or "")
    canvas.setSubject(plan.properties.get("subject") or "")
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    if plan.classification:
        canvas.setKeywords([plan.classification])
    date = _date(briefing)
    canvas.setDateFormatter(lambda *_: f"D:{date:%Y%m%d}000000+00'00'")
    canvas.showOutline()
    return canvas


def _date(briefing: Briefing) -> dt.date:
    try:
        return dt.date.fromisoformat(briefing.article.date or "")
    except ValueError:
        return dt.date(2000, 1, 1)


# -- handout pages ---------------------------------------------------------------------------


def _draw_handouts(canvas: Canvas, plan: DeckPlan, art: Artwork, layout: str,
                   page: tuple[float, float], marks: dict[str, tuple[Item, ...]]) -> int:  # fmt: skip
    aspect = art.content.width / art.content.height
    geometry = page_geometry(layout, page, aspect)
    numbered = list(enumerate(plan.slides, 1))
    if layout == "notes":
        sheets = _notes_sheets(numbered, geometry)
    else:
        n = per_page(layout)
        sheets = [(numbered[i : i + n], []) for i in range(0, len(numbered), n)] or [([], [])]
    title = plan.properties.get("title") or "Briefing"
    for index, (slides, notes) in enumerate(sheets, 1):
        _decorate(canvas, page, title, plan.classification, index, len(sheets))
        for cell, (number, slide) in zip(geometry.cells, slides, strict=False):
            _place_slide(canvas, art, slide, number, cell.slide, page, marks.get(slide.role, ()))
            for y, left, right in cell.lines:
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.5)
                canvas.line(left, page[1] - y, right, page[1] - y)
        for flowable, x, y in notes:
            flowable.drawOn(canvas, x, page[1] - y)
        canvas.showPage()
    return len(sheets)


def _place_slide(canvas: Canvas, art: Artwork, slide: PlannedSlide, number: int, box,
                 page, marks: tuple[Item, ...]) -> None:  # fmt: skip
    x, y, w, _h = box
    kind = art.for_role(slide.role)
    top = page[1] - y
    key = f"slide{number}"
    canvas.bookmarkPage(key, fit="XYZ", left=x, top=top)
    canvas.addOutlineEntry(f"{number}. {slide.title}", key, level=0)
    draw_slide(canvas, kind, slide, Place(x, top, w / kind.width), number=number, marks=marks)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.rect(
        x, top - kind.height * w / kind.width, w, kind.height * w / kind.width, stroke=1, fill=0
    )


def _decorate(canvas: Canvas, page, title: str, marking: str, index: int, total: int) -> None:
    """Running title, classification at top and foot, and "Page X of Y"."""
    width, height = page
    name = fonts.face_for(None)
    canvas.setFillColor(GREY)
    _text(canvas, _shorten(title, width * 0.55), MARGIN, height - MARGIN + 2, SMALL)
    _text(canvas, f"Page {index} of {total}", width - MARGIN, MARGIN - 14, SMALL, align="r")
    if marking:
        canvas.setFillColor(MARK)
        for y in (height - MARGIN + 2 + 12, MARGIN - 14):
            _text(canvas, marking, width / 2, y, 9, align="c", bold=True)
    del name


def _shorten(text: str, width: float) -> str:
    """``text`` cut to ``width`` with " …", at a space when one is in its second half.

    Cut at a letter, a Hindi header ended on a consonant torn from its word
    ("… वालों को ल …"); unspaced Chinese or Japanese is cut at a character.
    """
    if fonts.width(text, None, SMALL) <= width:
        return text
    while text and fonts.width(text + " …", None, SMALL) > width:
        text = text[:-1]
    space = text.rstrip().rfind(" ")
    return (text[:space] if space > len(text) // 2 else text).rstrip() + " …"


def _text(canvas: Canvas, text: str, x: float, y: float, size: float, *, align: str = "l",
          bold: bool = False) -> None:  # fmt: skip
    used = fonts.width(text, None, size, bold=bold)
    x = x - used if align == "r" else (x - used / 2 if align == "c" else x)
    t = canvas.beginText(x, y)
    for name, chunk in fonts.runs(text, None, bold=bold):
        t.setFont(name, size)
        t.textOut(chunk)
    canvas.drawText(t)


# -- notes pages -----------------------------------------------------------------------------

Placed = list[tuple[Flowable, float, float]]  # flowable, x, y of its top (down from the top)


def _notes_sheets(numbered: Sequence[tuple[int, PlannedSlide]], geometry: PageGeometry):
    """Each slide on a page above its notes; notes too long for the page continue on the next."""
    assert geometry.notes is not None
    x, y, w, h = geometry.notes
    full_top = geometry.cells[0].slide[1]
    sheets: list[tuple[list, Placed]] = []
    for number, slide in numbered:
        queue = _note_paragraphs(slide.notes)
        placed: Placed = []
        top, bottom = y, y + h
        sheet_slides = [(number, slide)]
        while queue:
            para = queue.pop(0)
            _w, need = para.wrap(w, bottom - top)
            if top + need <= bottom:
                placed.append((para, x, top + need))
                top += need + 4
                continue
            parts = para.split(w, bottom - top)
            if len(parts) > 1 and placed is not None:
                first = parts[0]
                _w, need = first.wrap(w, bottom - top)
                placed.append((first, x, top + need))
                queue[:0] = parts[1:]
            elif not placed and top == full_top:
                placed.append((para, x, top + need))  # -- cannot split and alone: let it run --
                top = bottom
                continue
            else:
                queue.insert(0, para)
            sheets.append((sheet_slides, placed))
            placed, sheet_slides = [], []
            top, bottom = full_top, y + h
        sheets.append((sheet_slides, placed))
    return sheets or [([], [])]


def _note_paragraphs(notes: str) -> list[Paragraph]:
    style = ParagraphStyle(
        "notes", fontName=chain("sans").font_name(), fontSize=10, leading=13.5,
        textColor="#1a1a1a",
    )  # fmt: skip
    if not notes.strip():
        return [Paragraph("<i>No speaker notes.</i>".replace("<i>", "").replace("</i>", ""), style)]
    return [
        Paragraph(chain("sans").markup(block.strip()).replace("\n", "<br/>"), style)
        for block in notes.split("\n\n")
        if block.strip()
    ]


def _missing_warning(plan: DeckPlan) -> list[str]:
    text = "\n".join(
        "\n".join([s.title, s.notes, *(p.text for p in s.paragraphs)]) for s in plan.slides
    )
    return missing_warnings(fonts.missing(text), " on the handouts")
