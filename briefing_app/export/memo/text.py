"""Plain text to paragraphs: long texts in pieces, lines fitted to a limit, leads and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth

from briefing_app.core.scripts import base_level
from briefing_app.core.text import split_sentences
from briefing_app.export.memo import accel, rlfix
from briefing_app.export.memo.fonts import SHAPED_FACES
from briefing_app.export.memo.frags import fragments
from briefing_app.export.memo.lines import is_complex, layout
from briefing_app.export.memo.style import Context

CHUNK = 3000  # characters; a paragraph longer than two of these is laid out in pieces
LINE_CHARS_MAX = 400  # -- more characters than any memo line holds, even at the smallest size --
accel.install()
rlfix.install()


def _needs_shaping(frags: list[Any]) -> bool:
    """Whether a paragraph sets text in a face reportlab must shape (Devanagari).

    Shaping every paragraph would cost each one a HarfBuzz pass and change the
    Latin ones' kerning; only those with such a run are shaped.
    """
    return any(getattr(frag, "fontName", "").startswith(SHAPED_FACES) for frag in frags)


class MemoParagraph(Paragraph):
    """A Paragraph that keeps its line breaks when wrapped again at the same width, and lays
    out right-to-left and Chinese/Japanese text itself (:mod:`briefing_app.export.memo.lines`).

    platypus measures a keep-together group (an outline anchor with its
    heading and first paragraph, a recommendation with its decision line) and
    then wraps each member again to place it; breaking the lines is most of a
    memo's cost, and the answer for one width never changes.

    A paragraph whose first strong letter is right-to-left is right-aligned.
    """

    frags: list[Any]  # -- reportlab's parsed fragments --
    style: ParagraphStyle

    def __init__(self, text: str | None, style: ParagraphStyle, *args, **kwargs) -> None:
        made = fragments(text, style) if not args and "frags" not in kwargs else None
        if made is not None:
            text, kwargs["frags"] = made
        super().__init__(text, style, *args, **kwargs)
        if _needs_shaping(self.frags):
            self.style = style = ParagraphStyle(f"{style.name}-shaped", style, shaping=1)
        plain = "".join(getattr(frag, "text", "") for frag in self.frags)
        self._complex = is_complex(plain) and all(
            hasattr(frag, "text") and not hasattr(frag, "cbDefn") for frag in self.frags
        )
        if self._complex and base_level(plain) and style.alignment == TA_LEFT:
            if getattr(style, "hanging_label", False):
                # -- a form's label ("SUBJECT:") keeps its column on the left, in the form's
                # -- direction; the right-to-left value is right-aligned beside it --
                self.style = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT)
                return
            # -- right to left: right-aligned, and the bullet (item number, ¶ number) leads the
            # -- first line on the right as its first words, instead of hanging on the left --
            self.style = ParagraphStyle(
                f"{style.name}-rtl", style, alignment=TA_RIGHT, leftIndent=style.rightIndent
            )
            self.frags = self._bullet_frags(style) + self.frags
            self.bulletText = None

    def _bullet_frags(self, style: ParagraphStyle) -> list[Any]:
        bullet = self.bulletText
        if not bullet:
            return []
        if not isinstance(bullet, str):  # -- <bullet> markup: fragments already --
            return [*bullet[:-1], bullet[-1].clone(text=bullet[-1].text + " ")]
        return [
            self.frags[0].clone(
                text=bullet + " ",
                fontName=style.bulletFontName,
                fontSize=style.bulletFontSize,
                textColor=getattr(style, "bulletColor", None) or style.textColor,
            )
        ]

    def breakLines(self, width: float | list[float]) -> ParaLines:  # -- reportlab's name --
        if not self._complex:
            return (
                _plain_lines(self, width) or _frag_lines(self, width) or super().breakLines(width)
            )
        if getattr(self, "_splitpara", 0) and hasattr(self, "blPara"):
            return self.blPara  # -- the first half of a split: its lines are already made --
        widths = list(width) if isinstance(width, list | tuple) else [width]
        _handleBulletWidth(self.bulletText, self.style, widths)
        lines, self._width_max = layout(self.frags, widths)
        return lines

    def _get_split_blParaFunc(
        self,
    ) -> Callable[[ParaLines, int, int], list[Any]]:  # -- reportlab's name --
        if not self._complex:
            return super()._get_split_blParaFunc()
        return _logical_frags

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        cached = getattr(self, "_wrapped", None)
        if cached and cached[0] == available_width and hasattr(self, "blPara"):
            return cached[1]
        size = super().wrap(available_width, available_height)
        self._wrapped = (available_width, size)
        return size


def _plain_lines(para: MemoParagraph, width: float | list[float]) -> ParaLines | None:
    """reportlab's lines for a paragraph of one plain fragment, or None to leave it to reportlab.

    ``Paragraph.breakLines`` runs the same greedy loop, but asks at every word
    whether it is a split word, holds a soft hyphen, may be hyphenated or is
    wider than the line, and pops words off the front of a list: ~7% of a long
    memo. Here the words are measured in one pass and placed with the same
    arithmetic in the same order; anything the loop below does not do (a
    second fragment, bidi or shaping, hyphenation, soft hyphens, a word wider
    than its line, dots, a background) returns None before any change is made,
    and reportlab breaks the paragraph itself. Same lines, widths and side
    effects as reportlab's (tests/unit/export/test_memo_text.py).
    """
    style, frags = para.style, para.frags
    if len(frags) != 1 or style.endDots or style.shaping or style.hyphenationLang:
        return None
    # -- the second half of a split paragraph of several fragments keeps its words as lists
    # -- ([width, (fragment, text), …]), no fragment: that one is reportlab's too
    attributes = getattr(frags[0], "__dict__", None)
    if attributes is None or "text" not in attributes:
        return None
    if "cbDefn" in attributes or "backColor" in attributes:
        return None
    frag = frags[0]
    if (style.wordWrap or "").upper() in ("RTL", "LTR") or style.uriWasteReduce:
        return None
    text = rl_paragraph.strip(frag.text)
    if not text or style.embeddedHyphenation or "\xad" in text:
        return None
    max_widths = width if isinstance(width, list | tuple) else [width]
    widths = list(max_widths)  # -- reportlab narrows the first line for a bullet in place --
    _handleBulletWidth(para.bulletText, style, widths)
    last_line = len(widths) - 1
    font, size, encoding = frag.fontName, frag.fontSize, para.encoding
    measure = rl_paragraph.stringWidth
    words = rl_paragraph.split(text)
    space = measure(" ", font, size, encoding)
    shrink = style.spaceShrinkage * space
    split_long = style.splitLongWords
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    current, widest, number, line_width = -space, 0, 0, widths[0]
    known = accel.WIDTHS  # -- string_width's table, read here without a call per word --
    for word in words:
        word_width = known.get((word, font, size, encoding))
        if word_width is None:
            word_width = measure(word, font, size, encoding)
        new = current + space + word_width
        limit = line_width + shrink * len(line)
        if new > limit and split_long:
            index = min(number, last_line)
            if word_width > max(widths[index : index + 1]):
                return None  # -- reportlab splits a word wider than the line --
        if new <= limit or not line:
            if word:
                line.append(word)
            current = new
        else:
            if current > widest:
                widest = current
            lines.append((line_width - current, line))
            line, current = [word], word_width
            number += 1
            line_width = widths[min(last_line, number)]
    if line:
        if current > widest:
            widest = current
        lines.append((line_width - current, line))
    _handleBulletWidth(para.bulletText, style, max_widths)  # -- the caller's list, as reportlab --
    para._width_max, para.height = widest, 0
    para._splitLongWordCount = para._hyphenations = 0
    ascent, descent = rl_paragraph.getAscentDescent(font, size)
    return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


def _frag_lines(para: MemoParagraph, width: float | list[float]) -> ParaLines | None:
    """reportlab's lines for a paragraph of several plain text fragments (a bold lead, a muted
    "(¶ 12)"), or None to leave it to reportlab.

    The several-fragment branch of ``Paragraph.breakLines`` asks at every word
    whether it is a line break, an image, a soft-hyphen word, a split or
    injected piece, whether it could be hyphenated, and pops it off the front
    of the word list (py-spy: 14.5% of a 400-section memo of recommendations).
    Here the same words (reportlab's own ``_getFragWords``) are placed with
    the same arithmetic in the same order, with the same side effects
    (``_fkind`` on the fragments, ``frags`` becoming the word list); anything
    the loop below does not do (markup other than text — images, line breaks,
    backgrounds —, soft hyphens, bidi, shaping, hyphenation, a word wider than
    its line, a split paragraph's word lists) returns None before ``para`` is
    changed (only the fragments' ``_fkind`` may be set, as reportlab sets it), and
    reportlab breaks the paragraph itself (tests/unit/export/test_memo_text.py).
    """
    style, frags = para.style, para.frags
    if len(frags) < 2 or style.shaping or style.hyphenationLang or style.uriWasteReduce:
        return None
    if style.embeddedHyphenation or (style.wordWrap or "").upper() in ("RTL", "LTR"):
        return None
    for frag in frags:
        attributes = getattr(frag, "__dict__", None)
        if attributes is None or "text" not in attributes or "\xad" in attributes["text"]:
            return None  # -- a split paragraph's word lists; a soft hyphen --
        if "cbDefn" in attributes or "lineBreak" in attributes or "backColor" in attributes:
            return None
    max_widths = width if isinstance(width, list | tuple) else [width]
    widths = list(max_widths)  # -- reportlab narrows the first line for a bullet in place --
    _handleBulletWidth(para.bulletText, style, widths)
    last_line = len(widths) - 1
    words_in = rl_paragraph._getFragWords(frags, widths[0])  # -- sets each fragment's _fkind --
    measure, ascent_of = rl_paragraph.stringWidth, rl_paragraph.getAscentDescent
    same_frag, spaced = rl_paragraph.sameFrag, rl_paragraph._HSFrag
    # -- per fragment, once: (its space's width, ascent, descent); the words' pieces are these
    # -- fragments, and each piece of a line a clone of one (same font and size) --
    metrics = {
        id(f): (measure(" ", f.fontName, f.fontSize), *ascent_of(f.fontName, f.fontSize))
        for f in frags
    }
    shrinkage, split_long = style.spaceShrinkage, style.splitLongWords
    lines: list[Any] = []
    line: list[Any] = []
    line_spaces: list[float] = []  # -- the space width of each piece of the line --
    widest, number, max_width, first_word = 0, 0, widths[0], 0
    n = space_width = current = max_size = max_ascent = min_descent = 0
    g: Any = None
    g_source: Any = None  # -- the fragment ``g`` is a clone of --
    for index, word in enumerate(words_in):
        last = word[-1][0]
        if not line:
            n = space_width = current = 0
            max_size = last.fontSize
            _, max_ascent, min_descent = metrics[id(last)]
        word_width = word[0]
        frag, text = word[1]
        new = current + space_width + word_width if word_width > 0 else current
        limit = max_width
        if shrinkage:
            shrink = space_width
            for piece, piece_space in zip(line, line_spaces, strict=True):
                spaces = piece.text.count(" ")
                if spaces:
                    shrink += spaces * piece_space
            limit += shrink * shrinkage
        if new > limit and split_long:
            at = min(number, last_line)
            if word_width > max(widths[at : at + 1]):
                return None  # -- reportlab splits a word wider than the line --
        frag_space, ascent, descent = metrics[id(frag)]
        if not (new > limit and n > 0):
            if text:
                n += 1
            font_size = frag.fontSize
            max_size = max(max_size, font_size)
            max_ascent = max(max_ascent, ascent)
            min_descent = min(min_descent, descent)
            if not line:
                g, g_source = frag.clone(), frag
                line, line_spaces = [g], [frag_space]
                g.text = text
            elif frag is not g_source and not same_frag(g, frag):
                if space_width and not line[-1].text.endswith(" "):
                    line[-1].text += " "
                g, g_source = frag.clone(), frag
                line.append(g)
                line_spaces.append(frag_space)
                g.text = text
            elif space_width and not g.text.endswith(" "):
                g.text += " " + text
            else:
                g.text += text
            if not isinstance(word, spaced):
                space_width = 0
            elif last is frag:
                space_width = frag_space
            else:  # -- reportlab's own mix: the last piece's font, the first piece's size --
                space_width = measure(" ", last.fontName, font_size)
            real = 0
            for piece_frag, piece_text in word[2:]:
                g, g_source = piece_frag.clone(), piece_frag
                g.text = piece_text
                if piece_text:
                    real = 1
                line.append(g)
                piece_space, ascent, descent = metrics[id(piece_frag)]
                line_spaces.append(piece_space)
                max_size = max(max_size, piece_frag.fontSize)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
            if not text and real:
                n += 1
            current = new
        else:
            widest = max(widest, current)
            lines.append(
                _frag_line(
                    max_width, current, n, line, max_size, max_ascent, min_descent, first_word
                )
            )
            first_word = index
            number += 1
            max_width = widths[min(last_line, number)]
            space_width = metrics[id(last)][0] if isinstance(word, spaced) else 0
            current, n = word_width, 1
            g, g_source = frag.clone(), frag
            max_size, max_ascent, min_descent = frag.fontSize, ascent, descent
            line, line_spaces = [g], [frag_space]
            g.text = text
            for piece_frag, piece_text in word[2:]:
                g, g_source = piece_frag.clone(), piece_frag
                g.text = piece_text
                line.append(g)
                piece_space, ascent, descent = metrics[id(piece_frag)]
                line_spaces.append(piece_space)
                max_size = max(max_size, piece_frag.fontSize)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
    if line:
        widest = max(widest, current)
        lines.append(
            _frag_line(max_width, current, n, line, max_size, max_ascent, min_descent, first_word)
        )
    _handleBulletWidth(para.bulletText, style, max_widths)  # -- the caller's list, as reportlab --
    para._width_max, para.height = widest, 0
    para._splitLongWordCount = para._hyphenations = 0
    para.frags = words_in
    return ParaLines(kind=1, lines=lines)


def _frag_line(
    max_width: float, current: float, n: int, words: list[Any], size: float, ascent: float,
    descent: float, first_word: int,
) -> Any:  # fmt: skip
    return rl_paragraph.FragLine(
        extraSpace=max_width - current, wordCount=n, lineBreak=False, words=words,
        fontSize=size, ascent=ascent, descent=descent, maxWidth=max_width, sFW=first_word,
    )  # fmt: skip


def _logical_frags(lines: ParaLines, start: int, stop: int) -> list[Any]:
    """The fragments of lines ``start:stop`` in logical order, a space between lines, for a split."""
    out: list[Any] = []
    for line in lines.lines[start:stop]:
        if out:
            out[-1] = out[-1].clone(text=out[-1].text + " ")
        out += line.logical
    return out


def paragraphs(
    ctx: Context, text: str, style: ParagraphStyle, *, bullet: str = "", before: str = "",
    after: str = "", bold: bool = False, italic: bool = False,
) -> list[MemoParagraph]:  # fmt: skip
    """``before`` + text + ``after`` as one Paragraph, or as touching pieces when very long.

    ``bullet`` is plain text set in the style's bullet font, size and colour.

    reportlab re-breaks a split paragraph's whole remainder on every page, so
    one huge paragraph costs time quadratic in its length; pieces of ~3,000
    characters keep a long report linear, at the price of a line ending early
    where one piece meets the next.
    """
    pieces = chunks(text, CHUNK)
    bullet_markup, bullet_text = bullet_of(ctx, bullet, style)
    before = bullet_markup + before
    out = []
    for n, piece in enumerate(pieces):
        first, last = n == 0, n == len(pieces) - 1
        piece_style = style if len(pieces) == 1 else ParagraphStyle(
            f"{style.name}-{n}", style, spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0, keepWithNext=getattr(style, "keepWithNext", 0) and last,
        )  # fmt: skip
        markup = ctx.m(piece, bold=bold, italic=italic)
        markup = (before if first else "") + markup + (after if last else "")
        out.append(MemoParagraph(markup, piece_style, bulletText=bullet_text if first else None))
    return out


def bullet_of(ctx: Context, text: str, style: ParagraphStyle) -> tuple[str, str | None]:
    """(markup, bulletText) for a paragraph's bullet: plain bulletText when the font chain sets
    all of ``text`` in the style's bullet font (nothing to parse), else ``<bullet>`` markup."""
    if not text:
        return "", None
    bold = style.bulletFontName == ctx.fonts.font_name(bold=True)
    if ctx.fonts.runs(text, bold=bold) == [(style.bulletFontName, text)]:
        return "", text
    return f"<bullet>{ctx.m(text, bold=bold)}</bullet>", None


def chunks(text: str, size: int) -> list[str]:
    """``text`` in pieces of about ``size`` characters, cut at sentence ends, else spaces."""
    if len(text) <= 2 * size:
        return [text]
    pieces, start = [], 0
    while len(text) - start > 2 * size:
        window = text[start : start + size]
        ends = [end for _, end in split_sentences(window)[:-1]]
        cut = ends[-1] if ends and ends[-1] > size // 2 else window.rfind(" ")
        cut = cut if cut > size // 4 else size
        pieces.append(text[start : start + cut].strip())
        start += cut
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def line_count(ctx: Context, text: str) -> int:
    """How many lines ``text`` takes in the body style across the frame."""
    paragraph = MemoParagraph(ctx.m(text), ctx.styles["body"])
    paragraph.wrap(ctx.width, 10**7)
    return len(paragraph.blPara.lines)


def fit_lines(text: str, count: Callable[[str], int], limit: int) -> str:
    """``text`` if it takes at most ``limit`` lines; else whole sentences that fit, or a cut + "…".

    Both searches are binary (more text never takes fewer lines), so a huge
    bottom line costs a few layouts, not one per sentence; and text beyond
    what ``limit`` lines could ever hold is dropped before any layout, so each
    layout is short too (a 1 MB bottom line took minutes).
    """
    bound = max(1, limit) * LINE_CHARS_MAX
    cut_early = len(text) > bound
    if cut_early:
        text = text[:bound]
    elif count(text) <= limit:
        return text
    ends = [end for _, end in split_sentences(text)]
    if cut_early:
        ends = ends[:-1]  # -- the last sentence was cut short by the bound --
    fitting = _most(len(ends), lambda n: count(text[: ends[n - 1]]) <= limit)
    if fitting:
        return text[: ends[fitting - 1]]
    words = text.split()
    kept = max(1, _most(len(words), lambda n: count(" ".join(words[:n]) + "…") <= limit))
    if kept == 1 and count(words[0] + "…") > limit:  # -- one word longer than the lines: cut it --
        chars = max(1, _most(len(words[0]), lambda n: count(words[0][:n] + "…") <= limit))
        return words[0][:chars] + "…"
    return " ".join(words[:kept]).rstrip(" ,;:") + "…"


def _most(upper: int, fits: Callable[[int], bool]) -> int:
    """The largest n in 0..upper with ``fits(n)`` (0 if none), for a monotonic ``fits``."""
    low, high = 0, upper
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def iso_date(text: str) -> dt.date | None:
    """The date in an ISO string, or None."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def split_lead(title: str, summary: str) -> tuple[str, str]:
    """(bold lead, rest): the summary's own words when it opens with the title, else both whole."""
    stem = title.rstrip(".…")
    after = summary[len(stem) : len(stem) + 1]
    whole_words = not (after.isalnum() or after == "_")  # -- "The" must not match "Theresa" --
    if stem and whole_words and summary.casefold().startswith(stem.casefold()):
        cut = len(stem) + (summary[len(stem) : len(stem) + 1] in (".", "!", "?"))
        return summary[:cut], summary[cut:]
    return title, summary
