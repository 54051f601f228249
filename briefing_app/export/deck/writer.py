"""Write the PowerPoint deck: translate a :class:`DeckPlan` into slides, nothing more.

Every decision about what goes where and at what size was made by the plan;
this module only places it in the template's placeholders (or in text boxes
where a template lacks them, see :mod:`slide_xml`), adds speaker notes and
writes the file atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from briefing_app.core.briefing import Briefing
from briefing_app.export.deck.choices import load_choices
from briefing_app.export.deck.content_types import install as install_content_types
from briefing_app.export.deck.fit import TextStyle
from briefing_app.export.deck.geometry import TemplateGeometry, read_geometry, xpath
from briefing_app.export.deck.package import finish_app_properties, finish_sections
from briefing_app.export.deck.plan import DeckPlan, plan_deck
from briefing_app.export.deck.slide_parts import SlideAdder
from briefing_app.export.deck.slide_xml import NotesStamp, SlideStamp
from briefing_app.export.deck.table import table_xml
from briefing_app.export.deck.template import (
    UNFORESEEN,
    all_layouts,
    open_template,
    template_fault,
)
from briefing_app.export.deck.xpath import install as install_compiled_xpath
from briefing_app.export.deck.zipout import install as install_zip_writer
from briefing_app.export.templates import resolve_template
from briefing_app.files.atomic import write_atomic
from briefing_app.files.outputs import check_outputs

SPACE_BEFORE = TextStyle(font=None, size_pt=0, min_pt=0).space_before
install_compiled_xpath()
install_content_types()
install_zip_writer()


def write_deck(briefing: Briefing, path: Path | str, *, template: str | Path | None = None):
    """Write ``briefing`` as a .pptx on ``template`` (name, path or None); return warnings."""
    # -- the pack writer's rules for one output: checked before any work is done --
    check_outputs({"deck": Path(path)}, suffixes={"deck": ".pptx"}, protected={})
    data, warnings = build_deck(briefing, template=template)
    write_atomic(Path(path), data)
    return warnings


def build_deck(briefing: Briefing, *, template: str | Path | None = None):
    """The .pptx bytes and the warnings for ``briefing`` on ``template``."""
    path = resolve_template("deck", template)
    try:
        return _build_on(briefing, path)
    except UNFORESEEN as exc:
        default = resolve_template("deck", None)
        if path.resolve() == default.resolve() or not _builds_on(briefing, default):
            raise  # -- the same briefing fails on our own template: our bug, not the user's
        raise template_fault(path, "deck export", exc) from exc


def _build_on(briefing: Briefing, path: Path) -> tuple[bytes, list[str]]:
    prs = open_template(path)
    geometry = read_geometry(prs, load_choices(path))
    plan = plan_deck(briefing, geometry)
    warnings = render(prs, plan, geometry)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue(), list(plan.warnings) + warnings


def _builds_on(briefing: Briefing, path: Path) -> bool:
    """Whether ``briefing`` makes a deck on ``path``: tells a template's fault from our own."""
    try:
        _build_on(briefing, path)
    except UNFORESEEN:
        return False
    return True


def render(prs, plan: DeckPlan, geometry: TemplateGeometry) -> list[str]:
    """Add the plan's slides to an emptied template presentation; the marking's warnings."""
    adder = SlideAdder(prs)
    stamps = {}
    for role in dict.fromkeys(planned.role for planned in plan.slides):
        layout = geometry.layout_for(role)
        stamps[role] = SlideStamp(
            prs, all_layouts(prs)[layout.layout_index], layout, title_slide=role == "title"
        )
    # -- a marked deck gets a notes page for every slide, so each printed notes page is marked --
    marker = None
    if plan.classification:
        # -- deferred: only a marked (classified) deck needs the marking module --
        from briefing_app.export.deck.marking import DeckMarker

        marker = DeckMarker(prs, plan.classification, geometry.colors)
    notes = NotesStamp(prs) if marker or any(planned.notes for planned in plan.slides) else None
    for planned in plan.slides:
        stamp = stamps[planned.role]
        xml = stamp.xml(
            planned.title, planned.title_size_pt, planned.paragraphs, planned.body_size_pt,
            SPACE_BEFORE, adder.count + 1,
        )  # fmt: skip
        if planned.table:
            body = geometry.layout_for(planned.role).body
            table = table_xml(planned.table, body, planned.body_size_pt)
            xml = xml.replace(b"</p:spTree>", table + b"</p:spTree>", 1)
        if marker:
            layout = geometry.layout_for(planned.role)
            xml = marker.slide(xml, all_layouts(prs)[layout.layout_index], layout,
                               numbered=stamp.numbered)  # fmt: skip
        slide = adder.add(xml, stamp.layout_part)
        if (planned.notes or marker) and notes is not None:
            notes_xml = notes.xml(planned.notes)
            adder.add_notes(slide, marker.notes(notes_xml) if marker else notes_xml,
                            notes.master_part)  # fmt: skip
    finish_sections(prs)
    with_notes = sum(1 for planned in plan.slides if planned.notes or marker)
    notes_count = with_notes if notes is not None else 0
    finish_app_properties(prs, [planned.title for planned in plan.slides], notes_count)
    props = prs.core_properties
    for name, value in plan.properties.items():
        setattr(props, name, value)
    props.last_modified_by = "Briefing Builder"
    props.revision = 1
    describe_pictures(prs)
    return marker.warnings if marker else []


def describe_pictures(prs) -> None:
    """Give any undescribed picture on the masters and layouts alt text (lxml: no python-pptx API)."""
    for master in prs.slide_masters:
        for shapes in [master.shapes, *(layout.shapes for layout in master.slide_layouts)]:
            for pic in xpath(shapes._spTree, ".//p:pic/p:nvPicPr/p:cNvPr"):
                if not pic.get("descr"):
                    pic.set("descr", f"Template decoration: {pic.get('name', 'picture')}")
