"""What the memo says, decided once from a Briefing and independent of any template.

``build_plan`` resolves the header defaults, the bottom line, the picked
sections and recommendations in the user's order (with their edited titles and
summaries), key figures from the picked text, the source citation and the
annex. The PDF writer (``memo.py``) and the GUI's memo preview both read a
:class:`MemoPlan`; all its text is sanitised and NFC-normalised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing_app import __version__
from briefing_app.core.article import Recommendation, Section
from briefing_app.core.briefing import Briefing
from briefing_app.core.document import Row, tables_by_span
from briefing_app.core.scripts import is_rtl
from briefing_app.core.selection import (
    edited_parts,
    empty_heading,
    shown_footnotes,
    shown_key_figures,
    shown_links,
    shown_paragraphs,
)
from briefing_app.core.summarize import without_list_link
from briefing_app.core.text import clean_spaces, sanitize, split_sentences

DEFAULT_TO = "The Principal"
DEFAULT_SENDER = "Policy Staff"
CREATOR = f"Briefing Builder {__version__}"
LANGUAGE = "en"
MAX_TITLE_WORDS = 35
CONTEXT_CHARS = 280  # -- a table cell must stay far shorter than a page --
_NUMBER_WORDS = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
]


@dataclass(frozen=True)
class HeaderPlan:
    """The memo header with every default filled in; ``through`` may stay empty."""

    to: str
    through: str
    sender: str
    date: dt.date | None  # None when the user typed a date that is not ISO
    date_text: str  # what the user typed, or the ISO date
    subject: str
    classification: str


@dataclass(frozen=True)
class PlanItem:
    """A picked section or recommendation as the memo shows it."""

    item_id: str
    number: int  # 1-based position among picked items of its kind
    title: str
    summary: str
    bullets: tuple[str, ...]  # the deck's bullets, as the user edited them
    paragraphs: tuple[str, ...]  # full text, for the annex
    paragraph_numbers: tuple[int, ...]  # "¶ 4–6" source references
    level: int = 1  # outline depth of a section (1 = top); recommendations are 1
    edited: bool = False  # the user wrote or changed the printed title, summary or bullets
    tables: tuple[tuple[Row, ...], ...] = ()  # per paragraph: its rows when it is a table, else ()
    notes: tuple[tuple[str, str], ...] = ()  # (label, text) of footnotes called from the text


@dataclass(frozen=True)
class FigurePlan:
    figure: str
    context: str


@dataclass(frozen=True)
class Citation:
    author: str
    title: str
    publication: str
    date: str
    bio: str
    links: tuple[tuple[str, str], ...] = ()  # (words, address) of links in the picked text


@dataclass(frozen=True)
class MemoPlan:
    """Template-agnostic memo content; blocks with no content are simply empty."""

    header: HeaderPlan
    bottom_line: str
    background: tuple[PlanItem, ...]
    recommendations: tuple[PlanItem, ...]
    key_figures: tuple[FigurePlan, ...]
    citation: Citation
    annex: tuple[PlanItem, ...]
    article_title: str


def build_plan(briefing: Briefing, *, today: dt.date | None = None) -> MemoPlan:
    """The memo's content for ``briefing``; ``today`` fills an empty header date."""
    tables = tables_by_span(briefing.article.source)
    shown = [s for s in briefing.picked_sections() if not empty_heading(briefing, s)]
    sections = [_item(briefing, s, n, tables) for n, s in enumerate(shown, 1)]
    recs = [
        _item(briefing, r, n, tables) for n, r in enumerate(briefing.picked_recommendations(), 1)
    ]
    return MemoPlan(
        header=_header(briefing, today or dt.date.today()),
        bottom_line=_clean(briefing.header.bottom_line) or _bottom_line(briefing, len(recs)),
        background=tuple(sections),
        recommendations=tuple(recs),
        key_figures=_key_figures(briefing),
        citation=_citation(briefing),
        annex=_annex(briefing, sections, recs),
        article_title=_clean(briefing.article.title),
    )


def _clean(text: str | None) -> str:
    return clean_spaces(sanitize(text or ""))


def _item(
    briefing: Briefing,
    item: Section | Recommendation,
    number: int,
    tables: dict[tuple[int, int], tuple[Row, ...]] | None = None,
) -> PlanItem:
    """The item as printed; paragraphs of recommendations the user unticked are left out."""
    shown = shown_paragraphs(briefing, item)
    return PlanItem(
        item_id=item.id,
        number=number,
        title=_title(briefing, item),
        summary=_clean(briefing.summary_of(item.id)),
        bullets=tuple(b for b in (_clean(x) for x in briefing.bullets_of(item.id)) if b),
        paragraphs=tuple(_clean(item.paragraphs[i]) for i in shown),
        paragraph_numbers=tuple(item.paragraph_numbers[i] for i in shown),
        level=item.level if isinstance(item, Section) else 1,
        edited=bool(edited_parts(briefing, item.id)),
        tables=tuple(tables.get(item.spans[i], ()) for i in shown) if tables else (),
        notes=tuple((n.label, _clean(n.text)) for n in shown_footnotes(briefing, item)),
    )


def _title(briefing: Briefing, item: Section | Recommendation) -> str:
    """The item's title; an automatic headline cut mid-sentence becomes its whole sentence.

    Slides need short headlines, but a memo has room for the full thesis, and a
    headline stopping at "… in" reads as a mistake. Too long a sentence keeps
    the headline with "…". A title the user typed is never touched.
    """
    title = _clean(briefing.title_of(item.id))
    if not isinstance(item, Recommendation) or briefing.edit_of(item.id).title is not None:
        return title
    text = _clean(item.text)
    if item.marker and text.startswith(item.marker):
        text = text[len(item.marker) :].lstrip()
    spans = split_sentences(text)
    sentence = without_list_link(text[spans[0][0] : spans[0][1]] if spans else text)
    if not sentence.casefold().startswith(title.casefold()) or len(sentence) <= len(title) + 1:
        return title
    if len(sentence.split()) > MAX_TITLE_WORDS:
        return title.rstrip(" ,;:") + "…"
    return sentence[:1].upper() + sentence[1:]


def _header(briefing: Briefing, today: dt.date) -> HeaderPlan:
    header = briefing.header
    typed = _clean(header.date)
    try:
        date = dt.date.fromisoformat(typed) if typed else today
    except ValueError:
        date = None
    return HeaderPlan(
        to=_clean(header.to) or DEFAULT_TO,
        through=_clean(header.through),
        sender=_clean(header.sender) or DEFAULT_SENDER,
        date=date,
        date_text=typed or today.isoformat(),
        subject=_clean(header.subject) or _clean(briefing.article.title),
        classification=_clean(header.classification),
    )


def _bottom_line(briefing: Briefing, picked_recommendations: int) -> str:
    """The standfirst (or the first picked summary) and how many recommendations follow."""
    article = briefing.article
    picked = briefing.picked_sections()
    lead = _clean(article.standfirst) or (
        _clean(briefing.summary_of(picked[0].id)) if picked else ""
    )
    total = len(article.recommendations)
    if not total:
        return lead
    count = _NUMBER_WORDS[total] if total < len(_NUMBER_WORDS) else str(total)
    noun = "recommendation" if total == 1 else "recommendations"
    if picked_recommendations == total:
        shown = "all of them are set out below" if total > 1 else "it is set out below"
    elif picked_recommendations == 0:
        shown = "none of them is included in this memo"
    else:
        verb = "is" if picked_recommendations == 1 else "are"
        shown = f"{picked_recommendations} of them {verb} set out below"
    # -- after right-to-left text the English sentence is a paragraph of its own: in one
    # -- right-to-left paragraph it wrapped in bidi order, its stop on the wrong side --
    between = "\n" if is_rtl(lead) else " "
    # -- a standfirst without its stop (a subtitle line) must not run into the count sentence --
    if lead and lead[-1].isalnum() and ord(lead[-1]) < 0x2000:
        lead += "."
    return f"{lead}{between}The article makes {count} {noun}; {shown}.".strip()


def _key_figures(briefing: Briefing) -> tuple[FigurePlan, ...]:
    """Key figures of the ticked text, context clipped to a table cell's size."""
    return tuple(
        FigurePlan(
            figure=_clip(_clean(k.text), 60), context=_clip(_clean(k.context), CONTEXT_CHARS)
        )
        for k in shown_key_figures(briefing)
    )


def _clip(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def _citation(briefing: Briefing) -> Citation:
    article = briefing.article
    picked: list[Section | Recommendation] = [
        *briefing.picked_sections(),
        *briefing.picked_recommendations(),
    ]
    return Citation(
        author=_clean(article.author),
        title=_clean(article.title),
        publication=_clean(article.publication),
        date=_clean(article.date),
        bio=_clean(article.author_bio),
        links=tuple(
            {
                link.url: (_clean(link.text), _clean(link.url))
                for item in picked
                for link in shown_links(briefing, item)
            }.values()
        ),
    )


def _annex(
    briefing: Briefing, sections: list[PlanItem], recs: list[PlanItem]
) -> tuple[PlanItem, ...]:
    """Full text of picked sections, plus picked recommendations whose section is not picked."""
    picked_sections = {s.item_id for s in sections}
    article = briefing.article
    return tuple(sections) + tuple(
        r
        for r in recs
        if not (
            isinstance(rec := article.item(r.item_id), Recommendation)
            and rec.section_id in picked_sections
        )
    )


def paragraph_reference(numbers: tuple[int, ...]) -> str:
    """ "¶ 4" or "¶ 4–6" (or "¶ 2, 5") for the source paragraphs of an item."""
    if not numbers:
        return ""
    ordered = sorted(numbers)
    if len(ordered) == 1:
        return f"¶ {ordered[0]}"
    if ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"¶ {ordered[0]}–{ordered[-1]}"
    return "¶ " + ", ".join(str(n) for n in ordered)
