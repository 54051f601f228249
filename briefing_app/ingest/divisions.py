"""Division lines of statutes, codes and books: "CAPÍTULO PRIMEIRO", "Article 5", "Chapter IV".

A line that is only a division label and its number heads what follows it,
however short that is, and is never a byline or a name. Shared by heading
detection and front-matter reading.
"""

from __future__ import annotations

import re

# -- division labels from the largest down, in the languages the corpus reads
_DIVISION_RANKS = (
    r"part|parte|partie|teil|book|livro|libro|livre|t[íi]tulo|title|titre",
    r"chapter|cap[íi]tulo|chapitre|kapitel|capitolo",
    r"section|secci[óo]n|sec[çc][ãa]o|abschnitt|sezione",
    r"article|artigo|art[íi]culo|artikel|articolo|art\.",
)
_NUMBER_WORD = (
    r"(?:\d{1,3}[a-z]?|(?-i:(?=[IVXLC])C{0,3}(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\b)"
    r"|(?-i:(?=[ivxlc])c{0,3}(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})\b)|(?:prim|segund|terc|quart|quint|sext|s[ée]tim|s[ée]ptim|oitav"
    r"|octav|non|d[ée]cim|und[ée]cim|duod[ée]cim|vig[ée]sim|trig[ée]sim|[úu]nic|first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|premi|deuxi|troisi|quatri|cinqui|uno|dos|tres|cuatro|cinco|seis"
    r"|siete|ocho|nueve|diez|dois|três|erste|zweite|dritte)\w*)"
)
# -- one pattern, the ranks as alternatives in order: the engine takes the first rank that
# -- lets the whole line match, as four patterns tried in turn would, and compiles the number
# -- words once instead of four times (~5 ms of every start-up) --
_RANKS = "|".join(f"({words})" for words in _DIVISION_RANKS)
_DIVISION = re.compile(
    rf"^(?:{_RANKS})\s*{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,2}}\s*[.:]?$", re.I
)


def division_level(text: str) -> int:
    """A division line's heading level (2 for a part … 5 for an article), else 0."""
    found = _DIVISION.match(text.strip())
    return found.lastindex + 1 if found and found.lastindex else 0


# -- an appendix's name in the corpus's languages, and the number or letter after it
APPENDIX_WORD = r"(?:appendix|annex|annexe|anhang|anexo|ap[ée]ndice|appendice)"
APPENDIX_NUMBER = r"\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})"
# -- an appendix's label opening a line, a title after it or not: "Appendix 4:California Projects"
_APPENDIX_LINE = re.compile(
    rf"^{APPENDIX_WORD}{APPENDIX_NUMBER}\b(?:\s*[:.–-]?\s*[^\W\d_].*)?$", re.I
)
# -- a heading over all the appendices: "Appendices", "Annexes"
APPENDICES = re.compile(r"^(?:appendices|annexes|anexos|ap[ée]ndices|anh[äa]nge|appendici)\b", re.I)
APPENDIX_WORDS = 12  # -- the most words of a line naming an appendix and its title


def appendix_line(text: str) -> bool:
    """A short line naming an appendix: "Appendix 1", "Appendix 4: California projects"."""
    text = text.strip()
    return (
        _APPENDIX_LINE.match(text) is not None
        and len(text.split()) <= APPENDIX_WORDS
        and not text.endswith((".", ",", ";"))
    )


def names_appendix(text: str) -> bool:
    """A line naming an appendix, or all of them ("Appendices" alone on its line)."""
    text = text.strip()
    return appendix_line(text) or (
        APPENDICES.match(text) is not None and len(text.rstrip(":.").split()) == 1
    )
