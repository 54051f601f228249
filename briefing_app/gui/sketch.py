"""What the preview draws: the slides an item becomes and the template's look, as plain data.

The deck plan (export.deck_plan) decides slides, sizes and continuations with
the template's geometry; this module only converts that answer (EMU, theme
colours, master decorations) into points and colours the preview paints.
Runs on the preview's worker thread; templates are cached by path and mtime.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.deck.fit import Para

EMU_PER_PT = 12700
Box = tuple[float, float, float, float]  # x, y, width, height in points


@dataclass(frozen=True)
class TextBox:
    """Where one kind of text goes (inner box, after insets) and how it is set."""

    box: Box
    font: str
    size: float
    colour: str
    indent: float = 0.0


@dataclass(frozen=True)
class Look:
    """A template's slide size (points), background, decorations and text boxes."""

    width: float = 960.0
    height: float = 540.0
    background: str = "#ffffff"
    decor: tuple[tuple[Box, str], ...] = ()  # filled rectangles from the master and layout
    strips: tuple[Box, ...] = ()  # where the deck writes the classification marking
    title: TextBox = TextBox((48, 30, 864, 90), "Sans Serif", 32, "#1f2d3d")
    body: TextBox = TextBox((48, 140, 864, 360), "Sans Serif", 20, "#333333", 18)
    cover_title: TextBox = TextBox((72, 160, 816, 120), "Sans Serif", 40, "#1f2d3d")
    cover_body: TextBox = TextBox((72, 300, 816, 120), "Sans Serif", 20, "#555555")
    accent: str = "#1f4e79"
    name: str = "default"


@dataclass(frozen=True)
class SlideSketch:
    """One planned slide: layout ("title" or "content"), fitted title and body text."""

    title: str
    lines: tuple[Para, ...]
    title_size: float | None = None
    body_size: float | None = None
    layout: str = "content"
    continued: int = 0


@dataclass(frozen=True)
class Sketch:
    look: Look
    slides: tuple[SlideSketch, ...]
    total_slides: int | None = None
    warnings: tuple[str, ...] = ()
    marking: str = ""  # classification written into the template's strips


def sketch_item(briefing: Briefing, item_id: str | None, *, checkpoint=None) -> Sketch:
    """The slides ``item_id`` becomes on the briefing's deck template, and the deck's length."""
    # -- deferred: the deck package loads after the first paint --
    from briefing_app.export.deck.plan import plan_deck

    try:
        look, geometry = _template(briefing.deck_template)
    except UserError as exc:
        return _plain_sketch(briefing, item_id, warning=str(exc))
    plan = plan_deck(briefing, geometry, checkpoint=checkpoint)
    slides = tuple(
        SlideSketch(
            title=s.title,
            lines=tuple(s.paragraphs),
            title_size=s.title_size_pt,
            body_size=s.body_size_pt,
            layout=s.layout,
            continued=s.continued,
        )
        for s in plan.slides
        if item_id is not None and s.item_id == item_id
    )
    return Sketch(
        look,
        slides,
        total_slides=len(plan.slides),
        warnings=tuple(plan.warnings),
        marking=plan.classification,
    )


def _plain_sketch(briefing: Briefing, item_id: str | None, *, warning: str) -> Sketch:
    """Title and bullets on a neutral look, when the chosen template cannot be read."""
    slides: tuple[SlideSketch, ...] = ()
    if item_id is not None:
        lines = tuple(Para(b) for b in briefing.bullets_of(item_id))
        slides = (SlideSketch(briefing.title_of(item_id), lines),)
    return Sketch(Look(), slides, warnings=(warning,))


def _template(name: str | None):
    # -- deferred: the deck package loads after the first paint --
    from briefing_app.export.templates import resolve_template

    path = resolve_template("deck", name)
    return _read_template(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _read_template(path: Path, _mtime: int):
    """(Look, TemplateGeometry) of a template file; cached until the file changes."""
    # -- deferred: the deck package loads after the first paint --
    from briefing_app.export.deck.geometry import read_geometry
    from briefing_app.export.deck.template import open_template

    prs = open_template(path)
    geometry = read_geometry(prs)
    colours = geometry.colors
    dark, light = f"#{colours.get('dk1', '222222')}", f"#{colours.get('lt1', 'FFFFFF')}"
    look = Look(
        width=geometry.slide_width / EMU_PER_PT,
        height=geometry.slide_height / EMU_PER_PT,
        background=_background(prs, geometry, light),
        decor=_decor(prs, geometry.content_layout.layout_index),
        strips=_strips(prs),
        title=_text_box(geometry.content_layout.title, dark),
        body=_text_box(geometry.content_layout.body, dark),
        cover_title=_text_box(geometry.title_layout.title, dark),
        cover_body=_text_box(geometry.title_layout.body, dark),
        accent=f"#{colours.get('accent1', '1F4E79')}",
        name=path.stem,
    )
    return look, geometry


def _text_box(style, default_colour: str) -> TextBox:
    left, top, right, bottom = style.insets
    r = style.box
    box = (
        (r.left + left) / EMU_PER_PT,
        (r.top + top) / EMU_PER_PT,
        max(1, r.width - left - right) / EMU_PER_PT,
        max(1, r.height - top - bottom) / EMU_PER_PT,
    )
    colour = f"#{style.color}" if style.color else default_colour
    return TextBox(box, style.font or "Sans Serif", style.size_pt, colour, style.indent_pt)


def _background(prs, geometry, default: str) -> str:
    """The master's solid background colour, as the geometry reports it or python-pptx reads it."""
    reported = getattr(geometry, "background", None)
    if reported:
        return f"#{reported}"
    try:
        fill = prs.slide_master.background.fill
        return f"#{fill.fore_color.rgb}"
    except (AttributeError, TypeError, ValueError, KeyError):
        return default


def _strips(prs) -> tuple[Box, ...]:
    """Boxes of the master shapes the deck writer puts the classification marking in."""
    # -- deferred: the deck package loads after the first paint --
    from briefing_app.export.deck.writer import CLASSIFICATION_SHAPE

    return tuple(
        _box(shape)
        for shape in prs.slide_master.shapes
        if shape.name.startswith(CLASSIFICATION_SHAPE) and shape.width is not None
    )


def _box(shape) -> Box:
    return tuple(float(v) / EMU_PER_PT for v in (shape.left, shape.top, shape.width, shape.height))


def _decor(prs, layout_index: int) -> tuple[tuple[Box, str], ...]:
    """Solid-filled shapes without text on the master and the content layout (bands, strips)."""
    found = []
    layout = prs.slide_layouts[layout_index]
    for shapes in (prs.slide_master.shapes, layout.shapes):
        for shape in shapes:
            if shape.is_placeholder or shape.width is None:
                continue
            try:
                colour = f"#{shape.fill.fore_color.rgb}"
            except (AttributeError, TypeError, ValueError, KeyError):
                continue
            box = tuple(
                float(v) / EMU_PER_PT for v in (shape.left, shape.top, shape.width, shape.height)
            )
            found.append((box, colour))
    return tuple(found)
