"""One small function per memo block: MemoPlan content in, reportlab flowables out.

All text reaches ``Paragraph`` through :meth:`FontChain.markup`, which escapes
it and picks a font per character; only the memo modules write markup tags.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)
from reportlab.platypus.tables import TableStyle

from briefing_app.core.printed_date import format_date
from briefing_app.core.scripts import is_rtl
from briefing_app.core.text import SENTENCE_STOPS, says_the_same
from briefing_app.export.memo.plan import PlanItem, paragraph_reference
from briefing_app.export.memo.style import LEVELS, RULE, Context
from briefing_app.export.memo.table import grid
from briefing_app.export.memo.text import (
    CHUNK,
    MemoParagraph,
    fit_lines,
    iso_date,
    line_count,
    paragraphs,
    split_lead,
)


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
        title = self.title if len(self.title) <= 90 else self.title[:89].rstrip() + "…"
        self.canv.addOutlineEntry(title, self.key, level=self.level, closed=False)
        self.context.anchors[self.key] = self.canv.getPageNumber()


NBSP = "\u00a0"
CITED_TITLE_MAX = 1000  # -- characters of the title in the citation (the annex has it whole) --


def _heading(ctx: Context, block: str) -> list[Flowable]:
    title = ctx.template.title_of(block)
    return [
        Anchor(ctx, block, title, 0),
        MemoParagraph(ctx.m(title, bold=True), ctx.styles["heading"]),
    ]


def _reference(ctx: Context, item: PlanItem) -> str:
    """ "(¶ 8)", or "(edited; source ¶ 8)" when the user wrote or changed the item's text."""
    ref = paragraph_reference(item.paragraph_numbers).replace(" ", NBSP)  # -- never "¶" alone --
    if ref and item.edited:
        ref = f"edited; source{NBSP}{ref}"
    return " " + ctx.m(f"({ref})", colour=ctx.template.muted_colour) if ref else ""


# -- blocks --------------------------------------------------------------------


def header_block(ctx: Context) -> list[Flowable]:
    """Memo title line, then TO / THROUGH / FROM / DATE / SUBJECT with hanging labels."""
    plan, tpl = ctx.plan.header, ctx.template
    date = format_date(plan.date, plan.date_text, tpl.date_style)
    fields = [(tpl.to_label, plan.to), (tpl.through_label, plan.through)]
    fields += [(tpl.from_label, plan.sender), (tpl.date_label, date)]
    rows = [(f"{label}:", value, False) for label, value in fields if value]
    rows.append((f"{tpl.subject_label}:", plan.subject, True))  # -- the subject is in bold --
    indent = max(ctx.fonts.width(label, tpl.body_size, bold=True) for label, _, _ in rows)
    style = ParagraphStyle(
        "field_hanging", ctx.styles["field"], leftIndent=indent + 4 * mm, hanging_label=True
    )
    story: list[Flowable] = [Anchor(ctx, "header", tpl.heading or tpl.title, 0)]
    if tpl.heading:
        story.append(MemoParagraph(ctx.m(tpl.heading, bold=True), ctx.styles["title"]))
    for label, value, bold in rows:
        story += paragraphs(ctx, value, style, bullet=label, bold=bold)
    accent = colors.HexColor(tpl.accent_colour)
    return [*story, HRFlowable(width="100%", thickness=RULE, color=accent, spaceBefore=2 * mm)]


def bottom_line_block(ctx: Context) -> list[Flowable]:
    """The BLUF, cut to the template's line limit with a warning when it runs over."""
    text = ctx.plan.bottom_line
    if not text:
        return []
    limit = ctx.template.bottom_line_lines
    # -- a line break (the plan's, after right-to-left text) starts a paragraph --
    fitted = fit_lines(text, lambda t: sum(line_count(ctx, p) for p in t.split("\n")), limit)
    if fitted != text:
        ctx.warnings.append(f"the bottom line was cut to {limit} lines (the template's limit)")
    story = _heading(ctx, "bottom_line")
    for part in filter(None, (p.strip() for p in fitted.split("\n"))):
        story += paragraphs(ctx, part, ctx.styles["body"])
    return story


def background_block(ctx: Context) -> list[Flowable]:
    """Each picked section: its title as a bold lead-in, then its summary."""
    items = ctx.plan.background
    if not items:
        return []
    story = _heading(ctx, "background")
    for item, level in zip(items, outline_levels(items), strict=True):
        story.append(Anchor(ctx, item.item_id, item.title, level))
        style = ctx.styles[f"background_{min(level, LEVELS)}"]  # -- subsections step in --
        if len(item.title) > CHUNK:  # -- an absurd title is laid out in pieces of its own --
            story += paragraphs(ctx, _run_in(item.title), style, bold=True)
            lead = ""
        else:
            lead = ctx.m(_direction_mark(item.title, item.summary) + _run_in(item.title), bold=True)
            lead += " "
        story += paragraphs(ctx, item.summary, style, before=lead, after=_reference(ctx, item))
    return story


def _direction_mark(title: str, text: str) -> str:
    """A right-to-left mark before a left-to-right lead-in to right-to-left text.

    A paragraph reads in the direction of its first strong letter: the English
    "Introduction." of an Arabic lead section made the whole paragraph left to
    right, its label on the left and its "(¶ 1)" misplaced.
    """
    return "\u200f" if is_rtl(text) and not is_rtl(title) else ""


# -- a heading that already ends a sentence or leads on ("… to the police.", "Step 3:", "Why?")
_ENDS = tuple(SENTENCE_STOPS + ":;：")


def _run_in(title: str) -> str:
    """A section title as a run-in head: it ends with a stop, unless it has its own ending
    ("… norm:" took a second stop and read "norm:.")."""
    return title if title.rstrip().endswith(_ENDS) else f"{title}."


def recommendations_block(ctx: Context) -> list[Flowable]:
    """Numbered recommendations: bold headline, then summary or bullets, then a decision line."""
    items = ctx.plan.recommendations
    if not items:
        return []
    story = _heading(ctx, "recommendations")
    for item in items:
        anchor = Anchor(ctx, item.item_id, f"{item.number}. {item.title}", 1)
        decision = _decision_line(ctx)
        if decision:  # -- a decision line must never sit apart from what it decides --
            story.append(KeepTogether([anchor, *_recommendation(ctx, item), *decision]))
        else:
            story += [anchor, *_recommendation(ctx, item)]
    return story


def _recommendation(ctx: Context, item: PlanItem) -> list[Flowable]:
    body, styles = ctx.template.recommendation_body, ctx.styles
    bullet = f"{item.number}."
    reference = _reference(ctx, item)
    points = [p for p in item.bullets if not says_the_same(p, item.title)]
    if body == "bullets" and points:
        story = paragraphs(ctx, item.title, styles["item"], bullet=bullet, bold=True)
        for n, point in enumerate(points, 1):
            last = n == len(points)
            style = styles["point_last" if last else "point"]
            story += paragraphs(ctx, point, style, bullet="•", after=reference if last else "")
        return story
    lead, rest = split_lead(item.title, item.summary if body != "headline" else "")
    if rest and lead != item.title:  # -- the summary restates the headline: say it once --
        before = ctx.m(lead, bold=True)
        return paragraphs(
            ctx, rest, styles["item_alone"], bullet=bullet, before=before, after=reference
        )
    if rest:
        story = paragraphs(ctx, lead, styles["item"], bullet=bullet, bold=True)
        return story + paragraphs(ctx, rest, styles["item_body"], after=reference)
    return paragraphs(ctx, lead, styles["item_alone"], bullet=bullet, after=reference, bold=True)


def _decision_line(ctx: Context) -> list[Flowable]:
    options = ctx.template.decision_options
    if not options:
        return []
    blank = "\u00a0" + "_" * 10
    line = "\u2003 ".join(ctx.m(option + blank) for option in options)
    return [MemoParagraph(line, ctx.styles["decision"])]


def key_figures_block(ctx: Context) -> list[Flowable]:
    """A two-column table of the figures found in the picked text (rows split across pages)."""
    figures = ctx.plan.key_figures[: ctx.template.key_figures_max]
    if not figures:
        return []
    cell = ctx.styles["cell"]
    rows = [[MemoParagraph(ctx.m(t, bold=True), cell) for t in ("Figure", "In the source")]]
    rows += [
        [MemoParagraph(ctx.m(f.figure, bold=True), cell), MemoParagraph(ctx.m(f.context), cell)]
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
    title = c.title if len(c.title) <= CITED_TITLE_MAX else c.title[: CITED_TITLE_MAX - 1] + "…"
    parts.append(ctx.m(f"“{title}”"))
    if c.publication:
        parts.append(ctx.m(c.publication, italic=True))
    if c.date:
        date = iso_date(c.date)
        parts.append(ctx.m(format_date(date, c.date, ctx.template.date_style) if date else c.date))
    story = [*_heading(ctx, "source"), MemoParagraph(", ".join(parts) + ".", ctx.styles["body"])]
    for words, url in c.links:  # -- the addresses behind the picked text's links --
        story += paragraphs(ctx, f"{words}: {url}" if words != url else url, ctx.styles["small"])
    if c.bio:
        story += paragraphs(ctx, c.bio, ctx.styles["small"], italic=True)
    note = "¶ numbers refer to paragraphs of the source article."
    story.append(MemoParagraph(ctx.m(note, colour=ctx.template.muted_colour), ctx.styles["small"]))
    return [KeepTogether(story)]  # -- a bio alone at the top of a page looks lost --


HEADING_FACES = {1: (True, False), 2: (True, False), 3: (True, True)} | {
    level: (False, True) for level in range(4, LEVELS + 1)
}  # -- (bold, italic) of an annex heading by level; sizes and indents are in style.py --


def outline_levels(items: tuple[PlanItem, ...]) -> list[int]:
    """PDF outline levels (1 under the block heading) following the sections' nesting.

    A level may rise by one at most, so a subsection whose chapter is not picked
    sits one below the previous entry rather than under a missing parent.
    """
    levels: list[int] = []
    for item in items:
        levels.append(max(1, min(item.level, (levels[-1] if levels else 0) + 1)))
    return levels


def annex_block(ctx: Context) -> list[Flowable]:
    """On a new page: the full text of every picked item, each paragraph with its ¶ number."""
    items = ctx.plan.annex
    if not items:
        return []
    story: list[Flowable] = [PageBreak(), *_heading(ctx, "annex")]
    for item, level in zip(items, outline_levels(items), strict=True):
        story.append(Anchor(ctx, f"annex-{item.item_id}", item.title, level))
        # -- headings by level: size, then weight, then slant set each level apart --
        level = min(level, LEVELS)
        bold, italic = HEADING_FACES[level]
        # -- in pieces like any long text: one huge heading re-broken on every page is quadratic --
        story += paragraphs(
            ctx, item.title, ctx.styles[f"section_{level}"], bold=bold, italic=italic
        )
        tables = item.tables or ((),) * len(item.paragraphs)
        for number, text, rows in zip(
            item.paragraph_numbers, item.paragraphs, tables, strict=False
        ):
            # -- the ¶ mark is the paragraph's bullet, so the text stays one fragment (fast to break) --
            mark = f"¶{NBSP}{number}"
            if rows:  # -- a table: its ¶ mark, then its grid under it at the text's indent
                story += paragraphs(ctx, "Table", ctx.styles["annex"], bullet=mark, italic=True)
                story += grid(ctx, rows, indent=ctx.styles["annex"].leftIndent)
            else:
                story += paragraphs(ctx, text, ctx.styles["annex"], bullet=mark)
        for label, note in item.notes:  # -- footnotes: the item's notes, not its running text --
            story += paragraphs(ctx, note, ctx.styles["small"], before=ctx.m(f"Note {label}: "))
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
