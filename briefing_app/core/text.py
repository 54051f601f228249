"""Small text utilities shared by detection, summaries and both exporters."""

from __future__ import annotations

import functools
import re
import unicodedata

from briefing_app.core.lazy_pattern import lazy_compile

# Characters XML 1.0 cannot hold (and so neither .pptx nor reportlab's parser).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACE = r"[ \t\x85\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"  # -- NEL, LS, PS: breaks inside a paragraph --
# -- any run of spaces except a lone plain space, which is already clean: matching every
# -- single space between words made clean_spaces a replacement per word --
_SPACES = lazy_compile(rf"(?! (?!{_SPACE})){_SPACE}+")
# -- a space other than the plain one: with none of these and no two plain spaces together
# -- there is nothing to collapse, found by a scan for one class (_SPACES tries a lookahead
# -- at every character, ~9 µs for a 100-character line) --
_OTHER_SPACE = re.compile(_SPACE.replace(" ", "", 1))


# -- the ASCII characters of _XML_ILLEGAL, as bytes to delete --
_XML_ILLEGAL_ASCII = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def sanitize(text: str) -> str:
    """NFC-normalise and drop what XML cannot hold; the one sanitizer every writer uses.

    ASCII text (already in NFC) is tested by deleting the illegal characters from its
    bytes and comparing lengths, about three times quicker than the regex's scan.
    """
    if text.isascii():
        data = text.encode("ascii")
        if len(data.translate(None, _XML_ILLEGAL_ASCII)) == len(data):
            return text
    text = _XML_ILLEGAL.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_spaces(text: str) -> str:
    """Collapse runs of spaces (including non-breaking ones) to one plain space and strip."""
    if "  " not in text and not _other_space(text):
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def _other_space(text: str) -> bool:
    """Whether ``text`` holds a space other than the plain one (in ASCII only a tab is)."""
    return "\t" in text if text.isascii() else _OTHER_SPACE.search(text) is not None


# -- the marks a sentence ends with: Latin, Arabic and Urdu, Chinese and Japanese (where
# -- split_sentences ends one), and the danda of Hindi and the other Devanagari languages
SENTENCE_STOPS = ".!?…\u061f\u06d4。！？\u0964"

_SENTENCE_END = re.compile(
    # -- a stop, then spaces, then a capital (or a letter of a script without capitals) --
    r"""(?<=[.!?…\u061f\u06d4])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9À-ÖØ-ÞĀ-ž\u0370-\u03ff\u0400-\u04ff\u0531-\u0556\u10a0-\u10ff\u0590-\u08ff])"""
    # -- or a Chinese/Japanese full stop (with its closing quote), spaces or none --
    r"""|(?:(?<=[。！？])|(?<=[。！？][”’」』）]))(?![”’」』）])\s*(?=\S)"""
)
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "vs",
    "etc",
    "al",  # -- "Greeven et al. 2018)": a citation, not a sentence's end --
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "u.n",
    "no",
    "fig",
    "inc",
    "ltd",
    "co",
    "gen",
    "col",
    "lt",
    "sen",
    "rep",
    "gov",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}


# -- where a sentence's end can start: right after a stop (or after a CJK stop's closing quote)
_STOP = re.compile("[.!?…\u061f\u06d4。！？]")
_CJK_STOPS = "。！？"


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """The matches of ``_SENTENCE_END.finditer(text)``, tried only where one can start.

    The pattern opens with a lookbehind, which ``re`` tries at every character (~25 ns a
    character, the costliest pattern per character of a nested report's export). A
    match starts right after a stop, or two characters after a CJK stop followed by a
    closing quote: those positions are tried in order, as ``finditer`` would reach them.
    """
    ends: list[re.Match[str]] = []
    resume = tried = 0  # -- a match may start at ``resume``; positions up to ``tried`` are done --
    for stop in _STOP.finditer(text):
        after = stop.end()
        for pos in (after, after + 1) if stop.group() in _CJK_STOPS else (after,):
            if pos <= tried or pos < resume:
                continue
            tried = pos
            match = _SENTENCE_END.match(text, pos)
            if match:
                ends.append(match)
                resume = max(match.end(), pos + 1)  # -- after an empty match, finditer moves on --
                break
    return ends


# -- letters each followed by a dot, the last one's dot stripped ("r.a", "(s.b")
_INITIALISM = lazy_compile(r"^[(\[]?(?:[^\W\d_]\.)+[^\W\d_]$")
# -- the month after a day's ordinal dot in German: "am 14. September", "bis 3. März"
_DAY_MONTH = lazy_compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)\b"
)


def ends_in_abbreviation(word: str) -> bool:
    """Whether a word's full stop is an abbreviation's ("Gov.", "Dr.", "e.g."), not a sentence's."""
    bare = word.rstrip(".!?…\"'”’)]").lstrip("(['\"“‘").lower()  # -- "(e.g." is "e.g." --
    return bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) within ``text``, not split after common abbreviations."""
    return list(_sentence_spans(text))


# -- detection splits each paragraph several times (ordinals, appeals, summaries, headlines,
# -- figures) and both exporters split each summary again; the pattern's lookbehind is tried
# -- at every character, so each text is split once and its spans remembered --
@functools.lru_cache(maxsize=8192)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _sentence_ends(text):
        before = text[start : match.start()].rstrip(".!?…\"'”’)]")
        last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        if ends_in_abbreviation(last_word):
            continue
        if last_word.isdigit() and len(last_word) <= 2 and _DAY_MONTH.match(text, match.end()):
            continue  # -- "am 14. September": a day-first date's day, not a sentence's end
        if text[match.end() : match.end() + 1].isdigit() and _INITIALISM.match(last_word):
            continue  # -- "(R.A. 7160)", "S.B. 12": an act's or a bill's initials before its number
        spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple((s, e) for s, e in spans if text[s:e].strip())


_TYPED_BOLD = lazy_compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")


def without_typed_bold(text: str) -> str:
    """Markdown's ``**bold**`` typed where no Markdown is read (plain text, a web page's words):
    the words without their stars, which no reader of the slide or memo should see."""
    return _TYPED_BOLD.sub(r"\2", text) if "**" in text or "__" in text else text


# -- the emoji of the "Miscellaneous Symbols and Arrows" block (star, circle, squares, arrows) --
_EMOJI_SYMBOLS = frozenset("\u2b05\u2b06\u2b07\u2b1b\u2b1c\u2b50\u2b55")


def is_pictograph(char: str) -> bool:
    """Emoji, their variation selector and flag tags, and dingbats: decoration, not words.

    No memo face draws them (reportlab has no colour fonts): printed as "?", a pointing
    hand before each demand of a letter reads as a doubt, so the memo leaves them out.
    A document's properties leave them out too: they are no keyword, and poppler writes
    a character beyond the basic plane in PDF metadata as broken UTF-8.
    """
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or char in _EMOJI_SYMBOLS
        or code == 0xFE0F
        or 0xE0020 <= code <= 0xE007F
    )


def without_pictographs(text: str) -> str:
    """The text with its emoji and dingbats left out (see is_pictograph), spaces tidied."""
    if text.isascii():
        return text
    return clean_spaces("".join(c for c in text if not is_pictograph(c)))


def word_set(text: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of ``text`` (for word lists in code)."""
    return frozenset(text.split())


# -- words a cut title or headline must not end on, in the European languages the corpus holds
# -- (French, Spanish, Portuguese, Italian, German), leaving out those English titles end on
# -- too ("die", "do", "al" of "et al", "un" and "mit" as UN and MIT, "par", "per", "con",
# -- "sin", "dem"); German "den" is in: a cut landing right after an English "den" is rarer
# -- than a German sentence cut before the noun its "den" opens --
WEAK_WORDS_ABROAD = word_set(
    "le la les l' une des du de d' au aux et ou pour sur dans avec sans se ne qui que leur "
    "leurs sa ses à en après avant entre vers chez sous "
    "el los las del y una unos unas para por su sus "
    "os da das na em um uma com "
    "il lo gli della delle dei nel nella tra fra "
    "der den ein eine einer eines und oder für von zu zum zur im auf bei"
)


def word_count(text: str) -> int:
    return len(text.split())


# -- the short words title case leaves in lower case
_MINOR_WORDS = word_set(
    "a an the and or but nor for of in on at to by with from as into onto over per via vs"
)


def in_title_case(text: str, *, least_words: int = 4) -> bool:
    """Every word but the short joining ones capitalised: a title's or a name's case, not a
    sentence's."""
    words = [w.strip("\"'“”‘’(),:;.!?-") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha() and w.casefold() not in _MINOR_WORDS]
    return len(words) >= least_words and all(w[0].isupper() for w in words)


def in_capitals(text: str) -> bool:
    """Three letters or more, every one a capital ("MEMORANDUM", "KEY RESULTS:")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 2 and all(c.isupper() for c in letters)


def says_the_same(a: str, b: str) -> bool:
    """Whether two lines say the same words, up to case, spacing and the final stop.

    A bullet that only repeats its item's title ("Make a fig jam." under "Make a fig
    jam") is dropped by the memo and makes the deck drop a slide; both ask this.
    """
    return _plain_words(a) == _plain_words(b)


def _plain_words(value: str) -> str:
    return " ".join(value.casefold().rstrip(" .!?…:;" + SENTENCE_STOPS).split())


def visible_length(text: str) -> int:
    """Characters as a reader counts them: combining marks (a Devanagari vowel sign) add none.

    Indic and other scripts write a vowel or a virama as a mark on the letter before
    it, so a Hindi headline holds half again as many code points as letters seen.
    """
    if text.isascii():
        return len(text)
    return sum(1 for c in text if not unicodedata.category(c).startswith("M"))
