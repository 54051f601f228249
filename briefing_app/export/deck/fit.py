"""Decide, with real font metrics, how text fits a box: wrap, shrink within bounds, or paginate.

Nothing here relies on PowerPoint's autofit flag (LibreOffice, Keynote and
viewers ignore it): the size and the split between slides are decided before
python-pptx is called, so what is written is known to fit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefing_app.export.deck.fonts import FontMetrics, metrics_for

WIDTH_SAFETY = 0.95  # rendering engines kern, hint and justify slightly differently
HEIGHT_SAFETY = 0.93


@dataclass(frozen=True)
class Para:
    """One paragraph of slide text: bullet level, emphasis, size relative to the body size."""

    text: str
    level: int = 0
    bold: bool = False
    scale: float = 1.0
    bullet: bool = True


@dataclass(frozen=True)
class TextStyle:
    """How a box sets its text: font family, the size range allowed, indents and spacing (pt)."""

    font: str | None
    size_pt: float
    min_pt: float
    indent_pt: float = 0.0
    space_before: float = 0.35  # times the font size, before each paragraph
    line_spacing: float = 1.0


def _metrics(style: TextStyle, bold: bool) -> FontMetrics:
    return metrics_for(style.font, bold=bold)[0]


def wrap(text: str, width_pt: float, metrics: FontMetrics, size_pt: float) -> list[int]:
    """Start offsets of the lines ``text`` breaks into at ``width_pt``; long words break anywhere."""
    starts = [0]
    line_width = 0.0
    space = metrics.width(" ", size_pt)
    pos = 0
    for word in text.split(" "):
        w = metrics.width(word, size_pt)
        if line_width and line_width + space + w > width_pt:
            starts.append(pos)
            line_width = 0.0
        elif line_width:
            line_width += space
        if w > width_pt:  # -- a word wider than the box: break it between characters --
            for i, ch in enumerate(word):
                cw = metrics.width(ch, size_pt)
                if line_width and line_width + cw > width_pt:
                    starts.append(pos + i)
                    line_width = 0.0
                line_width += cw
        else:
            line_width += w
        pos += len(word) + 1
    return starts


def _para_lines(para: Para, style: TextStyle, width_pt: float, size: float) -> list[int]:
    size *= para.scale
    indent = style.indent_pt * (para.level + 1) if para.bullet else 0.0
    usable = max(width_pt * WIDTH_SAFETY - indent, size)
    return wrap(para.text, usable, _metrics(style, para.bold), size)


def _para_height(para: Para, style: TextStyle, lines: int, size: float) -> float:
    size *= para.scale
    line = _metrics(style, para.bold).line_height(size) * style.line_spacing
    return style.space_before * size + lines * line


def text_height(paras: list[Para], style: TextStyle, width_pt: float, size: float) -> float:
    """Height in points that ``paras`` need at ``size`` in a box ``width_pt`` wide."""
    return sum(
        _para_height(p, style, len(_para_lines(p, style, width_pt, size)), size) for p in paras
    )


def best_size(paras: list[Para], style: TextStyle, width_pt: float, height_pt: float) -> float:
    """The largest size in [min, max] at which all of ``paras`` fit, or 0 if none does."""
    size = style.size_pt
    while size >= style.min_pt:
        if text_height(paras, style, width_pt, size) <= height_pt * HEIGHT_SAFETY:
            return size
        size -= 1.0
    return 0.0


def paginate(
    paras: list[Para], style: TextStyle, width_pt: float, height_pt: float
) -> list[list[Para]]:
    """Split ``paras`` into pages that each fit at ``style.size_pt``.

    Paragraphs move whole to the next page; only one taller than a whole page
    is split, between lines.
    """
    limit = height_pt * HEIGHT_SAFETY
    size = style.size_pt
    pages: list[list[Para]] = [[]]
    used = 0.0
    queue = list(paras)
    while queue:
        para = queue.pop(0)
        starts = _para_lines(para, style, width_pt, size)
        need = _para_height(para, style, len(starts), size)
        if used + need <= limit:
            pages[-1].append(para)
            used += need
            continue
        fit = _lines_that_fit(para, style, starts, size, limit - used)
        if pages[-1] and (need <= limit or fit == 0):
            # -- a paragraph that fits a page moves whole: no bullet split across slides --
            pages.append([])
            used = 0.0
            queue.insert(0, para)
            continue
        fit = max(fit, 1)  # -- one line always goes, or we would loop forever --
        if fit >= len(
            starts
        ):  # -- one line taller than the box (a tiny template): alone it goes --
            pages[-1].append(para)
            used += need
            continue
        head, tail = para.text[: starts[fit]].rstrip(), para.text[starts[fit] :].lstrip()
        pages[-1].append(replace(para, text=head))
        pages.append([])
        used = 0.0
        queue.insert(0, replace(para, text=tail))
    return [p for p in pages if p]


def _lines_that_fit(para: Para, style: TextStyle, starts: list[int], size: float, room: float):
    n = len(starts) - 1  # -- never all lines: the caller already knows they do not fit --
    while n > 0 and _para_height(para, style, n, size) > room:
        n -= 1
    return n


@dataclass(frozen=True)
class FittedTitle:
    """A title's size, the text shown, and any text that did not fit (to go in the body)."""

    size_pt: float
    text: str
    overflow: str = ""


def fit_title(text: str, style: TextStyle, width_pt: float, height_pt: float) -> FittedTitle:
    """Shrink a title within bounds until it fits; if even the minimum fails, cut with "…"."""
    para = Para(text, bullet=False)
    fitted = best_size([para], replace(style, space_before=0.0), width_pt, height_pt)
    if fitted:
        return FittedTitle(fitted, text)
    pages = paginate(
        [Para(text + " …", bullet=False)],
        replace(style, size_pt=style.min_pt, space_before=0.0),
        width_pt,
        height_pt,
    )
    shown = pages[0][0].text if pages and pages[0] else ""
    cut = max(len(shown) - 2, 1)
    return FittedTitle(style.min_pt, text[:cut].rstrip() + " …", text)
