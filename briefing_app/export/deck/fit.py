"""Decide, with real font metrics, how text fits a box: wrap, shrink within bounds, or paginate.

Nothing here relies on PowerPoint's autofit flag (LibreOffice, Keynote and
viewers ignore it): the size and the split between slides are decided before
python-pptx is called, so what is written is known to fit.

Every function here takes time linear in the length of its text (times the few
candidate sizes tried): a title or paragraph of 50,000 characters is measured
once per size, never once per line.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import WEAK_WORDS_ABROAD, ends_in_abbreviation
from briefing_app.export.deck.fonts import FontMetrics, metrics_for

WIDTH_SAFETY = 0.95  # rendering engines kern, hint and justify slightly differently
HEIGHT_SAFETY = 0.93
MIN_CONTINUED_LINES = 3  # -- a continuation slide holds at least this many lines … --
MIN_CONTINUED_CHARS = 120  # -- … and this much text, or it is not worth a slide --


@dataclass(frozen=True)
class Para:
    """One paragraph of slide text: bullet level, emphasis, size relative to the body size.

    ``keep_with_next`` holds a heading or a key figure's number on the same slide
    as the paragraph after it.
    """

    text: str
    level: int = 0
    bold: bool = False
    scale: float = 1.0
    bullet: bool = True
    keep_with_next: bool = False


@dataclass(frozen=True)
class TextStyle:
    """How a box sets its text: font family, the size range allowed, indents and spacing (pt)."""

    font: str | None
    size_pt: float
    min_pt: float
    indent_pt: float = 0.0
    space_before: float = 0.35  # times the font size, before each paragraph
    line_spacing: float = 1.0
    bold: bool = False  # -- the box's own style is bold (titles often are) --
    max_lines: int = 0  # -- a title longer than this many lines gets a headline (0: no limit) --
    caps: bool = False  # -- the box sets text in capitals: measured as they will show --


def _as_set(text: str, style: TextStyle) -> str:
    """``text`` as the box shows it, letter for letter (offsets into it stay offsets into ``text``).

    A style with ``cap="all"`` shows "d’application" as "D’APPLICATION", some 20 % wider:
    measured in lower case, a section title spilled out of its box. A letter whose capital is
    two letters ("ß") is measured as it is: the offsets must not move.
    """
    if not style.caps:
        return text
    return "".join(c if len(c.upper()) != 1 else c.upper() for c in text)


def _metrics(style: TextStyle, bold: bool) -> FontMetrics:
    return metrics_for(style.font, bold=bold or style.bold)[0]


def wrap(text: str, width_pt: float, metrics: FontMetrics, size_pt: float) -> list[int]:
    """Start offsets of the lines ``text`` breaks into at ``width_pt``; long words break anywhere."""
    return _wrap_measured(_measured(text, metrics, size_pt), width_pt, metrics, size_pt)


def _wrap_measured(measured: tuple[list[str], list[float]], width_pt: float,
                   metrics: FontMetrics, size_pt: float) -> list[int]:  # fmt: skip
    """:func:`wrap` of a text already measured (``_measured``): its pieces and their widths."""
    starts = [0]
    line_width = 0.0
    space = metrics.width(" ", size_pt)
    pos = 0
    for word, w in zip(*measured, strict=True):
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


def _measured(text: str, metrics: FontMetrics, size_pt: float) -> tuple[list[str], list[float]]:
    """The pieces of ``text.split(" ")`` and their widths at ``size_pt``: our metrics split and
    measure a text once (``spaced_words``) and each size multiplies, the product ``width``
    makes; another measurer (the handouts' drawn face) measures each piece."""
    if isinstance(metrics, FontMetrics):
        words, ems = metrics.spaced_words(text)
        margin = metrics.margin
        return words, [em * size_pt * margin for em in ems]
    words = text.split(" ")
    return words, [metrics.width(word, size_pt) for word in words]


def indent_of(para: Para, style: TextStyle) -> float:
    """The left indent a paragraph is set with: bullets hang, plain paragraphs start at 0."""
    return max(style.indent_pt, 18.0) * (para.level + 1) if para.bullet else 0.0


def _para_lines(para: Para, style: TextStyle, width_pt: float, size: float) -> list[int]:
    size *= para.scale
    usable = max(width_pt * WIDTH_SAFETY - indent_of(para, style), size)
    return wrap(_as_set(para.text, style), usable, _metrics(style, para.bold), size)


def _line_height(para: Para, style: TextStyle, size: float) -> float:
    size *= para.scale
    return _metrics(style, para.bold).line_height(size) * style.line_spacing


def _para_height(para: Para, style: TextStyle, lines: int, size: float) -> float:
    return style.space_before * size * para.scale + lines * _line_height(para, style, size)


def text_height(paras: list[Para], style: TextStyle, width_pt: float, size: float) -> float:
    """Height in points that ``paras`` need at ``size`` in a box ``width_pt`` wide."""
    return sum(
        _para_height(p, style, len(_para_lines(p, style, width_pt, size)), size) for p in paras
    )


def line_count(paras: list[Para], style: TextStyle, width_pt: float, size: float) -> int:
    """How many lines ``paras`` take at ``size``."""
    return sum(len(_para_lines(p, style, width_pt, size)) for p in paras)


def best_size(paras: list[Para], style: TextStyle, width_pt: float, height_pt: float) -> float:
    """The largest size in [min, max] (whole points down from max) at which all of ``paras``
    fit, or 0 if none does.

    A long recommendation was tried at all nine sizes before it went to a continued slide
    (cProfile on recs-400: 2,414 paragraphs wrapped at every size from 24 to 16 pt). When no
    word is broken between characters at the largest size (and none of the boxes is narrower
    than the text's size), fitting is monotonic in size for the reasons ``title_size`` gives,
    so the sizes below the largest are binary-searched; otherwise each is tried in turn, as
    a word broken at one size and moved whole at a smaller one can take more lines there.
    """
    sizes = _sizes(style)
    limit = height_pt * HEIGHT_SAFETY
    if sizes and _one_line_each(paras, style, sizes[-1]) > limit:
        return 0.0  # -- too many paragraphs for the box at any size: none needs wrapping --

    def fits(size: float) -> bool:
        return text_height(paras, style, width_pt, size) <= limit

    if sizes and _wraps_at_words(paras, style, width_pt, sizes[0]):
        return _largest_fitting(sizes, fits)
    return next((size for size in sizes if fits(size)), 0.0)


def _one_line_each(paras: list[Para], style: TextStyle, size: float) -> float:
    """A floor of ``text_height`` at ``size`` and every larger size: each paragraph takes a line
    at least, and every term grows with the size. A list too long for one slide (a 400-section
    report's agenda) was wrapped whole at the largest and smallest size before it went on to be
    paginated (cProfile on recs-400: best_size and paginate wrapped its 402 items 6 times)."""
    return sum(_para_height(p, style, 1, size) for p in paras)


def _sizes(style: TextStyle) -> list[float]:
    """Whole points down from the style's size to its minimum, made the way they were always
    tried (by subtraction), so each is the same float."""
    sizes = []
    size = style.size_pt
    while size >= style.min_pt:
        sizes.append(size)
        size -= 1.0
    return sizes


def _largest_fitting(sizes: list[float], fits: Callable[[float], bool]) -> float:
    """The first of ``sizes`` (descending) that ``fits``, 0 if none, for a monotonic ``fits``:
    the first size (most text fits there), the last (text that fits at none goes on to be
    continued), then a binary search of the sizes between."""
    if not sizes or fits(sizes[0]):
        return sizes[0] if sizes else 0.0
    if len(sizes) == 1 or not fits(sizes[-1]):
        return 0.0
    low, high = 1, len(sizes) - 1  # -- the first fitting index lies in [low, high] --
    while low < high:
        middle = (low + high) // 2
        if fits(sizes[middle]):
            high = middle
        else:
            low = middle + 1
    return sizes[low]


def _wraps_at_words(paras: list[Para], style: TextStyle, width_pt: float, size: float) -> bool:
    """Whether every paragraph wraps at its spaces alone at ``size`` and every smaller size: each
    box is set by its width (not widened to one character), and no word is wider than it."""
    for para in paras:
        scaled = size * para.scale
        usable = width_pt * WIDTH_SAFETY - indent_of(para, style)
        if usable < scaled:
            return False
        widths = _measured(_as_set(para.text, style), _metrics(style, para.bold), scaled)[1]
        if any(width > usable for width in widths):
            return False
    return True


def paginate(
    paras: list[Para], style: TextStyle, width_pt: float, height_pt: float
) -> list[list[Para]]:
    """Split ``paras`` into pages that each fit at ``style.size_pt``.

    Paragraphs move whole to the next page; one taller than a whole page is
    split between lines (each paragraph is wrapped once, however many pages it
    spans). A page that cannot hold even one line still gets one, so nothing is
    lost. A paragraph marked ``keep_with_next`` never ends a page, and the last
    page is rebalanced so that it is not a line or two on its own.
    """
    limit = height_pt * HEIGHT_SAFETY
    size = style.size_pt
    pages: list[list[Para]] = [[]]
    used = 0.0
    queue = deque(paras)
    follows_kept = False  # -- the paragraph before must not end a page: split rather than move --
    while queue:
        para = queue.popleft()
        starts = _para_lines(para, style, width_pt, size)
        need = _para_height(para, style, len(starts), size)
        kept, follows_kept = follows_kept, False
        if para.keep_with_next and queue:
            # -- a heading or key figure goes where its follower's first lines fit too --
            nxt = queue[0]
            lines = len(_para_lines(nxt, style, width_pt, size))
            whole = need + _para_height(nxt, style, lines, size) <= limit
            group = need + _para_height(nxt, style, lines if whole else min(lines, 2), size)
            if pages[-1] and used + group > limit:
                pages.append([])
                used = 0.0
            pages[-1].append(para)
            used += need
            follows_kept = not whole and used + _para_height(nxt, style, 1, size) <= limit
            continue
        if used + need <= limit or (not pages[-1] and len(starts) == 1):
            pages[-1].append(para)
            used += need
            continue
        if pages[-1] and need <= limit and not kept:
            pages.append([])  # -- a paragraph that fits a page moves whole --
            used = 0.0
            queue.appendleft(para)
            continue
        for new_page, piece, height in _split(para, style, starts, size, limit - used, limit):
            if new_page:
                pages.append([])
                used = 0.0
            pages[-1].append(piece)
            used += height
    pages = [p for p in pages if p]
    return _rebalance(_keep_together(pages), style, width_pt, size, limit)


def _split(para: Para, style: TextStyle, starts: list[int], size: float, room: float,
           limit: float) -> list[tuple[bool, Para, float]]:  # fmt: skip
    """A paragraph too tall for the room left, cut between lines: (new page first?, piece, height).

    The last piece keeps at least MIN_CONTINUED_LINES lines when the piece before can spare them.
    """
    head = style.space_before * size * para.scale
    line = _line_height(para, style, size)
    per_page = max(int((limit - head) // line), 1)
    first = max(int((room - head) // line), 0)
    n = len(starts)
    counts = [first] if first else []
    while sum(counts) < n:
        counts.append(min(per_page, n - sum(counts)))
    if len(counts) > 1 and counts[-1] < MIN_CONTINUED_LINES:
        give = min(MIN_CONTINUED_LINES - counts[-1], counts[-2] - 1)
        if give > 0:
            counts[-2] -= give
            counts[-1] += give
    bounds = [*starts, len(para.text)]
    pieces = []
    i, new_page = 0, not first
    for count in counts:
        j = i + count
        piece = replace(para, text=para.text[bounds[i] : bounds[j]].strip())
        pieces.append((new_page, piece, _para_height(para, style, count, size)))
        i, new_page = j, True
    return pieces


def _keep_together(pages: list[list[Para]]) -> list[list[Para]]:
    """Move a page's last paragraph to the next page when it must stay with what follows."""
    for k in range(len(pages) - 1):
        while len(pages[k]) > 1 and pages[k][-1].keep_with_next:
            pages[k + 1].insert(0, pages[k].pop())
    return pages


def _rebalance(pages: list[list[Para]], style: TextStyle, width_pt: float, size: float,
               limit: float) -> list[list[Para]]:  # fmt: skip
    """Give a thin last page paragraphs from the page before, while both still fit."""
    if len(pages) < 2:
        return pages
    last, before = pages[-1], pages[-2]

    def thin(page: list[Para]) -> bool:
        lines = line_count(page, style, width_pt, size)
        return lines < MIN_CONTINUED_LINES or sum(len(p.text) for p in page) < MIN_CONTINUED_CHARS

    while thin(last) and len(before) > 1:
        moved = [before[-1], *last]
        if text_height(moved, style, width_pt, size) > limit:
            break
        last, before = moved, before[:-1]
        while len(before) > 1 and before[-1].keep_with_next:
            last, before = [before[-1], *last], before[:-1]  # -- a key figure goes with its text --
    return [*pages[:-2], before, last]


def is_thin(page: list[Para], style: TextStyle, width_pt: float) -> bool:
    """True when a continuation page would hold too little to be worth a slide."""
    lines = line_count(page, style, width_pt, style.size_pt)
    return lines < MIN_CONTINUED_LINES or sum(len(p.text) for p in page) < MIN_CONTINUED_CHARS


# ---------------------------------------------------------------- titles

MAX_TITLE_CHARS = 300  # -- longer titles are cut (with a warning) before any measuring --
_CLAUSE = lazy_compile(r"[,;:—–(]|\s-\s|\.\s")
_WEAK_ENDINGS = frozenset(
    [
        "a",
        "about",
        "across",
        "against",
        "among",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "between",
        "but",
        "by",
        "can",
        "could",
        "during",
        "for",
        "from",
        "has",
        "have",
        "in",
        "including",
        "into",
        "is",
        "must",
        "of",
        "on",
        "or",
        "over",
        "should",
        "than",
        "that",
        "the",
        "their",
        "through",
        "to",
        "under",
        "via",
        "was",
        "were",
        "which",
        "who",
        "will",
        "with",
        "within",
        "without",
        "would",
    ]
)


_WEAK_ENDINGS = _WEAK_ENDINGS | WEAK_WORDS_ABROAD
# -- abbreviations that announce what follows ("… du processus c.-à-d."): cut, they dangle --
_LEAD_INS = frozenset(["e.g", "i.e", "c.-à-d", "p.ex", "p.ej", "z.b", "d.h"])
_ELIDED = lazy_compile(r"^(?:[cdjlmnst]|qu)['’]")


def cut_title(text: str) -> str:
    """``text`` cut at a word boundary to at most MAX_TITLE_CHARS (unchanged when shorter)."""
    if len(text) <= MAX_TITLE_CHARS:
        return text
    head = text[:MAX_TITLE_CHARS]
    space = head.rfind(" ")
    return (head[:space] if space > MAX_TITLE_CHARS // 2 else head).rstrip()


def title_lines(text: str, style: TextStyle, width_pt: float, size: float) -> int:
    """Lines ``text`` takes as a title at ``size``; 0 if a word is wider than the box.

    Titles never break inside a word: such a size does not fit.
    """
    metrics = _metrics(style, style.bold)
    usable = width_pt * WIDTH_SAFETY
    text = _as_set(text, style)
    if text and " ".join(text.split()) == text:  # -- one space apart: its pieces are its words
        # -- measured once for the check and the wrap (cProfile on recs-400: 12,224 titles
        # -- tried, each measured twice) --
        measured = _measured(text, metrics, size)
        if any(width > usable for width in measured[1]):
            return 0
        return len(_wrap_measured(measured, usable, metrics, size))
    if any(metrics.width(w, size) > usable for w in text.split()):
        return 0
    return len(wrap(text, usable, metrics, size))


def title_fits(text: str, style: TextStyle, width_pt: float, height_pt: float,
               size: float) -> bool:  # fmt: skip
    lines = title_lines(text, style, width_pt, size)
    line = _metrics(style, style.bold).line_height(size) * style.line_spacing
    within = not style.max_lines or lines <= style.max_lines
    return lines > 0 and within and lines * line <= title_room(style, height_pt)


def title_room(style: TextStyle, height_pt: float) -> float:
    """The height a title may take: the box's, and never less than one line at the template's size.

    Templates draw one-line title boxes as tight as their own title size (36 pt for a
    28 pt Meiryo UI title, whose line is 33 pt): measured strictly, no title fitted
    even at the smallest size and every slide got a one-word headline ("Bottom").
    The template's own design says one line at its size fits; viewers draw it so.
    """
    one_line = _metrics(style, style.bold).line_height(style.size_pt) * style.line_spacing
    return max(height_pt * HEIGHT_SAFETY, one_line)


def title_size(text: str, style: TextStyle, width_pt: float, height_pt: float) -> float:
    """The largest size in [min, max] (whole points down from max) at which ``text`` fits; 0 if none.

    The largest size first (most titles fit there), then a binary search of
    the sizes below it: a deck's titles used to be tried at every size down
    to the one that fits (7 tries a title on a 400-section report). Fitting is
    monotonic in size: every width is ``em * size`` and floating-point products
    and sums grow with their operands, so a word too wide at one size is too
    wide at any larger one, and the greedy wrap never takes fewer lines at a
    larger size (a run of words that fits on a line at the larger size fits at
    the smaller, so each line there starts no earlier); line height grows with
    size too. tests/unit/export/test_deck_fit.py checks both the monotony and
    that the answer is the one trying every size gives.
    """
    return _largest_fitting(
        _sizes(style), lambda size: title_fits(text, style, width_pt, height_pt, size)
    )


def headline(text: str, style: TextStyle, width_pt: float, height_pt: float,
             size: float) -> str:  # fmt: skip
    """A short headline of ``text`` that fits at ``size``: its leading clause, else leading words.

    Never ends with "…" nor on a dangling "of"/"and"; empty only when not even
    one word fits.
    """
    for match in reversed(list(_CLAUSE.finditer(text))):
        clause = _trim(text[: match.start()])
        if _unclosed(clause) or _abbreviated(text, match):
            continue
        # -- a fronted phrase ("In 2022,") is no headline: the longest fitting words say more
        if len(clause.split()) >= CLAUSE_WORDS and title_fits(
            clause, style, width_pt, height_pt, size
        ):
            return clause
    words = text.split()
    lo, hi = 0, len(words)  # -- binary search: the longest fitting prefix of words --
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if title_fits(" ".join(words[:mid]), style, width_pt, height_pt, size):
            lo = mid
        else:
            hi = mid - 1
    lo = _phrase_end(words, lo)
    return _trim(" ".join(words[:lo])) or " ".join(words[:lo])


CLAUSE_WORDS = 4  # -- a leading clause shorter than this is a fronted phrase, not a thesis


def _phrase_end(words: list[str], cut: int) -> int:
    """Where to end a headline of the first ``cut`` words: before the phrase the cut falls in.

    "Conduct focused studies on the townships with the highest" (cut before "pig farm
    densities") reads as a slip; ending before "with" gives a whole phrase. Kept when the
    cut already falls between phrases (the next word opens one) or when backing up would
    drop more than half the words.
    """
    if cut >= len(words) or _weak(words[cut]):
        return cut
    for end in range(cut - 1, max(cut // 2, 2) - 1, -1):
        if _weak(words[end]):
            return end
    return cut


def _trim(text: str) -> str:
    words = text.strip().rstrip(",;:—–-").split()
    while len(words) > 1 and _weak(words[-1]):
        words.pop()
    return " ".join(words).rstrip(",;:—–-")


def _weak(word: str) -> bool:
    """A word a headline must not end on: an article, preposition or conjunction.

    An elided French or Italian article or pronoun counts by what follows it
    ("d'une", "qu'il"): "… qu'il ne s'agit pas d'une" reads as cut.
    """
    word = word.lower().strip(",;:")
    if word.rstrip(".") in _LEAD_INS:
        return True
    return word in _WEAK_ENDINGS or _ELIDED.sub("", word) in _WEAK_ENDINGS


def _abbreviated(text: str, match: re.Match[str]) -> bool:
    """A stop that ends an abbreviation ("c.-à-d.", "e.g.", "U.S.", "Gov."), not a clause."""
    before = text[: match.start()].split()
    return (
        match.group().startswith(".")
        and bool(before)
        and ("." in before[-1] or ends_in_abbreviation(before[-1]))
    )


def _unclosed(clause: str) -> bool:
    """A clause cut inside brackets: "processus (c.-à-d" took the abbreviation's stop for an end."""
    return clause.count("(") > clause.count(")")


@dataclass(frozen=True)
class FittedTitle:
    """A title's size, the text shown, and the full text when it was shortened (for the body)."""

    size_pt: float
    text: str
    overflow: str = ""


def fit_title(text: str, style: TextStyle, width_pt: float, height_pt: float) -> FittedTitle:
    """Shrink a title within bounds until it fits; if even the minimum fails, a short headline.

    The full text is returned as ``overflow`` for the body to open with.
    """
    size = title_size(text, style, width_pt, height_pt)
    if size:
        return FittedTitle(size, text)
    return fit_title_at(text, style, width_pt, height_pt, style.min_pt)


def fit_title_at(text: str, style: TextStyle, width_pt: float, height_pt: float,
                 size: float) -> FittedTitle:  # fmt: skip
    """``text`` at ``size`` if it fits there, else its headline at that size."""
    if title_fits(text, style, width_pt, height_pt, size):
        return FittedTitle(size, text)
    short = headline(text, style, width_pt, height_pt, size)
    if not short:  # -- not one word fits: the box is useless; the smallest size holds most --
        return FittedTitle(size, text.split()[0] if text.split() else text, text)
    return FittedTitle(size, short, text)
