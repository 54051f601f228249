"""A word in a second script's font stays on the line it is set in, whatever its font's metrics."""

from __future__ import annotations

from briefing_app.ingest.pdf import _onto_their_lines


def _w(text: str, x0: float, x1: float, top: float, bottom: float, font: str) -> dict:
    return {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "size": 12.0,
        "fontname": font,
    }


PERSIAN = "Lotus-Bold"
LATIN = "CMUSerif-Bold"


def _heading() -> list[dict]:
    """'اجرای طرح منطقه‌ی کم انتشار (LEZ)' as the PDF draws it: LEZ's box six points higher."""
    return [
        _w("(", 141.9, 146.4, 282.4, 295.4, PERSIAN),
        _w("LEZ", 146.4, 170.1, 278.4, 289.4, LATIN),
        _w(")رﺎﺸﺘﻧاﻢﮐی", 170.1, 222.4, 282.4, 295.4, PERSIAN),
        _w("ﻪﻘﻄﻨﻣحﺮﻃیاﺮﺟا", 222.4, 290.5, 282.4, 295.4, PERSIAN),
    ]


def test_a_latin_run_inside_a_persian_line_takes_the_lines_baseline():
    placed = _onto_their_lines(_heading())
    assert {w["bottom"] for w in placed} == {295.4}
    assert [w["text"] for w in placed] == [w["text"] for w in _heading()]


def test_lines_in_one_font_and_words_apart_are_left_as_they_are():
    one_font = [{**w, "fontname": PERSIAN} for w in _heading()]
    assert _onto_their_lines(one_font) == one_font
    apart = _heading()
    apart[1] = _w("LEZ", 176.4, 200.1, 278.4, 289.4, LATIN)  # -- no word touches it
    apart[2] = _w("x", 300.0, 310.0, 282.4, 295.4, PERSIAN)
    assert _onto_their_lines(apart)[1]["bottom"] == 289.4


def test_a_word_on_the_line_above_is_not_pulled_down():
    """Touching end to end but sharing too little height: the line above, not this one."""
    words = _heading()
    words[1] = _w("LEZ", 146.4, 170.1, 270.0, 281.0, LATIN)
    assert _onto_their_lines(words)[1]["bottom"] == 281.0


def test_a_note_text_is_not_pulled_up_onto_its_raised_note_number():
    """ "14 The Digest, p. 270": the small raised "14" is a mark, not the line to join."""
    words = [
        {**_w("14", 72.0, 80.0, 500.0, 507.0, "Times-Roman"), "size": 6.0},
        _w("The", 80.5, 98.0, 503.0, 513.0, "Arial"),
        _w("Digest,", 100.0, 130.0, 503.0, 513.0, "Arial"),
        *[_w("x" * 5, 10.0 * k, 10.0 * k + 8, 600.0, 610.0, "Times-Roman") for k in range(9)],
    ]
    assert _onto_their_lines(words)[1]["bottom"] == 513.0


def test_brackets_of_their_own_lead_to_the_line_they_stand_in():
    """')' read as a word of its own, the Persian word two points past it: still that line."""
    words = [
        _w("(", 141.9, 146.4, 282.4, 295.4, PERSIAN),
        _w("LEZ", 146.4, 170.1, 278.4, 289.4, LATIN),
        _w(")", 170.1, 174.7, 282.4, 295.4, PERSIAN),
        _w("رﺎﺸﺘﻧا", 176.8, 199.2, 282.4, 295.4, PERSIAN),
    ]
    assert _onto_their_lines(words)[1]["bottom"] == 295.4
    formula = [{**w, "text": t} for w, t in zip(words, ("(", "Ci", ")", "λ"), strict=True)]
    assert _onto_their_lines(formula)[1]["bottom"] == 289.4  # -- one writing: left as set
