"""Heading detection, issue 14 (heldout20 round): body type beside code listings, chart
labels, numbered bold points, identifier and dateline headings."""

from __future__ import annotations

import io
from dataclasses import replace

import docx

from briefing_app.core.document import Block
from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.detect import _memo_kind_lines, analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.front import Para
from briefing_app.ingest.html import parse_html
from briefing_app.ingest.pdflayout import _run_in_heads, body_size, order_lines, to_pieces
from tests.unit.ingest.builders import analyze_text, pdf_line

PROSE = (
    "The council reviewed the programme over two years and found that most of the "
    "districts it served had seen fewer late payments than before the change."
)


def test_a_long_code_listing_does_not_set_the_body_size():
    """Prose in 12 pt and a longer fixed-width listing in 9 pt: the prose is the body type."""
    prose = [
        pdf_line(
            "The district spends more per household than its neighbours do.",
            100 + 20 * n,
            size=12.0,
        )
        for n in range(5)
    ]
    code = [
        replace(
            pdf_line(
                f"var_{n} | 30 44.96533 16.27534 20.69 84.15 12.23 607.66", 400 + 11 * n, size=9.0
            ),
            mono=True,
        )
        for n in range(12)
    ]
    assert body_size(prose + code) == 12.0


def _testimony_page() -> list:
    """Display heads in 16 pt, bold body-type heads, and a counted run in the same bold type
    under a display head whose section runs to the end."""
    rows = [
        ("Background", 16.0, True),
        (PROSE, 11.0, False),
        ("Falling prices", 11.0, True),
        (PROSE, 11.0, False),
        ("Steady wages", 11.0, True),
        (PROSE, 11.0, False),
        ("Ways Forward", 16.0, True),
        (PROSE, 11.0, False),
        ("1. Patience with past tightening", 11.0, True),
        (PROSE, 11.0, False),
        ("2. Competition and profits", 11.0, True),
        (PROSE, 11.0, False),
    ]
    return [
        pdf_line(text, 60 + 40 * n, size=size, bold=bold)
        for n, (text, size, bold) in enumerate(rows)
    ]


def test_bold_counted_points_rank_with_the_bold_heads_of_their_type():
    """ "1. Patience …" in the bold body type of "Falling prices": one level, under
    "Ways Forward", not beside it."""
    levels = {
        p.text: p.level for p in to_pieces(order_lines(_testimony_page())) if p.kind == "heading"
    }
    assert levels["1. Patience with past tightening"] == levels["Falling prices"]
    assert levels["2. Competition and profits"] > levels["Ways Forward"]


def test_bold_lines_alone_right_under_a_display_head_sit_beside_the_bold_heads():
    """A bold head under one display head, then bold lines ending in a full stop alone over
    their paragraphs under the next one: they are that display head's subsections, at the
    bold heads' level, not one deeper (run-in heads, "Lead. The text …", stay deeper)."""
    rows: list[tuple[str, int, bool]] = [
        ("Context", 2, True),
        (PROSE, 0, False),
        ("Falling prices", 3, True),
        (PROSE, 0, False),
        ("Open Questions", 2, True),
        ("Demand is on trend.", 0, True),
        (PROSE, 0, False),
        ("Prices rose abroad.", 0, True),
        (PROSE, 0, False),
    ]
    pieces = [Piece(t, kind="heading", level=lv) if lv else Piece(t) for t, lv, _ in rows]
    paragraphs = [[pdf_line(t, 40 * n, size=11, bold=bold)] for n, (t, _, bold) in enumerate(rows)]
    levels = {
        p.text: p.level for p in _run_in_heads(pieces, paragraphs, level=4) if p.kind == "heading"
    }
    assert levels["Demand is on trend"] == levels["Prices rose abroad"] == 3


def test_an_archive_records_hash_set_as_a_heading_heads_nothing():
    text = (
        "# WATER FOR THE VALLEY\n## `5e0c9a1b7d3f42e6a8b1c0d9e7f6a5b4`\n\n"
        f"{PROSE}\n\n## Costs\n\n{PROSE}\n"
    )
    assert [s.heading for s in analyze_text(text, ".md").sections if s.heading] == ["Costs"]
    # -- a UUID in its groups heading a later part names it (one under the title is a record's
    # -- key: see front.py's _without_record_keys) --
    named = (
        f"# WATER FOR THE VALLEY\n\n{PROSE}\n\n## Costs\n\n{PROSE}\n\n"
        f"## `5e0c9a1b-7d3f-42e6-a8b1-c0d9e7f6a5b4`\n\n{PROSE}\n"
    )
    assert len([s for s in analyze_text(named, ".md").sections if s.heading]) == 2


def test_a_speakers_name_and_date_under_the_title_is_a_dateline():
    """ "Ms. Reyes — 4 May 2011" between the title and the text: no section, set as a
    heading or as a line of its own."""
    heading = f"# WATER FOR THE VALLEY\n\n## Ms. Reyes — 4 May 2011\n\n{PROSE} {PROSE}\n\n{PROSE}\n"
    line = (
        "# WATER FOR THE VALLEY\n## `5e0c9a1b7d3f42e6a8b1c0d9e7f6a5b4`\n"
        f"`Ms. REYES — 4 May 2011`\n\n---\n\n{PROSE} {PROSE}\n\n{PROSE}\n"
    )
    for text in (heading, line):
        assert [s.heading for s in analyze_text(text, ".md").sections if s.heading] == []


def test_a_box_of_the_editors_recommended_articles_is_no_section():
    """ "El redactor recomienda" over teasers: a news page's box, in any of its languages."""
    for label in ("El redactor recomienda", "La rédaction recommande", "The editor recommends"):
        text = (
            f"# Water for the valley\n\n{PROSE} {PROSE}\n\n## The cost\n\n{PROSE}\n\n"
            f"### {label}\n\n- [Another story about the river](https://example.org/a)\n"
        )
        headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
        assert label not in headings


def test_a_memos_kind_label_in_capitals_in_a_plain_paragraph_is_no_section():
    """A Word memo's "MEMORANDUM" in a plain bold paragraph right over its TO/FROM block."""
    source = "MEMORANDUM\n\nTo: Town Council\n\nFrom: Pat Doe\n\nSubject: Late payments\n"
    starts = [0, 12, 29, 44]
    paras = [
        Para(text=line, block=Block(line, start=at, end=at + len(line)))
        for line, at in zip(source.split("\n\n"), starts, strict=True)
    ]
    assert _memo_kind_lines(paras, 12) == {0}


def _bold_memo(names: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph(PROSE)
    for name in names:
        d.add_paragraph().add_run(name).bold = True
        d.add_paragraph(PROSE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_bold_subhead_repeated_under_each_named_one_is_a_part_of_each():
    names = ["Land Use Map:", "Results:", "Parcel Map:", "Solar Count Map:", "Results:"]
    blocks = parse_docx(_bold_memo(names), name="maps.docx").blocks
    levels = [(b.text, b.level) for b in blocks if b.kind == "heading"]
    top = dict(levels)["Land Use Map:"]
    assert [lv for text, lv in levels if text == "Results:"] == [top + 1, top + 1]
    assert dict(levels)["Solar Count Map:"] == top


def test_subheads_repeated_with_no_named_one_right_above_stay_beside_the_others():
    """Fields repeated with no named subhead above them, or a run of repeated sections
    under each study: none is a part of the subhead before it."""
    fields = ["Inflows:", "Outflows:", "Inflows:", "Outflows:"]
    studies = ["First Study", "Design", "Results", "Second Study", "Design", "Results"]
    for names in (fields, studies):
        blocks = parse_docx(_bold_memo(names), name="fields.docx").blocks
        assert len({b.level for b in blocks if b.kind == "heading"}) == 1


def test_a_quoted_sentence_in_italics_with_its_speaker_in_roman_is_no_subhead():
    """ "“<em>A bridge is a promise.</em>” A. Engineer" between paragraphs: an epigraph."""
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbour bridge</title></head><body><article><h1>Harbour bridge</h1>"
        f"<p>{PROSE}</p><p>“<em>A bridge is a promise that one town makes to the next, and to every town after it.</em>” A. Engineer</p>"
        f"<p>{PROSE}</p><p><em>What the hauliers say</em></p><p>{PROSE}</p>"
        f"<p><strong>Who pays now?!</strong></p><p>{PROSE}</p></article></body></html>"
    )
    headings = [s.heading for s in analyze(parse_html(html, name="b.html")).sections if s.heading]
    assert headings == ["What the hauliers say", "Who pays now?!"]


def test_a_counted_line_before_its_found_sibling_is_a_heading_too():
    """ "2. The second lesson" over a one-line quotation, "3. The third lesson" over a long
    paragraph: the count makes both parts of the text."""
    text = (
        f"{PROSE} {PROSE}\n\n{PROSE}\n\n2. The second lesson: keep going\n\n"
        '"I was lucky to find it early."\n\n'
        f"{PROSE} {PROSE}\n\n3. The third lesson: the end\n\n{PROSE} {PROSE}\n"
    )
    headings = [s.heading for s in analyze_text(text, ".txt").sections if s.heading]
    assert headings == ["2. The second lesson: keep going", "3. The third lesson: the end"]
