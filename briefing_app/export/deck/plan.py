"""Decide every slide of the deck before python-pptx is touched: content, sizes, continuations.

A :class:`DeckPlan` is template-agnostic data: the deck writer turns it into
python-pptx calls, and the GUI preview draws it with the template's
:class:`~briefing_app.export.deck.geometry.TemplateGeometry`. Text fitting
happens here, so every slide's text is known to fit its box at its size.

For a preview::

    geometry = geometry_for(briefing.deck_template)        # keep it; immutable
    for slide in slides_for_item(briefing, geometry, item_id):
        layout = geometry.title_layout if slide.layout == "title" else geometry.content_layout
        # draw slide.title in layout.title.box (EMU) at slide.title_size_pt, in
        # layout.title.font / layout.title.color; each paragraph p in
        # layout.body.box at slide.body_size_pt * p.scale (bold if p.bold,
        # bulleted and indented by layout.body.indent_pt if p.bullet), on
        # geometry.background.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from briefing_app.core.briefing import Briefing
from briefing_app.export.deck import content as deck_content
from briefing_app.export.deck.content import Draft
from briefing_app.export.deck.fit import Para, TextStyle, best_size, fit_title, paginate
from briefing_app.export.deck.fonts import metrics_for
from briefing_app.export.deck.geometry import BoxStyle, LayoutGeometry, TemplateGeometry

MIN_BODY_PT = 14.0
MIN_TITLE_PT = 24.0
BODY_SHRINK = 0.75  # -- shrink body text to at most 75 % of the template's size … --
TITLE_SHRINK = 0.6  # -- … and titles to 60 %, never below the minimums above --
# -- continuation slides repeat their item's notes only up to this length: a 1,000-line
# -- "Bottom line up front" note copied onto each of its 100+ slides made big decks quadratic --
CONTINUED_NOTES_MAX = 2000
FIT_CACHE_SIZE = 8192  # fitted drafts remembered: a 2,000-section deck has ~4,000


@dataclass(frozen=True)
class PlannedSlide:
    """One slide: which layout ("title" or "content"), its fitted text and its speaker notes.

    ``paragraphs`` go in the body (or subtitle) box at ``body_size_pt`` times each
    paragraph's ``scale``; ``continued`` is 0 on the first slide of an item and
    1, 2, … on its continuation slides.
    """

    kind: str
    layout: str
    title: str
    title_size_pt: float
    paragraphs: tuple[Para, ...]
    body_size_pt: float
    notes: str
    item_id: str | None = None
    continued: int = 0


@dataclass(frozen=True)
class DeckPlan:
    """The whole deck: slides in order, warnings for the user, and the file's core properties."""

    slides: tuple[PlannedSlide, ...]
    warnings: tuple[str, ...] = ()
    properties: dict[str, str] = field(default_factory=dict)
    classification: str = ""  # e.g. "UNCLASSIFIED", shown in a template's classification strip


def plan_deck(
    briefing: Briefing, geometry: TemplateGeometry, *, checkpoint: Callable[[], None] | None = None
) -> DeckPlan:
    """All slides for ``briefing`` on a template of ``geometry``, fitted and titled uniquely.

    ``checkpoint`` is called before each draft is built and fitted: the app's preview plans
    on a worker thread and passes one that steps aside while the user is busy
    (a Python thread holding the GIL makes every Qt callback wait) and raises
    to abandon a plan that newer edits superseded.
    """
    drafts = deck_content.unique_titles(deck_content.drafts(briefing, checkpoint=checkpoint))
    warnings = list(geometry.warnings) + _font_warnings(geometry)
    slides: list[PlannedSlide] = []
    divider = geometry.section_layout or geometry.title_layout
    layouts = (geometry.title_layout, geometry.content_layout, divider)
    for draft in drafts:
        if checkpoint is not None:
            checkpoint()
        fitted, draft_warnings = _fit_draft(draft, layouts)
        slides += fitted
        warnings += draft_warnings
    marking = deck_content.text(briefing.header.classification).upper()
    return DeckPlan(tuple(slides), tuple(warnings), deck_content.properties(briefing), marking)


def slides_for_item(briefing: Briefing, geometry: TemplateGeometry, item_id: str):
    """The slides a section or recommendation becomes (continuations included), for the preview."""
    return [s for s in plan_deck(briefing, geometry).slides if s.item_id == item_id]


def _font_warnings(geometry: TemplateGeometry) -> list[str]:
    fonts = {geometry.content_layout.title.font, geometry.content_layout.body.font}
    unknown = sorted(f or "(unnamed)" for f in fonts if not metrics_for(f)[1])
    if not unknown:
        return []
    return [
        f"No metrics for font {', '.join(unknown)}; text was measured with a wider stand-in "
        "so it still fits, but slides may look emptier than necessary."
    ]


# -- (title, content, section divider): all that fitting reads --
Layouts = tuple[LayoutGeometry, LayoutGeometry, LayoutGeometry]


def _layout(layouts: Layouts, name: str) -> LayoutGeometry:
    return {"title": layouts[0], "section": layouts[2]}.get(name, layouts[1])


def _style(box: BoxStyle, *, floor: float, ratio: float) -> TextStyle:
    """The template's size, shrinkable to ``ratio`` of it but never below ``floor`` points."""
    lowest = max(floor, round(box.size_pt * ratio))
    return TextStyle(
        font=box.font,
        size_pt=box.size_pt,
        min_pt=min(lowest, box.size_pt),
        indent_pt=box.indent_pt,
    )


def _body_style(box: BoxStyle, *, ratio: float = BODY_SHRINK) -> TextStyle:
    return _style(box, floor=MIN_BODY_PT, ratio=ratio)


def _dense(box: BoxStyle) -> TextStyle:
    """The smallest allowed body size: continuation slides are set at it, so there are fewest."""
    style = _body_style(box)
    return replace(style, size_pt=style.min_pt)


@functools.lru_cache(maxsize=FIT_CACHE_SIZE)
def _fit_draft(draft: Draft, layouts: Layouts) -> tuple[tuple[PlannedSlide, ...], tuple[str, ...]]:
    """The draft's slides and warnings; remembered, as the preview re-plans on every edit."""
    warnings = []
    layout = _layout(layouts, draft.layout)
    title = _fit_title(draft.title, layout.title)
    paras = list(draft.paragraphs)
    if title.overflow:
        warnings.append(f"Title {draft.title[:40]!r}… is too long for its box; shortened.")
        paras.insert(0, Para(title.overflow, bullet=False))
    return tuple(_slides(draft, layouts, title, paras)), tuple(warnings)


def _slides(draft: Draft, layouts: Layouts, title, paras: list[Para]) -> list[PlannedSlide]:
    layout = _layout(layouts, draft.layout)
    width, height = layout.body.inner_pt()
    # -- a title slide's subtitle may shrink to the floor: splitting it would look broken --
    style = _body_style(layout.body, ratio=0.0 if draft.layout == "title" else BODY_SHRINK)
    size = best_size(paras, style, width, height) if paras else style.size_pt
    if size:
        return [_slide(draft, draft.layout, title.text, title.size_pt, paras, size)]
    first, *rest = _pages(paras, layout.body, layouts[1].body)
    slides = [_slide(draft, draft.layout, title.text, title.size_pt, first, style.min_pt)]
    content = layouts[1]
    for n, page in enumerate(rest, start=1):
        cont = _fit_title(deck_content.continued(draft.title, n), content.title)
        size = _dense(content.body).size_pt
        slides.append(_slide(draft, "content", cont.text, cont.size_pt, page, size, n))
    return slides


def _pages(paras, box: BoxStyle, content: BoxStyle):
    """First page in the draft's own box, the rest in the content layout's body box."""
    first, *rest = paginate(paras, _dense(box), *box.inner_pt())
    if not rest:
        return [first]
    rest_paras = [p for page in rest for p in page]
    return [first, *paginate(rest_paras, _dense(content), *content.inner_pt())]


def _fit_title(text: str, box: BoxStyle):
    width, height = box.inner_pt()
    return fit_title(text, _style(box, floor=MIN_TITLE_PT, ratio=TITLE_SHRINK), width, height)


def _slide(draft: Draft, layout: str, title, title_size, paras, size, continued=0):
    return PlannedSlide(
        kind=draft.kind,
        layout=layout,
        title=title,
        title_size_pt=title_size,
        paragraphs=tuple(paras),
        body_size_pt=size,
        notes=_notes(draft, continued),
        item_id=draft.item_id,
        continued=continued,
    )


def _notes(draft: Draft, continued: int) -> str:
    """The draft's notes; long ones stay on the first slide, continuations point back to it."""
    if not continued or len(draft.notes) <= CONTINUED_NOTES_MAX:
        return draft.notes
    return f"Continued from “{draft.title}”: the notes are on its first slide."
