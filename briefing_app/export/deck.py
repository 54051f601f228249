"""Write the PowerPoint deck: translate a :class:`DeckPlan` into python-pptx calls, nothing more.

Every decision about what goes where and at what size was made by the plan;
this module only places it in the template's placeholders (or in text boxes
where a template lacks them), adds speaker notes and writes the file atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Pt

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.atomic import write_atomic
from briefing_app.export.deck_geometry import NS, BoxStyle, TemplateGeometry, read_geometry, xpath
from briefing_app.export.deck_plan import DeckPlan, PlannedSlide, plan_deck
from briefing_app.export.fit import Para, TextStyle
from briefing_app.export.pptx_template import find_body, find_title, open_template
from briefing_app.export.pptx_xpath import install as install_compiled_xpath
from briefing_app.export.slide_parts import SlideAdder
from briefing_app.export.templates import resolve_template

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
    prs = open_template(resolve_template("deck", template))
    geometry = read_geometry(prs)
    plan = plan_deck(briefing, geometry)
    render(prs, plan, geometry)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue(), list(plan.warnings)


def render(prs, plan: DeckPlan, geometry: TemplateGeometry) -> None:
    """Add the plan's slides to an emptied template presentation and set its core properties."""
    adder = SlideAdder(prs)
    for planned in plan.slides:
        _render_slide(prs, adder, planned, geometry)
    props = prs.core_properties
    for name, value in plan.properties.items():
        setattr(props, name, value)
    props.last_modified_by = "Briefing Builder"
    props.revision = 1
    describe_pictures(prs)
    if plan.classification:
        mark_classification(prs, plan.classification)


def _render_slide(prs, adder: SlideAdder, planned: PlannedSlide, geometry: TemplateGeometry):
    layout_geo = geometry.title_layout if planned.layout == "title" else geometry.content_layout
    slide = adder.add(prs.slide_layouts[layout_geo.layout_index])
    placeholders = list(slide.placeholders)
    title = find_title(placeholders)
    body = find_body(placeholders, subtitle=True) if planned.layout == "title" else None
    body = body or find_body(placeholders)
    title_box, body_box = title is None, body is None
    title = title or _textbox(slide, layout_geo.title)
    body = body or _textbox(slide, layout_geo.body)
    title_para = Para(planned.title, bullet=False)
    _write(title.text_frame, [title_para], planned.title_size_pt, layout_geo.title, title_box, 0.0)
    paras = list(planned.paragraphs)
    _write(body.text_frame, paras, planned.body_size_pt, layout_geo.body, body_box, SPACE_BEFORE)
    _drop_unused(slide, keep=(title, body))
    if planned.layout != "title":
        _slide_number(slide, prs.slide_layouts[layout_geo.layout_index], len(prs.slides))
    _title_first(slide, title)
    if planned.notes:
        adder.add_notes(slide).notes_text_frame.text = planned.notes


def _textbox(slide, style: BoxStyle):
    box = style.box
    shape = slide.shapes.add_textbox(box.left, box.top, box.width, box.height)
    shape.text_frame.word_wrap = True
    return shape


def _write(frame, paras: list[Para], size: float, style: BoxStyle, textbox: bool, space: float):
    """Fill a text frame at the plan's sizes; text boxes also get the font, colour and bullets."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.clear()
    for n, para in enumerate(paras):
        p = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        p.level = para.level
        p.line_spacing = 1.0
        p.space_before = Pt(round(space * size * para.scale, 1))
        run = p.add_run()
        run.text = para.text
        run.font.size = Pt(round(size * para.scale, 1))
        if para.bold:
            run.font.bold = True
        if textbox:
            run.font.name = style.font
            if style.color:
                run.font.color.rgb = _rgb(style.color)
        if not para.bullet:
            _no_bullet(p)
        elif textbox:
            _bullet(p, style.indent_pt)


def _rgb(hex_color: str):
    return RGBColor.from_string(hex_color)


def _no_bullet(paragraph) -> None:
    """python-pptx has no API to switch a paragraph's bullet off: add <a:buNone/> and no indent."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    _set_bullet(ppr, etree.SubElement(ppr, f"{{{NS['a']}}}buNone"))


def _bullet(paragraph, indent_pt: float) -> None:
    """A bullet for text-box paragraphs (text boxes have none by default), hanging at the indent."""
    ppr = paragraph._p.get_or_add_pPr()
    indent = int(max(indent_pt, 18.0) * 12700)
    ppr.set("marL", str(indent))
    ppr.set("indent", str(-indent))
    bullet = etree.SubElement(ppr, f"{{{NS['a']}}}buChar")
    bullet.set("char", "•")
    _set_bullet(ppr, bullet)


def _set_bullet(ppr, element) -> None:
    # -- schema order: lnSpc, spcBef, spcAft, bu*… come before tabLst/defRPr --
    ppr.remove(element)
    after = xpath(ppr, "./a:lnSpc | ./a:spcBef | ./a:spcAft")
    if after:
        after[-1].addnext(element)
    else:
        ppr.insert(0, element)


def _drop_unused(slide, *, keep) -> None:
    """Remove placeholders we did not fill, so no "Click to add text" prompt is left behind."""
    kept = {id(shape._element) for shape in keep}
    for ph in list(slide.placeholders):
        if id(ph._element) not in kept:
            ph._element.getparent().remove(ph._element)


_SLIDENUM_FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"  # -- PowerPoint's own GUID --


def _slide_number(slide, layout, number: int) -> None:
    """Show the number where the layout has a slide-number placeholder (python-pptx skips those)."""
    for ph in layout.placeholders:
        if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER and _on_page(ph, slide):
            slide.shapes.clone_placeholder(ph)
            paragraph = slide.placeholders[ph.placeholder_format.idx].text_frame.paragraphs[0]
            field = etree.Element(f"{{{NS['a']}}}fld", id=_SLIDENUM_FIELD_ID, type="slidenum")
            etree.SubElement(field, f"{{{NS['a']}}}t").text = str(number)
            end = paragraph._p.find(f"{{{NS['a']}}}endParaRPr")
            if end is not None:
                end.addprevious(field)
            else:
                paragraph._p.append(field)
            return


def _on_page(ph, slide) -> bool:
    """A resized template may leave its footer below the page: then there is no number to show."""
    prs_part = slide.part.package.presentation_part
    width, height = prs_part.presentation.slide_width, prs_part.presentation.slide_height
    right, bottom = (ph.left or 0) + (ph.width or 0), (ph.top or 0) + (ph.height or 0)
    return right <= width and bottom <= height


def _title_first(slide, title) -> None:
    """Screen readers read shapes in tree order: the title must come first."""
    tree = slide.shapes._spTree
    first = xpath(tree, "./p:sp | ./p:pic | ./p:graphicFrame | ./p:grpSp | ./p:cxnSp")
    if first and first[0] is not title._element:
        first[0].addprevious(title._element)


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
