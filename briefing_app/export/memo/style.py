"""How the memo looks: the render context shared by block functions and the named paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing_app.export.memo.fonts import FontChain, chain
from briefing_app.export.memo.plan import MemoPlan
from briefing_app.export.memo.template import MemoTemplate

RULE = 0.6  # points
LEVELS = 6  # -- heading levels a memo sets apart (Markdown's and HTML's six) --
NEST_INDENT = 5 * mm  # -- how far each level of the Background outline steps in --


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


def section_headings(base: ParagraphStyle, size: float) -> dict[str, ParagraphStyle]:
    """The annex's section headings by level, each set apart from the one above it.

    1 larger, 2 at text size, both bold; 3 bold italic; 4 to 6 italic (the
    markup's part, see ``HEADING_FACES`` in blocks), stepping in 4 mm a level so
    a sixth-level heading still reads as under the fifth.
    """
    styles = {
        "section_1": ParagraphStyle(
            "section_1", base, fontSize=size * 1.2, leading=size * 1.5,
            spaceBefore=size * 0.9, spaceAfter=size * 0.3, keepWithNext=1,
        ),
    }  # fmt: skip
    for level in range(2, LEVELS + 1):
        styles[f"section_{level}"] = ParagraphStyle(
            f"section_{level}", base, leftIndent=4 * mm * max(0, level - 4),
            spaceBefore=size * 0.6, spaceAfter=size * 0.25, keepWithNext=1,
        )  # fmt: skip
    return styles


def stylesheet(template: MemoTemplate, fonts: FontChain) -> dict[str, ParagraphStyle]:
    """The memo's named paragraph styles, all derived from the template's sizes and colours."""
    size = template.body_size
    base = ParagraphStyle(
        "body",
        fontName=fonts.font_name(),
        bulletFontName=fonts.font_name(),
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
        **section_headings(base, size),
        **{
            f"background_{level}": ParagraphStyle(
                f"background_{level}", base, leftIndent=NEST_INDENT * (level - 1),
            )
            for level in range(1, LEVELS + 1)
        },
        "field": ParagraphStyle("field", base, spaceAfter=size * 0.25, bulletFontName=bold),
        "item": ParagraphStyle("item", base, spaceAfter=size * 0.2, keepWithNext=1, **hanging),
        "item_alone": ParagraphStyle("item_alone", base, spaceAfter=size * 0.45, **hanging),
        "point": ParagraphStyle(
            "point", base, leftIndent=11 * mm, bulletIndent=7 * mm, spaceAfter=size * 0.2,
        ),
        "point_last": ParagraphStyle(
            "point_last", base, leftIndent=11 * mm, bulletIndent=7 * mm, spaceAfter=size * 0.45,
        ),
        "item_body": ParagraphStyle("item_body", base, leftIndent=7 * mm),
        "annex": ParagraphStyle(  # -- a run-in, muted ¶ mark --
            "annex", base, bulletFontSize=size, bulletColor=colors.HexColor(template.muted_colour),
        ),
        "decision": ParagraphStyle("decision", base, leftIndent=7 * mm, spaceBefore=size * 0.4),
        "small": ParagraphStyle("small", base, fontSize=size * 0.82, leading=size * 1.05),
        "cell": ParagraphStyle("cell", base, fontSize=size * 0.9, leading=size * 1.15, spaceAfter=0),
        "marking": ParagraphStyle("marking", base, fontSize=9, leading=11, alignment=TA_CENTER),
        "running": ParagraphStyle("running", base, fontSize=8.5, leading=10.5, spaceAfter=0),
    }  # fmt: skip
