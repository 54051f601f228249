"""Slides a reader takes in: a handful of key figures, titles that say whose they are."""

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


def test_the_overview_beside_a_recommendations_section_is_named_apart():
    from tests.unit.export.deck_support import _recommendation, _section

    recs = [_recommendation(n, f"Freeze ferry fare number {n}", "Freeze it now.") for n in range(3)]
    plain = synthetic_briefing(recommendations=recs)
    assert [d.title for d in drafts(plain) if d.kind == "overview"] == ["Recommendations"]
    own = synthetic_briefing(
        sections=[_section(0, "Ferry fares rose."), _section(1, "Freeze them.", "Recommendations")],
        recommendations=recs,
    )
    titles = [d.title for d in drafts(own)]
    assert "Recommendations at a glance" in titles and titles.count("Recommendations") == 1


def test_a_subsection_title_repeated_under_each_chapter_names_its_chapter():
    from tests.unit.export.deck_support import _section

    chapters = [replace(_section(n, f"Study {n} was run."), heading=f"Study {n}") for n in (1, 2)]
    methods = [
        replace(
            _section(n + 10, f"Method of study {n}."),
            heading="Method",
            level=2,
            parent_id=f"s-{n:05d}",
        )
        for n in (1, 2)
    ]
    once = replace(_section(20, "Costs."), heading="Costs", level=2, parent_id="s-00002")
    briefing = synthetic_briefing(sections=[chapters[0], methods[0], chapters[1], methods[1], once])
    titles = [d.title for d in drafts(briefing)]
    assert "Study 1: Method" in titles and "Study 2: Method" in titles
    assert "Costs" in titles and "Method" not in titles


def test_a_bullet_opening_with_the_slides_title_as_its_label_says_it_once():
    from briefing_app.core.briefing import Briefing
    from briefing_app.export.deck.geometry import geometry_for
    from briefing_app.export.deck.plan import plan_deck
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.markdown import parse_markdown

    md = (
        "# Ferries\n\n## Background\n\nThe operator cut its winter timetable last year.\n\n"
        "## Recommendations\n\nWe recommend the following:\n\n"
        "- **Restore the winter timetable:** Restore the hourly winter timetable on the "
        "northern routes before December.\n"
        "- **Fund the smallest routes:** Fund the smallest routes through a regional subsidy.\n"
    )
    briefing = Briefing.from_article(analyze(parse_markdown(md, name="f.md")))
    first = briefing.article.recommendations[0]
    briefing.set_field(first.id, "title", "Restore the winter timetable")
    plan = plan_deck(briefing, geometry_for("minimal"))
    slide = next(s for s in plan.slides if s.title == "Restore the winter timetable")
    assert slide.paragraphs[0].text.startswith("Restore the hourly winter timetable")
