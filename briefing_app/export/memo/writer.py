"""The PDF memo: a MemoPlan laid out with reportlab platypus on a template's pages.

``render_memo`` returns the PDF bytes (plus page count and warnings) so the GUI
can preview the real file; ``write_memo`` is what the CLI and the GUI's export
call. Output is byte-identical for the same briefing, template and date:
reportlab's invariant mode, with the creation date set to the memo's date.
Pages are decorated by ``memo_decor.PageDecor`` (letterhead, running header, marking,
"Page X of Y"); what repeats is a form drawn once, when the total is known,
so the story is laid out only once.

For the GUI's memo page: ``render_memo(briefing, template=…).pdf`` is the real
file to show (QtPdf, pypdfium2 or pdftoppm) and ``.page_of[item_id]`` the page an
item lands on; ``memo_plan.build_plan`` gives the content
and ``load_memo_template`` the page size, margins, fonts, colours and block
order of a template, for a lighter drawn preview.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from briefing_app.core.briefing import Briefing
from briefing_app.core.text import without_pictographs
from briefing_app.export.memo.blocks import story
from briefing_app.export.memo.decor import PageDecor
from briefing_app.export.memo.fonts import chain, missing_warnings
from briefing_app.export.memo.plan import CREATOR, LANGUAGE, MemoPlan, build_plan
from briefing_app.export.memo.style import Context
from briefing_app.export.memo.template import MemoTemplate, load_template
from briefing_app.export.templates import resolve_template
from briefing_app.files.atomic import write_atomic


@dataclass(frozen=True)
class MemoResult:
    """A rendered memo: the PDF, its page counts and what the user should be told."""

    pdf: bytes
    pages: int
    body_pages: int  # pages before the annex, which is what length limits count
    warnings: list[str] = field(default_factory=list)
    # -- 1-based page of each block name and item id (annex copies: "annex-<id>"), for previews --
    page_of: dict[str, int] = field(default_factory=dict)


def write_memo(
    briefing: Briefing, path: Path | str, *, template: str | Path | None = None
) -> list[str]:
    """Render the memo for ``briefing`` and write it atomically; return warnings for the user."""
    result = render_memo(briefing, template=template)
    write_atomic(Path(path), result.pdf)
    return result.warnings


def load_memo_template(template: MemoTemplate | str | Path | None) -> MemoTemplate:
    """A checked template from a name, a path, None (the default) or an already loaded one."""
    if isinstance(template, MemoTemplate):
        return template
    return load_template(resolve_template("memo", template))


def render_memo(
    briefing: Briefing,
    *,
    template: MemoTemplate | str | Path | None = None,
    today: dt.date | None = None,
) -> MemoResult:
    """The memo as PDF bytes; ``today`` fills an empty header date (default: today)."""
    tpl = load_memo_template(template)
    plan = build_plan(briefing, today=today)
    result = _layout(plan, tpl)
    return MemoResult(
        pdf=result.pdf,
        pages=result.pages,
        body_pages=result.body_pages,
        warnings=result.warnings + _length_warnings(plan, tpl, result),
        page_of=result.page_of,
    )


def _layout(plan: MemoPlan, tpl: MemoTemplate) -> MemoResult:
    """One pass of platypus over the story."""
    buffer = io.BytesIO()
    doc = _document(buffer, plan, tpl)
    ctx = Context(plan=plan, template=tpl, width=doc.width)
    decor = PageDecor(ctx)
    doc.addPageTemplates(_page_templates(doc, tpl, decor))
    doc.build(story(ctx), canvasmaker=_canvas_maker(plan, decor))
    pages = doc.page
    body = ctx.anchors.get("annex", pages + 1) - 1
    return MemoResult(
        pdf=buffer.getvalue(), pages=pages, body_pages=body, warnings=ctx.warnings,
        page_of=dict(ctx.anchors),
    )  # fmt: skip


def _length_warnings(plan: MemoPlan, tpl: MemoTemplate, result: MemoResult) -> list[str]:
    warnings = []
    if plan.header.date is None:  # -- "03/12/2026": March or December? printed as typed --
        warnings.append(
            f"the memo date “{plan.header.date_text}” is not YYYY-MM-DD; it is printed as typed"
        )
    if tpl.max_pages and result.body_pages > tpl.max_pages:
        unit = "page" if tpl.max_pages == 1 else "pages"
        annex = " (annex not counted)" if result.body_pages < result.pages else ""
        warnings.append(
            f"memo is {result.body_pages} pages{annex}; "
            f"the template's limit is {tpl.max_pages} {unit}"
        )
    warnings += missing_warnings(_chain_missing(plan, tpl), "")
    return warnings


def _chain_missing(plan: MemoPlan, tpl: MemoTemplate) -> str:
    labels = [tpl.heading, tpl.letterhead_text, tpl.to_label, tpl.through_label, tpl.from_label]
    labels += [tpl.date_label, tpl.subject_label, *tpl.decision_options]
    labels += [tpl.title_of(block) for block in tpl.blocks]
    return chain(tpl.font_family).missing(_all_text(plan) + "\n".join(labels))


def _all_text(plan: MemoPlan) -> str:
    """Every string of the plan joined, to find characters no font has."""
    h, c = plan.header, plan.citation
    parts = [h.to, h.through, h.sender, h.date_text, h.subject, h.classification, plan.bottom_line]
    parts += [c.author, c.title, c.publication, c.date, c.bio, *(w + u for w, u in c.links)]
    for item in (*plan.background, *plan.recommendations, *plan.annex):
        parts += [item.title, item.summary, *item.paragraphs, *(n for _, n in item.notes)]
        parts += [c for rows in item.tables for row in rows for c in row]
    parts += [f.figure + f.context for f in plan.key_figures]
    return "\n".join(parts)


def _document(buffer: io.BytesIO, plan: MemoPlan, tpl: MemoTemplate) -> BaseDocTemplate:
    """The memo's document, its properties in words only (see core.text.is_pictograph)."""
    keywords = [plan.header.classification] if plan.header.classification else []
    return BaseDocTemplate(
        buffer,
        pagesize=tpl.page_points,
        leftMargin=tpl.margin_left_mm * mm,
        rightMargin=tpl.margin_right_mm * mm,
        topMargin=tpl.margin_top_mm * mm,
        bottomMargin=tpl.margin_bottom_mm * mm,
        title=without_pictographs(plan.header.subject),
        author=without_pictographs(plan.header.sender),
        subject=without_pictographs(f"{tpl.title}: {plan.article_title}"),
        creator=CREATOR,
        producer=CREATOR,
        keywords=keywords,
        lang=LANGUAGE,
        invariant=1,
        displayDocTitle=1,
        initialFontName=chain(tpl.font_family).font_name(),
    )


class _MemoCanvas(Canvas):
    """A canvas that lets the page decor draw its forms ("Page X of Y") just before saving.

    It also saves its graphics state with one C call instead of a Python loop:
    platypus saves and restores it around every flowable it draws, and
    reportlab's ``push_state_stack`` copies the canvas's 23 state attributes
    one by one (py-spy: 3% of a 400-section memo of recommendations, the most
    self time of any canvas method). The saved dictionary is the same, in the
    same order (tests/unit/export/test_memo_render.py).
    """

    decor: PageDecor
    _extgstate: Any  # -- reportlab's, set in Canvas.__init__ --
    _STATE = itemgetter(*Canvas.STATE_ATTRIBUTES)

    def save(self) -> None:
        self.decor.draw_forms(self)
        super().save()

    def push_state_stack(self) -> None:  # -- reportlab's name --
        names = self.STATE_ATTRIBUTES
        self.state_stack.append(dict(zip(names, _MemoCanvas._STATE(self.__dict__), strict=True)))
        self._extgstate = self._extgstate.pushCopy()


def _canvas_maker(plan: MemoPlan, decor: PageDecor):
    """A canvas whose PDF dates are the memo's date, so archived copies match byte for byte."""
    date = plan.header.date or dt.date(2000, 1, 1)

    def make(*args, **kwargs) -> Canvas:
        canvas = _MemoCanvas(*args, **kwargs)
        canvas.decor = decor
        canvas.setDateFormatter(lambda *_: f"D:{date:%Y%m%d}000000+00'00'")
        canvas.showOutline()
        return canvas

    return make


_ATOMIC = (int, float, str, bool, type(None))


class _Frame(Frame):
    """A Frame whose deep copy copies only its containers: the rest are numbers and names.

    platypus deep-copies the current frame each time it measures a group kept
    together (a heading with its first paragraph, an outline anchor with its
    item: 2,805 times in a 400-section memo of recommendations), so that
    content generated while measuring stays out of the real frame. ``deepcopy``
    walks the frame's ~24 attributes one call each, ~5% of such a memo; a
    number, a name or None is its own deep copy anyway, so sharing them gives
    the same copy (tests/unit/export/test_memo_frame.py).
    """

    def __deepcopy__(self, memo: dict[int, object]) -> _Frame:
        clone = copy.copy(self)
        for name, value in vars(self).items():
            if type(value) not in _ATOMIC:
                clone.__dict__[name] = copy.deepcopy(value, memo)
        return clone


def _page_templates(
    doc: BaseDocTemplate, tpl: MemoTemplate, decor: PageDecor
) -> list[PageTemplate]:
    """A first page (letterhead above the frame) that leads on to the later pages."""
    head = decor.letterhead_height()
    box = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    first = _Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height - head, id="first", **box
    )
    later = _Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="later", **box)
    return [
        PageTemplate("first", [first], onPage=decor.first_page, autoNextPageTemplate="later"),
        PageTemplate("later", [later], onPage=decor.later_page),
    ]
