"""Line breaking for memo paragraphs in right-to-left or Chinese/Japanese script.

reportlab breaks lines at spaces only, and its bidi support needs a GPL module
(see :mod:`briefing_app.export.memo.bidi`). Paragraphs holding such text are
broken here instead, then handed back to reportlab as ordinary lines of
fragments, which it draws, splits across pages and keeps together as usual:

1. break opportunities: after spaces, and between Chinese or Japanese
   characters, but never before closing punctuation or small kana, nor after
   opening punctuation (the core of UAX #14 / JIS X 4051 "kinsoku"); Korean
   breaks at spaces like English. A word wider than the line is cut between
   characters.
2. lines filled greedily in logical order;
3. each line reordered for display (bidi levels of the whole paragraph, rule L2
   per line, trailing spaces at the paragraph level by rule L1) and its
   right-to-left runs shaped.

Each line also keeps its logical fragments, so a paragraph split over two
pages is re-broken from the logical text, never from the reordered one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.platypus.paragraph import FragLine, ParaLines

from briefing_app.core.lazy_pattern import lazy_non_ascii
from briefing_app.core.scripts import base_level, script
from briefing_app.export.memo.bidi import (
    RTL,
    levels,
    runs_of,
    shaped_advances,
    visual_order,
    visual_text,
)

# -- ideographs, kana, CJK punctuation and fullwidth forms: a line may break between these --
_CJK = (
    "[\u2e80-\u2fff\u3000-\u30ff\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
COMPLEX = lazy_non_ascii(f"{RTL.pattern}|{_CJK}")
# -- may not start a line (closing punctuation, iteration marks, small kana, prolonged sound) --
NO_START = frozenset(
    "!%),.:;?]}¢°’”‰′″℃、。〃々〉》」』】〕〗〙〟ゝゞ・ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゠〜！％），．：；？］｝｡｣､･ｰ"
)
# -- may not end a line (opening punctuation) --
NO_END = frozenset("([{£¥‘“〈《「『【〔〖〘〝（［｛｢")
_NO_BREAK = frozenset("\u00a0\u2007\u202f")  # -- spaces that keep "¶ 3" on one line --


def is_complex(text: str) -> bool:
    """Whether ``text`` needs this module: any right-to-left or CJK character."""
    return COMPLEX.search(text) is not None


def layout(frags: Sequence[Any], widths: Sequence[float]) -> tuple[ParaLines, float]:
    """reportlab ParaLines (kind 1) for text fragments, and the widest line's width."""
    owners: list[int] = []
    chars: list[str] = []
    for index, frag in enumerate(frags):
        for char in frag.text:
            if char.isspace() and char not in _NO_BREAK:
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            owners.append(index)
    while chars and chars[-1] == " ":
        chars.pop()
        owners.pop()
    text = "".join(chars)
    base = base_level(text)
    text_levels = levels(text, base)
    advance = _advances(text, owners, frags)
    lines, widest = [], 0.0
    for number, (start, end) in enumerate(_breaks(text, advance, widths)):
        width = widths[min(number, len(widths) - 1)]
        line, used = _line(frags, text, owners, text_levels, base, start, end, width)
        lines.append(line)
        widest = max(widest, used)
    return ParaLines(kind=1, lines=lines), widest


def _advances(text: str, owners: Sequence[int], frags: Sequence[Any]) -> list[float]:
    """Width of each character in its fragment's font; Arabic-script runs as shaped."""
    cache: dict[tuple[int, str], float] = {}
    out = []
    for char, owner in zip(text, owners, strict=True):
        key = (owner, char)
        width = cache.get(key)
        if width is None:
            frag = frags[owner]
            width = cache[key] = stringWidth(char, frag.fontName, frag.fontSize)
        out.append(width)
    start, arabic = 0, script("arabic")
    for end in range(1, len(text) + 1):
        if end == len(text) or owners[end] != owners[start]:
            if arabic.search(text, start, end):
                frag = frags[owners[start]]
                out[start:end] = shaped_advances(text[start:end], frag.fontName, frag.fontSize)
            start = end
    return out


@functools.cache
def _cjk() -> re.Pattern[str]:
    return re.compile(_CJK)  # -- on first use: only Chinese and Japanese lines break anywhere --


def opportunities(text: str) -> list[int]:
    """Indices a line may start at (besides 0), in order."""
    out, cjk = [], _cjk()
    for index in range(1, len(text)):
        before, char = text[index - 1], text[index]
        if char == " ":
            continue
        if before == " " or (
            (cjk.match(before) or cjk.match(char))
            and char not in NO_START
            and before not in NO_END
            and not unicodedata.combining(char)
        ):
            out.append(index)
    return out


def _breaks(text: str, advance: Sequence[float], widths: Sequence[float]) -> list[tuple[int, int]]:
    """(start, end) of each line, greedy; ``end`` excludes the spaces the line ends with."""
    prefix = [0.0]
    for width in advance:
        prefix.append(prefix[-1] + width)

    def trimmed(start: int, end: int) -> int:
        while end > start and text[end - 1] == " ":
            end -= 1
        return end

    def fits(start: int, end: int, limit: float) -> bool:
        return prefix[trimmed(start, end)] - prefix[start] <= limit + 1e-6

    out: list[tuple[int, int]] = []
    cuts = [*opportunities(text), len(text)]
    start, position = 0, 0
    while start < len(text):
        limit = widths[min(len(out), len(widths) - 1)]
        end = start
        while position < len(cuts) and fits(start, cuts[position], limit):
            end = cuts[position]
            position += 1
        if end == start:  # -- not even one word fits: cut it between characters --
            end = start + 1
            while end < len(text) and (
                fits(start, end + 1, limit) or unicodedata.combining(text[end])
            ):
                end += 1
        out.append((start, trimmed(start, end)))
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
        while position < len(cuts) and cuts[position] <= start:
            position += 1
    return out


def _width(shown: str, font_name: str, size: float) -> float:
    """Drawn width: HarfBuzz's advances for shaped text, the font's widths otherwise."""
    if isinstance(shown, ShapedStr):
        return sum(data.x_advance for data in shown.__shapeData__) * size / 1000
    return stringWidth(shown, font_name, size)


def _line(
    frags: Sequence[Any], text: str, owners: Sequence[int], text_levels: Sequence[int],
    base: int, start: int, end: int, width: float,
) -> tuple[FragLine, float]:  # fmt: skip
    """One FragLine: the runs of ``text[start:end]`` in visual order, shaped where right-to-left."""
    line_levels = list(text_levels[start:end])
    for index in range(len(line_levels) - 1, -1, -1):  # -- rule L1: trailing spaces --
        if text[start + index] != " ":
            break
        line_levels[index] = base
    runs = runs_of(text[start:end], owners[start:end], line_levels)
    words, used = [], 0.0
    for index in visual_order([run.level for run in runs]):
        run = runs[index]
        frag = frags[run.owner]
        shown = visual_text(run, frag.fontName, frag.fontSize)
        used += _width(shown, frag.fontName, frag.fontSize)
        words.append(frag.clone(text=shown))
    logical = [frags[run.owner].clone(text=run.text) for run in runs]
    ascent = descent = 0.0
    size = 0.0
    for frag in {id(frags[o]): frags[o] for o in owners[start:end]}.values():
        up, down = getAscentDescent(frag.fontName, frag.fontSize)
        ascent, descent, size = max(ascent, up), min(descent, down), max(size, frag.fontSize)
    line = FragLine(
        extraSpace=width - used,
        wordCount=text.count(" ", start, end) + 1,
        lineBreak=False,
        words=words,
        fontSize=size,
        ascent=ascent,
        descent=descent,
        maxWidth=width,
        sFW=0,
    )
    line.logical = logical
    return line, used
