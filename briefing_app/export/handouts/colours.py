"""DrawingML colours as "RRGGBB": theme slots through the master's colour map, with modifiers.

A template says "tx1" or "bg2" and lets the master's ``p:clrMap`` decide which
theme colour that is (a dark template maps bg1 to dk1), then darkens or lightens
it (``lumMod``, ``lumOff``, ``shade``, ``tint``). The handout renderer needs the
colour PowerPoint and LibreOffice would paint, so it resolves all of that here.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, field

from lxml import etree

from briefing_app.export.deck.geometry import xpath

# -- what PowerPoint assumes when a master carries no p:clrMap --
DEFAULT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
_PRESETS = {"black": "000000", "white": "FFFFFF", "red": "FF0000", "gray": "808080"}


@dataclass(frozen=True)
class Palette:
    """Theme colours and the colour map of one master (and layout override)."""

    theme: dict[str, str]
    mapping: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MAP))

    def scheme(self, name: str, placeholder: str | None = None) -> str | None:
        """The RGB of a scheme colour name such as "tx1", "accent2" or "phClr"."""
        if name == "phClr":
            return placeholder
        return self.theme.get(self.mapping.get(name, name))

    def colour(self, element, placeholder: str | None = None) -> str | None:
        """The RGB of a colour choice element (srgbClr, schemeClr, sysClr, prstClr) or its parent."""
        if element is None:
            return None
        tag = etree.QName(element).localname
        if tag not in ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr"):
            kids = [k for k in element if isinstance(k.tag, str)]
            return self.colour(kids[0], placeholder) if kids else None
        if tag == "srgbClr":
            base = element.get("val", "000000")
        elif tag == "schemeClr":
            base = self.scheme(element.get("val", ""), placeholder)
        elif tag == "sysClr":
            base = element.get("lastClr") or (
                "FFFFFF" if element.get("val") == "window" else "000000"
            )
        elif tag == "prstClr":
            base = _PRESETS.get(element.get("val", ""), "000000")
        else:
            base = None
        return modify(base, element) if base else None


def palette_for(master_element, theme_colours: dict[str, str], layout_element=None) -> Palette:
    """The palette of a master, with a layout's ``overrideClrMapping`` applied when it has one."""
    mapping = dict(DEFAULT_MAP)
    for source in (master_element, layout_element):
        if source is None:
            continue
        found = xpath(source, "./p:clrMap | ./p:clrMapOvr/a:overrideClrMapping")
        if found:
            mapping.update({k: v for k, v in found[0].attrib.items()})
    return Palette(dict(theme_colours), mapping)


def modify(rgb: str, element) -> str:
    """Apply lumMod/lumOff/satMod/satOff/shade/tint children of a colour element to ``rgb``."""
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        value = int(child.get("val", "100000")) / 100000
        if name in ("lumMod", "lumOff"):
            h, lum, s = colorsys.rgb_to_hls(r, g, b)
            lum = lum * value if name == "lumMod" else lum + value
            r, g, b = colorsys.hls_to_rgb(h, min(max(lum, 0.0), 1.0), s)
        elif name in ("satMod", "satOff"):
            h, lum, sat = colorsys.rgb_to_hls(r, g, b)
            sat = sat * value if name == "satMod" else sat + value
            r, g, b = colorsys.hls_to_rgb(h, lum, min(max(sat, 0.0), 1.0))
        elif name == "shade":  # -- shade and tint work on linear light, as Office does --
            r, g, b = (_gamma(_linear(c) * value) for c in (r, g, b))
        elif name == "tint":
            r, g, b = (_gamma(_linear(c) * value + (1 - value)) for c in (r, g, b))
    return "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02X}" for c in (r, g, b))


def _linear(c: float) -> float:
    """sRGB to linear light."""
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    """Linear light to sRGB."""
    c = min(max(c, 0.0), 1.0)
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
