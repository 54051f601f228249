"""The memo plan: what the memo says, taken from the Briefing exactly as the GUI edits it."""

import datetime as dt

from briefing_app.core.briefing import Briefing
from briefing_app.export.memo.plan import (
    DEFAULT_SENDER,
    DEFAULT_TO,
    build_plan,
    paragraph_reference,
)
from briefing_app.project import open_path
from tests.unit.export.memo_factory import make_article, make_briefing

DAY = dt.date(2026, 3, 4)


def _seed(seed_path) -> Briefing:
    return open_path(seed_path)


def test_empty_header_fields_get_defaults(seed_path):
    briefing = _seed(seed_path)
    header = build_plan(briefing, today=DAY).header
    assert (header.to, header.sender, header.through) == (DEFAULT_TO, DEFAULT_SENDER, "")
    assert header.subject == briefing.article.title
    assert header.date == DAY and header.classification == ""


def test_header_fields_typed_by_the_user_win(seed_path):
    briefing = _seed(seed_path)
    for name, value in [("to", "The Secretary"), ("date", "2026-01-02"), ("subject", "Peace")]:
        briefing.set_header(name, value)
    briefing.set_header("classification", "SENSITIVE BUT UNCLASSIFIED")
    header = build_plan(briefing, today=DAY).header
    assert header.to == "The Secretary" and header.subject == "Peace"
    assert header.date == dt.date(2026, 1, 2)
    assert header.classification == "SENSITIVE BUT UNCLASSIFIED"


def test_a_date_that_is_not_iso_is_kept_as_typed(seed_path):
    briefing = _seed(seed_path)
    briefing.set_header("date", "early March")
    header = build_plan(briefing, today=DAY).header
    assert header.date is None and header.date_text == "early March"


def test_picks_order_and_edits_come_from_the_briefing(seed_path):
    briefing = _seed(seed_path)
    recs = briefing.recommendations()
    briefing.set_picked(recs[1].id, False)
    briefing.move(recs[5].id, 0)
    briefing.set_field(recs[2].id, "title", "My own headline")
    briefing.set_field(recs[2].id, "summary", "My own summary.")
    plan = build_plan(briefing, today=DAY)
    ids = [item.item_id for item in plan.recommendations]
    assert recs[1].id not in ids and ids[0] == recs[5].id
    assert [item.number for item in plan.recommendations] == list(range(1, len(ids) + 1))
    edited = next(item for item in plan.recommendations if item.item_id == recs[2].id)
    assert (edited.title, edited.summary) == ("My own headline", "My own summary.")


def test_unpicked_section_is_not_in_background_or_annex(seed_path):
    briefing = _seed(seed_path)
    section = briefing.sections()[1]
    briefing.set_picked(section.id, False)
    plan = build_plan(briefing, today=DAY)
    assert section.id not in {i.item_id for i in (*plan.background, *plan.annex)}


def test_a_headline_cut_mid_sentence_becomes_the_whole_sentence():
    text = "First, the council should fund the bridge over the river before the winter rains come."
    briefing = make_briefing(
        [("Options", ["Intro."])],
        recommendations=[(0, "The council should fund the bridge over the", text, "First,")],
    )
    plan = build_plan(briefing, today=DAY)
    title = plan.recommendations[0].title
    assert (
        title == "The council should fund the bridge over the river before the winter rains come."
    )


def test_a_title_the_user_typed_is_never_extended():
    briefing = make_briefing(
        [("Options", ["Intro."])],
        recommendations=[(0, "Fund the", "Fund the bridge now.")],
    )
    briefing.set_field("r-0000", "title", "Fund the")
    assert build_plan(briefing, today=DAY).recommendations[0].title == "Fund the"


def test_key_figures_come_only_from_picked_text():
    article = make_article(
        [("One", ["It costs $5 billion."]), ("Two", ["It saves 40 percent."])],
        figures=[("$5 billion", "It costs $5 billion."), ("40 percent", "It saves 40 percent.")],
    )
    briefing = Briefing.from_article(article, select=["s-0001"])
    assert [f.figure for f in build_plan(briefing, today=DAY).key_figures] == ["40 percent"]


def test_key_figure_context_is_clipped_to_fit_a_table_cell():
    long_sentence = "It costs $5 billion " + "and more " * 200
    briefing = make_briefing([("One", [long_sentence])], figures=[("$5 billion", long_sentence)])
    context = build_plan(briefing, today=DAY).key_figures[0].context
    assert len(context) <= 280 and context.endswith("…")


def test_annex_holds_picked_text_once():
    briefing = make_briefing(
        [("One", ["Alpha."]), ("Two", ["Beta."])],
        recommendations=[(0, "Do A", "Do A now."), (1, "Do B", "Do B now.")],
    )
    briefing.set_picked("s-0001", False)
    annex = build_plan(briefing, today=DAY).annex
    assert [item.item_id for item in annex] == ["s-0000", "r-0001"]


def test_bottom_line_is_the_standfirst_and_counts_the_recommendations(seed_path):
    briefing = _seed(seed_path)
    briefing.set_picked(briefing.recommendations()[0].id, False)
    line = build_plan(briefing, today=DAY).bottom_line
    assert line.startswith(briefing.article.standfirst)
    assert "makes six recommendations; 5 of them are set out below" in line


def test_a_standfirst_without_its_stop_ends_before_the_count_sentence():
    briefing = make_briefing(
        [("One", ["Alpha."])],
        recommendations=[(0, "Do A", "Do A now.")],
        standfirst="A subtitle line with no stop",
    )
    assert build_plan(briefing, today=DAY).bottom_line == (
        "A subtitle line with no stop. The article makes one recommendation; it is set out below."
    )


def test_text_is_sanitised_and_nfc_normalised():
    briefing = make_briefing([("Caf\u0065\u0301 \x00news", ["Body\x07 text."])])
    item = build_plan(briefing, today=DAY).background[0]
    assert item.title == "Caf\u00e9 news" and item.paragraphs == ("Body text.",)


def test_paragraph_references():
    assert paragraph_reference(()) == ""
    assert paragraph_reference((4,)) == "¶ 4"
    assert paragraph_reference((4, 5, 6)) == "¶ 4–6"
    assert paragraph_reference((2, 5)) == "¶ 2, 5"


def test_a_typed_bottom_line_replaces_the_automatic_one(seed_path):
    briefing = _seed(seed_path)
    briefing.set_header("bottom_line", "Back the talks; fund the corridor.")
    assert build_plan(briefing, today=DAY).bottom_line == "Back the talks; fund the corridor."
    briefing.set_header("bottom_line", "")
    assert build_plan(briefing, today=DAY).bottom_line.startswith(briefing.article.standfirst)


def test_a_recommendation_title_from_a_list_item_drops_its_link_to_the_next():
    briefing = make_briefing(
        [("Options", ["Intro."])],
        recommendations=[
            (
                0,
                "Freeze the ferry fares",
                "Freeze the ferry fares until the harbour review ends; and",
            )
        ],
    )
    title = build_plan(briefing, today=DAY).recommendations[0].title
    assert title == "Freeze the ferry fares until the harbour review ends"
