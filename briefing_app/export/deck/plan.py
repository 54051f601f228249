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
from briefing_app.core.document import Row
from briefing_app.export.deck import content as deck_content
from briefing_app.export.deck.content import Draft
from briefing_app.export.deck.fit import (
    FittedTitle,
    Para,
    TextStyle,
    best_size,
    cut_title,
    fit_title,
    fit_title_at,
    headline,
    is_thin,
    paginate,
    title_fits,
    title_size,
)
from briefing_app.export.deck.fonts import metrics_for
from briefing_app.export.deck.geometry import BoxStyle, LayoutGeometry, TemplateGeometry
from briefing_app.export.deck.table import table_size

MIN_BODY_PT = 14.0
SHRINK_ROOM = 6.0  # -- the smallest allowed size is never more than this above the floor --
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
    role: str = (
        "content"  # -- which of the template's layouts: title, section, content, figures, closing
    )
    table: tuple[Row, ...] = ()  # -- a table slide's rows, set at ``body_size_pt`` in the body box


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
    drafts, cut_warnings = _cut_absurd_titles(drafts)
    warnings += cut_warnings
    sizes, fitting = title_sizes(drafts, geometry)
    slides: list[PlannedSlide] = []
    for draft in drafts:
        if checkpoint is not None:
            checkpoint()
        role = role_of(draft)
        layouts = (geometry.title_layout, geometry.layout_for(role))
        key = (role, draft.title)
        fitted, draft_warnings = _fit_draft(
            draft, layouts, sizes.get(key, 0.0), role, fits=key in fitting
        )
        slides += fitted
        warnings += draft_warnings
    marking = deck_content.text(briefing.header.classification).upper()
    return DeckPlan(tuple(slides), tuple(warnings), deck_content.properties(briefing), marking)


def role_of(draft: Draft) -> str:
    """The template role a draft's slides take (title, figures, closing or content)."""
    if draft.layout == "title":
        return "title"
    return {"figures": "figures", "source": "closing", "divider": "section"}.get(
        draft.kind, "content"
    )


def _cut_absurd_titles(drafts: list[Draft]) -> tuple[list[Draft], list[str]]:
    """Titles past MAX_TITLE_CHARS are cut before any fitting (fitting stays fast), with a warning."""
    out, warnings = [], []
    for draft in drafts:
        cut = cut_title(draft.title)
        if cut != draft.title:
            warnings.append(
                f"A title of {len(draft.title):,} characters was cut to {len(cut)} for its slide "
                f"({cut[:40]!r}…)."
            )
            draft = replace(draft, title=cut)
        out.append(draft)
    return out, warnings


TITLE_SIZE_SHARE = 0.75  # -- the larger of two title sizes must suit this share of the titles --


TitleKey = tuple[str, str]  # -- (role, title) --


def title_sizes(drafts: list[Draft], geometry: TemplateGeometry
                ) -> tuple[dict[TitleKey, float], set[TitleKey]]:  # fmt: skip
    """One title size per layout across the deck (two at most), keyed by (role, title), and
    the keys known to fit at their size.

    The size is the largest that fits every title of the layout; when a few long
    titles would pull every slide down, they get a second, smaller size (or a
    short headline at the smallest) and the rest keep the larger one. Section
    dividers take the deck's sizes rather than their layout's own (see
    :func:`_divider_sizes`).

    A title given a size no larger than its own largest fits there (fitting is monotonic in
    size, see ``fit.title_size``): the slide need not measure it again (cProfile on recs-400:
    one ``title_fits`` a slide, 2,275 of 12,224).
    """
    by_layout: dict[int, list[tuple[str, str]]] = {}
    dividers: list[tuple[str, str]] = []
    for draft in drafts:
        role = role_of(draft)
        if role == "section":
            dividers.append((role, draft.title))
        elif role != "title":
            by_layout.setdefault(geometry.layout_for(role).layout_index, []).append(
                (role, draft.title)
            )
    sizes: dict[TitleKey, float] = {}
    fitting: set[TitleKey] = set()
    for keys in by_layout.values():
        box = geometry.layout_for(keys[0][0]).title
        style, (width, height) = _title_style(box), box.inner_pt()
        fits = {key: title_size(key[1], style, width, height) for key in keys}
        everyone = min((s or style.min_pt) for s in fits.values())
        ranked = sorted((s or style.min_pt) for s in fits.values())
        larger = ranked[int(len(ranked) * (1 - TITLE_SIZE_SHARE))]
        for key, fit in fits.items():
            if larger > everyone and fit >= larger:
                sizes[key] = larger
            else:
                sizes[key] = everyone
            if fit >= sizes[key] > 0:
                fitting.add(key)
    if dividers:
        sizes.update(_divider_sizes(dividers, geometry, sorted(set(sizes.values()), reverse=True)))
    return sizes, fitting


def _divider_sizes(
    dividers: list[tuple[str, str]], geometry: TemplateGeometry, deck: list[float]
) -> dict[tuple[str, str], float]:
    """Divider titles in the sizes the deck's other titles have, so sizes never jump.

    A section layout's own title size (40 pt on ``minimal`` against 36 pt
    content titles, 60 against 44 elsewhere) added one or two sizes to a deck
    whose content titles already had two. A divider takes the largest of the
    deck's sizes its title fits at in the section layout's box, larger than
    that box's own size if it fits there; only a title that fits at none of
    them gets a size of its own (one for every such divider).
    """
    box = geometry.layout_for("section").title
    own, (width, height) = _title_style(box), box.inner_pt()
    style = replace(own, size_pt=max([own.size_pt, *deck]))
    sizes: dict[tuple[str, str], float] = {}
    strays: list[tuple[str, str]] = []
    for key in dividers:
        fit = next((s for s in deck if title_fits(key[1], style, width, height, s)), 0.0)
        if fit:
            sizes[key] = fit
        else:
            strays.append(key)
    if strays:
        alone = min((title_size(k[1], own, width, height) or own.min_pt) for k in strays)
        sizes.update((key, alone) for key in strays)
    return sizes


def slides_for_item(briefing: Briefing, geometry: TemplateGeometry, item_id: str):
    """The slides a section or recommendation becomes (continuations included), for the preview."""
    return [s for s in plan_deck(briefing, geometry).slides if s.item_id == item_id]


def _font_warnings(geometry: TemplateGeometry) -> list[str]:
    fonts = {geometry.content_layout.title.font, geometry.content_layout.body.font}
    unknown = sorted(f or "(unnamed)" for f in fonts if not metrics_for(f)[1])
    if not unknown:
        return []
    return [
        f"Font {', '.join(unknown)} is not on this computer and has no metric-compatible twin; "
        "text was measured with an estimate of its width, so it fits but may break lines "
        "slightly differently where the font is installed."
    ]


Layouts = tuple[LayoutGeometry, LayoutGeometry]  # -- (title, content): all that fitting reads --


def _layout(layouts: Layouts, name: str) -> LayoutGeometry:
    return layouts[0] if name == "title" else layouts[1]


def _style(box: BoxStyle, *, floor: float, ratio: float) -> TextStyle:
    """The template's size, shrinkable to ``ratio`` of it but never below ``floor`` points."""
    # -- a template's oversized body (44 pt) may shrink to a readable 20 pt before text spills --
    lowest = max(floor, min(round(box.size_pt * ratio), floor + SHRINK_ROOM))
    return TextStyle(
        font=box.font,
        size_pt=box.size_pt,
        min_pt=min(lowest, box.size_pt),
        indent_pt=box.indent_pt,
        bold=box.bold,
        caps=box.caps,
    )


def _body_style(box: BoxStyle, *, ratio: float = BODY_SHRINK) -> TextStyle:
    return _style(box, floor=MIN_BODY_PT, ratio=ratio)


def _dense(box: BoxStyle) -> TextStyle:
    """The smallest allowed body size: continuation slides are set at it, so there are fewest."""
    style = _body_style(box)
    return replace(style, size_pt=style.min_pt)


@functools.lru_cache(maxsize=FIT_CACHE_SIZE)
def _fit_draft(draft: Draft, layouts: Layouts, title_pt: float, role: str, *, fits: bool = False
               ) -> tuple[tuple[PlannedSlide, ...], tuple[str, ...]]:  # fmt: skip
    """The draft's slides and warnings; remembered, as the preview re-plans on every edit.

    ``fits``: the title is known to fit at ``title_pt`` (see :func:`title_sizes`).
    """
    warnings: list[str] = []
    layout = _layout(layouts, draft.layout)
    if draft.layout == "title":
        title = _fit_title(draft.title, layout.title, max_lines=MAX_COVER_LINES)
        if title.overflow:  # -- the deck's own title is shrunk further rather than cut --
            width, height = layout.title.inner_pt()
            style = replace(
                _title_style(layout.title, max_lines=MAX_COVER_LINES), min_pt=COVER_MIN_PT
            )
            title = fit_title(draft.title, style, width, height)
    elif fits and title_pt:
        title = FittedTitle(title_pt, draft.title)
    else:
        title = _fit_at_deck_size(draft.title, layout.title, title_pt)
    paras = list(draft.paragraphs)
    if draft.table:  # -- the table where the body goes, or no slide when it does not fit --
        size = table_size(draft.table, layout.body.box)
        slide = _slide(draft, draft.layout, title.text, title.size_pt, (), size or 0, role=role)
        return ((replace(slide, table=draft.table),) if size else ()), tuple(warnings)
    if title.overflow and draft.fallback_title:
        title = replace(
            _fit_at_deck_size(draft.fallback_title, layout.title, title_pt), overflow=""
        )
    if title.overflow:
        warnings.append(f"Title {draft.title[:40]!r}… is too long for its box; shortened.")
        paras = _open_with(title.overflow, paras)
    if draft.layout == "title":
        return (_title_slide(draft, layout, title, paras),), tuple(warnings)
    if role == "section":
        return (_divider_slide(draft, layout, title, paras),), tuple(warnings)
    return tuple(_slides(draft, layouts, title, paras, role)), tuple(warnings)


def _fit_at_deck_size(text: str, box: BoxStyle, title_pt: float) -> FittedTitle:
    """``text`` at the deck's title size when it has one (else at its own best size)."""
    if not title_pt:
        return _fit_title(text, box)
    width, height = box.inner_pt()
    return fit_title_at(text, _title_style(box), width, height, title_pt)


def _open_with(sentence: str, paras: list[Para]) -> list[Para]:
    """The full sentence opens the body, once: a first bullet saying the same (or less) is dropped,
    and a first bullet that starts with the whole sentence stands for it."""
    key = _plain(sentence)
    if paras and key and key in _plain(paras[0].text):
        return paras  # -- the first bullet already says it, and more --
    rest = [
        p for i, p in enumerate(paras) if i > 0 or not (_plain(p.text) and _plain(p.text) in key)
    ]
    return [Para(sentence, bullet=False, bold=True, keep_with_next=True), *rest]


def _plain(text: str) -> str:
    return " ".join(text.casefold().strip().rstrip(".").split())


def _title_slide(draft: Draft, layout: LayoutGeometry, title: FittedTitle,
                 paras: list[Para]) -> PlannedSlide:  # fmt: skip
    """The title slide is one slide: its subtitle shrinks to the floor, then is cut, never continued."""
    width, height = layout.body.inner_pt()
    style = _body_style(layout.body, ratio=0.0)
    size = best_size(paras, style, width, height) if paras else style.size_pt
    while paras and not size:
        paras = _shorter(paras)
        size = best_size(paras, style, width, height) if paras else style.size_pt
    return _slide(draft, "title", title.text, title.size_pt, paras, size, role="title")


DIVIDER_LIST_RATIO = 0.75  # -- a divider's list of subsections at most ¾ of its title's size --


def _divider_slide(draft: Draft, layout: LayoutGeometry, title: FittedTitle,
                   paras: list[Para]) -> PlannedSlide:  # fmt: skip
    """A divider is one slide: a "(cont.)" divider divides nothing. Its list of
    subsections shrinks like any body, then keeps as many as fit and says how
    many more follow. The list never outsizes the title it sits under (a template
    whose section body is 28 pt under a 24 pt deck title read upside down)."""
    width, height = layout.body.inner_pt()
    style = _body_style(layout.body)
    largest = round(title.size_pt * DIVIDER_LIST_RATIO)
    if style.size_pt > largest:
        style = replace(style, size_pt=largest, min_pt=min(style.min_pt, largest))

    def listed(keep: int) -> list[Para]:
        if keep >= len(paras):
            return list(paras)
        more = Para(f"… and {len(paras) - keep} more", bullet=False)
        return [*paras[:keep], more]

    def size_for(keep: int) -> float:
        shown = listed(keep)
        return best_size(shown, style, width, height) if shown else style.size_pt

    keep = len(paras)
    if not size_for(keep):  # -- the most that fit: fewer lines never fit worse --
        low, high = 0, len(paras) - 1
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if size_for(middle) else (low, middle - 1)
        keep = low
    size = size_for(keep) or style.min_pt
    shown = listed(keep) if size_for(keep) else []
    return _slide(draft, draft.layout, title.text, title.size_pt, shown, size, role="section")


def _shorter(paras: list[Para]) -> list[Para]:
    """The paragraphs with the longest one cut by a fifth at a word (ending "…"), or dropped."""
    longest = max(range(len(paras)), key=lambda i: len(paras[i].text))
    words = paras[longest].text.rstrip(" …").split()
    keep = int(len(words) * 0.8)
    if keep < 3:
        return paras[:longest] + paras[longest + 1 :]
    cut = replace(paras[longest], text=" ".join(words[:keep]).rstrip(",;:") + " …")
    return [*paras[:longest], cut, *paras[longest + 1 :]]


def _slides(draft: Draft, layouts: Layouts, title: FittedTitle, paras: list[Para],
            role: str) -> list[PlannedSlide]:  # fmt: skip
    layout = _layout(layouts, draft.layout)
    width, height = layout.body.inner_pt()
    style = _body_style(layout.body)
    size = best_size(paras, style, width, height) if paras else style.size_pt
    if size:
        return [_slide(draft, draft.layout, title.text, title.size_pt, paras, size, role=role)]
    dense = _dense(layout.body)
    pages = paginate(paras, dense, width, height)
    # -- rather than spill onto one more slide (or leave a line or two alone), shrink slightly --
    for smaller in (dense.size_pt - 1, dense.size_pt - 2):
        if len(pages) < 2 or smaller < MIN_SHRUNK_PT:
            break
        tighter = paginate(paras, replace(dense, size_pt=smaller), width, height)
        thin = is_thin(pages[-1], dense, width)
        if len(tighter) < len(pages) or (thin and not is_thin(tighter[-1], dense, width)):
            pages, dense = tighter, replace(dense, size_pt=smaller)
    first, *rest = pages
    slides = [
        _slide(draft, draft.layout, title.text, title.size_pt, first, dense.size_pt, role=role)
    ]
    for n, page in enumerate(rest, start=1):
        cont = _continued_title(title, layout.title, n)
        slides.append(
            _slide(draft, "content", cont, title.size_pt, page, dense.size_pt, n, role=role)
        )
    return slides


MIN_SHRUNK_PT = 12.0  # -- the least a body is shrunk to, to keep a last line or two on its slide --


def _continued_title(title: FittedTitle, box: BoxStyle, n: int) -> str:
    """ "Title (cont.)" at the title's own size; the title is shortened to make room, never cut mid-word."""
    width, height = box.inner_pt()
    style = _title_style(box)
    full = deck_content.continued(title.text, n)
    if title_fits(full, style, width, height, title.size_pt):
        return full
    suffix = deck_content.continued("", n).strip()
    room = headline(title.text + " " + suffix, style, width, height, title.size_pt)
    words = room.split()
    while words and not title_fits(
        " ".join(words) + " " + suffix, style, width, height, title.size_pt
    ):
        words.pop()
    return (" ".join(words) + " " + suffix).strip()


MAX_TITLE_LINES = 2  # -- a slide title is a headline, not a paragraph … --
MAX_COVER_LINES = 4  # -- … the deck's own title on the title slide may run longer --
COVER_MIN_PT = 18.0


def _title_style(box: BoxStyle, *, max_lines: int = MAX_TITLE_LINES) -> TextStyle:
    style = _style(box, floor=MIN_TITLE_PT, ratio=TITLE_SHRINK)
    return replace(style, space_before=0.0, max_lines=max_lines)


def _fit_title(text: str, box: BoxStyle, *, max_lines: int = MAX_TITLE_LINES) -> FittedTitle:
    width, height = box.inner_pt()
    return fit_title(text, _title_style(box, max_lines=max_lines), width, height)


def _slide(draft: Draft, layout: str, title, title_size, paras, size, continued=0, *,
           role: str = "content") -> PlannedSlide:  # fmt: skip
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
        role=role,
    )


def _notes(draft: Draft, continued: int) -> str:
    """The draft's notes; long ones stay on the first slide, continuations point back to it."""
    if not continued or len(draft.notes) <= CONTINUED_NOTES_MAX:
        return draft.notes
    return f"Continued from “{draft.title}”: the notes are on its first slide."
