"""A guide written as advice headings: each piece of advice is on one slide, not two."""

from __future__ import annotations

from collections import Counter

from briefing_app.export.deck.content import drafts
from briefing_app.project import open_path

GUIDE = """# Writing in a crisis

Lately our team has been thinking about how people read in an emergency.

## Empathy

### Be clear, but do not sacrifice accuracy

Plain words help readers who are anxious. Avoid jargon where a common word will do.

### Answer every question you can

Answer readers on the page instead of sending them elsewhere.

### Be inclusive

Refer to people as they describe themselves.

## Honesty

### Acknowledge uncertainty

Say what is not yet known and when you will know more.

## Conclusion

People need information they can trust, and these habits earn it.
"""


def _briefing(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(GUIDE, encoding="utf-8")
    return open_path(path)


def test_advice_headings_are_recommendations_here(tmp_path):
    # -- the premise: detection makes each advice heading a section and a recommendation --
    b = _briefing(tmp_path)
    headlines = {r.headline for r in b.article.recommendations}
    assert "Be inclusive" in headlines and "Acknowledge uncertainty" in headlines


def test_each_piece_of_advice_has_one_slide(tmp_path):
    b = _briefing(tmp_path)
    titles = Counter(d.title for d in drafts(b) if d.kind in {"section", "recommendation"})
    assert titles["Be inclusive"] == 1
    assert titles["Acknowledge uncertainty"] == 1
    assert all(n == 1 for n in titles.values()), titles
    overview = next(d for d in drafts(b) if d.kind == "overview")
    assert any("Be inclusive" in p.text for p in overview.paragraphs)


def test_what_the_user_wrote_for_a_recommendation_keeps_its_slide(tmp_path):
    b = _briefing(tmp_path)
    rec = next(r for r in b.article.recommendations if r.headline == "Be inclusive")
    b.set_field(rec.id, "summary", "Ask people how they describe themselves.")
    kinds = [d.kind for d in drafts(b) if d.item_id == rec.id]
    assert kinds == ["recommendation"]


def test_an_unticked_section_leaves_its_advice_on_recommendation_slides(tmp_path):
    b = _briefing(tmp_path)
    rec = next(r for r in b.article.recommendations if r.headline == "Be inclusive")
    b.set_picked(rec.section_id, False)
    assert [d.kind for d in drafts(b) if d.item_id == rec.id] == ["recommendation"]


def test_a_section_of_several_recommendations_keeps_every_recommendation_slide(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(
        "# Border trade\n\nTrade across the border has fallen by a third since 2020.\n\n"
        "## Recommendations\n\n"
        "First, the ministries should publish one schedule for every crossing. A published "
        "schedule lets traders plan their journeys to each crossing.\n\n"
        "Second, customs agencies should share inspection results within a day. Each agency "
        "inspects the same trucks again.\n\n"
        "Third, donors should fund scanners at the three busiest crossings. The busiest "
        "crossings handle most of the freight and wait longest for the scanners.\n",
        encoding="utf-8",
    )
    b = open_path(path)
    assert len(b.article.recommendations) == 3
    # -- the premise: each says more than its title, so only its section could make it redundant
    assert all(len(b.bullets_of(r.id)) == 2 for r in b.article.recommendations)
    slides = [d for d in drafts(b) if d.kind == "recommendation"]
    assert len(slides) == 3


ONE_LINERS = (
    "# Figs\n\nFresh figs spoil within days of picking.\n\n## Other ideas to try\n\n"
    "We recommend the following:\n\n- Try adding sliced figs to salads\n"
    "- Make a homemade fig jam\n- Add fresh figs to homemade scones\n"
)


def _one_liners(tmp_path):
    path = tmp_path / "figs.md"
    path.write_text(ONE_LINERS, encoding="utf-8")
    b = open_path(path)
    assert len(b.article.recommendations) == 3  # -- the premise: each line is advice --
    return b


def test_a_one_line_recommendation_is_listed_not_given_a_slide_repeating_its_title(tmp_path):
    b = _one_liners(tmp_path)
    found = drafts(b)
    assert [d for d in found if d.kind == "recommendation"] == []
    overview = next(d for d in found if d.kind == "overview")
    assert [p.text for p in overview.paragraphs] == [
        f"{n}. {b.title_of(r.id)}" for n, r in enumerate(b.article.recommendations, start=1)
    ]


def test_a_one_line_recommendation_the_user_wrote_more_for_keeps_its_slide(tmp_path):
    b = _one_liners(tmp_path)
    rec = b.article.recommendations[1]
    b.set_field(rec.id, "summary", "Simmer two pounds of figs with sugar and lemon for an hour.")
    assert [d.item_id for d in drafts(b) if d.kind == "recommendation"] == [rec.id]


def test_a_lone_one_line_recommendation_keeps_its_slide(tmp_path):
    b = _one_liners(tmp_path)
    first, *others = b.article.recommendations
    for r in others:
        b.set_picked(r.id, False)
    assert [d.item_id for d in drafts(b) if d.kind == "recommendation"] == [first.id]


def test_an_advice_heading_ending_in_a_stop_has_one_slide(tmp_path):
    # -- a Word file's advice paragraphs set as headings end in a full stop; the headline drops
    # -- it, and the two titles must still count as the same words --
    path = tmp_path / "stops.md"
    path.write_text(GUIDE.replace("### Be inclusive", "### Be inclusive."), encoding="utf-8")
    b = open_path(path)
    titles = Counter(
        d.title.rstrip(".") for d in drafts(b) if d.kind in {"section", "recommendation"}
    )
    assert titles["Be inclusive"] == 1, titles
