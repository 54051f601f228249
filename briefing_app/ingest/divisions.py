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
