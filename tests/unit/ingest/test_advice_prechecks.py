"""The cheap checks find_advice_sentences runs before its costly ones never change its answer."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.ingest.recommendations import (
    _CUE,
    _may_guide_reading,
    _reading_guidance,
    _unquoted,
)

# -- words of reading guidance and their parts, in every case, with the letters re.I folds apart
# -- from lower() ("ı", "İ", "ſ") and the quote marks _unquoted counts --
_PIECES = [
    "skip", "read", "go to", "turn to", "see", "überspringen", "zu", "lesen", "pasar al", "lire",
    "section", "SECTION", "Chapter", "part", "PART", "Appendix", "annex", "anexo", "Abschnitt",
    "Kapitel", "Anhang", "sección", "capítulo", "apartado", "chapitre", "partie", "§", "the next",
    "the following", "3", "4.2", "IV", "B", "ı", "İ", "ſ", "ſection", "SECTİON", "appendıx",
    "we recommend", "it is advisable", '"', "“", "”", "„", "«", "»", "we", "the", ",", ".",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join)


@given(_TEXT)
def test_a_text_the_precheck_rejects_holds_no_reading_guidance(text: str) -> None:
    if not _may_guide_reading(text):
        assert not _reading_guidance(text)


def test_the_precheck_passes_every_kind_of_reading_guidance() -> None:
    parts = [
        "Section 3", "SECTIONS 2", "chapter 4", "Part II", "appendix B", "Annex 2", "annexe 3",
        "anexo 1", "Abschnitt 4", "Kapitel 2", "Anhang C", "sección 3", "capítulo 5",
        "apartado 2", "chapitre 3", "partie 2", "§ 12", "the next section", "the following chapters",
    ]  # fmt: skip
    for part in parts:
        for sentence in (f"We suggest skipping {part}.", f"Pasar al {part}", f"{part} zu lesen"):
            if _reading_guidance(sentence):
                assert _may_guide_reading(sentence), sentence
    assert _reading_guidance("recomendamos pasar al capítulo 3")


def test_the_precheck_sees_letters_lower_case_does_not_fold() -> None:
    assert _reading_guidance("skip ſection 3")  # -- re.I: "ſ" is "s" --
    assert _may_guide_reading("skip ſection 3")
    assert _may_guide_reading("READ APPENDİX 2")


def _unquoted_by_characters(cue: re.Pattern[str], sentence: str) -> bool:
    """_unquoted as first written: each character between cues counted in turn."""
    german = "„" in sentence
    opening, closing = ("„«", "“”»") if german else ("“«", "”»")
    depth = straight = last = 0
    for m in cue.finditer(sentence):
        for c in sentence[last : m.start()]:
            depth += (c in opening) - (c in closing)
            straight += c == '"'
        last = m.start()
        if depth <= 0 and straight % 2 == 0:
            return True
    return False


@given(_TEXT)
def test_unquoted_counts_quote_marks_as_before(sentence: str) -> None:
    assert _unquoted(_CUE, sentence) == _unquoted_by_characters(_CUE, sentence)
