"""Write the PowerPoint deck: translate a :class:`DeckPlan` into slides, nothing more.

Every decision about what goes where and at what size was made by the plan;
this module only places it in the template's placeholders (or in text boxes
where a template lacks them, see :mod:`slide_xml`), adds speaker notes and
writes the file atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from pptx.dml.color import RGBColor
from pptx.util import Pt

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.deck.choices import load_choices
from briefing_app.export.deck.fit import TextStyle
from briefing_app.export.deck.geometry import TemplateGeometry, read_geometry, xpath
from briefing_app.export.deck.package import finish_sections
from briefing_app.export.deck.plan import DeckPlan, plan_deck
from briefing_app.export.deck.slide_parts import SlideAdder
from briefing_app.export.deck.slide_xml import NotesStamp, SlideStamp
from briefing_app.export.deck.template import all_layouts, open_template
from briefing_app.export.deck.xpath import install as install_compiled_xpath
from briefing_app.export.templates import resolve_template
from briefing_app.files.atomic import write_atomic

SPACE_BEFORE = TextStyle(font=None, size_pt=0, min_pt=0).space_before
install_compiled_xpath()


def write_deck(briefing: Briefing, path: Path | str, *, template: str | Path | None = None):
    """Write ``briefing`` as a .pptx on ``template`` (name, path or None); return warnings."""
    path = check_deck_path(path)
    data, warnings = build_deck(briefing, template=template)
    write_atomic(path, data)
    return warnings


def check_deck_path(path: Path | str) -> Path:
    """``path`` if it names a .pptx; a UserError otherwise (checked before any work is done)."""
    path = Path(path)
    if path.suffix.lower() != ".pptx":
        raise UserError(f"The deck must be saved as .pptx, not {path.suffix or 'no extension'}.")
    return path


def build_deck(briefing: Briefing, *, template: str | Path | None = None):
    """The .pptx bytes and the warnings for ``briefing`` on ``template``."""
    path = resolve_template("deck", template)
    prs = open_template(path)
    try:
        geometry = read_geometry(prs, load_choices(path))
        plan = plan_deck(briefing, geometry)
        render(prs, plan, geometry)
        out = io.BytesIO()
        prs.save(out)
    except (IndexError, KeyError, ValueError, TypeError, AttributeError, ZeroDivisionError) as exc:
        # -- the last resort for a template structure nothing above foresaw: one sentence --
        raise UserError(
            f"Template {path.name} has a structure the deck export cannot use "
            f"({type(exc).__name__}); try another template or check it with "
            f"'briefing-app templates --check'."
        ) from exc
    return out.getvalue(), list(plan.warnings)


def render(prs, plan: DeckPlan, geometry: TemplateGeometry) -> None:
    """Add the plan's slides to an emptied template presentation and set its core properties."""
    adder = SlideAdder(prs)
    stamps = {}
    for role in dict.fromkeys(planned.role for planned in plan.slides):
        layout = geometry.layout_for(role)
        stamps[role] = SlideStamp(
            prs, all_layouts(prs)[layout.layout_index], layout, title_slide=role == "title"
        )
    notes = NotesStamp(prs) if any(planned.notes for planned in plan.slides) else None
    for planned in plan.slides:
        stamp = stamps[planned.role]
        xml = stamp.xml(
            planned.title, planned.title_size_pt, planned.paragraphs, planned.body_size_pt,
            SPACE_BEFORE, adder.count + 1,
        )  # fmt: skip
        slide = adder.add(xml, stamp.layout_part)
        if planned.notes and notes is not None:
            adder.add_notes(slide, notes.xml(planned.notes), notes.master_part)
    finish_sections(prs)
    props = prs.core_properties
    for name, value in plan.properties.items():
        setattr(props, name, value)
    props.last_modified_by = "Briefing Builder"
    props.revision = 1
    describe_pictures(prs)
    if plan.classification:
        mark_classification(prs, plan.classification)


def describe_pictures(prs) -> None:
    """Give any undescribed picture on the masters and layouts alt text (lxml: no python-pptx API)."""
    for master in prs.slide_masters:
        for shapes in [master.shapes, *(layout.shapes for layout in master.slide_layouts)]:
            for pic in xpath(shapes._spTree, ".//p:pic/p:nvPicPr/p:cNvPr"):
                if not pic.get("descr"):
                    pic.set("descr", f"Template decoration: {pic.get('name', 'picture')}")


CLASSIFICATION_SHAPE = "Classification strip"


def mark_classification(prs, marking: str) -> None:
    """Write the marking into master shapes named "Classification strip…" (built-in government)."""
    for master in prs.slide_masters:
        for shape in master.shapes:
            if shape.name.startswith(CLASSIFICATION_SHAPE) and shape.has_text_frame:
                paragraph = shape.text_frame.paragraphs[0]
                run = paragraph.runs[0] if paragraph.runs else paragraph.add_run()
                run.text = marking
                run.font.size = Pt(10)
                run.font.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
