"""One small function per memo block: MemoPlan content in, reportlab flowables out.

All text reaches ``Paragraph`` through :meth:`FontChain.markup`, which escapes
it and picks a font per character; only this module writes markup tags.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tables import TableStyle

from briefing_app.core.text import split_sentences
from briefing_app.export.fonts import FontChain, chain
from briefing_app.export.memo_plan import MemoPlan, PlanItem, paragraph_reference
from briefing_app.export.memo_template import MemoTemplate

RULE = 0.6  # points


@dataclass
class Context:
    """What every block function needs; ``anchors`` records the page each bookmark landed on."""

    plan: MemoPlan
    template: MemoTemplate
    width: float  # frame width in points
    warnings: list[str] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.fonts: FontChain = chain(self.template.font_family)
        self.styles = stylesheet(self.template, self.fonts)

    def m(self, text: str, *, bold: bool = False, italic: bool = False, colour: str = "") -> str:
        """Escaped, font-resolved markup for plain text, optionally coloured."""
        markup = self.fonts.markup(text, bold=bold, italic=italic)
        return f'<font color="{colour}">{markup}</font>' if colour and markup else markup


def stylesheet(template: MemoTemplate, fonts: FontChain) -> dict[str, ParagraphStyle]:
    """The memo's named paragraph styles, all derived from the template's sizes and colours."""
    size = template.body_size
    base = ParagraphStyle(
        "body",
        fontName=fonts.font_name(),
        fontSize=size,
        leading=size * 1.3,
        textColor=colors.HexColor(template.text_colour),
        spaceAfter=size * 0.5,
    )
    bold = fonts.font_name(bold=True)
    accent = colors.HexColor(template.accent_colour)
    heading = template.heading_size
    hanging = dict(leftIndent=7 * mm, bulletIndent=0, bulletFontName=bold, bulletFontSize=size)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", base, fontSize=template.title_size, leading=template.title_size * 1.25,
            textColor=accent, spaceAfter=size * 0.8,
        ),
        "heading": ParagraphStyle(
            "heading", base, fontSize=heading, leading=heading * 1.3, textColor=accent,
            spaceBefore=size * 0.9, spaceAfter=size * 0.35, keepWithNext=1,
        ),
        "subheading": ParagraphStyle(
            "subheading", base, spaceBefore=size * 0.6, spaceAfter=size * 0.3, keepWithNext=1,
        ),
        "field": ParagraphStyle("field", base, spaceAfter=size * 0.25, bulletFontName=bold),
        "item": ParagraphStyle("item", base, spaceAfter=size * 0.2, keepWithNext=1, **hanging),
        "item_body": ParagraphStyle("item_body", base, leftIndent=7 * mm),
        "decision": ParagraphStyle("decision", base, leftIndent=7 * mm, spaceBefore=size * 0.4),
        "small": ParagraphStyle("small", base, fontSize=size * 0.82, leading=size * 1.05),
        "cell": ParagraphStyle("cell", base, fontSize=size * 0.9, leading=size * 1.15, spaceAfter=0),
        "marking": ParagraphStyle("marking", base, fontSize=9, leading=11, alignment=TA_CENTER),
        "running": ParagraphStyle("running", base, fontSize=8.5, leading=10.5, spaceAfter=0),
    }  # fmt: skip


class Anchor(Flowable):
    """A zero-size mark: a bookmark and outline entry for what follows it, on its page."""

    def __init__(self, context: Context, key: str, title: str, level: int) -> None:
        super().__init__()
        self.context, self.key, self.title, self.level = context, key, title, level
        self.keepWithNext = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, self.context.styles["heading"].fontSize * 2)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        self.context.anchors[self.key] = self.canv.getPageNumber()


def _heading(ctx: Context, block: str) -> list[Flowable]:
    title = ctx.template.title_of(block)
    return [Anchor(ctx, block, title, 0), Paragraph(ctx.m(title, bold=True), ctx.styles["heading"])]


def _reference(ctx: Context, item: PlanItem) -> str:
    ref = paragraph_reference(item.paragraph_numbers)
    return " " + ctx.m(f"({ref})", colour=ctx.template.muted_colour) if ref else ""


# -- blocks --------------------------------------------------------------------


def header_block(ctx: Context) -> list[Flowable]:
    """Memo title line, then TO / THROUGH / FROM / DATE / SUBJECT with hanging labels."""
    plan, tpl = ctx.plan.header, ctx.template
    rows = [
        (tpl.to_label, plan.to),
        (tpl.through_label, plan.through),
        (tpl.from_label, plan.sender),
    ]
    rows += [(tpl.date_label, format_date(plan.date, plan.date_text, tpl.date_style))]
    rows += [(tpl.subject_label, plan.subject)]
    rows = [(label, value) for label, value in rows if value]
    labels = [f"{label}:" for label, _ in rows]
    indent = max(ctx.fonts.width(x, tpl.body_size, bold=True) for x in labels) + 4 * mm
    style = ParagraphStyle("field_hanging", ctx.styles["field"], leftIndent=indent)
    story: list[Flowable] = [Anchor(ctx, "header", tpl.heading or tpl.title, 0)]
    if tpl.heading:
        story.append(Paragraph(ctx.m(tpl.heading, bold=True), ctx.styles["title"]))
    for label, (_, value) in zip(labels, rows, strict=True):
        bullet = f"<bullet>{ctx.m(label, bold=True)}</bullet>"
        story.append(Paragraph(bullet + ctx.m(value, bold=label == labels[-1]), style))
    accent = colors.HexColor(tpl.accent_colour)
    return [*story, HRFlowable(width="100%", thickness=RULE, color=accent, spaceBefore=2 * mm)]


def bottom_line_block(ctx: Context) -> list[Flowable]:
    """The BLUF, cut to the template's line limit with a warning when it runs over."""
    text = ctx.plan.bottom_line
    if not text:
        return []
    limit = ctx.template.bottom_line_lines
    fitted = fit_lines(text, lambda t: _line_count(ctx, t), limit)
    if fitted != text:
        ctx.warnings.append(f"the bottom line was cut to {limit} lines (the template's limit)")
    return [*_heading(ctx, "bottom_line"), *paragraphs(ctx, fitted, ctx.styles["body"])]


def background_block(ctx: Context) -> list[Flowable]:
    """Each picked section: its title as a bold lead-in, then its summary."""
    items = ctx.plan.background
    if not items:
        return []
    story = _heading(ctx, "background")
    for item in items:
        story.append(Anchor(ctx, item.item_id, item.title, 1))
        lead = ctx.m(item.title + ".", bold=True) + " "
        story += paragraphs(
            ctx, item.summary, ctx.styles["body"], before=lead, after=_reference(ctx, item)
        )
    return story


def recommendations_block(ctx: Context) -> list[Flowable]:
    """Numbered recommendations: bold headline, summary, and a decision line if the template asks."""
    items = ctx.plan.recommendations
    if not items:
        return []
    story = _heading(ctx, "recommendations")
    for item in items:
        story.append(Anchor(ctx, item.item_id, f"{item.number}. {item.title}", 1))
        bullet = f"<bullet>{ctx.m(f'{item.number}.', bold=True)}</bullet>"
        summary = item.summary if ctx.template.recommendation_summaries else ""
        lead, rest = split_lead(item.title, summary)
        reference = _reference(ctx, item)
        if rest and lead != item.title:  # -- the summary restates the headline: say it once --
            before = bullet + ctx.m(lead, bold=True)
            story += paragraphs(ctx, rest, ctx.styles["item"], before=before, after=reference)
        elif rest:
            story += paragraphs(ctx, lead, ctx.styles["item"], before=bullet, bold=True)
            story += paragraphs(ctx, rest, ctx.styles["item_body"], after=reference)
        else:
            story += paragraphs(
                ctx, lead, ctx.styles["item"], before=bullet, after=reference, bold=True
            )
        story += _decision_line(ctx)
    return story


def split_lead(title: str, summary: str) -> tuple[str, str]:
    """(bold lead, rest): the summary's own words when it opens with the title, else both whole."""
    if summary.casefold().startswith(title.rstrip(".").casefold()):
        cut = len(title.rstrip("."))
        cut += summary[cut : cut + 1] in (".", "!", "?")
        return summary[:cut], summary[cut:]
    return title, summary


def _decision_line(ctx: Context) -> list[Flowable]:
    options = ctx.template.decision_options
    if not options:
        return []
    blank = "\u00a0" + "_" * 10
    line = "\u2003 ".join(ctx.m(option + blank) for option in options)
    return [Paragraph(line, ctx.styles["decision"])]


def key_figures_block(ctx: Context) -> list[Flowable]:
    """A two-column table of the figures found in the picked text (rows split across pages)."""
    figures = ctx.plan.key_figures[: ctx.template.key_figures_max]
    if not figures:
        return []
    cell = ctx.styles["cell"]
    rows = [[Paragraph(ctx.m(t, bold=True), cell) for t in ("Figure", "In the source")]]
    rows += [
        [Paragraph(ctx.m(f.figure, bold=True), cell), Paragraph(ctx.m(f.context), cell)]
        for f in figures
    ]
    table = Table(rows, colWidths=[ctx.width * 0.22, ctx.width * 0.78], repeatRows=1)
    muted = colors.HexColor(ctx.template.muted_colour)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
                (
                    "LINEBELOW",
                    (0, 0),
                    (-1, 0),
                    RULE * 1.5,
                    colors.HexColor(ctx.template.accent_colour),
                ),
                ("LINEBELOW", (0, 1), (-1, -1), RULE / 2, muted),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [*_heading(ctx, "key_figures"), table, Spacer(1, 2 * mm)]


def source_block(ctx: Context) -> list[Flowable]:
    """The citation (author, title, publication, date) and the author's bio."""
    c = ctx.plan.citation
    parts = [ctx.m(c.author)] if c.author else []
    parts.append(ctx.m(f"“{c.title}”"))
    if c.publication:
        parts.append(ctx.m(c.publication, italic=True))
    if c.date:
        date = _iso_date(c.date)
        parts.append(ctx.m(format_date(date, c.date, ctx.template.date_style) if date else c.date))
    story = [*_heading(ctx, "source"), Paragraph(", ".join(parts) + ".", ctx.styles["body"])]
    if c.bio:
        story += paragraphs(ctx, c.bio, ctx.styles["small"], italic=True)
    note = "¶ numbers refer to paragraphs of the source article."
    story.append(Paragraph(ctx.m(note, colour=ctx.template.muted_colour), ctx.styles["small"]))
    return [KeepTogether(story)]  # -- a bio alone at the top of a page looks lost --


def annex_block(ctx: Context) -> list[Flowable]:
    """On a new page: the full text of every picked item, each paragraph with its ¶ number."""
    items = ctx.plan.annex
    if not items:
        return []
    story: list[Flowable] = [PageBreak(), *_heading(ctx, "annex")]
    muted = ctx.template.muted_colour
    for item in items:
        story.append(Anchor(ctx, f"annex-{item.item_id}", item.title, 1))
        story.append(Paragraph(ctx.m(item.title, bold=True), ctx.styles["subheading"]))
        for number, text in zip(item.paragraph_numbers, item.paragraphs, strict=False):
            mark = ctx.m(f"¶ {number}", colour=muted)
            story += paragraphs(ctx, text, ctx.styles["body"], before=f"{mark}\u2002")
    return story


BLOCKS: dict[str, Callable[[Context], list[Flowable]]] = {
    "header": header_block,
    "bottom_line": bottom_line_block,
    "background": background_block,
    "recommendations": recommendations_block,
    "key_figures": key_figures_block,
    "source": source_block,
    "annex": annex_block,
}


def story(ctx: Context) -> list[Flowable]:
    """All flowables of the memo, block by block in the template's order (fresh each call)."""
    return [flowable for block in ctx.template.blocks for flowable in BLOCKS[block](ctx)]


# -- helpers -------------------------------------------------------------------

CHUNK = 3000  # characters; a paragraph longer than two of these is laid out in pieces


def paragraphs(
    ctx: Context, text: str, style: ParagraphStyle, *, before: str = "", after: str = "",
    bold: bool = False, italic: bool = False,
) -> list[Paragraph]:  # fmt: skip
    """``before`` + text + ``after`` as one Paragraph, or as touching pieces when very long.

    reportlab re-breaks a split paragraph's whole remainder on every page, so
    one huge paragraph costs time quadratic in its length; pieces of ~3,000
    characters keep a long report linear, at the price of a line ending early
    where one piece meets the next.
    """
    pieces = chunks(text, CHUNK)
    out = []
    for n, piece in enumerate(pieces):
        first, last = n == 0, n == len(pieces) - 1
        piece_style = style if len(pieces) == 1 else ParagraphStyle(
            f"{style.name}-{n}", style, spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0, keepWithNext=getattr(style, "keepWithNext", 0) and last,
        )  # fmt: skip
        markup = ctx.m(piece, bold=bold, italic=italic)
        out.append(
            Paragraph((before if first else "") + markup + (after if last else ""), piece_style)
        )
    return out


def chunks(text: str, size: int) -> list[str]:
    """``text`` in pieces of about ``size`` characters, cut at sentence ends, else spaces."""
    if len(text) <= 2 * size:
        return [text]
    pieces, start = [], 0
    while len(text) - start > 2 * size:
        window = text[start : start + size]
        ends = [end for _, end in split_sentences(window)[:-1]]
        cut = ends[-1] if ends and ends[-1] > size // 2 else window.rfind(" ")
        cut = cut if cut > size // 4 else size
        pieces.append(text[start : start + cut].strip())
        start += cut
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _line_count(ctx: Context, text: str) -> int:
    paragraph = Paragraph(ctx.m(text), ctx.styles["body"])
    paragraph.wrap(ctx.width, 10**7)
    return len(paragraph.blPara.lines)


def fit_lines(text: str, count: Callable[[str], int], limit: int) -> str:
    """``text`` if it takes at most ``limit`` lines; else whole sentences that fit, or a cut + "…".

    Both searches are binary (more text never takes fewer lines), so a huge
    bottom line costs a few layouts, not one per sentence.
    """
    if count(text) <= limit:
        return text
    ends = [end for _, end in split_sentences(text)]
    fitting = _most(len(ends), lambda n: count(text[: ends[n - 1]]) <= limit)
    if fitting:
        return text[: ends[fitting - 1]]
    words = text.split()
    kept = max(1, _most(len(words), lambda n: count(" ".join(words[:n]) + "…") <= limit))
    return " ".join(words[:kept]).rstrip(" ,;:") + "…"


def _most(upper: int, fits: Callable[[int], bool]) -> int:
    """The largest n in 0..upper with ``fits(n)`` (0 if none), for a monotonic ``fits``."""
    low, high = 0, upper
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


MONTHS = "January February March April May June July August September October November December"


def format_date(date: dt.date | None, typed: str, style: str) -> str:
    """The header date as the template wants it; a date that is not ISO is shown as typed."""
    if date is None or style == "iso":
        return typed if date is None else date.isoformat()
    month = MONTHS.split()[date.month - 1]
    if style == "us":
        return f"{month} {date.day}, {date.year}"
    return f"{date.day} {month} {date.year}"
