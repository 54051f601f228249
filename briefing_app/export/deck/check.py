"""The template check: what the app will do with a deck template, before any deck is made.

For each role (title, section, content, key figures, closing) it names the
layout the app will use, the usable text area of its title and body (after the
master's and the layout's artwork), the fonts and whether they can be measured
exactly, and any warning. ``briefing-app templates --check PATH [--json]`` prints
it; the GUI's template dialog shows it with a thumbnail per role.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from briefing_app.export.deck.choices import ROLES, load_choices
from briefing_app.export.deck.fonts import describe
from briefing_app.export.deck.geometry import (
    EMU_PER_PT,
    LayoutGeometry,
    Rect,
    TemplateGeometry,
    obstacles_of,
    read_geometry,
)
from briefing_app.export.deck.template import all_layouts, open_template, unforeseen_structure

EMU_PER_IN = 914400
ROLE_NAMES = {
    "title": "Title slide",
    "section": "Section divider",
    "content": "Content",
    "figures": "Key figures",
    "closing": "Closing (source)",
}


@dataclass(frozen=True)
class Area:
    """A box in inches: left, top, width, height."""

    left: float
    top: float
    width: float
    height: float

    @classmethod
    def of(cls, rect: Rect) -> Area:
        return cls(
            *(round(v / EMU_PER_IN, 2) for v in (rect.left, rect.top, rect.width, rect.height))
        )


@dataclass(frozen=True)
class RoleReport:
    """The layout one role uses and the room it leaves for text."""

    role: str
    layout_index: int
    layout_name: str
    title_area: Area
    body_area: Area
    title_is_placeholder: bool
    body_is_placeholder: bool
    title_size_pt: float
    body_size_pt: float
    chosen_by_user: bool = False


@dataclass(frozen=True)
class FontReport:
    family: str
    used_for: str
    measured: str  # installed | metric-compatible | estimate
    measured_with: str


@dataclass(frozen=True)
class TemplateReport:
    """Everything the check found, ready to print or to turn into JSON."""

    path: str
    slide_width_in: float
    slide_height_in: float
    layouts: list[str]
    roles: list[RoleReport]
    fonts: list[FontReport]
    warnings: list[str] = field(default_factory=list)
    artwork: dict[int, list[Area]] = field(default_factory=dict)

    def to_json(self) -> dict:
        data = asdict(self)
        data["artwork"] = {str(k): v for k, v in data["artwork"].items()}
        return data


def check_template(path: Path | str, choices: dict[str, int] | None = None) -> TemplateReport:
    """Open ``path`` as the deck export would and report what it will use (UserError if unusable).

    ``choices`` (role → layout index) replaces the ones stored beside the template, so the
    GUI dialog can show a choice before it is saved.
    """
    path = Path(path)
    prs = open_template(path)
    with unforeseen_structure(path, "deck export", suggest_check=False):
        return _report(path, prs, load_choices(path) if choices is None else choices)


def _report(path: Path, prs, choices: dict[str, int]) -> TemplateReport:
    geometry = read_geometry(prs, choices)
    layouts = all_layouts(prs)
    roles = [_role(role, geometry, role in choices) for role in ROLES]
    warnings = list(geometry.warnings)
    if geometry.section_layout == geometry.title_layout and "section" not in choices:
        warnings.append("No section layout: the title layout will be used for section dividers.")
    for r in roles:
        if r.body_area.height < 0.8:
            warnings.append(
                f"The {ROLE_NAMES[r.role].lower()} layout leaves only {r.body_area.height:.1f} in "
                "of height for text."
            )
    artwork = {
        i: [Area.of(o) for o in obstacles_of(prs, layout)] for i, layout in enumerate(layouts)
    }
    return TemplateReport(
        path=str(path),
        slide_width_in=round(geometry.slide_width / EMU_PER_IN, 2),
        slide_height_in=round(geometry.slide_height / EMU_PER_IN, 2),
        layouts=[layout.name or f"Layout {i + 1}" for i, layout in enumerate(layouts)],
        roles=roles,
        fonts=_fonts(geometry),
        warnings=warnings,
        artwork=artwork,
    )


def _role(role: str, geometry: TemplateGeometry, chosen: bool) -> RoleReport:
    layout: LayoutGeometry = geometry.layout_for(role)
    return RoleReport(
        role=role,
        layout_index=layout.layout_index,
        layout_name=layout.name,
        title_area=Area.of(layout.title.box),
        body_area=Area.of(layout.body.box),
        title_is_placeholder=layout.title_is_placeholder,
        body_is_placeholder=layout.body_is_placeholder,
        title_size_pt=layout.title.size_pt,
        body_size_pt=layout.body.size_pt,
        chosen_by_user=chosen,
    )


def _fonts(geometry: TemplateGeometry) -> list[FontReport]:
    seen: dict[tuple[str, str], FontReport] = {}
    for role in ROLES:
        layout = geometry.layout_for(role)
        for used, style in (("titles", layout.title), ("text", layout.body)):
            family = style.font or "(theme default)"
            if (family, used) not in seen:
                m = describe(style.font)
                seen[(family, used)] = FontReport(family, used, m.kind, m.measured_with)
    return list(seen.values())


def format_report(report: TemplateReport) -> str:
    """The report as lines of text for a terminal."""
    lines = [
        f"Template {Path(report.path).name}: {report.slide_width_in:g} × {report.slide_height_in:g} in, "
        f"{len(report.layouts)} layouts",
        "",
        "Layouts the deck will use (usable text area in inches, after the template's artwork):",
    ]
    for r in report.roles:
        title, body = r.title_area, r.body_area
        how = " (your choice)" if r.chosen_by_user else ""
        box = "" if r.body_is_placeholder else " — text box, the layout has no usable body"
        lines.append(
            f"  {ROLE_NAMES[r.role]:<17} layout {r.layout_index + 1} “{r.layout_name}”{how}"
        )
        lines.append(
            f"  {'':<17} title {title.width:g} × {title.height:g} at ({title.left:g}, {title.top:g}), "
            f"{r.title_size_pt:g} pt; text {body.width:g} × {body.height:g} at "
            f"({body.left:g}, {body.top:g}), {r.body_size_pt:g} pt{box}"
        )
    lines += ["", "Fonts:"]
    for f in report.fonts:
        how = {
            "installed": "installed, measured exactly",
            "metric-compatible": f"measured exactly with its metric-compatible twin {f.measured_with}",
            "estimate": "not installed, no twin: measured with a width estimate",
        }[f.measured]
        lines.append(f"  {f.family} ({f.used_for}): {how}")
    lines += ["", "Warnings:" if report.warnings else "No warnings."]
    lines += [f"  - {w}" for w in report.warnings]
    return "\n".join(lines)


__all__ = ["EMU_PER_PT", "TemplateReport", "check_template", "format_report"]
