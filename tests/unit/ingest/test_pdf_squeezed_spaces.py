"""A justified line whose word spaces were squeezed under the word gap is split back into words."""

from __future__ import annotations

from briefing_app.ingest.pdfjoining import split_at_spaces

SIZE = 10.0
LETTER = 5.0  # -- every letter five points wide


def _word(pieces: list[str], space_em: float) -> dict:
    """One "word" as pdfplumber glues it: ``pieces`` set ``space_em`` apart, letters touching."""
    chars, x = [], 72.0
    for n, piece in enumerate(pieces):
        if n:
            x += space_em * SIZE
        for letter in piece:
            chars.append({"text": letter, "x0": x, "x1": x + LETTER})
            x += LETTER
    return {"text": "".join(pieces), "x0": 72.0, "x1": x, "size": SIZE, "chars": chars}


def _texts(word: dict) -> list[str]:
    return [w["text"] for w in split_at_spaces([word])]


def test_a_squeezed_justified_line_is_split_at_its_even_spaces():
    pieces = ["and", "at", "a", "modest", "growth", "rate", "of", "two", "percent"]
    assert _texts(_word(pieces, 0.145)) == pieces


def test_one_squeezed_space_between_two_long_words_parts_them():
    assert _texts(_word(["conference", "attendance,"], 0.141)) == ["conference", "attendance,"]


def test_spelled_out_ligatures_keep_their_letters():
    word = _word(["international", "flights"], 0.142)
    word["chars"][13:15] = [
        {"text": "ﬂ", "x0": word["chars"][13]["x0"], "x1": word["chars"][14]["x1"]}
    ]
    assert _texts(word) == ["international", "flights"]


def test_a_kerned_capital_or_letter_spaced_capitals_stay_one_word():
    assert _texts(_word(["P", "ennsylvanian"], 0.14)) == ["Pennsylvanian"]
    assert _texts(_word(list("INTRODUCTION"), 0.12)) == ["INTRODUCTION"]


def test_a_short_word_with_a_wide_gap_is_left_alone():
    assert _texts(_word(["{P", "epsi,"], 0.139)) == ["{Pepsi,"]
