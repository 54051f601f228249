"""Ligatures a PDF maps to their last letter only: "ﬁnancial" read as "inancial".

Some PDFs (InDesign exports set in Minion Pro among them) give the "fi" glyph a
ToUnicode entry of "i" alone, so every "fi" loses its "f" ("inancial aid",
"what inancial resources"). The glyph keeps its own width, though: about an
"f" and an "i" together, twice the font's usual "i". A letter that is far wider
than the same letter in the same font and size, where that letter is common
enough to know its usual width, is the ligature, and the missing letters are
put back ("fi" or "ffi", "fl" or "ffl", "ff"), whichever's width is nearest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

# -- the ligatures that end in each letter, shortest first
_ENDING_IN = {"i": ("fi", "ffi"), "l": ("fl", "ffl"), "f": ("ff",)}
WIDER = 1.6  # -- a letter this much wider than usual is a ligature
USUAL_AT_LEAST = 3  # -- how often a width is seen before it is the letter's usual one

_Key = tuple[str, float, str]


def _key(char: dict, letter: str | None = None) -> _Key:
    """The letter's key among the usual widths: its font, size and letter (``letter`` instead)."""
    return (char["fontname"], round(char["size"], 1), letter or char["text"])


def _width(char: dict) -> float:
    return round(char["x1"] - char["x0"], 2)


def _usual_widths(words: list[dict]) -> dict[_Key, float]:
    """The most frequent width of each ligature-ending letter per font and size."""
    seen: dict[_Key, Counter[float]] = defaultdict(Counter)
    for word in words:
        for char in word.get("chars", ()):
            if char["text"] in _ENDING_IN:
                seen[_key(char)][_width(char)] += 1
    usual = {}
    for key, widths in seen.items():
        width, count = widths.most_common(1)[0]
        if count >= USUAL_AT_LEAST and width > 0:
            usual[key] = width
    return usual


def _spelled(char: dict, usual: dict[_Key, float]) -> str:
    """The letters the glyph stands for: itself, or the ligature its width shows."""
    letter = char["text"]
    own = usual.get(_key(char))
    width = _width(char)
    if not own or width < WIDER * own:
        return letter
    f = usual.get(_key(char, "f"), own)

    def estimate(ligature: str) -> float:
        return sum(usual.get(_key(char, c), f) for c in ligature)

    return min(_ENDING_IN[letter], key=lambda lig: abs(estimate(lig) - width))


def restore_ligatures(words: list[dict]) -> list[dict]:
    """Words whose ligature glyphs lost their first letters, with those letters back.

    Only words carrying their characters (``return_chars``) whose text is
    those characters' text are changed; the rest pass as they are.
    """
    usual = _usual_widths(words)
    if not usual:
        return words
    fixed = []
    for word in words:
        chars = word.get("chars") or ()
        wide = any(
            c["text"] in _ENDING_IN and (own := usual.get(_key(c))) and _width(c) >= WIDER * own
            for c in chars
        )
        if wide and "".join(c["text"] for c in chars) == word["text"]:
            word = {**word, "text": "".join(_spelled(c, usual) for c in chars)}
        fixed.append(word)
    return fixed


# -- the Latin ligatures Unicode encodes as one character (U+FB00–FB06): ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
_LIGATURE = re.compile("[\ufb00-\ufb06]")
LIGATURE_LETTERS = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_SPELT_OUT = str.maketrans(LIGATURE_LETTERS)


def spell_out_ligatures(words: list[dict]) -> list[dict]:
    """Words with a ligature the PDF kept as one character ("coeﬀicient") spelt out in letters.

    A reader sees "coefficient"; searching, matching and summarising the text must too.
    """
    return [
        {**w, "text": w["text"].translate(_SPELT_OUT)} if _LIGATURE.search(w["text"]) else w
        for w in words
    ]
