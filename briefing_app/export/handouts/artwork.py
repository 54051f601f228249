"""What a template paints under our text, as plain data: background, shapes, pictures, labels.

The handout renderer draws a planned slide the way PowerPoint and LibreOffice
show the .pptx we write: the layout's background (else the master's), the
master's shapes (unless the layout hides them), the layout's shapes, then the
title and body text in the boxes :mod:`briefing_app.export.deck.geometry` reports.
Only what the template itself says is read here; sizes are in points from the
slide's top-left corner. Pictures a PDF cannot hold (EMF, WMF, SVG) are left out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER

from briefing_app.core.errors import UserError
from briefing_app.export.deck.choices import choices_path, load_choices
from briefing_app.export.deck.geometry import (
    EMU_PER_PT,
    BoxStyle,
    TemplateGeometry,
    read_geometry,
    xpath,
)
from briefing_app.export.deck.marking import DeckMarker
from briefing_app.export.deck.slide_xml import MIN_NUMBER_SIZE
from briefing_app.export.deck.template import all_layouts, open_template, unforeseen_structure
from briefing_app.export.handouts.colours import Palette, palette_for
from briefing_app.export.templates import resolve_template

Box = tuple[float, float, float, float]  # x, y, width, height in points, from the top-left
_NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
MAX_PICTURE_PX = 2400  # -- 300 dpi across an 8-inch-wide slide --
LARGE_PICTURE_PX = 400_000  # -- above this many pixels an opaque picture is kept as JPEG --


@dataclass(frozen=True)
class Fill:
    box: Box
    colour: str | None  # "RRGGBB", None = no fill
    line: str | None = None  # outline colour
    line_width: float = 0.75
    shape: str = "rect"  # rect, ellipse, roundRect
    alpha: float = 1.0  # fill opacity


@dataclass(frozen=True)
class Line:
    start: tuple[float, float]
    end: tuple[float, float]
    colour: str
    width: float


@dataclass(frozen=True)
class Picture:
    box: Box
    data: bytes  # PNG or JPEG


@dataclass(frozen=True)
class Label:
    """Fixed text of the template (a "Confidential" box), the marking, or where the number goes."""

    box: Box
    text: str
    size: float
    colour: str
    bold: bool = False
    align: str = "l"  # l, ctr, r
    anchor: str = "t"  # t, ctr, b
    font: str | None = None


Item = Fill | Line | Picture | Label


@dataclass(frozen=True)
class TextLook:
    """How a title or body box sets text beyond what the geometry says: colour, alignment, bullet."""

    style: BoxStyle
    colour: str
    align: str = "l"
    anchor: str = "t"
    bullet: str = "•"  # a character, "1." for auto-numbered lists, "" for none
    bullet_colour: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class SlideArt:
    """Everything drawn on one kind of slide ("title" or "content") except its planned text."""

    width: float
    height: float
    background: str
    background_picture: bytes | None
    items: tuple[Item, ...]
    title: TextLook
    body: TextLook
    number: Label | None = None  # where the slide number goes, with its style


@dataclass(frozen=True)
class Artwork:
    """One kind of slide per template role (title, section, content, figures, closing)."""

    roles: dict[str, SlideArt]
    name: str
    warnings: tuple[str, ...] = ()

    @property
    def content(self) -> SlideArt:
        return self.roles["content"]

    def for_role(self, role: str) -> SlideArt:
        return self.roles.get(role, self.content)


ROLES = ("title", "section", "content", "figures", "closing")


def artwork_for(template: str | Path | None) -> tuple[Artwork, TemplateGeometry]:
    """The artwork and geometry of a deck template (name, path or None); cached per file version."""
    path = resolve_template("deck", template)
    return _read(path, *_version(path))


def _version(path: Path) -> tuple[int, int]:
    """When the template and the user's layout choice for it last changed: the caches' key."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise UserError(f"Cannot read template {path}: {exc.strerror or exc}.") from exc
    try:
        return stamp, choices_path(path).stat().st_mtime_ns
    except OSError:
        return stamp, 0


def marks_for(
    template: str | Path | None, text: str
) -> tuple[dict[str, tuple[Item, ...]], tuple[str, ...]]:
    """Where the deck writer puts the classification ``text`` on each role's slides; warnings.

    The deck export places the marking per layout (a template's strips, else the
    free band nearest the top and the foot: :mod:`briefing_app.export.deck.marking`);
    the handouts ask the same code, so paper and deck carry it in the same place.
    """
    path = resolve_template("deck", template)
    return _read_marks(path, *_version(path), text)


@lru_cache(maxsize=4)
def _opened(path: Path, _stamp: int, _choices: int) -> tuple[Any, TemplateGeometry]:
    """The template opened and its geometry read once per version, for artwork and marks alike."""
    prs = open_template(path)
    with unforeseen_structure(path, "handouts"):
        return prs, read_geometry(prs, load_choices(path))


@lru_cache(maxsize=8)
def _read_marks(path: Path, _stamp: int, _choices: int, text: str):
    prs, geometry = _opened(path, _stamp, _choices)
    art, _geometry = _read(path, _stamp, _choices)
    marker = DeckMarker(prs, text, geometry.colors)
    layouts = all_layouts(prs)
    found: dict[str, tuple[Item, ...]] = {}
    for role in ROLES:
        lay = geometry.layout_for(role)
        numbered = art.for_role(role).number is not None
        items: list[Item] = []
        for mark in marker.place_on_layout(layouts[lay.layout_index], lay, numbered):
            box = mark.rect.points
            if mark.fill:
                items.append(Fill(box, mark.fill))
            items.append(
                Label(box, text, mark.size_pt, mark.color, bold=True, align="ctr", anchor="ctr")
            )
        found[role] = tuple(items)
    return found, tuple(dict.fromkeys(marker.warnings))


@lru_cache(maxsize=8)
def _read(path: Path, _stamp: int, _choices: int) -> tuple[Artwork, TemplateGeometry]:
    prs, geometry = _opened(path, _stamp, _choices)
    with unforeseen_structure(path, "handouts"):
        layouts = all_layouts(prs)
        warnings: list[str] = []
        built: dict[tuple[int, bool], SlideArt] = {}
        roles = {}
        for role in ROLES:
            lay = geometry.layout_for(role)
            key = (lay.layout_index, role == "title")
            if key not in built:
                built[key] = _slide_art(prs, geometry, layouts[lay.layout_index], lay,
                                        title_slide=role == "title", warnings=warnings)  # fmt: skip
            roles[role] = built[key]
    return Artwork(roles, path.stem, tuple(dict.fromkeys(warnings))), geometry


def _slide_art(prs, geometry: TemplateGeometry, layout, lay, *, title_slide: bool,
               warnings: list[str]) -> SlideArt:  # fmt: skip
    master = layout.slide_master
    palette = palette_for(master._element, geometry.colors, layout._element)
    theme = _theme(master)
    background, picture = _background(layout, master, palette, theme)
    items: list[Item] = []
    if layout._element.get("showMasterSp") not in ("0", "false"):
        items += _shapes(master._element, master.part, palette, theme, warnings)
    items += _shapes(layout._element, layout.part, palette, theme, warnings)
    for kind, style in (("title", lay.title), ("body", lay.body)):
        items += _placeholder_fill(layout, master, kind, title_slide, style, palette)
    return SlideArt(
        width=geometry.slide_width / EMU_PER_PT,
        height=geometry.slide_height / EMU_PER_PT,
        background=background,
        background_picture=picture,
        items=tuple(items),
        title=_text_look(lay.title, layout, master, palette, "title", title_slide),
        body=_text_look(lay.body, layout, master, palette, "body", title_slide),
        number=None if title_slide else _number(layout, master, palette, geometry),
    )


# -- backgrounds ------------------------------------------------------------------------------


def _background(layout, master, palette: Palette, theme) -> tuple[str, bytes | None]:
    for owner in (layout, master):
        bg = xpath(owner._element, "./p:cSld/p:bg")
        if not bg:
            continue
        props = xpath(bg[0], "./p:bgPr")
        if props:
            return _fill_of(props[0], owner.part, palette, default="FFFFFF")
        ref = xpath(bg[0], "./p:bgRef")
        if ref:
            colour = palette.colour(ref[0]) or "FFFFFF"
            style = _theme_background(theme, int(ref[0].get("idx", "1001")))
            if style is not None:
                return _fill_of(style, None, palette, default=colour, placeholder=colour)
            return colour, None
    return palette.scheme("bg1") or "FFFFFF", None


def _theme_background(theme, idx: int):
    if theme is None or idx < 1001:
        return None
    styles = xpath(theme, "//a:fmtScheme/a:bgFillStyleLst/*")
    if idx - 1001 >= len(styles):
        return None
    holder = etree.Element("holder")
    holder.append(etree.fromstring(etree.tostring(styles[idx - 1001])))
    return holder


def _fill_of(props, part, palette: Palette, *, default: str, placeholder: str | None = None):
    """(colour, picture) of the first fill child of ``props`` (solid, gradient or picture)."""
    for child in props:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "solidFill":
            return palette.colour(child, placeholder) or default, None
        if name == "gradFill":
            stops = xpath(child, "./a:gsLst/a:gs")
            colours = [palette.colour(s, placeholder) for s in stops]
            return _mix([c for c in colours if c]) or default, None
        if name == "blipFill" and part is not None:
            return default, _blip(child, part, over=default)
    return default, None


def _mix(colours: list[str]) -> str | None:
    """The average of gradient stops: a flat stand-in close to what the eye takes in."""
    if not colours:
        return None
    channels = [sum(int(c[i : i + 2], 16) for c in colours) // len(colours) for i in (0, 2, 4)]
    return "".join(f"{v:02X}" for v in channels)


# -- shapes -----------------------------------------------------------------------------------


def _shapes(owner, part, palette: Palette, theme, warnings: list[str]):
    tree = xpath(owner, "./p:cSld/p:spTree")
    return _group(tree[0], part, palette, theme, warnings, _identity) if tree else []


def _identity(x: float, y: float) -> tuple[float, float]:
    return x, y


def _group(tree, part, palette, theme, warnings, transform, scale=(1.0, 1.0)) -> list[Item]:
    items: list[Item] = []
    for el in tree:
        if not isinstance(el.tag, str):
            continue
        tag = etree.QName(el).localname
        if tag == "grpSp":
            inner, inner_scale = _group_transform(el, transform, scale)
            items += _group(el, part, palette, theme, warnings, inner, inner_scale)
        elif tag in ("sp", "cxnSp", "pic"):
            if xpath(el, "./p:nvSpPr/p:nvPr/p:ph | ./p:nvPicPr/p:nvPr/p:ph"):
                continue  # -- placeholders: our title and body, or left empty on our slides --
            box = _box(el, transform, scale)
            if box is None:
                continue
            items += _shape(el, tag, box, part, palette, theme, warnings)
    return items


def _group_transform(el, transform, scale):
    off = xpath(el, "./p:grpSpPr/a:xfrm/a:off")
    ext = xpath(el, "./p:grpSpPr/a:xfrm/a:ext")
    ch_off = xpath(el, "./p:grpSpPr/a:xfrm/a:chOff")
    ch_ext = xpath(el, "./p:grpSpPr/a:xfrm/a:chExt")
    if not (off and ext and ch_off and ch_ext):
        return transform, scale
    ox, oy = int(off[0].get("x", 0)), int(off[0].get("y", 0))
    cx, cy = int(ch_off[0].get("x", 0)), int(ch_off[0].get("y", 0))
    sx = int(ext[0].get("cx", 1)) / max(int(ch_ext[0].get("cx", 1)), 1)
    sy = int(ext[0].get("cy", 1)) / max(int(ch_ext[0].get("cy", 1)), 1)

    def inner(x: float, y: float) -> tuple[float, float]:
        return transform(ox + (x - cx) * sx, oy + (y - cy) * sy)

    return inner, (scale[0] * sx, scale[1] * sy)


def _box(el, transform, scale) -> Box | None:
    xfrm = xpath(el, "./p:spPr/a:xfrm")
    if not xfrm:
        return None
    off, ext = xpath(xfrm[0], "./a:off"), xpath(xfrm[0], "./a:ext")
    if not off or not ext:
        return None
    x, y = transform(int(off[0].get("x", 0)), int(off[0].get("y", 0)))
    w = int(ext[0].get("cx", 0)) * scale[0]
    h = int(ext[0].get("cy", 0)) * scale[1]
    return (x / EMU_PER_PT, y / EMU_PER_PT, w / EMU_PER_PT, h / EMU_PER_PT)


def _shape(el, tag: str, box: Box, part, palette: Palette, theme, warnings) -> list[Item]:
    props = (xpath(el, "./p:spPr") or [None])[0]
    geom = str((xpath(el, "./p:spPr/a:prstGeom/@prst") or ["rect"])[0])
    if tag == "pic":
        blips = xpath(el, "./p:blipFill")
        data = _blip(blips[0], part, warnings) if blips else None
        return [Picture(box, data)] if data else []
    colour, picture = _shape_fill(el, props, part, palette, warnings)
    line, width = _outline(el, props, palette)
    items: list[Item] = []
    if geom in ("line", "straightConnector1") or tag == "cxnSp":
        if line:
            x, y, w, h = box
            flip_h = xpath(el, "./p:spPr/a:xfrm/@flipH") == ["1"]
            flip_v = xpath(el, "./p:spPr/a:xfrm/@flipV") == ["1"]
            x1, x2 = (x + w, x) if flip_h else (x, x + w)
            y1, y2 = (y + h, y) if flip_v else (y, y + h)
            items.append(Line((x1, y1), (x2, y2), line, width))
        return items
    if picture:
        items.append(Picture(box, picture))
    elif colour or line:
        kind = geom if geom in ("ellipse", "roundRect") else "rect"
        items.append(Fill(box, colour, line, width, kind, _alpha(props)))
    items += _labels(el, box, palette)
    return items


def _shape_fill(el, props, part, palette: Palette, warnings):
    if props is not None:
        for child in props:
            name = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if name == "noFill":
                return None, None
            if name in ("solidFill", "gradFill", "blipFill"):
                colour, picture = _fill_of(props, part, palette, default="FFFFFF")
                return (None, picture) if picture else (colour, None)
    ref = xpath(el, "./p:style/a:fillRef")
    if ref and ref[0].get("idx", "0") != "0":
        return palette.colour(ref[0]), None
    return None, None


def _alpha(props) -> float:
    """The opacity of a shape's solid fill (DrawingML a:alpha, in thousandths of a percent)."""
    found = xpath(props, "./a:solidFill/*/a:alpha/@val") if props is not None else []
    return int(found[0]) / 100000 if found else 1.0


def _placeholder_fill(layout, master, kind: str, title_slide: bool, style: BoxStyle,
                      palette: Palette) -> list[Item]:  # fmt: skip
    """The box our title or body sits in, when the template fills or outlines it."""
    wanted = _ph_types(kind, title_slide)
    for owner in (layout, master):
        for ph in owner.placeholders:
            if ph.placeholder_format.type not in wanted:
                continue
            el = ph._element
            props = (xpath(el, "./p:spPr") or [None])[0]
            colour, _picture = _shape_fill(el, props, None, palette, [])
            line, width = _outline(el, props, palette)
            if colour or line:
                return [Fill(style.box.points, colour, line, width, "rect", _alpha(props))]
            if props is not None and xpath(props, "./a:noFill | ./a:ln/a:noFill"):
                return []  # -- the layout says "no fill": the master's does not count --
            break
    return []


def _outline(el, props, palette: Palette) -> tuple[str | None, float]:
    ln = xpath(props, "./a:ln") if props is not None else []
    width = int(ln[0].get("w", 9525)) / EMU_PER_PT if ln else 0.75
    if ln:
        if xpath(ln[0], "./a:noFill"):
            return None, width
        solid = xpath(ln[0], "./a:solidFill")
        if solid:
            return palette.colour(solid[0]), width
    ref = xpath(el, "./p:style/a:lnRef")
    if ref and ref[0].get("idx", "0") != "0":
        return palette.colour(ref[0]), width
    return None, width


def _labels(el, box: Box, palette: Palette) -> list[Label]:
    """Fixed text in a template shape, one label per paragraph, stacked from the anchor."""
    paras = xpath(el, "./p:txBody/a:p")
    texts = ["".join(xpath(p, ".//a:t/text()")) for p in paras]
    if not any(t.strip() for t in texts):
        return []
    anchor = str((xpath(el, "./p:txBody/a:bodyPr/@anchor") or ["t"])[0])
    out = []
    x, y, w, h = box
    sizes: list[float] = []
    for p in paras:
        found = xpath(p, "./a:r[1]/a:rPr/@sz | ./a:endParaRPr/@sz")
        sizes.append(int(found[0]) / 100 if found else 18.0)
    total = sum(s * 1.2 for s in sizes)
    top = y + (h - total) / 2 if anchor == "ctr" else (y + h - total if anchor == "b" else y)
    for p, text, size in zip(paras, texts, sizes, strict=True):
        if text.strip():
            fill = xpath(p, "./a:r[1]/a:rPr/a:solidFill")
            colour = palette.colour(fill[0]) if fill else palette.scheme("tx1")
            bold = xpath(p, "./a:r[1]/a:rPr/@b") == ["1"]
            align = str((xpath(p, "./a:pPr/@algn") or ["l"])[0])
            out.append(Label((x + 7.2, top, w - 14.4, size * 1.2), text, size, colour or "000000",
                             bold, align, "t"))  # fmt: skip
        top += size * 1.2
    return out


def _blip(blip_fill, part, warnings: list[str] | None = None, *, over: str | None = None
          ) -> bytes | None:  # fmt: skip
    """The picture of a blipFill as PNG/JPEG bytes, cropped as the template crops it."""
    rid = etree._Element.xpath(blip_fill, "./a:blip/@r:embed", namespaces=_NS)
    if not rid:
        return None
    try:
        blob = part.related_part(str(rid[0])).blob
    except (KeyError, AttributeError):
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(blob)) as image:
            image.load()
            crop = etree._Element.xpath(blip_fill, "./a:srcRect", namespaces=_NS)
            faded = etree._Element.xpath(blip_fill, "./a:blip/a:alphaModFix", namespaces=_NS)
            if image.format == "JPEG" and not crop and not faded:
                return blob
            out = image.convert("RGBA") if image.mode not in ("RGB", "RGBA") else image.copy()
    except (UnidentifiedImageError, OSError, ValueError):
        if warnings is not None:
            warnings.append(
                "A template picture in a format PDF cannot hold (EMF, WMF or SVG) was left off the handouts."
            )
        return None
    fade = etree._Element.xpath(blip_fill, "./a:blip/a:alphaModFix/@amt", namespaces=_NS)
    if fade and int(fade[0]) < 100000:  # -- a picture laid over the background at this opacity --
        out = out.convert("RGBA")
        alpha = out.getchannel("A").point(lambda a: a * int(fade[0]) // 100000)
        out.putalpha(alpha)
    if max(out.size) > MAX_PICTURE_PX:  # -- a print-size photo: far more than a handout shows --
        out.thumbnail((MAX_PICTURE_PX, MAX_PICTURE_PX))
    if crop:
        c = {k: int(v) / 100000 for k, v in crop[0].attrib.items() if k in "ltrb"}
        w, h = out.size
        left, top = int(w * c.get("l", 0)), int(h * c.get("t", 0))
        right, bottom = int(w * (1 - c.get("r", 0))), int(h * (1 - c.get("b", 0)))
        if right > left and bottom > top:
            out = out.crop((left, top, right, bottom))
    if over and out.mode == "RGBA":  # -- a background: lay it on its colour once, here --
        base = Image.new("RGBA", out.size, f"#{over}")
        out = Image.alpha_composite(base, out).convert("RGB")
    buffer = io.BytesIO()
    if out.mode == "RGB" and out.width * out.height > LARGE_PICTURE_PX:
        # -- a large opaque picture as JPEG: reportlab embeds it as it is, without decoding and
        # -- recompressing it for every PDF (the slide preview makes one on every edit) --
        out.save(buffer, "JPEG", quality=90)
    else:
        out.save(buffer, "PNG")
    return buffer.getvalue()


# -- text looks -------------------------------------------------------------------------------


def _theme(master):
    for rel in master.part.rels.values():
        if rel.reltype.endswith("/theme"):
            return etree.fromstring(rel.target_part.blob)
    return None


def _lvl1(layout, master, kind: str, title_slide: bool) -> tuple[list, list]:
    """(lvl1pPr chain, bodyPr chain), most specific first: layout placeholder, master, txStyles."""
    wanted = _ph_types(kind, title_slide)
    levels, bodies = [], []
    for owner in (layout, master):
        for ph in owner.placeholders:
            if ph.placeholder_format.type in wanted:
                levels += xpath(ph._element, "./p:txBody/a:lstStyle/a:lvl1pPr")
                bodies += xpath(ph._element, "./p:txBody/a:bodyPr")
                break
    style = "p:titleStyle" if kind == "title" else "p:bodyStyle"
    levels += xpath(master._element, f"./p:txStyles/{style}/a:lvl1pPr")
    return levels, bodies


def _ph_types(kind: str, title_slide: bool):
    if kind == "title":
        return (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    if title_slide:
        return (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
    return (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)


def _first(elements: list, path: str):
    for el in elements:
        found = xpath(el, path)
        if found:
            return found[0]
    return None


def _text_look(style: BoxStyle, layout, master, palette: Palette, kind: str,
               title_slide: bool) -> TextLook:  # fmt: skip
    levels, bodies = _lvl1(layout, master, kind, title_slide)
    fill = _first(levels, "./a:defRPr/a:solidFill")
    colour = (palette.colour(fill) if fill is not None else None) or palette.scheme("tx1")
    bullet = "•"
    if _first(levels, "./a:buNone") is not None or kind == "title":
        bullet = ""
    elif _first(levels, "./a:buAutoNum") is not None:
        bullet = "1."
    else:
        char = _first(levels, "./a:buChar/@char")
        bullet = str(char) if char is not None else "•"
    bullet_fill = _first(levels, "./a:buClr")
    return TextLook(
        style=style,
        colour=colour or "000000",
        align=str(_first(levels, "@algn") or "l"),
        anchor=str(_first(bodies, "@anchor") or "t"),
        bullet=bullet,
        bullet_colour=palette.colour(bullet_fill) if bullet_fill is not None else None,
        bold=str(_first(levels, "./a:defRPr/@b") or "0") in ("1", "true"),
    )


def _number(layout, master, palette: Palette, geometry: TemplateGeometry) -> Label | None:
    """The slide-number box of the content layout, as the deck writer fills it (on-page only)."""
    for ph in layout.placeholders:
        if ph.placeholder_format.type != PP_PLACEHOLDER.SLIDE_NUMBER:
            continue
        box = tuple(float(v or 0) / EMU_PER_PT for v in (ph.left, ph.top, ph.width, ph.height))
        if box[0] + box[2] > geometry.slide_width / EMU_PER_PT + 0.5:
            return None
        if box[1] + box[3] > geometry.slide_height / EMU_PER_PT + 0.5:
            return None
        chain = xpath(ph._element, ".//a:lvl1pPr | .//a:pPr")
        for mph in master.placeholders:
            if mph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER:
                chain += xpath(mph._element, ".//a:lvl1pPr | .//a:pPr")
        size = _first(chain, "./a:defRPr/@sz") or _first(
            [ph._element], ".//a:rPr/@sz | .//a:endParaRPr/@sz"
        )
        if size is not None:  # -- the deck writer sets slide numbers at 9 pt at least --
            size = str(max(int(size), MIN_NUMBER_SIZE))
        fill = _first(chain, "./a:defRPr/a:solidFill")
        colour = (palette.colour(fill) if fill is not None else None) or palette.scheme("tx1")
        anchor = _first([ph._element], "./p:txBody/a:bodyPr/@anchor") or "ctr"
        return Label(
            box=(box[0] + 7.2, box[1] + 3.6, box[2] - 14.4, box[3] - 7.2),
            text="",
            size=int(size) / 100 if size else 12.0,
            colour=colour or "000000",
            align=str(_first(chain, "@algn") or "r"),
            anchor=str(anchor),
        )
    return None
