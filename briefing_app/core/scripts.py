"""Which writing system a text is in: paragraph direction and the language of each run.

Shared by both exporters (the deck marks right-to-left paragraphs and run
languages, the memo lays out right-to-left lines) and by the "not in source"
check, which must treat names in scripts without capital letters as names.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from briefing_app.core.lazy_pattern import lazy_non_ascii

_STRONG = {"L": 0, "R": 1, "AL": 1}
# -- scripts with no upper and lower case: every word may be a name --
UNCASED = lazy_non_ascii(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"  # Hebrew, Arabic (and their presentation forms)
    "\u1100-\u11ff\u2e80-\u2fff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff]"  # Hangul jamo, CJK radicals, kana, ideographs, Hangul syllables
)
# -- compiled on first use (:func:`script`): re maps a large character class over the whole
# -- BMP, 0.3-2.5 ms each at every start-up, and a Latin-script article needs none of these --
_SCRIPTS = {
    "hebrew": "[\u0590-\u05ff\ufb1d-\ufb4f]",
    "arabic": "[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefc]",
    "persian": "[\u067e\u0686\u0698\u06a9\u06af\u06cc]",  # -- پ چ ژ ک گ ی --
    "kana": "[\u3040-\u30ff\u31f0-\u31ff]",
    "hangul": "[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]",
    "han": "[\u2e80-\u2fff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]",
    "right-to-left": "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]",
    "presentation forms": "[\ufb1d-\ufdff\ufe70-\ufefc]",
    # -- written without spaces between words (Chinese, Japanese), their punctuation included
    "unspaced": "[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]",
    # -- set one em wide in every font: CJK, kana, hangul, full-width forms
    "wide": "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uff60\uffe0-\uffe6]",
}


@functools.cache
def script(name: str) -> re.Pattern[str]:
    """The letters of one script (``"arabic"``, ``"han"`` … see _SCRIPTS), compiled once."""
    return re.compile(_SCRIPTS[name])


def base_level(text: str) -> int:
    """Paragraph level by UAX #9 rules P2-P3: 1 if the first strong letter is right-to-left."""
    for char in text:
        level = _STRONG.get(unicodedata.bidirectional(char))
        if level is not None:
            return level
    return 0


def is_rtl(text: str) -> bool:
    """Whether a paragraph of ``text`` reads right to left (its first strong letter does)."""
    return base_level(text) == 1


def language_of(word: str) -> str:
    """A BCP 47 tag for a word in Hebrew, Arabic, Persian, Chinese, Japanese or Korean, else "".

    Persian is told from Arabic by its own letters; Japanese from Chinese by
    kana (a Japanese name in kanji alone is tagged Chinese: the glyphs are the
    same characters, and only the font choice differs).
    """
    if script("hebrew").search(word):
        return "he-IL"
    if script("arabic").search(word):
        return "fa-IR" if script("persian").search(word) else "ar-SA"
    if script("hangul").search(word):
        return "ko-KR"
    if script("kana").search(word):
        return "ja-JP"
    if script("han").search(word):
        return "zh-CN"
    return ""


_ARABIC_SCRIPT = {"ar-SA", "fa-IR"}


def language_runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (language tag or "", chunk) runs; spaces and punctuation join the run
    they sit in unless the next word starts another language."""
    if not UNCASED.search(text):
        return [("", text)] if text else []  # -- the usual case: one pass, no split --
    runs: list[tuple[str, str]] = []
    for piece in re.split(r"(\s+)", text):
        if not piece:
            continue
        language = language_of(piece) if not piece.isspace() else None
        if runs and {language, runs[-1][0]} <= _ARABIC_SCRIPT:
            # -- one name: "مسعود پزشکیان" is Persian although only its second word shows it --
            language = "fa-IR" if "fa-IR" in (language, runs[-1][0]) else "ar-SA"
            runs[-1] = (language, runs[-1][1] + piece)
        elif runs and (language is None or language == runs[-1][0]):
            runs[-1] = (runs[-1][0], runs[-1][1] + piece)
        else:
            runs.append((language or "", piece))
    return runs


def logical_line(visual: str) -> str:
    """A line of PDF text as extracted left to right (visual order) back in reading order.

    PDF readers give glyphs in the order they stand on the page, so an Arabic or
    Hebrew run comes out reversed and in presentation forms. Reordering a line
    by the bidi algorithm a second time restores it (exactly, for the usual case
    of one level of nesting: an Arabic name in English, a number in Arabic);
    presentation forms are then folded to letters (NFKC, after the reordering so a
    lam-alef ligature unfolds in the right order). The line reads right to left
    when most of its letters do.

    The page shows a bracket in a right-to-left run by its mirrored glyph, so the
    reordering must mirror it back (rule L4): a Persian reference "[۲۰]" otherwise
    reads "]۲۰[" in the outline, deck and memo. python-bidi's Python implementation
    applies L4; its faster Rust one does not (about 0.2 ms a line more, on lines
    with right-to-left letters only).
    """
    rtl_letter = script("right-to-left")
    if not rtl_letter.search(visual):
        return visual  # -- the usual case: nothing to do --
    from bidi.algorithm import get_display  # -- deferred: only lines with right-to-left letters --

    rtl = len(rtl_letter.findall(visual))
    letters = sum(1 for c in visual if c.isalpha())
    # -- the bidi algorithm drops the zero-width non-joiner (rule X9), which is part of a
    # -- Persian word's spelling ("گزینه‌های"): it crosses as a right-to-left letter the
    # -- line does not hold (Hebrew "nun hafukha") and comes back
    stand_in = "\u05c6" if "\u200c" in visual and "\u05c6" not in visual else ""
    if stand_in:
        visual = visual.replace("\u200c", stand_in)
    logical = get_display(visual, base_dir="R" if 2 * rtl >= letters else "L")
    if stand_in:
        logical = logical.replace(stand_in, "\u200c")
    return script("presentation forms").sub(
        lambda m: unicodedata.normalize("NFKC", m.group()), logical
    )
