"""The deck shows a handful of key figures; the rest go to the speaker notes, none is lost."""

from dataclasses import replace

from briefing_app.core.article import KeyFigure
from briefing_app.core.briefing import Briefing
from briefing_app.export.deck.content import FIGURES_ON_SLIDES, drafts
from tests.unit.export.deck_support import synthetic_briefing


def test_a_dozen_figures_give_a_handful_on_the_slide_and_all_in_the_notes():
    base = synthetic_briefing()
    figures = tuple(
        KeyFigure(f"{n + 2}0%", f"Share of ferry crossings cancelled in year {n + 1}.")
        for n in range(12)
    )
    briefing = Briefing.from_article(replace(base.article, key_figures=figures))
    (slide,) = [d for d in drafts(briefing) if d.kind == "figures"]
    shown = [p for p in slide.paragraphs if p.text.startswith("Share of ferry")]
    assert len(shown) == FIGURES_ON_SLIDES < len(figures)
    assert all(f.context in slide.notes for f in figures)
