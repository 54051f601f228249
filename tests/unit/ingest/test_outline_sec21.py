"""Heading detection, issue 14 (heldout21 round), one test per cause, on made-up documents."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.pdf import parse_pdf
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest import builders

STEP = "The tidy table is written next to the raw file so that each run can be checked by hand."


def _outline(rows: list[tuple[str, float, bool]]) -> list[tuple[int, str]]:
    article = analyze(parse_pdf(builders.styled_pdf(rows), name="steps.pdf"))
    return [(s.level, s.heading) for s in article.sections if s.heading]


def _part(name: str, first_size: float) -> list[tuple[str, float, bool]]:
    """A part in 12 pt bold over three counted steps in bold body type, each over its text;
    the first step set in ``first_size``."""
    return [
        (name, 12, True),
        ("1. Fetch the raw files", first_size, True),
        (STEP, 10, False),
        ("2. Clean the columns", 10, True),
        (STEP, 10, False),
        ("3. Write the tables", 10, True),
        (STEP, 10, False),
    ]


# -- the outline of two parts made by _part, each step one level under its part
_TWO_PARTS = [
    (level, text)
    for part in ("Study North", "Study South")
    for level, text in [
        (1, part),
        (2, "1. Fetch the raw files"),
        (2, "2. Clean the columns"),
        (2, "3. Write the tables"),
    ]
]


def test_a_count_opened_by_a_display_heading_goes_on_in_bold_body_type():
    """A notebook sets one part's first step as a heading of its own (14.5 pt) and the rest
    as bold body-type lines: the steps after it are its siblings, all under the part."""
    rows = [
        ("Processing notes", 17, False),
        (STEP, 10, False),
        *_part("Study North", 10),
        *_part("Study South", 14.5),
        ("Closing remarks", 12, True),
        (STEP, 10, False),
    ]
    assert _outline(rows) == [*_TWO_PARTS, (1, "Closing remarks")]


def test_the_last_part_over_its_own_count_keeps_its_steps_under_it():
    """The last part's steps run to the end of the document, with no heading after them to
    close them: set like the earlier parts' steps, they are its points all the same."""
    rows = [("Processing notes", 17, False), (STEP, 10, False)]
    rows += _part("Study North", 10) + _part("Study South", 10)
    assert _outline(rows) == _TWO_PARTS


def test_a_count_running_to_the_end_under_its_only_heading_stays_beside_it():
    """Minutes count their items under one "Attendance" heading to the end: items of the
    document, beside that heading (no earlier part had points)."""
    rows = [("Processing notes", 17, False), ("Attendance", 12, True), (STEP, 10, False)]
    rows += _part("", 10)[1:]
    assert [level for level, _ in _outline(rows)] == [1, 1, 1, 1]


PROSE = (
    "The harbour board met twice in the spring to weigh the plans for the new quay, and most "
    "of its members asked for a second survey of the sea wall before any money was committed "
    "to the work on the northern side."
)


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
        f"<p>{PROSE}</p>{body}</article></body></html>"
    )


def _headings(text: str, suffix: str) -> list[str]:
    article = builders.analyze_text(text, suffix=suffix)
    return [s.heading for s in article.sections if s.heading]


def test_bold_lines_opening_their_blocks_over_prose_are_subheads():
    """A magazine sets each part's name in bold at the head of its first paragraph, a line
    break between: two such blocks make them subheads, the prose stays a paragraph."""
    html = _page(
        f"<p><strong>The surveys</strong><br>{PROSE}</p><p>{PROSE}</p>"
        f"<p><strong>Friends of the quay</strong><br>{PROSE}</p>"
    )
    article = builders.analyze_text(html, suffix=".html")
    assert [s.heading for s in article.sections if s.heading] == [
        "The surveys",
        "Friends of the quay",
    ]
    assert all(s.paragraphs[0].startswith("The harbour board") for s in article.sections[1:])


def test_one_bold_line_over_a_paragraph_stays_in_it():
    """One bold name over a paragraph (a note's label, a bio's name) is no subhead."""
    html = _page(f"<p><strong>Jane Quayside</strong><br>{PROSE}</p>")
    assert _headings(html, ".html") == []


def test_an_interviews_bold_questions_over_their_answers_stay_in_their_blocks():
    html = _page(
        f"<p><strong>When did the survey start?</strong><br>{PROSE}</p>"
        f"<p><strong>Who paid for it?</strong><br>{PROSE}</p>"
    )
    assert _headings(html, ".html") == []


def test_a_bold_question_after_a_counted_part_name_is_a_subhead():
    """ "Part 1: Who pays for the quay?" names a part; the colon after a counted name is no
    teaser's label ("Read: Who pays for the quay?" stays out)."""
    html = _page(
        f"<p><b>Part 1: Who pays for the quay?</b></p><p>{PROSE}</p>"
        f"<p><b>Read: Who pays for the pier?</b></p><p>{PROSE}</p>"
    )
    doc = read_bytes(html.encode("utf-8"), name="quay.html", suffix=".html")
    assert [b.text for b in doc.blocks if b.kind == "heading"][1:] == [
        "Part 1: Who pays for the quay?"
    ]


def test_a_counted_part_name_alone_in_italics_is_a_subhead_without_its_note_mark():
    """ "Update 3:" and "*Update 4." alone in italics over their text head later parts; the
    asterisk calls a note. A label over a run-in text ("Update 2: The …") stays in it."""
    html = _page(
        f"<p><b>Update</b></p><p>{PROSE}</p><p><i>Update 2:</i> {PROSE}</p>"
        f"<p><i>Update 3:</i></p><p>{PROSE}</p><p>*<i>Update 4.</i></p><p>{PROSE}</p>"
    )
    assert _headings(html, ".html") == [
        "Update",
        "Update 3:",
        "Update 4.",
    ]


def test_a_news_agency_dateline_in_italics_is_no_section():
    """A press release opens "<i>Lübeck (ots)</i>" under its headline: place and agency."""
    html = (
        "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
        f"<p><i>Lübeck (ots)</i></p><p>{PROSE}</p><h2>The second survey</h2><p>{PROSE}</p>"
        "</article></body></html>"
    )
    assert _headings(html, ".html") == ["The second survey"]


def test_an_editors_credit_under_the_byline_is_no_section():
    md = (
        "# Harbour works\n\n**By Jo Marsh and Ana Keel**\n\n"
        "## Edited by Sam Okoro and Lee Vance\n\n"
        f"{PROSE}\n\n## The second survey\n\n{PROSE}\n"
    )
    assert _headings(md, ".md") == ["The second survey"]


def test_a_heading_restating_the_title_with_its_date_is_the_dateline():
    """A ministry heads a speech with its title again, who gave it, where and when."""
    md = (
        "---\ntitle: National Statement of Ruritania at the Harbour Summit\n---\n"
        "#### National Statement of Ruritania delivered by Ms Jo Marsh, Minister for Ports, "
        "at the Harbour Summit on 12 March 2024, Port Elm\n\n"
        f"Mr Chair,\n\n{PROSE}\n\n{PROSE}\n"
    )
    assert _headings(md, ".md") == []


def test_a_heading_over_a_ranked_list_and_its_source_line_titles_an_exhibit():
    """A feature boxes a ranking in its text: the heading, the names, "Source: …"."""
    names = "".join(f"<li>Harbour firm {n}</li>" for n in range(1, 9))
    html = _page(
        f"<h2>The second survey</h2><p>{PROSE}</p><h2>TOP 8<br>Harbour firms</h2>"
        f"<ol>{names}</ol><p><em>Source: Harbour Guide</em></p><p>{PROSE}</p>"
    )
    assert _headings(html, ".html") == ["The second survey"]


def test_a_title_in_bold_body_type_does_not_flatten_the_bold_heads_below_it():
    """ "THE HARBOUR ACT OF 1990" in bold body type (12 pt) over "A Summary" in 13 pt bold, then
    sections in 13 pt bold and their parts in bold body type: the title block ranks
    nothing, so the parts sit under the sections."""
    rows = [
        ("THE HARBOUR ACT OF 1990", 12, True),
        ("A Summary for Members", 13, True),
        (PROSE, 12, False),
        ("Fees and Charges", 13, True),
        ("Berths", 12, True),
        (PROSE, 12, False),
        ("Moorings", 12, True),
        (PROSE, 12, False),
        ("Works on the Quay", 13, True),
        ("Sea Wall", 12, True),
        (PROSE, 12, False),
        ("Slipway", 12, True),
        (PROSE, 12, False),
    ]
    article = analyze(parse_pdf(builders.styled_pdf(rows), name="act.pdf"))
    assert article.title == "THE HARBOUR ACT OF 1990"
    outline = {s.heading: s.level for s in article.sections if s.heading}
    assert outline["Fees and Charges"] == outline["Works on the Quay"]
    assert outline["Berths"] == outline["Sea Wall"] == outline["Fees and Charges"] + 1
