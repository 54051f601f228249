"""Text fitting with real metrics: wrapping, bounded shrinking and pagination never lose text."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.export.deck.fit import (
    HEIGHT_SAFETY,
    MAX_TITLE_CHARS,
    Para,
    TextStyle,
    _as_set,
    best_size,
    cut_title,
    fit_title,
    is_thin,
    paginate,
    text_height,
    title_fits,
    title_lines,
    title_size,
    wrap,
)
from briefing_app.export.deck.fonts import metrics_for

CALIBRI = metrics_for("Calibri")[0]
STYLE = TextStyle(font="Calibri", size_pt=24, min_pt=18, indent_pt=20)


def _lines(text: str, starts: list[int]) -> list[str]:
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def test_office_fonts_are_measured_with_metric_compatible_twins():
    calibri, exact = metrics_for("Calibri")
    arial, _ = metrics_for("Arial")
    assert exact
    assert calibri.width("Briefing", 20) < arial.width("Briefing", 20)  # Calibri is narrower
    assert metrics_for("Calibri", bold=True)[0].width("W", 20) > calibri.width("W", 20)


def test_unknown_font_is_measured_wider_and_reported_as_inexact():
    georgia, exact = metrics_for("Georgia")
    assert not exact
    assert georgia.width("Briefing", 20) > metrics_for("Arial")[0].width("Briefing", 20)


def test_wrapped_lines_never_exceed_the_width():
    text = "The delegation reviewed the corridor agreement before the ministers met " * 5
    starts = wrap(text, 300, CALIBRI, 20)
    assert len(starts) > 3
    for line in _lines(text, starts):
        assert CALIBRI.width(line, 20) <= 300


def test_a_word_wider_than_the_box_breaks_between_characters():
    word = "x" * 5000
    starts = wrap(word, 200, CALIBRI, 18)
    assert "".join(_lines(word, starts)) == word
    assert all(CALIBRI.width(line, 18) <= 200 for line in _lines(word, starts))


def test_shrinks_within_bounds_then_gives_up():
    para = [Para("word " * 40)]
    roomy = best_size(para, STYLE, 600, 400)
    assert roomy == 24
    tight = best_size(para, STYLE, 600, 110)
    assert 18 <= tight < 24
    assert best_size(para, STYLE, 600, 20) == 0


def _squash(paras) -> str:
    return re.sub(r"\s+", "", "".join(p.text for p in paras))


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(st.text(min_size=1, max_size=30).filter(lambda w: w.strip()), max_size=80),
    height=st.integers(min_value=60, max_value=400),
)
def test_pagination_keeps_every_character_and_each_page_fits(words, height):
    paras = [Para(" ".join(words[i : i + 7])) for i in range(0, len(words), 7)]
    pages = paginate(paras, STYLE, 400, height)
    assert _squash([p for page in pages for p in page]) == _squash(paras)
    for page in pages:
        fits = text_height(page, STYLE, 400, STYLE.size_pt) <= height * HEIGHT_SAFETY
        one_line = len(page) == 1  # -- a page may hold one line that is taller than the box --
        assert fits or one_line


def test_long_title_shrinks_but_not_below_the_minimum():
    style = TextStyle(font="Arial", size_pt=40, min_pt=24)
    fitted = fit_title("A rather long title about the corridor agreement", style, 500, 60)
    assert 24 <= fitted.size_pt < 40
    assert not fitted.overflow


def test_title_too_long_even_at_minimum_gets_a_headline_never_an_ellipsis():
    style = TextStyle(font="Arial", size_pt=40, min_pt=24)
    text = "Expand the corridor agreement, then fund the border commission " * 4
    fitted = fit_title(text, style, 500, 60)
    assert fitted.size_pt == 24
    assert fitted.text == "Expand the corridor agreement"  # -- its leading clause --
    assert not fitted.text.endswith(("…", "..."))
    assert fitted.overflow == text


def test_a_title_never_breaks_inside_a_word():
    style = TextStyle(font="Arial", size_pt=40, min_pt=24)
    fitted = fit_title("Agenda", style, 50, 200)  # -- a 0.7 in title column --
    assert fitted.size_pt == 0 or fitted.text == "Agenda"
    for size in (40, 30, 24):
        assert title_lines("Agenda", style, 50, size) in (0, 1)


def test_a_50000_character_title_is_fitted_in_linear_time():
    style = TextStyle(font="Arial", size_pt=40, min_pt=24)
    text = cut_title("word " * 10_000)
    start = time.perf_counter()
    fitted = fit_title(text, style, 600, 100)
    assert time.perf_counter() - start < 1.0
    assert len(text) <= MAX_TITLE_CHARS and fitted.text


def test_a_line_that_fits_no_page_is_kept_not_an_index_error():
    thin = paginate([Para("One line that fits no page at all")], STYLE, 600, 5)
    assert [p.text for page in thin for p in page] == ["One line that fits no page at all"]
    two = paginate([Para("first"), Para("second paragraph")], STYLE, 600, 5)
    assert [p.text for page in two for p in page] == ["first", "second paragraph"]


def test_a_key_figure_stays_with_its_explanation():
    paras = [Para(long_words(60)), Para("47 %", keep_with_next=True), Para("of the budget")]
    for height in range(60, 400, 7):
        for page in paginate(paras, STYLE, 400, height):
            assert not page[-1].keep_with_next or len(page) == 1


def long_words(n: int) -> str:
    return " ".join(f"word{i}" for i in range(n))


def test_no_thin_last_page_when_the_page_before_can_give():
    paras = [Para(long_words(12)) for _ in range(9)] + [Para("tail")]
    pages = paginate(paras, STYLE, 400, 300)
    assert len(pages) > 1
    assert not is_thin(pages[-1], STYLE, 400)


def test_a_slide_title_is_two_lines_at_most():
    style = TextStyle(font="Arial", size_pt=28, min_pt=24, max_lines=2)
    text = "Expand the corridor agreement, then fund the border commission and the customs union"
    fitted = fit_title(text, style, 300, 400)  # -- a tall box would hold four lines --
    assert title_lines(fitted.text, style, 300, fitted.size_pt) <= 2
    assert fitted.overflow == text


# -- titles of words of any length, narrow boxes included, fonts measured and estimated --
TITLE_WORDS = st.lists(
    st.text(st.sampled_from("aeimnoWM.,—1 \u00a0é"), min_size=0, max_size=14),
    min_size=1,
    max_size=14,
)
TITLE_STYLES = st.builds(
    TextStyle,
    font=st.sampled_from([None, "Arial", "Calibri", "Georgia", "Some Unknown Font"]),
    size_pt=st.sampled_from([44.0, 40.0, 32.0, 28.5, 24.3, 20.0, 12.0]),
    min_pt=st.sampled_from([10.0, 14.0, 18.0, 20.0, 24.0, 30.0, 50.0]),
    line_spacing=st.sampled_from([0.9, 1.0, 1.2]),
    bold=st.booleans(),
    max_lines=st.sampled_from([0, 1, 2, 4]),
    caps=st.booleans(),
)
BOX = st.tuples(st.floats(10, 900), st.floats(5, 400))


def _title_size_trying_each(text, style, width, height):
    """How title sizes were found before the binary search: every size down from the largest."""
    size = style.size_pt
    while size >= style.min_pt:
        if title_fits(text, style, width, height, size):
            return size
        size -= 1.0
    return 0.0


@settings(max_examples=600, deadline=None)
@given(words=TITLE_WORDS, style=TITLE_STYLES, box=BOX)
def test_title_size_is_what_trying_every_size_finds(words, style, box):
    text = " ".join(words)
    assert title_size(text, style, *box) == _title_size_trying_each(text, style, *box)


@settings(max_examples=300, deadline=None)
@given(words=TITLE_WORDS, style=TITLE_STYLES, box=BOX, size=st.floats(4, 80))
def test_a_title_that_fits_at_a_size_fits_at_every_smaller_one(words, style, box, size):
    text = " ".join(words)
    if title_fits(text, style, *box, size):
        for smaller in (size - 0.5, size - 1.0, size * 0.75, size / 2):
            assert title_fits(text, style, *box, smaller)


def _best_size_trying_each(paras, style, width, height):
    """How body sizes were found before the binary search: every size down from the largest."""
    size = style.size_pt
    while size >= style.min_pt:
        if text_height(paras, style, width, size) <= height * HEIGHT_SAFETY:
            return size
        size -= 1.0
    return 0.0


# -- bodies of a few paragraphs: bullets at several levels, bold and scaled ones, long words --
BODY_PARAS = st.lists(
    st.builds(
        Para,
        text=st.builds(" ".join, TITLE_WORDS),
        level=st.integers(0, 3),
        bold=st.booleans(),
        scale=st.sampled_from([1.0, 0.8, 1.25]),
        bullet=st.booleans(),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=600, deadline=None)
@given(
    paras=BODY_PARAS,
    style=TITLE_STYLES,
    indent=st.sampled_from([0.0, 20.0, 60.0]),
    caps=st.booleans(),
    box=BOX,
)
def test_best_size_is_what_trying_every_size_finds(paras, style, indent, caps, box):
    style = TextStyle(style.font, style.size_pt, style.min_pt, indent_pt=indent,
                      line_spacing=style.line_spacing, bold=style.bold, caps=caps)  # fmt: skip
    assert best_size(paras, style, *box) == _best_size_trying_each(paras, style, *box)


@settings(max_examples=300, deadline=None)
@given(
    paras=st.lists(
        st.builds(Para, text=st.builds(" ".join, TITLE_WORDS), scale=st.sampled_from([1.0, 0.8])),
        min_size=1,
        max_size=40,
    ),
    style=TITLE_STYLES,
    box=BOX,
)
def test_best_size_of_a_long_list_is_what_trying_every_size_finds(paras, style, box):
    """Lists long enough to fit at no size are answered without wrapping: the same answer."""
    assert best_size(paras, style, *box) == _best_size_trying_each(paras, style, *box)


def test_a_list_too_long_for_the_box_at_any_size_is_not_wrapped(monkeypatch):
    import briefing_app.export.deck.fit as fit

    def never(*_args):
        raise AssertionError("wrapped")

    paras = [Para(f"Area {n}") for n in range(400)]
    monkeypatch.setattr(fit, "wrap", never)
    monkeypatch.setattr(fit, "_measured", never)
    assert best_size(paras, STYLE, 600, 400) == 0


def _wrap_measuring_each_word(text, width_pt, metrics, size_pt):
    """``wrap`` as it was before texts were split and measured once: each word measured anew."""
    starts, line_width, pos = [0], 0.0, 0
    space = metrics.width(" ", size_pt)
    for word in text.split(" "):
        w = metrics.width(word, size_pt)
        if line_width and line_width + space + w > width_pt:
            starts.append(pos)
            line_width = 0.0
        elif line_width:
            line_width += space
        if w > width_pt:
            for i, ch in enumerate(word):
                cw = metrics.width(ch, size_pt)
                if line_width and line_width + cw > width_pt:
                    starts.append(pos + i)
                    line_width = 0.0
                line_width += cw
        else:
            line_width += w
        pos += len(word) + 1
    return starts


@settings(max_examples=400, deadline=None)
@given(
    words=TITLE_WORDS,
    glue=st.sampled_from([" ", "  ", "\u00a0", " \n"]),
    style=TITLE_STYLES,
    width=st.floats(-5, 900),
    size=st.sampled_from([8.0, 18.0, 23.5, 44.0]),
)
def test_measuring_a_text_once_wraps_and_fits_titles_as_measuring_each_word(
    words, glue, style, width, size
):
    text = glue.join(words)
    metrics = metrics_for(style.font, bold=style.bold)[0]
    assert wrap(text, width, metrics, size) == _wrap_measuring_each_word(text, width, metrics, size)
    usable = width * 0.95
    shown = _as_set(text, style)  # -- a style in capitals measures the text as it shows --
    too_wide = any(metrics.width(w, size) > usable for w in shown.split())
    expected = 0 if too_wide else len(_wrap_measuring_each_word(shown, usable, metrics, size))
    assert title_lines(text, style, width, size) == expected


def test_a_title_box_as_tight_as_the_template_s_own_size_holds_one_line():
    """A 36 pt box for a 28 pt title (line 33 pt): every title became a one-word headline."""
    style = TextStyle(font="Arial", size_pt=28, min_pt=24)
    line = metrics_for("Arial")[0].line_height(28)
    height = line * 0.9  # -- less than one line at the template's size, let alone the safety --
    fitted = fit_title("Bottom line up front", style, 900, height)
    assert (fitted.text, fitted.overflow) == ("Bottom line up front", "")
    assert 24 <= fitted.size_pt <= 28
    two_lines = "Set clear expectations for what will happen after victims submit a report " * 2
    assert fit_title(two_lines, style, 900, height).overflow == two_lines  # -- one line only --


def test_a_title_style_in_capitals_is_measured_in_capitals():
    """cap="all" sets 'd’application' as 'D’APPLICATION': measured lower case, it spilled."""
    text = "Que devons-nous faire pour les organismes d’application de la loi"
    plain = TextStyle(font="Arial", size_pt=28, min_pt=28)
    caps = TextStyle(font="Arial", size_pt=28, min_pt=28, caps=True)
    width = 1.02 * metrics_for("Arial")[0].width(text, 28) / 0.95  # -- one line in lower case --
    assert title_lines(text, plain, width, 28) == 1
    assert title_lines(text, caps, width, 28) == title_lines(text.upper(), plain, width, 28) == 2
    # -- a letter whose capital is two letters keeps every offset in place --
    assert title_lines("Straße " * 20, caps, 300, 28) == title_lines("STRAßE " * 20, plain, 300, 28)


def test_a_french_headline_ends_neither_on_an_article_nor_inside_brackets():
    # -- the RCMP recommendations in French: one-line titles read "… arrivera après le",
    # -- "… qu'il ne s'agit pas d'une" and "… processus (c.-à-d", the abbreviation's stop
    # -- taken for the end of a clause --
    from briefing_app.export.deck.fit import headline

    style = TextStyle(font="Arial", size_pt=24, min_pt=24)
    cases = [
        "Établir des attentes claires sur ce qui arrivera après le signalement.",
        "Rassurer les victimes en leur disant qu’il ne s’agit pas d’une arnaque.",
        "Établir des attentes claires tout au long du processus (c.-à-d. d’une page à "
        "l’autre, d’une section à l’autre, etc.).",
        "Établir des attentes claires tout au long du processus c.-à-d. d’une page à l’autre",
    ]
    for text in cases:
        for width in (560, 640, 720):
            short = headline(text, style, width, 40, 24)
            assert short.count("(") == short.count(")"), short
            assert short.split()[-1].rstrip(".") not in (
                "le",
                "d’une",
                "du",
                "se",
                "pour",
                "c.-à-d",
            )
    assert headline("Findings of Smith et al", style, 560, 40, 24).endswith("et al")


def test_a_cut_headline_ends_between_phrases_not_inside_one():
    # -- a recommendation too long for a one-line title read "… the townships with the
    # -- highest" and "… inspections should be": cut inside a phrase, it reads as a slip --
    from briefing_app.export.deck.fit import headline

    style = TextStyle(font="Arial", size_pt=24, min_pt=24)
    cases = {
        "Survey the harbour towns with the busiest ferry piers to find where queues start.": (
            "Survey the harbour towns"
        ),
        "Monthly counts of ferry passengers should be published for every pier in the region.": (
            "Monthly counts of ferry passengers"
        ),
        "Councils can also collect more detailed figures about queue lengths at peak hours.": (
            "Councils can also collect more detailed figures"
        ),
    }
    for text, start in cases.items():
        short = headline(text, style, 560, 40, 24)
        assert short.startswith(start), short
        words = text.split()
        cut = words[len(short.split())]
        assert _weak_word(cut), (short, cut)


def _weak_word(word: str) -> bool:
    from briefing_app.export.deck.fit import _weak

    return _weak(word)


def test_a_title_too_long_is_not_cut_at_an_abbreviation_or_to_a_fronted_phrase():
    title = (
        "In 2022, Gov. Wolf's plan for the island ferries to join the harbour compact was faced "
        "with opposition and legal hurdles from the operators and two of the island councils"
    )
    style = TextStyle(font="Arial", size_pt=40, min_pt=24)
    fitted = fit_title(title, style, 500, 60)
    assert fitted.overflow == title
    assert fitted.text.startswith("In 2022, Gov. Wolf's plan"), fitted.text
