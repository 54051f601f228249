"""Outline rules of the r22 round: boilerplate labels, front and back matter, hidden headings
and glossary entries kept out of the outline (made-up text)."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.core.document import Block
from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.detect import _appendices_after_references, _without_glossary_entries
from briefing_app.ingest.front import Para as _Para
from briefing_app.ingest.pdf import _small_caps_size
from briefing_app.ingest.pdflayout import (
    _capitals_over_mixed_case,
    _run_in_heads,
    order_lines,
    to_pieces,
)
from tests.unit.ingest.builders import BODY, analyze_text, pdf_line


def _headings(article) -> list[str]:
    return [s.heading for s in article.sections if s.heading]


def test_closing_notes_on_contributors_disclaimer_and_attachments_are_no_sections():
    closings = ("Contributors", "Disclaimer", "License", "Attachments", "Mitwirkende", "المساهمون")
    for closing in closings:
        article = analyze_text(
            f"# The harbour plan\n\n{BODY}\n\n## What we found\n\n{BODY}\n\n"
            f"## {closing}\n\nThanks to everyone who helped with the survey of the quay.\n",
            ".md",
        )
        assert _headings(article) == ["What we found"], closing


def test_lists_of_figures_and_a_standards_boilerplate_are_front_matter_like_the_contents():
    labels = ("List of Figures", "Abbildungsverzeichnis", "Status of this Memo", "Copyright Notice")
    for label in labels:
        article = analyze_text(
            f"# The harbour plan\n\n## {label}\n\nThe quay at high tide\n\n"
            f"## What we found\n\n{BODY}\n\n## What to do\n\n{BODY}\n",
            ".md",
        )
        assert _headings(article) == ["What we found", "What to do"], label


def _page(heads: str) -> str:
    return (
        "<html><head><title>The harbour plan</title></head><body><article>"
        f"<h1>The harbour plan</h1>{heads}<p>{BODY}</p>"
        f"<h2>What we found</h2><p>{BODY}</p><p>{BODY}</p>"
        f"<h2>What to do</h2><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


def test_a_heading_the_page_hides_is_no_section():
    for hidden in (
        '<h2 class="region hidden">Main region</h2>',
        '<h2 class="sr-only">Main region</h2>',
        "<h2 hidden>Main region</h2>",
    ):
        article = analyze_text(_page(hidden), ".html")
        assert "Main region" not in _headings(article), hidden
        assert "What we found" in _headings(article)


def test_a_recommended_articles_box_and_a_landmark_label_are_no_sections():
    labels = ("Die Redaktion empfiehlt", "Hauptinhalt", "Main content", "Harbour Daily 주요뉴스")
    for label in labels:
        article = analyze_text(_page(f"<h2>{label}</h2>"), ".html")
        assert label not in _headings(article), label


def _para(text: str, level: int = 0) -> _Para:
    kind = "heading" if level else "paragraph"
    return _Para(text=text, block=Block(text, kind=kind, level=level), heading_level=level)


def test_a_glossary_entry_set_bold_among_entries_is_no_heading():
    body = [
        _para("Glossary", 1),
        _para("Quay — A stone platform where ships load and unload their cargo."),
        _para("Ferry lane — A marked channel kept clear for the ferries", 2),
        _para("Tide gauge — An instrument that records the height of the sea."),
        _para("Part 2 — The money", 1),
        _para(BODY),
    ]
    kept = _without_glossary_entries(body)
    assert [p.text for p in kept if p.heading_level] == ["Glossary", "Part 2 — The money"]


def test_findings_stated_in_bold_sentences_are_emphasis_not_run_in_heads():
    findings = (
        f"**The quay is older than the records say.** {BODY}\n\n"
        f"**The ferries do not need a wider lane.** {BODY}\n\n"
        f"**The costs fall on the town.** {BODY}\n"
    )
    article = analyze_text(f"# The harbour plan\n\n## What we found\n\n{findings}", ".md")
    assert _headings(article) == ["What we found"]
    points = f"**Quay repairs.** {BODY}\n\n**Ferry lane width.** {BODY}\n"
    article = analyze_text(f"# The harbour plan\n\n## What we propose\n\n{points}", ".md")
    assert _headings(article) == ["What we propose", "Quay repairs.", "Ferry lane width."]


def _word(text: str, size: float, x0: float) -> dict:
    return {"text": text, "size": size, "x0": x0, "x1": x0 + 0.6 * size * len(text)}


def _run(*parts: tuple[str, float]) -> list[dict]:
    """Words set one after another; a word in small capitals touches the capital before it."""
    words: list[dict] = []
    x = 72.0
    for text, size in parts:
        gap = 0.0 if words and text.isalpha() and size < words[-1]["size"] else 3.0
        words.append(_word(text, size, x + (gap if words else 0.0)))
        x = words[-1]["x1"]
    return words


def test_a_heading_in_small_capitals_takes_the_size_of_its_full_capitals():
    heading = _run(("T", 14), ("ITLE", 11), ("I:", 14), ("W", 14), ("HARF", 11), ("OF", 11))
    assert _small_caps_size(heading) == 14
    # -- capitals of two sizes with no capital run on: a heading and its count, no small caps
    assert _small_caps_size([_word("FUNDING", 11, 72), _word("2024", 14, 140)]) == 0
    assert _small_caps_size(_run(("The", 12), ("harbour", 12))) == 0


def test_one_mixed_case_heading_among_chapters_in_capitals_joins_the_sections_below():
    chapters = [Piece(f"PART {n}: THE HARBOUR WORKS", kind="heading", level=2) for n in "ABCD"]
    pieces = [
        Piece("The harbour", kind="heading", level=1),
        chapters[0],
        Piece("Quay Repairs", kind="heading", level=3),
        Piece(BODY),
        *chapters[1:3],
        Piece("Ferry Lanes in Winter", kind="heading", level=2),  # -- set like the chapters
        Piece(BODY),
        Piece("Costs", kind="heading", level=3),
        chapters[3],
    ]
    levels = {p.text: p.level for p in _capitals_over_mixed_case(pieces) if p.kind == "heading"}
    assert levels["Ferry Lanes in Winter"] == levels["Quay Repairs"] == levels["Costs"] == 3
    assert levels["PART A: THE HARBOUR WORKS"] == 2


def test_appendix_labels_in_body_type_after_the_references_head_the_appendices():
    body = [
        _para("Findings", 2),
        _para(BODY),
        _para("References", 2),
        _para("Li, J. (2020). The harbour. Port Press."),
        _para("Appendices"),
        _para("Appendix 1"),
        _para("Source: the harbour office (2023)"),
        _para("Appendix 2: Ferry timetables"),
        _para("Winter timetable", 2),
        _para(BODY),
    ]
    levels = {p.text: p.heading_level for p in _appendices_after_references(body)}
    assert levels["Appendices"] == 2
    assert levels["Appendix 1"] == levels["Appendix 2: Ferry timetables"] == 3
    assert levels["Winter timetable"] == 4
    assert levels["Li, J. (2020). The harbour. Port Press."] == 0  # -- cut with its list later
    assert "Source: the harbour office (2023)" not in levels  # -- the appendices' text stays out


def test_an_appendix_label_opening_a_page_of_figures_is_a_block_of_its_own():
    lines = [
        pdf_line("Appendix 2 Type of records", 60, x1=220, page=5),
        pdf_line("Appendix 3 Eligibility", 60, x1=160, page=6),
    ]
    texts = [p.text for p in to_pieces(order_lines(lines))]
    assert texts == ["Appendix 2 Type of records", "Appendix 3 Eligibility"]


def test_a_bold_line_ending_in_an_arabic_or_chinese_comma_runs_on_and_is_no_heading():
    for line in ("فصلنامه اقتصاد و برنامه‌ریزی شهری،", "港口维修计划，"):
        lines = [
            pdf_line(line, 60, x1=300, bold=True),
            pdf_line(BODY[:90], 90),
            pdf_line(BODY[:90], 105),
        ]
        assert all(p.kind != "heading" for p in to_pieces(order_lines(lines))), line


def test_a_bold_link_to_another_story_is_no_subhead():
    teaser = (
        '<p><b><a href="https://example.com/other">Ferry fares rise again this winter</a></b></p>'
    )
    article = analyze_text(_page(teaser), ".html")
    assert "Ferry fares rise again this winter" not in _headings(article)
    assert "What we found" in _headings(article)


def test_run_in_heads_in_a_smaller_type_sit_under_the_larger_ones():
    leads = [("The harbour.", 9.5), ("Old quays.", 8.5), ("New quays.", 8.5), ("The ferries.", 9.5)]
    paragraphs: list[list] = []
    pieces: list[Piece] = []
    for n, (lead, size) in enumerate(leads):
        head = f"Part {n + 1}"
        paragraphs.append([pdf_line(head, 100 * n, size=10, bold=True)])
        pieces.append(Piece(head, kind="heading", level=2))
        text = f"{lead} {BODY[:80]}"
        paragraphs.append(
            [replace(pdf_line(text, 100 * n + 20, size=9), lead=lead, lead_size=size)]
        )
        pieces.append(Piece(text))
    levels = {
        p.text: p.level for p in _run_in_heads(pieces, paragraphs, level=3) if p.kind == "heading"
    }
    assert levels["The harbour"] == levels["The ferries"] == 3
    assert levels["Old quays"] == levels["New quays"] == 4
