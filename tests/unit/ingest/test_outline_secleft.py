"""Section detection rules added in the secleft round (issue 14), on made-up text."""

from __future__ import annotations

from briefing_app.ingest.pdf import _run_in_lead


def _word(text: str, x0: float, font: str, size: float = 9.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "fontname": font, "size": size}


BOLD, ROMAN = "ABCDEF+Sans-Bold", "ABCDEF+Serif-Regular"
MATH, INDEX = "ABCDEF+LMMathItalic9-Regular", "ABCDEF+LMRoman6-Regular"


def test_a_formula_inside_a_bold_run_in_head_belongs_to_the_head():
    # -- "Peaks at Q₁₄ and Q₁₅." in bold, the formula in math italic with a small index
    parts = [
        ("Peaks", BOLD, 9.0, 0),
        ("at", BOLD, 9.0, 40),
        ("Q", MATH, 9.5, 60),
        ("14", INDEX, 6.0, 65.5),
        ("and", BOLD, 9.0, 85),
        ("Q", MATH, 9.5, 110),
        ("15", INDEX, 6.0, 115.5),
        (".", BOLD, 9.0, 125.6),
        ("Harbour", ROMAN, 9.0, 140),
        ("traffic", ROMAN, 9.0, 185),
        ("doubles", ROMAN, 9.0, 225),
    ]
    words = [_word(t, x, f, s) for t, f, s, x in parts]
    heavy = [f == BOLD for _, f, _, _ in parts]
    assert _run_in_lead(words, heavy) == "Peaks at Q14 and Q15."


def test_a_numbered_caption_label_stays_no_run_in_head():
    # -- "Figure 3." closes on a number of its own, not on a formula's index
    parts = [("Figure", BOLD, 0), ("3.", BOLD, 40), ("Harbour", ROMAN, 60), ("traffic", ROMAN, 110)]
    words = [_word(t, x, f) for t, f, x in parts]
    assert _run_in_lead(words, [f == BOLD for _, f, _ in parts]) == ""
