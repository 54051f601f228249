"""Classification marking at the top and bottom of every slide and notes page, on any template.

A deck marked CONFIDENTIAL must say so on each slide itself (a slide copied into
another deck keeps its marking), in a legible size, in a colour that contrasts
with what is behind it, and clear of the template's content. The place is
found per layout from the shapes a slide of that layout shows (our title, body
and slide number, the layout's and the master's drawings): the free band
nearest the slide's edge. A template that leaves no room still gets its
marking, as an opaque strip over the artwork, and a warning says so. Shapes a
template names "Classification strip…" (the built-in government template) are
the designated place and are used as they are.

The marks are text boxes appended to each slide's shape tree, after the title,
so screen readers still read the title first.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

from briefing_app.export.deck.geometry import LayoutGeometry, Rect, background_colour, xpath
from briefing_app.export.deck.template import all_layouts

STRIP_NAME = "Classification strip"  # -- a template's own place for the marking --
SIZES_PT = (11.0, 10.0, 9.0)  # -- tried in turn before the marking covers anything --
EDGE = 45720  # -- 0.05 in from the slide's edge --
PAD_X, PAD_Y = 45720, 3175
EMU_PER_PT = 12700
SEARCH_DEPTH = 0.22  # -- a marking lower than this share of the height is not "at the top" --
_ID = re.compile(rb'<p:cNvPr\b[^>]*?\bid="(\d+)"')


@dataclass(frozen=True)
class Mark:
    """One marking box: where, what it is filled with, its text colour and size."""

    rect: Rect
    fill: str | None  # "RRGGBB"; None over a template strip that is already filled
    color: str
    size_pt: float
    name: str


@dataclass(frozen=True)
class Obstacle:
    """Something on the page the marking must not cover: text and pictures, or mere artwork."""

    rect: Rect
    content: bool


def marks_xml(marks: list[Mark], text: str, first_id: int) -> bytes:
    """``<p:sp>`` text boxes holding ``text`` for ``marks``, with shape ids from ``first_id``."""
    out = []
    for n, mark in enumerate(marks):
        r = mark.rect
        fill = f'<a:solidFill><a:srgbClr val="{mark.fill}"/></a:solidFill>' if mark.fill else (
            "<a:noFill/>"
        )  # fmt: skip
        out.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{first_id + n}" name="{escape(mark.name)}"/>'
            '<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="{r.left}" y="{r.top}"/><a:ext cx="{r.width}" cy="{r.height}"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill}<a:ln><a:noFill/></a:ln></p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square" lIns="{PAD_X}" tIns="0" rIns="{PAD_X}" bIns="0" '
            'anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
            f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-US" sz="{round(mark.size_pt * 100)}" b="1">'
            f'<a:solidFill><a:srgbClr val="{mark.color}"/></a:solidFill></a:rPr>'
            f"<a:t>{escape(text)}</a:t></a:r></a:p></p:txBody></p:sp>"
        )
    return "".join(out).encode()


def stamp(xml: bytes, marks: list[Mark], text: str) -> bytes:
    """A slide or notes part's XML with the marking boxes appended to its shape tree."""
    ids = [int(m) for m in _ID.findall(xml)]
    end = xml.rfind(b"</p:spTree>")
    return xml[:end] + marks_xml(marks, text, max(ids, default=1) + 1) + xml[end:]


class DeckMarker:
    """Places the marking once per layout and stamps it on every slide and notes page."""

    def __init__(self, prs, text: str, colors: dict[str, str]) -> None:
        self.text = text
        self.colors = colors
        self.warnings: list[str] = []
        self._prs = prs
        self._layouts: dict[tuple[int, bool], list[Mark]] = {}
        self._notes: list[Mark] | None = None

    def slide(self, xml: bytes, layout, geometry: LayoutGeometry, *, numbered: bool) -> bytes:
        """``xml`` (a slide on ``layout``) with the marking at its top and bottom."""
        # -- a title slide may share its layout with numbered slides: place for each separately --
        key = (geometry.layout_index, numbered)
        if key not in self._layouts:
            self._layouts[key] = self.place_on_layout(layout, geometry, numbered)
        return stamp(xml, self._layouts[key], self.text)

    def notes(self, xml: bytes) -> bytes:
        """``xml`` (a notes page) with the marking at its top and bottom."""
        if self._notes is None:
            self._notes = self._place_on_notes()
        return stamp(xml, self._notes, self.text)

    def place_on_layout(self, layout, geometry: LayoutGeometry, numbered: bool) -> list[Mark]:
        width, height = int(self._prs.slide_width), int(self._prs.slide_height)
        background = background_of(layout, self.colors)
        strips = _template_strips(layout)
        if len(strips) >= 2:
            return [_on_strip(self.text, e, rect, fill, self.colors) for e, rect, fill in strips]
        obstacles = [Obstacle(geometry.title.box, True), Obstacle(geometry.body.box, True)]
        obstacles += _drawn_shapes(layout)
        if numbered:
            obstacles += [
                Obstacle(_rect(ph), True)
                for ph in layout.placeholders
                if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
            ]
        return self._place(width, height, obstacles, background, f"the “{layout.name}” slides")

    def _place_on_notes(self) -> list[Mark]:
        size = xpath(self._prs.part._element, "./p:notesSz")
        width = int(size[0].get("cx")) if size else 6858000
        height = int(size[0].get("cy")) if size else 9144000
        master = self._prs.notes_master
        used = (PP_PLACEHOLDER.SLIDE_IMAGE, PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.SLIDE_NUMBER)
        obstacles = [
            Obstacle(_rect(ph), True)
            for ph in master.placeholders
            if ph.placeholder_format.type in used
        ]
        obstacles += _drawn_shapes(master)
        background = background_of(master, self.colors)
        return self._place(width, height, obstacles, background, "the notes pages")

    def _place(self, width, height, obstacles, background, where: str) -> list[Mark]:
        fill = background or "FFFFFF"
        marks = []
        for edge in ("top", "bottom"):
            rect, size, crowded = find_place(self.text, edge, width, height, obstacles)
            if crowded:
                self.warnings.append(
                    f"The template leaves no room for the classification marking at the {edge} "
                    f"of {where}; it was put over the template's {crowded}."
                )
            name = f"Classification marking ({edge})"
            marks.append(Mark(rect, fill, contrasting(fill), size, name))
        return marks


def slide_marks(prs, geometry, text: str, *, cover: bool = False) -> tuple[list[Mark], list[str]]:
    """The marks a slide of the content (or title) layout gets, and warnings: for the preview."""
    marker = DeckMarker(prs, text, geometry.colors)
    layout = geometry.title_layout if cover else geometry.content_layout
    marks = marker.place_on_layout(all_layouts(prs)[layout.layout_index], layout, True)
    return marks, marker.warnings


def find_place(
    text: str, edge: str, width: int, height: int, obstacles: list[Obstacle]
) -> tuple[Rect, float, str]:
    """The box nearest ``edge`` that covers nothing; else artwork only; else anything.

    Smaller sizes, down to the last of ``SIZES_PT``, are tried before covering anything.
    Returns the box, its text size and what it covers: "", "artwork" or "content".
    """
    artwork_only = [o for o in obstacles if o.content]
    for covers, blocking in (("", obstacles), ("artwork", artwork_only)):
        for size in SIZES_PT:
            box_w, box_h = _box_size(text, size, width)
            xs = [(width - box_w) // 2, EDGE, width - box_w - EDGE]
            for y in _rows(edge, height, box_h, blocking):
                for x in xs:
                    rect = Rect(x, y, box_w, box_h)
                    if not any(_overlap(rect, o.rect) for o in blocking):
                        return rect, size, covers
    box_w, box_h = _box_size(text, SIZES_PT[0], width)
    y = EDGE if edge == "top" else height - box_h - EDGE
    return Rect((width - box_w) // 2, y, box_w, box_h), SIZES_PT[0], "content"


def _rows(edge: str, height: int, box_h: int, obstacles: list[Obstacle]) -> list[int]:
    """Candidate tops: at the edge, then just past each obstacle, within the edge's band."""
    limit = int(height * SEARCH_DEPTH)
    if edge == "top":
        tops = [EDGE] + [o.rect.bottom + PAD_Y for o in obstacles]
        return sorted(t for t in set(tops) if t >= 0 and t + box_h <= limit)
    bottoms = [height - EDGE] + [o.rect.top - PAD_Y for o in obstacles]
    return [
        b - box_h for b in sorted(set(bottoms), reverse=True) if b <= height and b >= height - limit
    ]


def _overlap(a: Rect, b: Rect) -> bool:
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.bottom
        and b.top < a.bottom
    )


def _box_size(text: str, size_pt: float, page_width: int) -> tuple[int, int]:
    """A generous box for ``text`` in bold at ``size_pt``, wrapped when wider than the page."""
    most = page_width - 2 * EDGE
    text_w = int(len(text) * 0.68 * size_pt * EMU_PER_PT) + 2 * PAD_X
    box_w = min(max(text_w, int(1.4 * 914400)), most)
    lines = max(1, math.ceil(text_w / box_w))
    return box_w, int(lines * size_pt * 1.2 * EMU_PER_PT) + 2 * PAD_Y


def _rect(shape) -> Rect:
    return Rect(
        int(shape.left or 0),
        int(shape.top or 0),
        int(shape.width or 0),
        max(int(shape.height or 0), 1),
    )


def _drawn_shapes(part_object) -> list[Obstacle]:
    """What a layout or master draws on each slide; a layout also shows its master's, unless told not to."""
    shapes = [s for s in part_object.shapes if not s.is_placeholder]
    found = [Obstacle(_rect(s), _is_content(s)) for s in shapes if s.width is not None]
    master = getattr(part_object, "slide_master", None)
    if master is not None and part_object._element.get("showMasterSp") not in ("0", "false"):
        found += _drawn_shapes(master)
    return found


def _is_content(shape) -> bool:
    """Pictures, tables, charts and shapes with words are content; bare shapes are artwork."""
    if shape.shape_type in (MSO_SHAPE_TYPE.PICTURE, MSO_SHAPE_TYPE.GROUP):
        return True
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        return bool(shape.text_frame.text.strip())
    return shape.shape_type != MSO_SHAPE_TYPE.AUTO_SHAPE and shape.shape_type != MSO_SHAPE_TYPE.LINE


def _template_strips(layout) -> list[tuple[str, Rect, str | None]]:
    """The template's own "Classification strip (top)/(bottom)" shapes this layout shows."""
    if layout._element.get("showMasterSp") in ("0", "false"):
        return []
    found = []
    for shape in layout.slide_master.shapes:
        if shape.name.startswith(STRIP_NAME):
            edge = "bottom" if "bottom" in shape.name.lower() else "top"
            found.append((edge, _rect(shape), _strip_fill(shape)))
    return found


def _on_strip(text: str, edge: str, strip: Rect, fill: str | None, colors: dict[str, str]) -> Mark:
    """A mark centred in a template's strip: transparent, in a colour contrasting with it.

    The box is only as wide as the text, so a slide number at the strip's end stays clear.
    """
    behind = fill or colors.get("dk1", "000000")
    size = round(min(SIZES_PT[0], strip.height / EMU_PER_PT * 0.62), 1)
    width = min(_box_size(text, size, strip.width)[0], strip.width)
    rect = Rect(strip.left + (strip.width - width) // 2, strip.top, width, strip.height)
    return Mark(rect, None, contrasting(behind), size, f"Classification marking ({edge})")


def _strip_fill(shape) -> str | None:
    rgb = xpath(shape._element, "./p:spPr/a:solidFill/a:srgbClr/@val")
    return str(rgb[0]).upper() if rgb else None


def background_of(part_object, colors: dict[str, str]) -> str | None:
    """The solid background of a layout (or its master) or notes master; None for pictures/gradients."""
    for element in (
        part_object._element,
        getattr(getattr(part_object, "slide_master", None), "_element", None),
    ):
        if element is None:
            continue
        bg = xpath(element, "./p:cSld/p:bg")
        if not bg:
            continue
        if xpath(bg[0], ".//a:blipFill | .//a:gradFill | .//a:pattFill"):
            return None
        return background_colour(bg[0], colors)
    return colors.get("lt1", "FFFFFF")


def contrasting(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` (WCAG relative luminance)."""
    return "000000" if luminance(background) > 0.179 else "FFFFFF"


def luminance(rgb: str) -> float:
    """WCAG 2 relative luminance of an "RRGGBB" colour."""
    channels = []
    for i in (0, 2, 4):
        c = int(rgb[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two "RRGGBB" colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
