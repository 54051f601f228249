"""PDF outline rules of the r14 round: contents pages, Roman page numbers, headings at a page's
foot, and a numbered outline set in display type (made-up text, no corpus words)."""

from __future__ import annotations

from briefing_app.ingest.pdf import _drop_running_lines, _run_in_lead
from briefing_app.ingest.pdfcontents import leader_ended, without_contents
from briefing_app.ingest.pdfjoining import split_at_spaces
from briefing_app.ingest.pdflayout import Line, order_lines, to_pieces
from tests.unit.ingest.builders import pdf_line

PAGE_HEIGHT = 792.0
BODY = (
    "The harbour board met twice in the spring and agreed that the old quay must be rebuilt "
    "before the ferries return in the autumn, whatever the cost to the town's other plans."
)


def _line(text: str, top: float, **layout) -> Line:
    return pdf_line(text, top, page_height=PAGE_HEIGHT, **layout)


def _body(top: float, count: int, *, page: int = 0) -> list[Line]:
    return [_line(BODY[:95], top + 14 * k, page=page) for k in range(count)]


def _contents_page() -> list[Line]:
    """A contents page as the layout splits it: leaders apart from their numbers, bold chapters."""
    dots = " ." * 30
    return [
        _line("Table of Contents", 70, x1=200, size=16, bold=True),
        _line("1. Harbours", 110, x1=150, bold=True),
        _line("1", 110, x0=534, bold=True),
        _line(f"1.1 The old quay{dots}", 126, x0=88, x1=519),
        _line("2", 126, x0=534),
        _line(f"1.2 The ferries{dots}", 142, x0=88, x1=519),
        _line("4", 142, x0=534),
        _line("2. Money", 168, x1=130, bold=True),
        _line("6", 168, x0=534, bold=True),
        _line(f"2.1 Who pays{dots} 7", 184, x0=88),
        _line("Appendix: Tables", 210, x1=170, bold=True),
        _line("9", 210, x0=534, bold=True),
    ]


def test_a_contents_block_goes_whole_with_its_bold_entries_and_lone_page_numbers():
    kept = without_contents([_contents_page() + _body(260, 3)])[0]
    assert [x.text for x in kept] == [BODY[:95]] * 3


def test_a_page_with_fewer_than_three_leader_rows_keeps_its_lines():
    page = [
        _line("Wait for it . . . . 3", 100),
        _line("Results", 130, x1=140, bold=True),
        _line("12", 130, x0=534),
        *_body(150, 3),
    ]
    assert without_contents([page])[0] == page


def test_leader_endings_take_arabic_and_roman_page_numbers_or_none():
    assert leader_ended("Preface . . . . . . . xi")
    assert leader_ended("3.2 Methods.......... 14")
    assert leader_ended("3.3.1 Field work . . . . . . . .")
    assert not leader_ended("He paused... and went on to the end of the street.")
    assert not leader_ended("Wait for it . . . and then 3 more")


def test_a_roman_page_number_alone_at_a_pages_foot_is_furniture():
    pages = [
        [*_body(100, 3, page=n), _line(numeral, 750, x0=534, page=n)]
        for n, numeral in enumerate(["iii", "iv", "v"])
    ]
    texts = [x.text for page in _drop_running_lines(pages) for x in page]
    assert not {"iii", "iv", "v"} & set(texts)


def test_a_bold_heading_at_a_pages_foot_does_not_run_into_the_next_pages_first_heading():
    # -- a sparse page (a list of short terms) measures a narrow column
    terms = [_line(f"T{k}   Term number {k} of the list", 100 + 20 * k, x1=257) for k in range(6)]
    first = order_lines([*terms, _line("NOTES AND TERMS", 240, x1=222, size=12, bold=True)])
    opening = _line("1 Overview", 90, x0=73, x1=150, size=12, bold=True, page=1, first_word=6)
    second = order_lines([opening, *_body(120, 4, page=1)])
    headings = [p.text for p in to_pieces(first + second) if p.kind == "heading"]
    assert headings == ["NOTES AND TERMS", "1 Overview"]


def test_a_roman_outline_in_display_type_ranks_with_its_size_over_bold_body_subheads():
    lines = [
        _line("Executive Summary", 70, x1=250, size=20, bold=True),
        *_body(100, 5),
        _line("I. Harbours", 200, x1=250, size=20, bold=True),
        _line("The Old Quay", 235, x1=200, bold=True),
        *_body(255, 5),
        _line("The Ferries", 335, x1=200, bold=True),
        *_body(355, 5),
        _line("II. Money", 440, x1=250, size=20, bold=True),
        _line("Who Pays", 475, x1=200, bold=True),
        *_body(495, 5),
        _line("III. Next Steps", 580, x1=250, size=20, bold=True),
        *_body(615, 5),
    ]
    levels = {p.text: p.level for p in to_pieces(order_lines(lines)) if p.kind == "heading"}
    top = levels["I. Harbours"]
    assert levels["II. Money"] == levels["III. Next Steps"] == top
    assert levels["The Old Quay"] == levels["The Ferries"] == levels["Who Pays"] > top


def _word(text: str, x0: float, *, bold: bool = False) -> dict:
    font = "ABCDEF+Serif-Bold" if bold else "ABCDEF+Serif-Regular"
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "fontname": font, "size": 9.0}


def test_a_bold_phrase_ending_in_a_full_stop_that_opens_a_line_is_its_run_in_head():
    words = [
        _word("Quay", 66, bold=True),
        _word("repairs.", 96, bold=True),
        _word("The", 150),
        _word("board", 172),
        _word("met.", 206),
    ]
    assert _run_in_lead(words, [True, True, False, False, False]) == "Quay repairs."
    assert _run_in_lead(words[:2] + words[2:], [True, False, False, False, False]) == ""
    label = [_word("Figure", 66, bold=True), _word("3.", 104, bold=True), _word("Costs", 120)]
    assert _run_in_lead(label, [True, True, False]) == ""  # -- a caption's numbered label


def _lead_line(lead: str, rest: str, top: float) -> Line:
    line = _line(f"{lead} {rest}", top, x0=88)
    line.lead = lead
    return line


def test_paragraphs_opened_by_bold_run_in_phrases_are_headed_by_them():
    lines = [
        _line("1 The Harbour", 60, x1=200, size=14, bold=True),
        *_body(80, 3),
        _line("2 The Town", 140, x1=200, size=14, bold=True),
        _lead_line("Quay repairs.", BODY[:70], 160),
        *_body(174, 3),
        _line("Ferry timetables.", 230, x0=88, x1=180, bold=True),
        *_body(244, 3),
        _line("3 The Money", 300, x1=200, size=14, bold=True),
        *_body(320, 3),
    ]
    pieces = to_pieces(order_lines(lines))
    levels = {p.text: p.level for p in pieces if p.kind == "heading"}
    top = levels["2 The Town"]
    assert levels["Quay repairs"] > top
    assert levels["Ferry timetables"] > top
    after = [p.text for p in pieces][[p.text for p in pieces].index("Quay repairs") + 1]
    assert after.startswith(BODY[:70])  # -- the paragraph goes on without its head


def test_one_bold_phrase_alone_is_emphasis_not_a_head():
    lines = [
        _line("1 The Harbour", 60, x1=200, size=14, bold=True),
        _lead_line("Quay repairs.", BODY[:70], 80),
        *_body(94, 3),
        _line("2 The Town", 150, x1=200, size=14, bold=True),
        *_body(170, 3),
    ]
    headings = [p.text for p in to_pieces(order_lines(lines)) if p.kind == "heading"]
    assert "Quay repairs" not in headings


def test_bold_leads_outnumbering_the_headings_are_labels_not_an_outline_level():
    terms = ["Quay.", "Ferry.", "Tariff.", "Harbour dues."]
    lines = [_line("1 Terms", 60, x1=200, size=14, bold=True)]
    for k, term in enumerate(terms):
        lines += [_lead_line(term, BODY[:70], 80 + 60 * k), *_body(94 + 60 * k, 2)]
    headings = [p.text for p in to_pieces(order_lines(lines)) if p.kind == "heading"]
    assert headings == ["1 Terms"]


def _glyphs(text: str, x0: float, gaps: dict[int, float]) -> dict:
    """A word as pdfplumber gives it: its characters 4 pt wide, touching unless ``gaps`` says."""
    chars, x = [], x0
    for k, char in enumerate(text):
        x += gaps.get(k, 0.0)
        chars.append({"text": char, "x0": x, "x1": x + 4.0})
        x += 4.0
    return {"text": text, "x0": x0, "x1": x, "size": 12.0, "fontname": "Lotus", "chars": chars}


def test_a_squeezed_word_space_in_justified_persian_parts_the_words():
    # -- visual order, left to right: "روش" then "از" with a 1.77 pt (0.15 em) space between
    word = _glyphs("شورزا", 100.0, {3: 1.77})
    assert [w["text"] for w in split_at_spaces([word])] == ["شور", "زا"]


def test_touching_persian_letters_and_latin_words_stay_whole():
    assert [w["text"] for w in split_at_spaces([_glyphs("شورزا", 100.0, {2: 0.3})])] == ["شورزا"]
    latin = _glyphs("Harbour", 100.0, {3: 1.77})
    assert split_at_spaces([latin]) == [latin]


def _bold_heads(*heads: str) -> list[Line]:
    lines, top = [], 60.0
    for head in heads:
        lines += [_line(head, top, x1=300, bold=True), *_body(top + 25, 3)]
        top += 90
    return lines


def test_capitals_headings_head_the_mixed_case_ones_set_in_the_same_type():
    lines = _bold_heads("Who Pays", "Quay Repairs", "THE HARBOUR AND THE TOWN", "Ferry Times")
    levels = {p.text: p.level for p in to_pieces(order_lines(lines)) if p.kind == "heading"}
    assert levels["Who Pays"] == levels["Quay Repairs"] == levels["Ferry Times"]
    assert levels["THE HARBOUR AND THE TOWN"] < levels["Ferry Times"]


def test_a_capitals_banner_first_or_a_numbered_outline_leaves_the_levels_alone():
    for heads in (
        ("THE HARBOUR AND THE TOWN", "Who Pays", "Quay Repairs"),
        ("1 Who Pays", "2 Quay Repairs", "THE HARBOUR AND THE TOWN", "3 Ferry Times"),
    ):
        pieces = to_pieces(order_lines(_bold_heads(*heads)))
        assert len({p.level for p in pieces if p.kind == "heading"}) == 1, heads
