"""A template's geometry and theme as plain data: where titles and bodies go, in which fonts.

The deck plan fits text into these boxes, the deck writer picks the layouts
named here, and the GUI preview draws slides from the same numbers, so all
three agree. Layouts are chosen by placeholder type, never by name or index.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER

from briefing_app.export.deck.choices import load_choices
from briefing_app.export.deck.fonts import metrics_for
from briefing_app.export.deck.template import (
    BODY_TYPES,
    TITLE_TYPES,
    all_layouts,
    find_body,
    find_title,
    open_template,
)
from briefing_app.export.deck.xpath import compiled
from briefing_app.export.templates import resolve_template

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}
EMU_PER_PT = 12700
DEFAULT_INSET_LR, DEFAULT_INSET_TB = 91440, 45720


def xpath(element, path: str) -> list:
    """XPath with our prefixes (python-pptx's, which hold them) on any lxml element."""
    # -- compiled once: reading a template's geometry makes ~800 calls over ~30 expressions,
    # -- and ``_Element.xpath`` compiles its string again on every call (see xpath.py) --
    return compiled(path)(element)


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

    @property
    def points(self) -> tuple[float, float, float, float]:
        """(left, top, width, height) in points, as PDF drawing wants it."""
        return (
            self.left / EMU_PER_PT,
            self.top / EMU_PER_PT,
            self.width / EMU_PER_PT,
            self.height / EMU_PER_PT,
        )


@dataclass(frozen=True)
class BoxStyle:
    """How one placeholder sets text: its box, inner insets (EMU), font, size (pt) and indent."""

    box: Rect
    font: str | None
    size_pt: float
    insets: tuple[int, int, int, int] = (91440, 45720, 91440, 45720)  # left, top, right, bottom
    indent_pt: float = 0.0
    color: str | None = None  # "RRGGBB" when the template says so
    bold: bool = False  # -- a bold title style is wider: measured bold --
    caps: bool = False  # -- the style sets text in capitals (cap="all" or "small"): wider --

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
    name: str = ""


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
    # -- the other roles; None means the content layout (or the title layout for a section) --
    section_layout: LayoutGeometry | None = None
    figures_layout: LayoutGeometry | None = None
    closing_layout: LayoutGeometry | None = None

    def layout_for(self, role: str) -> LayoutGeometry:
        """The layout a slide of ``role`` uses: title, section, content, figures or closing."""
        chosen = {
            "title": self.title_layout,
            "section": self.section_layout,
            "figures": self.figures_layout,
            "closing": self.closing_layout,
        }.get(role)
        return chosen or self.content_layout


def geometry_for(template: str | Path | None) -> TemplateGeometry:
    """The geometry of a deck template given by name, path or None (the default); for the preview.

    Opening a template takes a few tens of milliseconds: callers that redraw
    often should keep the result (it is immutable) until the template changes.
    """

    path = resolve_template("deck", template)
    return read_geometry(open_template(path), load_choices(path))


ROLES = ("title", "section", "content", "figures", "closing")
MIN_BODY_HEIGHT = 0.22  # -- of the slide height: a body box lower than this holds no text --
MIN_BODY_WIDTH = 0.35  # -- of the slide width --
MIN_TITLE_WIDTH = 0.4  # -- a title column narrower than this breaks words --
# -- title-slide layout names in the languages templates come in --
# -- (whole words of names, never "Titel und Inhalt" or "タイトルとコンテンツ": title AND content) --
_TITLE_NAMES = ("title slide", "titelfolie", "titel folie", "diapositive de titre",
                "diapositiva de título", "diapositiva titolo", "slide de título", "slajd tytułowy",
                "タイトル スライド", "タイトルスライド", "表紙", "标题幻灯片", "címdia", "titeldia",
                "cover", "capa", "portada", "copertina", "folha de rosto")  # fmt: skip
_SECTION_NAMES = ("section", "abschnitt", "seção", "secao", "sección", "sekcj", "セクション",
                  "szakasz", "sectiekop", "sezione", "节标题")  # fmt: skip


def read_geometry(prs, overrides: dict[str, int] | None = None) -> TemplateGeometry:
    """Choose a layout per role by placeholder type and usable area; read their geometry.

    ``overrides`` maps a role to a layout index the user chose (see
    :mod:`briefing_app.export.deck.check`); an index the template does not have is ignored.
    """
    theme = _theme(prs)
    colors, major, minor = _theme_colors(theme), *_theme_fonts(theme)
    warnings: list[str] = []
    layouts = all_layouts(prs)
    areas = [_usable_areas(prs, layout) for layout in layouts]
    content_index = _choose_content(prs, layouts, areas, warnings)
    title_index = _choose_title(prs, layouts, content_index, warnings)
    section_index = _choose_section(layouts, title_index)
    chosen = {"title": title_index, "section": section_index, "content": content_index,
              "figures": content_index, "closing": content_index}  # fmt: skip
    for role, index in (overrides or {}).items():
        if role in chosen and isinstance(index, int) and 0 <= index < len(layouts):
            chosen[role] = index
    fonts = (major, minor)

    def geometry(role: str) -> LayoutGeometry:
        return _layout_geometry(prs, chosen[role], fonts, colors, subtitle=role in ("title", "section"),
                                fallback=role != "title" and not _holds_text(areas[chosen[role]], prs))  # fmt: skip

    content = geometry("content")
    others = {role: geometry(role) for role in ("section", "figures", "closing")}
    background = _background(prs, colors)
    if "section" not in (overrides or {}) and _title_unseen(
        layouts[chosen["section"]], others["section"], background
    ):
        others["section"] = geometry("title")
    return TemplateGeometry(
        slide_width=int(prs.slide_width),
        slide_height=int(prs.slide_height),
        title_layout=geometry("title"),
        content_layout=content,
        colors=colors,
        background=background,
        major_font=major,
        minor_font=minor,
        warnings=tuple(warnings),
        section_layout=others["section"],
        figures_layout=None if chosen["figures"] == content_index else others["figures"],
        closing_layout=None if chosen["closing"] == content_index else others["closing"],
    )


def _usable_areas(prs, layout) -> tuple[Rect | None, Rect | None]:
    """(usable title box, usable body box) of a layout, after its and its master's artwork."""
    title_ph = find_title(layout.placeholders)
    body_ph = find_body(layout.placeholders)
    obstacles = obstacles_of(prs, layout)
    title = usable_box(_on_slide(prs, _rect(title_ph)), obstacles) if title_ph is not None else None
    body = usable_box(_on_slide(prs, _rect(body_ph)), obstacles) if body_ph is not None else None
    return title, body


def _holds_text(areas: tuple[Rect | None, Rect | None], prs) -> bool:
    """Whether a layout's body can hold slide text at all (else text boxes are used)."""
    body = areas[1]
    return body is not None and (
        body.height >= MIN_BODY_HEIGHT * prs.slide_height
        and body.width >= MIN_BODY_WIDTH * prs.slide_width
    )


def _title_ok(areas: tuple[Rect | None, Rect | None], prs) -> bool:
    title = areas[0]
    return title is not None and title.width >= MIN_TITLE_WIDTH * prs.slide_width


def _score_content(layout, areas, prs) -> tuple:
    """Rank layouts for a content slide: a usable title, one horizontal body, the most room."""
    phs = list(layout.placeholders)
    bodies = [ph for ph in phs if ph.placeholder_format.type in BODY_TYPES]
    horizontal = not any(_is_vertical(ph) for ph in phs)
    body = areas[1]
    area = body.width * body.height if body is not None else 0
    return (_holds_text(areas, prs), _title_ok(areas, prs), horizontal, len(bodies) == 1, area)


def _is_vertical(ph) -> bool:
    vert = xpath(ph._element, "./p:txBody/a:bodyPr/@vert")
    return bool(vert) and str(vert[0]) != "horz"


def _choose_content(prs, layouts, areas, warnings: list[str]) -> int:
    scores = [_score_content(layout, areas[i], prs) for i, layout in enumerate(layouts)]
    best_area = max((s[-1] for s in scores if s[:4] == max(s[:4] for s in scores)), default=0)
    # -- among equally suitable layouts, the template's own first one unless another has far more room --
    best = min(
        (i for i, s in enumerate(scores) if s[:4] == max(x[:4] for x in scores) and s[-1] >= 0.85 * best_area),
        default=0,
    )  # fmt: skip
    holds, title_ok, *_ = scores[best]
    if not holds:
        blank = _best_blank(prs, layouts, areas)
        warnings.append(
            "No layout of the template has a body box that can hold text; "
            "slide text goes into text boxes on the layout with the most free room."
        )
        return blank
    if not title_ok:
        warnings.append(
            "The template has no content layout with a usable title; titles are text boxes."
        )
    return best


def _best_blank(prs, layouts, areas) -> int:
    """The layout with a usable title (if any) and the fewest other placeholders: for text boxes."""

    def rank(i: int) -> tuple:
        others = [
            ph for ph in layouts[i].placeholders if ph.placeholder_format.type not in TITLE_TYPES
        ]
        return (_title_ok(areas[i], prs), -len(others), -i)

    return max(range(len(layouts)), key=rank)


def _layout_name(layout) -> str:
    return (layout.name or "").strip().lower()


def _choose_title(prs, layouts, content_index: int, warnings: list[str]) -> int:
    """The title slide's layout by role: a centred title, a title layout by name, the first layout."""

    def has_title(layout) -> bool:
        return find_title(layout.placeholders) is not None

    def text_room(layout) -> bool:
        return any(ph.placeholder_format.type in (PP_PLACEHOLDER.SUBTITLE, *BODY_TYPES)
                   for ph in layout.placeholders)  # fmt: skip

    for i, layout in enumerate(layouts):
        types = [ph.placeholder_format.type for ph in layout.placeholders]
        if PP_PLACEHOLDER.CENTER_TITLE in types and text_room(layout):
            return i
    for i, layout in enumerate(layouts):
        if (
            has_title(layout)
            and any(n in _layout_name(layout) for n in _TITLE_NAMES)
            and text_room(layout)
        ):
            return i
    for i, layout in enumerate(layouts):
        types = [ph.placeholder_format.type for ph in layout.placeholders]
        if PP_PLACEHOLDER.SUBTITLE in types and has_title(layout):
            return i
    if layouts and has_title(layouts[0]) and content_index != 0 and text_room(layouts[0]):
        return 0
    for i, layout in enumerate(layouts):
        if layout._element.get("type") == "secHead" and has_title(layout):
            warnings.append(
                "The template has no title-slide layout; a section layout is used for the title slide."
            )
            return i
    warnings.append("The template has no title-slide layout; the title slide uses the content one.")
    return content_index


def _title_unseen(layout, geometry: LayoutGeometry, background: str | None) -> bool:
    """A section layout whose title would not show: coloured like the slide it sits on.

    Masters that set titles white for a coloured band, with a section layout
    that has no background of its own and puts its title on the white slide.
    """
    colour = (geometry.title.color or "").upper()
    own_background = layout._element.cSld.bg is not None
    return bool(colour) and not own_background and colour == (background or "").upper()


def _choose_section(layouts, title_index: int) -> int:
    for i, layout in enumerate(layouts):
        if layout._element.get("type") == "secHead" and find_title(layout.placeholders) is not None:
            return i
    for i, layout in enumerate(layouts):
        if find_title(layout.placeholders) is not None and any(
            n in _layout_name(layout) for n in _SECTION_NAMES
        ):
            return i
    return title_index


# ---------------------------------------------------------------- the master's artwork

BACKGROUND_SHARE = 0.4  # -- artwork covering more of the slide than this is a background --


def obstacles_of(prs, layout) -> list[Rect]:
    """Pictures and filled or lettered shapes of a layout and (when shown) its master.

    Text must not run over them; full-slide backgrounds are not obstacles.
    """
    slide_area = int(prs.slide_width) * int(prs.slide_height)
    trees = [layout._element]
    if layout._element.get("showMasterSp") != "0":
        trees.append(layout.slide_master._element)
    found = []
    for tree in trees:
        for shape in xpath(
            tree,
            "./p:cSld/p:spTree/*[self::p:pic or self::p:sp or self::p:grpSp or self::p:graphicFrame]",
        ):
            if xpath(shape, "./*/p:nvPr/p:ph"):
                continue  # -- placeholders are where text goes, not artwork --
            if not _is_artwork(shape):
                continue
            rect = _shape_rect(shape)
            if rect is None or rect.width * rect.height >= BACKGROUND_SHARE * slide_area:
                continue
            found.append(rect)
    return found


def _is_artwork(shape) -> bool:
    tag = etree.QName(shape).localname
    if tag in ("pic", "grpSp", "graphicFrame"):
        return True
    sp_pr = xpath(shape, "./p:spPr")
    if xpath(shape, "./p:txBody//a:t[normalize-space(.)]"):
        return True  # -- a lettered mark ("Confidential", a footer line) --
    if not sp_pr or xpath(sp_pr[0], "./a:noFill"):
        return False
    if xpath(sp_pr[0], "./a:solidFill | ./a:gradFill | ./a:blipFill | ./a:pattFill"):
        return True
    ref = xpath(shape, "./p:style/a:fillRef/@idx")
    return bool(ref) and str(ref[0]) != "0"


def _shape_rect(shape) -> Rect | None:
    off = xpath(shape, "./p:spPr/a:xfrm/a:off | ./p:grpSpPr/a:xfrm/a:off | ./p:xfrm/a:off")
    ext = xpath(shape, "./p:spPr/a:xfrm/a:ext | ./p:grpSpPr/a:xfrm/a:ext | ./p:xfrm/a:ext")
    if not off or not ext:
        return None
    w, h = int(ext[0].get("cx", 0)), int(ext[0].get("cy", 0))
    if w <= 0 or h <= 0:
        return None
    return Rect(int(off[0].get("x", 0)), int(off[0].get("y", 0)), w, h)


def _overlap(a: Rect, b: Rect) -> bool:
    return (min(a.left + a.width, b.left + b.width) > max(a.left, b.left)
            and min(a.bottom, b.bottom) > max(a.top, b.top))  # fmt: skip


def _contains(outer: Rect, inner: Rect) -> bool:
    return (outer.left <= inner.left and outer.top <= inner.top
            and outer.left + outer.width >= inner.left + inner.width
            and outer.bottom >= inner.bottom)  # fmt: skip


FOOT_MARGIN = 0.06  # -- of the slide height, kept free at its foot --
GROW_BELOW = 0.15  # -- a subtitle box lower than this share of the slide height may grow … --
GROW_TO = 0.22  # -- … to at most this share --
TEXTBOX_MIN_PT = 18.0
ART_MARGIN = 45720  # -- 0.05 in kept free around the template's artwork --


def grow_down(box: Rect, others: list[Rect], slide_height: int) -> Rect:
    """A subtitle box grown downward into free room, up to the next shape or near the foot.

    Title layouts often give the subtitle one line; a standfirst and a byline
    then fit only by growing where the layout leaves the slide empty.
    """
    if box.height >= GROW_BELOW * slide_height:
        return box
    limit = min(int(slide_height * (1 - FOOT_MARGIN)), box.top + int(GROW_TO * slide_height))
    for other in others:
        beside = min(box.left + box.width, other.left + other.width) > max(box.left, other.left)
        if beside and other.top >= box.bottom - 1:
            limit = min(limit, other.top)
    return Rect(box.left, box.top, box.width, max(box.height, limit - box.top))


def usable_box(box: Rect, obstacles: list[Rect]) -> Rect:
    """The largest part of ``box`` that no obstacle overlaps, cut one obstacle at a time.

    A shape wholly behind the box (a panel the text sits on) is not an obstacle.
    """
    for art in sorted(obstacles, key=lambda r: -(r.width * r.height)):
        # -- text needs a little air around artwork, not just no overlap --
        ob = Rect(art.left - ART_MARGIN, art.top - ART_MARGIN,
                  art.width + 2 * ART_MARGIN, art.height + 2 * ART_MARGIN)  # fmt: skip
        if not _overlap(box, ob) or _contains(art, box):
            continue
        right, bottom = box.left + box.width, box.bottom
        candidates = [
            Rect(box.left, box.top, box.width, ob.top - box.top),  # above it
            Rect(box.left, ob.bottom, box.width, bottom - ob.bottom),  # below it
            Rect(box.left, box.top, ob.left - box.left, box.height),  # left of it
            Rect(ob.left + ob.width, box.top, right - ob.left - ob.width, box.height),  # right
        ]
        candidates = [c for c in candidates if c.width > 0 and c.height > 0]
        if not candidates:
            continue  # -- the obstacle covers the box: keep it, the layout ranks low --
        best = max(candidates, key=lambda c: c.width * c.height)
        if best.width * best.height < 0.3 * box.width * box.height:
            continue  # -- a small cut-out would waste the box: a tiny mark, live with it --
        box = best
    return box


def _layout_geometry(prs, index: int, fonts, colors, *, subtitle: bool,
                     fallback: bool = False) -> LayoutGeometry:  # fmt: skip
    layout = all_layouts(prs)[index]
    title_ph = find_title(layout.placeholders)
    body_ph = None if fallback else find_body(layout.placeholders, subtitle=subtitle)
    if subtitle and body_ph is None:
        body_ph = find_body(layout.placeholders)
    master = layout.slide_master
    obstacles = obstacles_of(prs, layout)
    title_box = _rect(title_ph) if title_ph is not None else _fallback_title(prs)
    body_box = _rect(body_ph) if body_ph is not None else _fallback_body(prs, title_box)
    title_box = usable_box(_on_slide(prs, title_box), obstacles)
    body_box = usable_box(_on_slide(prs, body_box), obstacles)
    if subtitle and body_ph is not None:
        others = [
            _rect(ph) for ph in layout.placeholders if ph is not body_ph and ph is not title_ph
        ]
        body_box = grow_down(body_box, [*obstacles, *others, title_box], int(prs.slide_height))
    title = _box_style(title_ph, master, "title", title_box, fonts[0], colors)
    title = _holding_one_line(title, _anchor(title_ph, master), int(prs.slide_height))
    body = _box_style(body_ph, master, "body", body_box, fonts[1], colors)
    if body_ph is None and body.size_pt < TEXTBOX_MIN_PT:
        # -- a master's body style meant for footnotes would leave a text-box slide nearly empty --
        body = replace(body, size_pt=TEXTBOX_MIN_PT)
    # -- a text box standing in for a missing body takes the master's body colour, meant for the
    # master's background; on a layout with a background of its own (a dark section slide) that
    # colour can vanish, while the title's colour is the one the template made legible there --
    if body_ph is None and layout._element.cSld.bg is not None and title.color:
        body = replace(body, color=title.color)
    return LayoutGeometry(index, title, body, title_ph is not None, body_ph is not None,
                          name=layout.name or "")  # fmt: skip


def _rect(ph) -> Rect:
    return Rect(int(ph.left or 0), int(ph.top or 0), int(ph.width or 0), int(ph.height or 0))


# -- a line's extent from accents to descenders as a rendered page's word boxes measure it --
LINE_EXTENT_EM = 1.3


def _holding_one_line(style: BoxStyle, anchor: str, slide_height: int) -> BoxStyle:
    """A title box at least one line of the template's own title size tall, grown from its anchor.

    Templates draw title boxes tighter than their title's line (a 37 pt box for a 34 pt
    title, with auto-fit on): the text stood below the box, where PowerPoint's auto-fit
    would have grown it and where a reader checking text against its box rejects it.
    Grown away from the anchored edge, the text stays where it is drawn.
    """
    metrics = metrics_for(style.font, bold=style.bold)[0]
    line = max(metrics.line_height(style.size_pt), LINE_EXTENT_EM * style.size_pt)
    _left, top_inset, _right, bottom_inset = style.insets
    need = round(line * EMU_PER_PT) + top_inset + bottom_inset
    box = style.box
    if box.height >= need:
        return style
    grow = need - box.height
    top = box.top - {"b": grow, "ctr": grow // 2}.get(anchor, 0)
    top = max(0, min(top, slide_height - need))
    return replace(style, box=Rect(box.left, top, box.width, need))


def _anchor(ph, master) -> str:
    """Where a title's text sits in its box ("t", "ctr" or "b"): the layout's, else the master's."""
    if ph is None:
        return "t"
    master_ph = _master_placeholder(master, ph.placeholder_format.type)
    for element in (ph._element, master_ph):
        found = xpath(element, "./p:txBody/a:bodyPr/@anchor") if element is not None else []
        if found:
            return str(found[0])
    return "t"


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
    bold = _first(chain, "a:defRPr/@b") in ("1", "true")
    caps = _first(chain, "a:defRPr/@cap") in ("all", "small")
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
        bold=bold,
        caps=caps,
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
    return background_colour(bg[0], colors) if bg else colors.get("lt1")


def background_colour(bg, colors: dict[str, str]) -> str | None:
    """The colour a ``<p:bg>`` sets: an explicit RGB, else its theme colour (``bg1`` if none)."""
    rgb = xpath(bg, ".//a:srgbClr/@val")
    if rgb:
        return str(rgb[0]).upper()
    scheme = xpath(bg, ".//a:schemeClr/@val")
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
