"""What the user decides reaches both outputs: picks, the typed bottom line, edits (read back)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pptx import Presentation
from pypdf import PdfReader

from briefing_app.export.deck.writer import write_deck
from briefing_app.export.memo.writer import write_memo
from briefing_app.project import open_path
from tests.conftest import SEED

FIGURE_REC = "r-47e6a747"  # -- the seed's fifth recommendation: "$53.5 billion", "800.000" --
FIRST_REC = "r-af790d18"
SECOND_REC = "r-1b1c32e6"


def _deck_text(path) -> tuple[list[str], str]:
    """Slide titles and all text of slides and notes pages, one space between words."""
    prs = Presentation(str(path))
    titles, texts = [], []
    for slide in prs.slides:
        titles.append(slide.shapes.title.text_frame.text if slide.shapes.title else "")
        texts += [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    return titles, " ".join(" ".join(texts).split())


def _memo_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(text.replace("\u00a0", " ").split())


def _export(briefing, tmp_path):
    deck, memo = tmp_path / "deck.pptx", tmp_path / "memo.pdf"
    write_deck(briefing, deck)
    write_memo(briefing, memo)
    return _deck_text(deck), _memo_text(memo)


@pytest.fixture
def seed():
    return open_path(SEED)


def test_unticked_recommendation_leaves_no_trace_in_deck_or_memo(seed, tmp_path):
    rec = seed.article.item(FIGURE_REC)
    passage = " ".join(rec.paragraphs[0].split()[3:12])
    seed.set_picked(FIGURE_REC, False)
    (_titles, deck), memo = _export(seed, tmp_path)
    for trace in ("53.5 billion", "800.000", passage):
        assert trace not in deck, f"{trace!r} is in the deck"
        assert trace not in memo, f"{trace!r} is in the memo"
    assert "85 percent" in deck and "85 percent" in memo  # -- a ticked one's figure stays --
    ref = f"¶ {rec.paragraph_numbers[0]}"
    assert ref not in deck and ref not in memo


def test_nothing_ticked_means_no_key_figures_anywhere(seed, tmp_path):
    for item_id in list(seed.picked):
        seed.set_picked(item_id, False)
    (titles, deck), memo = _export(seed, tmp_path)
    assert "Key figures" not in titles and "Key figures" not in deck
    assert "53.5 billion" not in memo and "85 percent" not in memo


def test_unticked_recommendation_is_not_in_its_sections_summary():
    from tests.unit.export.deck_support import _recommendation, _section, synthetic_briefing

    own = "The talks stalled over customs. The ministers will meet again in spring."
    rec_text = "Fund the border commission for three more years without conditions."
    section = _section(0, own + " " + rec_text)
    split = len(own) + 1
    section = replace(
        section,
        paragraphs=(own, rec_text),
        spans=((0, len(own)), (split, split + len(rec_text))),
        paragraph_numbers=(1, 2),
        summary_spans=((split, split + len(rec_text)),),
        summary=rec_text,
    )
    rec = replace(_recommendation(0, "Fund the commission", rec_text), spans=section.spans[1:])
    briefing = synthetic_briefing(sections=[section], recommendations=[rec])
    assert briefing.summary_of(section.id) == rec_text
    briefing.set_picked(rec.id, False)
    summary = briefing.summary_of(section.id)
    assert "border commission" not in summary and "customs" in summary


def test_typed_bottom_line_leads_the_decks_second_slide(seed, tmp_path):
    seed.set_header("bottom_line", "Back the corridor deal before the summit.")
    out = tmp_path / "deck.pptx"
    write_deck(seed, out)
    slide = Presentation(str(out)).slides[1]
    assert slide.shapes.title.text_frame.text == "Bottom line up front"
    body = next(s for s in slide.placeholders if s.placeholder_format.idx != 0)
    paragraphs = [p.text for p in body.text_frame.paragraphs]
    assert paragraphs[0] == "Back the corridor deal before the summit."
    assert seed.title_of(FIRST_REC) in paragraphs[1:]


def test_typed_bottom_line_makes_the_slide_even_with_no_recommendation(seed, tmp_path):
    for rec in seed.article.recommendations:
        seed.set_picked(rec.id, False)
    seed.set_header("bottom_line", "Nothing to recommend yet.")
    (titles, deck), _ = _export(seed, tmp_path)
    assert titles[1] == "Bottom line up front" and "Nothing to recommend yet." in deck


def test_edited_text_is_cited_as_edited_in_memo_and_notes(seed, tmp_path):
    first, second = (_ref(seed, r) for r in (FIRST_REC, SECOND_REC))
    seed.set_field(FIRST_REC, "summary", "Washington should simply lead the talks itself.")
    (_titles, deck), memo = _export(seed, tmp_path)
    assert f"(edited; source {first})" in memo
    assert f"({second})" in memo and f"(edited; source {second})" not in memo
    assert f"Edited summary; source {first}" in deck
    assert f"Source: {second}" in deck and f"Source: {first}" not in deck


def test_edited_title_is_said_to_be_edited_in_the_notes(seed, tmp_path):
    second = _ref(seed, SECOND_REC)
    seed.set_field(SECOND_REC, "title", "Treat the conflict on its own terms")
    (_titles, deck), memo = _export(seed, tmp_path)
    assert f"Edited title; source {second}" in deck
    assert f"(edited; source {second})" in memo


def _ref(briefing, item_id: str) -> str:
    """ "¶ N" of a one-paragraph recommendation, as the outputs cite it."""
    (number,) = briefing.article.item(item_id).paragraph_numbers
    return f"¶ {number}"


def test_a_date_the_memo_cannot_read_is_a_warning(seed):
    from briefing_app.export.memo.writer import render_memo

    seed.set_header("date", "03/12/2026")
    warnings = render_memo(seed).warnings
    assert any("03/12/2026" in w and "YYYY-MM-DD" in w for w in warnings)
    seed.set_header("date", "2026-12-03")
    assert not any("YYYY-MM-DD" in w for w in render_memo(seed).warnings)
