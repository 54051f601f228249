"""Advance widths and line height read straight from a TrueType/OpenType file, without fontTools.

Deck fitting needs five tables of a font (head, hhea, maxp, hmtx, cmap, OS/2)
and only numbers from them. fontTools reads them too, but its import and its
glyph-name tables (post, CFF) cost ~15 ms a face plus ~25 ms to import, on
every export. Here the best Unicode cmap maps code points to glyph ids and the
ids index hmtx directly, with fontTools' rules (preference order, overlapping
segments, missing glyphs). A font this reader does not follow (a cmap format
other than 4 and 12, a table missing or short, a glyph id past the font's
glyphs) returns None, and the caller asks fontTools, which reads or reports it.
"""

from __future__ import annotations

import struct
import sys
from array import array

Metrics = tuple[dict[int, float], float]  # (advance width in em per code point, line height em)
# -- fontTools' getBestCmap order, which is HarfBuzz's --
_CMAP_PREFERENCES = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))
_TABLES = (b"head", b"hhea", b"maxp", b"hmtx", b"cmap", b"OS/2")


def read_metrics(data: bytes) -> Metrics | None:
    """Widths (em) of every code point the font maps and its line height (em); None when
    this reader cannot vouch for the result."""
    try:
        tables = _table_directory(data)
        if tables is None:
            return None
        head, hhea, maxp, hmtx, cmap, os2 = (tables[tag] for tag in _TABLES)
        upem = struct.unpack_from(">H", head, 18)[0]
        ascent, descent, line_gap = struct.unpack_from(">hhh", hhea, 4)
        metric_count = struct.unpack_from(">H", hhea, 34)[0]
        glyph_count = struct.unpack_from(">H", maxp, 4)[0]
        win_ascent, win_descent = struct.unpack_from(">HH", os2, 74)
        advances = _advances(hmtx, min(metric_count, glyph_count), glyph_count)
        gids = _best_cmap(cmap)
    except (struct.error, KeyError, ValueError, IndexError):
        return None
    if advances is None or gids is None or not upem or any(g >= glyph_count for g in gids.values()):
        return None
    widths = {cp: advances[gid] / upem for cp, gid in gids.items()}
    win = (win_ascent + win_descent) / upem
    typo = (ascent - descent + line_gap) / upem
    return widths, max(win, typo)


def _table_directory(data: bytes) -> dict[bytes, bytes] | None:
    """The needed tables' bytes; the first face of a collection (.ttc)."""
    offset = 0
    if data[:4] == b"ttcf":
        offset = struct.unpack_from(">I", data, 12)[0]
    count = struct.unpack_from(">H", data, offset + 4)[0]
    tables = {}
    for i in range(count):
        tag, _checksum, start, length = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
        if tag in _TABLES:
            if start + length > len(data):
                return None
            tables[tag] = data[start : start + length]
    return tables if len(tables) == len(_TABLES) else None


def _unsigned(fmt: str, data: bytes) -> array:
    values = array(fmt, data)
    if sys.byteorder != "big":
        values.byteswap()
    return values


def _advances(hmtx: bytes, metric_count: int, glyph_count: int) -> list[int] | None:
    """Advance width per glyph id: the long metrics, then the last advance repeated."""
    if metric_count == 0 or len(hmtx) < 4 * metric_count + 2 * (glyph_count - metric_count):
        return None
    pairs = _unsigned("H", hmtx[: 4 * metric_count])
    advances = list(pairs[0::2])
    advances += [advances[-1]] * (glyph_count - metric_count)
    return advances


def _best_cmap(cmap: bytes) -> dict[int, int] | None:
    """{code point: glyph id} of the preferred Unicode subtable (the first of each kind)."""
    count = struct.unpack_from(">H", cmap, 2)[0]
    first: dict[tuple[int, int], int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
        first.setdefault((platform, encoding), offset)
    for key in _CMAP_PREFERENCES:
        if key in first:
            offset = first[key]
            fmt = struct.unpack_from(">H", cmap, offset)[0]
            if fmt == 4:
                return _format_4(cmap, offset)
            if fmt == 12:
                return _format_12(cmap, offset)
            return None
    return None


def _format_4(cmap: bytes, offset: int) -> dict[int, int] | None:
    """Segments of the BMP (fontTools' reading: later segments win, glyph 0 maps nothing)."""
    length, _language, seg_x2 = struct.unpack_from(">HHH", cmap, offset + 2)
    segments = seg_x2 // 2
    words = _unsigned("H", cmap[offset + 14 : offset + length - (length % 2)])
    ends = words[:segments]
    starts = words[segments + 1 : 2 * segments + 1]
    deltas = words[2 * segments + 1 : 3 * segments + 1]
    range_offsets = words[3 * segments + 1 : 4 * segments + 1]
    glyph_ids = words[4 * segments + 1 :]
    if len(range_offsets) < segments:
        return None
    found: dict[int, int] = {}
    for i in range(segments - 1):  # -- the last segment is the 0xFFFF sentinel --
        start, end, delta, range_offset = starts[i], ends[i], deltas[i], range_offsets[i]
        codes = range(start, end + 1)
        if range_offset == 0:
            found.update((c, g) for c in codes if (g := (c + delta) & 0xFFFF))
            continue
        partial = range_offset // 2 - start + i - segments
        for code in codes:
            index = code + partial
            if not 0 <= index < len(glyph_ids):
                return None
            glyph = glyph_ids[index]
            if glyph and (glyph := (glyph + delta) & 0xFFFF):
                found[code] = glyph
    return found


def _format_12(cmap: bytes, offset: int) -> dict[int, int] | None:
    """Groups of code points (fontTools' reading: clamped to U+10FFFF, unsorted groups skipped)."""
    groups = struct.unpack_from(">I", cmap, offset + 12)[0]
    values = _unsigned("I", cmap[offset + 16 : offset + 16 + 12 * groups])
    if len(values) < 3 * groups:
        return None
    found: dict[int, int] = {}
    last_end = 0
    for start, end, glyph in zip(values[0::3], values[1::3], values[2::3], strict=True):
        end = min(end, 0x10FFFF)
        if start > end or start < last_end:
            continue
        last_end = end
        if glyph == 0:  # -- the missing glyph maps only the group's first code point to nothing --
            start, glyph = start + 1, 1
        found.update(zip(range(start, end + 1), range(glyph, glyph + end - start + 1), strict=True))
    return found
