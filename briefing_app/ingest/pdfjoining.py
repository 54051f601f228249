"""Arabic-script words as a PDF draws them: marks set apart and joins broken on purpose.

A PDF of Persian or Arabic text draws shaped glyphs. Two things the shaping
said are lost when its text is read as words:
- a vowel mark (the ezafe kasra of "مدیریتِ") is a glyph placed under its
  letter, which pdfplumber may read as a "word" of its own, and the line then
  ends in a stray mark and its heading no longer matches its text;
- a zero-width non-joiner ("گزینه‌های", "ارائه‌ی") is invisible: only the
  shapes show it, a letter that joins on both sides drawn in its final form
  right before a letter in its initial form. Where the text layer keeps the
  presentation forms, that pair is put back as letter, joiner, letter.
Letters that never join to the next ("ا", "د", "ر", "و" …) break the join by
themselves and need no joiner. A third: justified Persian squeezes its word
spaces below the gap that parts Latin words, so a line's words run together
("یکی‌ازروش‌های‌مفید"); its letters touch, so a narrower gap parts them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from briefing_app.ingest.pdfligatures import LIGATURE_LETTERS

ZWNJ = "\u200c"
# -- letters that join only to the letter before them (and hamza, which joins to none)
_RIGHT_JOINING = set("ءآأؤإاةدذرزژوٱۀۃۄۅۆۇۈۉۊۋۍۏ")
MAX_MARKS = 500  # -- mark-only words looked at on one page (a page of them is no text)


def _form(char: str) -> tuple[str, str]:
    """(base letter, form) of an Arabic presentation form; (char, "") for anything else."""
    if not ("\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"):
        return char, ""
    name = unicodedata.name(char, "")
    base = unicodedata.normalize("NFKC", char)
    for form in ("ISOLATED", "FINAL", "INITIAL", "MEDIAL"):
        if form in name and len(base) == 1:
            return base, form
    return char, ""


def _arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u06ff" and unicodedata.category(char) == "Lo"


def with_joiners(visual: str) -> str:
    """A word in visual order (left to right), with a non-joiner wherever its shapes show one.

    Only words that carry presentation forms are touched: a text layer of
    plain letters says nothing of how they were drawn.
    """
    forms = [_form(c) for c in visual]
    if not any(form for _, form in forms):
        return visual
    out = []
    for k, char in enumerate(visual):
        out.append(char)
        if k + 1 == len(visual):
            break
        # -- visual order: the letter to the right comes first in reading order
        (after, after_form), (before, before_form) = forms[k], forms[k + 1]
        ends = before_form in ("FINAL", "ISOLATED") or (not before_form and _arabic_letter(before))
        starts = after_form in ("INITIAL", "ISOLATED") or (not after_form and _arabic_letter(after))
        letters = _arabic_letter(before) and _arabic_letter(after)
        if ends and starts and letters and before not in _RIGHT_JOINING:
            out.append(ZWNJ)
    return "".join(out)


def _mark_only(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c) == "Mn" for c in text)


def attach_marks(words: list[dict]) -> list[dict]:
    """Mark-only "words" put back into the word they are drawn on, at the letter under them.

    The host is the word whose box holds the mark's centre across and overlaps
    it down the page; the mark goes right after the letter its centre falls on
    (in the visual string: right before it, as the line is reversed later).
    A mark with no host stays where it was.
    """
    marks = [w for w in words if _mark_only(w["text"])]
    if not marks or len(marks) > MAX_MARKS:
        return words
    hosts = [w for w in words if not _mark_only(w["text"])]
    placed: set[int] = set()
    for mark in marks:
        cx = (mark["x0"] + mark["x1"]) / 2
        host = next(
            (
                w
                for w in hosts
                if w["x0"] <= cx <= w["x1"]
                and w["top"] - w["size"] <= mark["top"] <= w["bottom"] + 0.5 * w["size"]
            ),
            None,
        )
        if host is None:
            continue
        text = host["text"]
        glyphs = host.get("chars") or []
        if len(glyphs) == len(text):  # -- the letter whose glyph the mark's centre falls on
            at = next((k for k, g in enumerate(glyphs) if g["x0"] <= cx <= g["x1"]), 0)
        else:
            share = (cx - host["x0"]) / max(host["x1"] - host["x0"], 1e-6)
            at = min(len(text) - 1, max(0, int(share * len(text))))
        host["text"] = text[:at] + mark["text"] + text[at:]
        placed.add(id(mark))
    return [w for w in words if id(w) not in placed]


# -- Arabic-script letters touch (joined or not, a gap of a few hundredths of an em at most);
# -- justified lines squeeze word spaces to about 0.15 em, under the gap that parts Latin words
SPACE_RATIO = 0.1
# -- letters and presentation forms: one C-level search per word, Latin pages pay no more
_ARABIC_SCRIPT = re.compile("[\u0620-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


# -- a justified line squeezed tight: its word spaces narrower than the reader's word gap
# -- (0.142 em against 0.15), but wider than anything between its touching letters
GLUED_MIN_CHARS = 12
LETTER_GAP = 0.03  # -- em: how far apart the letters of one word stand at most
MIN_PIECE = 2  # -- letters on either side of a lone squeezed space ("{P epsi": a kerned capital)
EVEN_SPREAD = 0.02  # -- em: how far a justified line's squeezed spaces differ at most


def split_at_spaces(words: list[dict]) -> list[dict]:
    """Words split where their letters stand apart by a squeezed word space.

    Arabic script is split at any gap past SPACE_RATIO. Other scripts only in a
    long "word" whose other letters touch, at gaps leaving two letters or more
    on each side: the signature of a justified line whose spaces were squeezed
    below the word gap ("andatamodestairtravelgrowthrate"); a short word with a
    wide gap (small capitals, a kerned capital, letter-spaced type) is left alone.
    Each part keeps the word's other attributes.
    """
    out: list[dict] = []
    for word in words:
        arabic = bool(_ARABIC_SCRIPT.search(word["text"]))
        long = len(word["text"]) >= GLUED_MIN_CHARS
        out += _parts(word, arabic=arabic) if arabic or long else [word]
    return out


def _squeezed_spaces(gaps: list[float], cuts: list[int], count: int, size: float) -> bool:
    """The wide gaps of a Latin "word" are a justified line's squeezed spaces.

    Its letters touch; one wide gap leaves two letters or more on either side,
    and several are the same width, as a justified line's spaces are (then a
    one-letter word such as "a" may stand between them).
    """
    wide = [gaps[k - 1] for k in cuts]
    rest = [gap for k, gap in enumerate(gaps, start=1) if k not in cuts]
    if max(rest, default=0.0) > LETTER_GAP * size:
        return False
    pieces = [b - a for a, b in itertools.pairwise([0, *cuts, count])]
    if len(cuts) > 1:
        # -- letter-spaced capitals ("C O N T E N T S") part every letter: no words there
        words = sum(n >= MIN_PIECE for n in pieces) > len(pieces) / 2
        return words and max(wide) - min(wide) <= EVEN_SPREAD * size
    return min(pieces) >= MIN_PIECE


def _parts(word: dict, *, arabic: bool) -> list[dict]:
    chars = word.get("chars") or []
    # -- each character's text as the word spells it (pdfplumber spells out "ﬂ" as "fl")
    spelled = [c["text"] if arabic else LIGATURE_LETTERS.get(c["text"], c["text"]) for c in chars]
    if "".join(spelled) != word["text"] or len(chars) < 2:
        return [word]
    size = word["size"]
    gaps = [chars[k]["x0"] - chars[k - 1]["x1"] for k in range(1, len(chars))]
    cuts = [k + 1 for k, gap in enumerate(gaps) if gap > SPACE_RATIO * size]
    if not cuts:
        return [word]
    if not arabic and not _squeezed_spaces(gaps, cuts, len(chars), size):
        return [word]
    offsets = list(itertools.accumulate(len(t) for t in spelled))
    parts = []
    for start, end in zip([0, *cuts], [*cuts, len(chars)], strict=True):
        piece = chars[start:end]
        parts.append(
            {
                **word,
                "text": word["text"][offsets[start - 1] if start else 0 : offsets[end - 1]],
                "x0": piece[0]["x0"],
                "x1": max(c["x1"] for c in piece),
                "chars": piece,
            }
        )
    return parts
