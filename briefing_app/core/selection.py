"""Unticked means absent: which parts of the source text the user's picks leave in the outputs.

A section's paragraphs include the text of the recommendations made in it, and
key figures are found in the whole text. When the user unticks a
recommendation but keeps its section, nothing of that recommendation may
reach a slide, a note, a key figure, the memo's annex or a summary: these
helpers say which paragraphs, figures and summary sentences are still shown.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from briefing_app.core.article import KeyFigure, Recommendation, Section, Span
from briefing_app.core.document import Footnote, Link
from briefing_app.core.summarize import summarize

if TYPE_CHECKING:
    from briefing_app.core.briefing import Briefing

_M = TypeVar("_M", Link, Footnote)


def hidden_spans(briefing: Briefing, section: Section) -> list[Span]:
    """Spans of the recommendations made in ``section`` that the user left unticked."""
    return [
        span
        for rec in briefing.article.recommendations_in(section.id)
        if not briefing.is_picked(rec.id)
        for span in rec.spans
    ]


def _inside(spans: list[Span]) -> Callable[[int], bool]:
    """A test for "this offset lies in one of ``spans``" (non-overlapping), in log time."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]

    def contains(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset)
        return index > 0 and offset < ordered[index - 1][1]

    return contains


def shown_paragraphs(briefing: Briefing, item: Section | Recommendation) -> list[int]:
    """Indexes of the item's paragraphs that are not the text of an unticked recommendation."""
    if isinstance(item, Recommendation):
        return list(range(len(item.paragraphs)))
    hidden = _inside(hidden_spans(briefing, item))
    return [i for i, (start, _) in enumerate(item.spans) if not hidden(start)]


def empty_heading(briefing: Briefing, section: Section) -> bool:
    """Whether a ticked section is a heading with nothing under it to show.

    A report may print a heading with no text ("National Perspective" straight
    before "International Perspective"). On a slide it is a title over an empty
    box and in the memo a name followed by nothing; the outline keeps it, the
    outputs leave it out. What the user wrote for it, and ticked sections
    under it, make it show.
    """
    if section.paragraphs or briefing.summary_of(section.id) or briefing.bullets_of(section.id):
        return False
    return not any(briefing.is_picked(d.id) for d in briefing.article.descendants_of(section.id))


def shown_links(briefing: Briefing, item: Section | Recommendation) -> list[Link]:
    """Links in the item's shown paragraphs, in reading order, each address once."""
    found = _in_shown(briefing, item, briefing.article.source.links)
    return list({link.url: link for link in reversed(found)}.values())[::-1]


def shown_footnotes(briefing: Briefing, item: Section | Recommendation) -> list[Footnote]:
    """Footnotes called from the item's shown paragraphs, each once."""
    found = _in_shown(briefing, item, briefing.article.source.footnotes)
    return list({note.label: note for note in reversed(found)}.values())[::-1]


def _in_shown(
    briefing: Briefing, item: Section | Recommendation, marks: tuple[_M, ...]
) -> list[_M]:
    """The marks inside the item's shown paragraphs, in reading order, found by bisection:
    the deck and memo ask once per item, and a long report has thousands of links."""
    if not marks:
        return []
    cached = _SORTED[0] if _SORTED else None  # -- one read: the preview plans on a thread
    if cached is None or cached[0] is not marks:
        ordered = sorted(marks, key=lambda m: m.start)
        cached = (marks, ordered, [m.start for m in ordered])
        _SORTED[:] = [cached]
    _, ordered, starts = cached
    found: list[_M] = []
    for i in shown_paragraphs(briefing, item):
        start, end = item.spans[i]
        n = bisect.bisect_left(starts, start)
        while n < len(ordered) and ordered[n].start < end:
            found.append(ordered[n])
            n += 1
    return found


_SORTED: list = []  # -- [(marks, sorted by start, their starts)] for the last marks asked about


def shown_key_figures(briefing: Briefing) -> list[KeyFigure]:
    """Key figures whose sentence is in ticked text.

    That is: in a ticked recommendation, or in a ticked section outside its unticked
    recommendations. Figures in no item (the standfirst's) stay: the title slide shows
    that text anyway.
    """
    article = briefing.article
    picked = briefing.picked
    rec_spans: dict[bool, list[Span]] = {True: [], False: []}
    for rec in article.recommendations:
        rec_spans[rec.id in picked] += rec.spans
    unpicked_sections = [s for x in article.sections if x.id not in picked for s in x.spans]
    in_ticked_rec, in_unticked_rec = _inside(rec_spans[True]), _inside(rec_spans[False])
    in_unticked_section = _inside(unpicked_sections)

    def shown(offset: int) -> bool:
        if in_ticked_rec(offset):
            return True
        return not in_unticked_rec(offset) and not in_unticked_section(offset)

    return [figure for figure in article.key_figures if shown(figure.start)]


def shown_summary(briefing: Briefing, section: Section) -> str:
    """The automatic summary of ``section``, re-made without unticked recommendations' text.

    Most picks leave the summary as detected; only when one of its sentences
    comes from an unticked recommendation is the section summarised again from
    the paragraphs that are still shown.
    """
    hidden = _inside(hidden_spans(briefing, section))
    if not any(hidden(start) for start, _ in section.summary_spans):
        return section.summary

    markers = {
        span[0]: rec.marker
        for rec in briefing.article.recommendations_in(section.id)
        for span in rec.spans[:1]
    }
    passages: list[tuple[str, int]] = []
    demote: list[int] = []
    for index in shown_paragraphs(briefing, section):
        text, start = section.paragraphs[index], section.spans[index][0]
        if (
            start in markers
        ):  # -- a ticked recommendation: its words only if little else is there --
            demote.append(len(passages))
            rest = text[len(markers[start]) :].lstrip() if text.startswith(markers[start]) else text
            text, start = rest, start + len(text) - len(rest)
        passages.append((text[:1].upper() + text[1:], start))
    summary, _ = summarize(passages, demote=demote)
    return summary


def edited_parts(briefing: Briefing, item_id: str) -> list[str]:
    """What of an item's printed text the user wrote: "title", "summary" (bullets count)."""
    edit = briefing.edit_of(item_id)
    parts = ["title"] if edit.title is not None else []
    if edit.summary is not None or edit.bullets is not None:
        parts.append("summary")
    return parts


def recommendation_numbers(briefing: Briefing) -> dict[str, int]:
    """The number each ticked recommendation carries in deck and memo: its place among the
    ticked ones in the user's order (unticked ones have none). The app shows the same."""
    return {rec.id: n for n, rec in enumerate(briefing.picked_recommendations(), start=1)}
