"""A template's geometry and theme as plain data: where titles and bodies go, in which fonts.

The deck plan fits text into these boxes, the deck writer picks the layouts
named here, and the GUI preview draws slides from the same numbers, so all
three agree. Layouts are chosen by placeholder type, never by name or index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER

from briefing_app.export.deck.template import (
    BODY_TYPES,
    TITLE_TYPES,
    find_body,
    find_title,
    open_template,
)
from briefing_app.export.templates import resolve_template

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}
EMU_PER_PT = 12700
DEFAULT_INSET_LR, DEFAULT_INSET_TB = 91440, 45720


def xpath(element, path: str) -> list:
    """XPath with our prefixes on any lxml element (python-pptx's own xpath takes no namespaces)."""
    return etree._Element.xpath(element, path, namespaces=NS)


@dataclass(frozen=True)
class Rect:
    """A box on the slide in EMU (914,400 per inch, 12,700 per point)."""

    left: int
    top: int
    width: int
    height: int

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass(frozen=True)
class BoxStyle:
    """How one placeholder sets text: its box, inner insets (EMU), font, size (pt) and indent."""

    box: Rect
    font: str | None
    size_pt: float
    insets: tuple[int, int, int, int] = (91440, 45720, 91440, 45720)  # left, top, right, bottom
    indent_pt: float = 0.0
    color: str | None = None  # "RRGGBB" when the template says so

    def inner_pt(self) -> tuple[float, float]:
        """Usable width and height inside the insets, in points."""
        left, top, right, bottom = self.insets
        return (
            (self.box.width - left - right) / EMU_PER_PT,
            (self.box.height - top - bottom) / EMU_PER_PT,
        )


@dataclass(frozen=True)
class LayoutGeometry:
    """One chosen layout: its index in the template, title and body boxes, and missing parts."""

    layout_index: int
    title: BoxStyle
    body: BoxStyle
    title_is_placeholder: bool = True
    body_is_placeholder: bool = True


@dataclass(frozen=True)
class TemplateGeometry:
    """What the plan and the preview need of a template: size, the two layouts, theme colours."""

    slide_width: int
    slide_height: int
    title_layout: LayoutGeometry
    content_layout: LayoutGeometry
    colors: dict[str, str] = field(default_factory=dict)  # theme: dk1, lt1, accent1, …
    background: str | None = None  # "RRGGBB" of the master background, when solid
    major_font: str | None = None
    minor_font: str | None = None
    warnings: tuple[str, ...] = ()


def geometry_for(template: str | Path | None) -> TemplateGeometry:
    """The geometry of a deck template given by name, path or None (the default); for the preview.

    Opening a template takes a few tens of milliseconds: callers that redraw
    often should keep the result (it is immutable) until the template changes.
    """

    return read_geometry(open_template(resolve_template("deck", template)))


def read_geometry(prs) -> TemplateGeometry:
    """Choose the title and content layouts by placeholder type and read their geometry."""
    theme = _theme(prs)
    colors, major, minor = _theme_colors(theme), *_theme_fonts(theme)
    warnings: list[str] = []
    content_index = _choose_content(prs, warnings)
    title_index = _choose_title(prs, content_index, warnings)
    fonts = (major, minor)
    return TemplateGeometry(
        slide_width=int(prs.slide_width),
        slide_height=int(prs.slide_height),
        title_layout=_layout_geometry(prs, title_index, fonts, colors, subtitle=True),
        content_layout=_layout_geometry(prs, content_index, fonts, colors, subtitle=False),
        colors=colors,
        background=_background(prs, colors),
        major_font=major,
        minor_font=minor,
        warnings=tuple(warnings),
    )


def _score_content(layout) -> tuple:
    """Rank layouts for a content slide: a title, one horizontal body, as large as possible."""
    phs = list(layout.placeholders)
    bodies = [ph for ph in phs if ph.placeholder_format.type in BODY_TYPES]
    has_title = any(ph.placeholder_format.type in TITLE_TYPES for ph in phs)
    horizontal = not any(_is_vertical(ph) for ph in phs)
    area = max(((ph.width or 0) * (ph.height or 0) for ph in bodies), default=0)
    return (has_title, len(bodies) > 0, horizontal, len(bodies) == 1, area)


def _is_vertical(ph) -> bool:
    vert = xpath(ph._element, "./p:txBody/a:bodyPr/@vert")
    return bool(vert) and str(vert[0]) != "horz"


def _choose_content(prs, warnings: list[str]) -> int:
    layouts = list(prs.slide_layouts)
    best = max(range(len(layouts)), key=lambda i: (*_score_content(layouts[i]), -i))
    has_title, has_body, *_ = _score_content(layouts[best])
    if not has_body:
        warnings.append(
            "The template has no layout with a body placeholder; "
            "slide text goes into a text box in the body area."
        )
    if not has_title:
        warnings.append(
            "The template has no layout with a title placeholder; titles are text boxes."
        )
    return best


def _choose_title(prs, content_index: int, warnings: list[str]) -> int:
    for i, layout in enumerate(prs.slide_layouts):
        types = [ph.placeholder_format.type for ph in layout.placeholders]
        if PP_PLACEHOLDER.SUBTITLE in types and any(t in TITLE_TYPES for t in types):
            return i
    warnings.append("The template has no title-slide layout; the title slide uses the content one.")
    return content_index


def _layout_geometry(prs, index: int, fonts, colors, *, subtitle: bool) -> LayoutGeometry:
    layout = prs.slide_layouts[index]
    title_ph = find_title(layout.placeholders)
    body_ph = find_body(layout.placeholders, subtitle=subtitle)
    if subtitle and body_ph is None:
        body_ph = find_body(layout.placeholders)
    master = layout.slide_master
    title_box = _rect(title_ph) if title_ph is not None else _fallback_title(prs)
    body_box = _rect(body_ph) if body_ph is not None else _fallback_body(prs, title_box)
    title_box, body_box = _on_slide(prs, title_box), _on_slide(prs, body_box)
    title = _box_style(title_ph, master, "title", title_box, fonts[0], colors)
    body = _box_style(body_ph, master, "body", body_box, fonts[1], colors)
    return LayoutGeometry(index, title, body, title_ph is not None, body_ph is not None)


def _rect(ph) -> Rect:
    return Rect(int(ph.left or 0), int(ph.top or 0), int(ph.width or 0), int(ph.height or 0))


def _on_slide(prs, box: Rect) -> Rect:
    """The part of a box that is on the slide: templates resized without moving shapes exist."""
    w, h = int(prs.slide_width), int(prs.slide_height)
    left, top = min(max(box.left, 0), w - 1), min(max(box.top, 0), h - 1)
    right, bottom = min(box.left + box.width, w), min(box.bottom, h)
    return Rect(left, top, max(right - left, 1), max(bottom - top, 1))


def _fallback_title(prs) -> Rect:
    w, h = int(prs.slide_width), int(prs.slide_height)
    return Rect(int(w * 0.06), int(h * 0.05), int(w * 0.88), int(h * 0.16))


def _fallback_body(prs, title: Rect) -> Rect:
    """The area under the title down to near the slide's foot: where a body would be."""
    h = int(prs.slide_height)
    top = title.bottom + int(h * 0.03)
    return Rect(title.left, top, title.width, max(int(h * 0.90) - top, int(h * 0.2)))


def _box_style(ph, master, kind: str, box: Rect, theme_font, colors) -> BoxStyle:
    chain = _lvl1_chain(ph, master, kind)
    size = _first(chain, "a:defRPr/@sz")
    face = _first(chain, "a:defRPr/a:latin/@typeface")
    mar_l = _first(chain, "@marL")
    color = _first(chain, "a:defRPr/a:solidFill/a:srgbClr/@val")
    scheme = _first(chain, "a:defRPr/a:solidFill/a:schemeClr/@val")
    if face is None or face.startswith("+"):
        face = theme_font
    default_size = 44.0 if kind == "title" else 18.0
    return BoxStyle(
        box=box,
        font=face,
        size_pt=int(size) / 100 if size else default_size,
        insets=_insets(ph),
        indent_pt=int(mar_l) / EMU_PER_PT if mar_l else 0.0,
        color=color or colors.get(_SCHEME_ALIAS.get(scheme or "", scheme or "")),
    )


_SCHEME_ALIAS = {"tx1": "dk1", "tx2": "dk2", "bg1": "lt1", "bg2": "lt2"}


def _lvl1_chain(ph, master, kind: str) -> list:
    """lvl1pPr elements from most to least specific: layout placeholder, master one, txStyles."""
    chain = []
    if ph is not None:
        chain += xpath(ph._element, "./p:txBody/a:lstStyle/a:lvl1pPr")
        master_ph = _master_placeholder(master, ph.placeholder_format.type)
        if master_ph is not None:
            chain += xpath(master_ph, "./p:txBody/a:lstStyle/a:lvl1pPr")
    style = "p:titleStyle" if kind == "title" else "p:bodyStyle"
    chain += xpath(master._element, f"./p:txStyles/{style}/a:lvl1pPr")
    return chain


def _master_placeholder(master, ph_type):
    wanted = TITLE_TYPES if ph_type in TITLE_TYPES else (PP_PLACEHOLDER.BODY,)
    for ph in master.placeholders:
        if ph.placeholder_format.type in wanted:
            return ph._element
    return None


def _first(elements: list, path: str):
    for el in elements:
        found = xpath(el, path)
        if found:
            return str(found[0])
    return None


def _insets(ph) -> tuple[int, int, int, int]:
    if ph is None:
        return (DEFAULT_INSET_LR, DEFAULT_INSET_TB, DEFAULT_INSET_LR, DEFAULT_INSET_TB)
    body_pr = xpath(ph._element, "./p:txBody/a:bodyPr")
    attrs = body_pr[0].attrib if body_pr else {}

    def get(name: str, default: int) -> int:
        return int(attrs.get(name, default))

    return (
        get("lIns", DEFAULT_INSET_LR),
        get("tIns", DEFAULT_INSET_TB),
        get("rIns", DEFAULT_INSET_LR),
        get("bIns", DEFAULT_INSET_TB),
    )


def _theme(prs):
    master_part = prs.slide_masters[0].part
    for rel in master_part.rels.values():
        if rel.reltype.endswith("/theme"):
            return etree.fromstring(rel.target_part.blob)
    return None


def _background(prs, colors: dict[str, str]) -> str | None:
    """The master's solid background colour (explicit or from the theme), for the preview."""
    bg = xpath(prs.slide_masters[0]._element, "./p:cSld/p:bg")
    if not bg:
        return colors.get("lt1")
    rgb = xpath(bg[0], ".//a:srgbClr/@val")
    if rgb:
        return str(rgb[0]).upper()
    scheme = xpath(bg[0], ".//a:schemeClr/@val")
    name = str(scheme[0]) if scheme else "bg1"
    return colors.get(_SCHEME_ALIAS.get(name, name))


def _theme_colors(theme) -> dict[str, str]:
    if theme is None:
        return {}
    colors = {}
    for el in xpath(theme, "//a:clrScheme/*"):
        name = el.tag.split("}")[1]
        val = xpath(el, "./a:srgbClr/@val | ./a:sysClr/@lastClr")
        if val:
            colors[name] = str(val[0]).upper()
    return colors


def _theme_fonts(theme) -> tuple[str | None, str | None]:
    if theme is None:
        return None, None
    major = xpath(theme, "//a:fontScheme/a:majorFont/a:latin/@typeface")
    minor = xpath(theme, "//a:fontScheme/a:minorFont/a:latin/@typeface")
    return (str(major[0]) if major else None, str(minor[0]) if minor else None)
