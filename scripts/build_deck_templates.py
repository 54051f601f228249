"""Build the built-in deck templates (assets/templates/deck/*.pptx) from python-pptx's default.

Run: PYTHONPATH=. python scripts/build_deck_templates.py
Each template is 16:9, keeps the standard layouts (so users can add slides in
PowerPoint) and differs in theme colours, fonts, master decoration and the
title-slide design. Edit a TemplateSpec below and re-run to change one.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.files.atomic import write_atomic  # noqa: E402

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}


def xpath(element, path: str) -> list:
    return etree._Element.xpath(element, path, namespaces=NS)


WIDE, HIGH = Emu(12192000), Emu(6858000)  # -- exactly 16:9, as PowerPoint sets it --


@dataclass(frozen=True)
class TemplateSpec:
    """Everything that makes one built-in template look like itself."""

    name: str
    major_font: str
    minor_font: str
    background: str
    title_color: str
    body_color: str
    accent: str
    accent2: str
    title_pt: int
    body_pt: int
    title_box: tuple[float, float, float, float]  # inches: left, top, width, height
    body_box: tuple[float, float, float, float]
    title_bold: bool = False


GOVERNMENT = TemplateSpec(
    name="government",
    major_font="Arial",
    minor_font="Arial",
    background="FFFFFF",
    title_color="FFFFFF",
    body_color="1B1B1B",
    accent="1F3864",
    accent2="2E7D32",
    title_pt=32,
    body_pt=24,
    title_box=(0.55, 0.38, 12.23, 1.02),
    body_box=(0.6, 1.75, 12.13, 4.95),
    title_bold=True,
)
MINIMAL = TemplateSpec(
    name="minimal",
    major_font="Calibri",
    minor_font="Calibri",
    background="FFFFFF",
    title_color="202124",
    body_color="3C4043",
    accent="0B7A75",
    accent2="9AA0A6",
    title_pt=36,
    body_pt=24,
    title_box=(0.8, 0.55, 11.73, 1.15),
    body_box=(0.8, 1.95, 11.73, 4.9),
)
DARK = TemplateSpec(
    name="dark",
    major_font="Times New Roman",
    minor_font="Calibri",
    background="16191F",
    title_color="F4F4F4",
    body_color="D9DCE1",
    accent="E8A33D",
    accent2="5B6472",
    title_pt=36,
    body_pt=24,
    title_box=(0.95, 0.5, 11.6, 1.2),
    body_box=(0.95, 1.95, 11.6, 4.85),
)


def build(spec: TemplateSpec) -> bytes:
    """One template's .pptx bytes."""
    prs = Presentation()
    _widen(prs)
    _theme(prs, spec)
    master = prs.slide_master
    _master_styles(master, spec)
    _place_master(master, spec)
    DECORATE[spec.name](prs, spec)
    out = io.BytesIO()
    prs.core_properties.title = f"Briefing Builder — {spec.name}"
    prs.core_properties.author = "Briefing Builder"
    prs.save(out)
    return out.getvalue()


def _widen(prs) -> None:
    """4:3 → 16:9: stretch every placeholder horizontally, then each design places its own."""
    factor = WIDE / prs.slide_width
    prs.slide_width, prs.slide_height = WIDE, HIGH
    master = prs.slide_master
    for tree in [master, *master.slide_layouts]:
        for off in xpath(tree._element, ".//p:spTree//a:xfrm"):
            for child, attr in ((off.find(f"{{{A}}}off"), "x"), (off.find(f"{{{A}}}ext"), "cx")):
                if child is not None:
                    child.set(attr, str(int(int(child.get(attr)) * factor)))


def _theme(prs, spec: TemplateSpec) -> None:
    part = prs.slide_master.part.part_related_by(RT.THEME)
    theme = etree.fromstring(part.blob)
    theme.set("name", f"Briefing {spec.name}")
    colors = {
        "dk1": spec.body_color if spec.background != "FFFFFF" else "000000",
        "lt1": "FFFFFF",
        "dk2": spec.accent,
        "accent1": spec.accent,
        "accent2": spec.accent2,
    }
    for name, value in colors.items():
        for el in xpath(theme, f"//a:clrScheme/a:{name}"):
            el.clear()
            etree.SubElement(el, f"{{{A}}}srgbClr").set("val", value)
    for kind, face in (("majorFont", spec.major_font), ("minorFont", spec.minor_font)):
        xpath(theme, f"//a:fontScheme/a:{kind}/a:latin")[0].set("typeface", face)
    part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def _master_styles(master, spec: TemplateSpec) -> None:
    fill = master.background.fill
    fill.solid()
    fill.fore_color.rgb = _rgb(spec.background)
    styles = master._element.find(f"{{{P}}}txStyles")
    title = styles.find(f"{{{P}}}titleStyle/{{{A}}}lvl1pPr")
    title.set("algn", "l")
    _run_style(title, spec.title_pt, spec.title_color, bold=spec.title_bold)
    sizes = {1: spec.body_pt, 2: spec.body_pt - 2, 3: spec.body_pt - 4}
    for level, size in sizes.items():
        ppr = styles.find(f"{{{P}}}bodyStyle/{{{A}}}lvl{level}pPr")
        _run_style(ppr, size, spec.body_color)
        bullet_color = ppr.find(f"{{{A}}}buClr")
        if bullet_color is None:
            bullet_color = etree.Element(f"{{{A}}}buClr")
            ppr.find(f"{{{A}}}spcBef").addnext(bullet_color)
        bullet_color.clear()
        etree.SubElement(bullet_color, f"{{{A}}}srgbClr").set("val", spec.accent)
    styles.find(f"{{{P}}}bodyStyle/{{{A}}}lvl1pPr").set("marL", str(Emu(Pt(22))))
    styles.find(f"{{{P}}}bodyStyle/{{{A}}}lvl1pPr").set("indent", str(-Emu(Pt(22))))


def _run_style(ppr, size: int, color: str, *, bold: bool = False) -> None:
    rpr = ppr.find(f"{{{A}}}defRPr")
    rpr.set("sz", str(size * 100))
    if bold:
        rpr.set("b", "1")
    fill = rpr.find(f"{{{A}}}solidFill")
    fill.clear()
    etree.SubElement(fill, f"{{{A}}}srgbClr").set("val", color)


def _place_master(master, spec: TemplateSpec) -> None:
    for ph in master.placeholders:
        kind = ph.placeholder_format.type
        if kind == PP_PLACEHOLDER.TITLE:
            _place(ph, spec.title_box)
            ph.text_frame._bodyPr.set("anchor", "ctr")
        elif kind == PP_PLACEHOLDER.BODY:
            _place(ph, spec.body_box)
        elif kind in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER):
            ph._element.getparent().remove(ph._element)
        elif kind == PP_PLACEHOLDER.SLIDE_NUMBER:
            _place(ph, (11.6, 6.93, 1.2, 0.35))
    # -- layouts that copy the master's positions must follow the new design --
    for layout in master.slide_layouts:
        for ph in layout.placeholders:
            kind = ph.placeholder_format.type
            if kind in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER):
                ph._element.getparent().remove(ph._element)
            elif kind == PP_PLACEHOLDER.SLIDE_NUMBER:
                _place(ph, (11.6, 6.93, 1.2, 0.35))
        if layout.name in ("Title and Content", "Title Only"):
            _place_layout(layout, spec)


def _place_layout(layout, spec: TemplateSpec) -> None:
    for ph in layout.placeholders:
        kind = ph.placeholder_format.type
        if kind == PP_PLACEHOLDER.TITLE:
            _place(ph, spec.title_box)
        elif kind in (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY):
            _place(ph, spec.body_box)


def _place(ph, box: tuple[float, float, float, float]) -> None:
    ph.left, ph.top, ph.width, ph.height = (Inches(v) for v in box)


def _rgb(value: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(value)


# -- decoration: plain rectangles and text on the master and the title layout ---------------


def _rect(tree, box, color: str, *, name: str, text: str = "", text_color: str = "FFFFFF"):
    """A filled rectangle behind the placeholders (optionally with small centred text)."""
    sp_tree = tree.shapes._spTree
    ids = [int(i) for i in xpath(sp_tree, "//p:cNvPr/@id")] or [1]
    left, top, width, height = (int(Inches(v)) for v in box)
    run = (
        f'<a:r><a:rPr lang="en-GB" sz="1000" b="1" spc="300"><a:solidFill>'
        f'<a:srgbClr val="{text_color}"/></a:solidFill></a:rPr><a:t>{text}</a:t></a:r>'
        if text
        else ""
    )
    xml = (
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr><p:cNvPr id="{max(ids) + 1}" name="{name}"/>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>'
        f'<a:xfrm><a:off x="{left}" y="{top}"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>'
        '<p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>'
        f'<a:p><a:pPr algn="ctr"/>{run}</a:p></p:txBody></p:sp>'
    )
    element = etree.fromstring(xml)
    sp_tree.find(f"{{{P}}}grpSpPr").addnext(element)  # -- behind every placeholder --
    return element


def _title_layout(prs):
    for layout in prs.slide_layouts:
        types = {ph.placeholder_format.type for ph in layout.placeholders}
        if PP_PLACEHOLDER.CENTER_TITLE in types:
            return layout
    raise LookupError("no title slide layout")


def _style_title_layout(
    layout, *, title, subtitle, title_pt, sub_pt, title_color, sub_color, align
):
    for ph in layout.placeholders:
        kind = ph.placeholder_format.type
        if kind == PP_PLACEHOLDER.CENTER_TITLE:
            _place(ph, title)
            _ph_style(ph, title_pt, title_color, align, bold=True, anchor="b")
        elif kind == PP_PLACEHOLDER.SUBTITLE:
            _place(ph, subtitle)
            _ph_style(ph, sub_pt, sub_color, align, anchor="t")


def _ph_style(ph, size: int, color: str, align: str, *, bold: bool = False, anchor: str = "t"):
    tx = ph._element.find(f"{{{P}}}txBody")
    tx.find(f"{{{A}}}bodyPr").set("anchor", anchor)
    lst = tx.find(f"{{{A}}}lstStyle")
    for child in list(lst):
        lst.remove(child)
    ppr = etree.SubElement(lst, f"{{{A}}}lvl1pPr", marL="0", indent="0", algn=align)
    etree.SubElement(ppr, f"{{{A}}}buNone")
    rpr = etree.SubElement(ppr, f"{{{A}}}defRPr", sz=str(size * 100))
    if bold:
        rpr.set("b", "1")
    etree.SubElement(etree.SubElement(rpr, f"{{{A}}}solidFill"), f"{{{A}}}srgbClr", val=color)


def _decorate_government(prs, spec: TemplateSpec) -> None:
    master = prs.slide_master
    _rect(master, (0, 7.2, 13.333, 0.3), spec.accent2, name="Classification strip (bottom)")
    _rect(master, (0, 6.88, 13.333, 0.02), spec.accent, name="Footer rule")
    _rect(master, (0, 0.3, 13.333, 1.18), spec.accent, name="Title band")
    _rect(master, (0, 0, 13.333, 0.3), spec.accent2, name="Classification strip (top)")
    layout = _title_layout(prs)
    _rect(layout, (0, 0.3, 13.333, 6.9), spec.accent, name="Title slide field")
    _rect(layout, (0.8, 4.05, 1.6, 0.06), "C9A227", name="Title slide rule")
    _style_title_layout(
        layout,
        title=(0.8, 1.2, 11.7, 2.7),
        subtitle=(0.8, 4.3, 11.7, 2.5),
        title_pt=40,
        sub_pt=20,
        title_color="FFFFFF",
        sub_color="D6DCE8",
        align="l",
    )


def _own_design(layout) -> None:
    """The title slide hides the master's decoration and carries its own."""
    layout._element.set("showMasterSp", "0")


def _decorate_minimal(prs, spec: TemplateSpec) -> None:
    master = prs.slide_master
    _rect(master, (0.9, 1.72, 0.9, 0.05), spec.accent, name="Title accent")
    _rect(master, (0.8, 6.92, 11.73, 0.01), "DADCE0", name="Footer hairline")
    layout = _title_layout(prs)
    _own_design(layout)
    _rect(layout, (0.9, 3.55, 1.4, 0.07), spec.accent, name="Title slide accent")
    _style_title_layout(
        layout,
        title=(0.8, 0.9, 11.73, 2.5),
        subtitle=(0.8, 3.85, 11.73, 2.8),
        title_pt=44,
        sub_pt=20,
        title_color=spec.title_color,
        sub_color="5F6368",
        align="l",
    )


def _decorate_dark(prs, spec: TemplateSpec) -> None:
    master = prs.slide_master
    _rect(master, (0.6, 0.65, 0.08, 0.9), spec.accent, name="Title marker")
    _rect(master, (0, 7.38, 13.333, 0.12), spec.accent, name="Foot band")
    layout = _title_layout(prs)
    _own_design(layout)
    _rect(layout, (0, 0, 0.35, 7.5), spec.accent, name="Title slide edge")
    _style_title_layout(
        layout,
        title=(1.0, 1.0, 11.3, 2.9),
        subtitle=(1.0, 4.2, 11.3, 2.6),
        title_pt=44,
        sub_pt=20,
        title_color=spec.title_color,
        sub_color=spec.accent,
        align="l",
    )


DECORATE = {
    "government": _decorate_government,
    "minimal": _decorate_minimal,
    "dark": _decorate_dark,
}


def main() -> int:
    folder = ROOT / "assets" / "templates" / "deck"
    folder.mkdir(parents=True, exist_ok=True)
    for spec in (GOVERNMENT, MINIMAL, DARK):
        write_atomic(folder / f"{spec.name}.pptx", build(spec))
        print(f"wrote {folder / spec.name}.pptx")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
