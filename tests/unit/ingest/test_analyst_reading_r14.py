"""Authors, dates and advice in shapes the fourteenth round of issue 14 read, one rule each."""

from __future__ import annotations

from briefing_app.ingest.dates import find_date
from briefing_app.ingest.howto import instructs
from briefing_app.ingest.pagemeta import read_page_meta
from briefing_app.ingest.recommendations import find_advice_sentences
from tests.unit.ingest.builders import BODY, analyze_text


def test_a_solar_hijri_month_typed_with_the_arabic_yeh_is_still_a_month():
    # -- "تير" (Arabic yeh) is the Persian "تیر" as an Arabic keyboard types it
    assert find_date("2 تير 1399 - 12:09:08 ب.ظ") == "2020-06-22"
    assert find_date("۱ دي ۱۴۰۲") == "2023-12-22"
    page = (
        '<html lang="fa"><head><title>خبر</title></head><body>'
        "<h1>گزارش تازه درباره شبکه برق کشور منتشر شد</h1>"
        f"<div>۱۱ شهريور ۱۴۰۱ - ۰۹:۳۰</div><p>{BODY}</p></body></html>"
    )
    assert read_page_meta(page).date == "2022-09-02"


def _page(author: str, *, copyright: str) -> str:
    return (
        f'<html><head><title>Markets rally</title><meta name="author" content="{author}">'
        f'<meta name="copyright" content="{copyright}"></head><body><article>'
        f"<h1>Markets rally after the central bank holds rates</h1><p>{BODY}</p></article>"
        "</body></html>"
    )


def test_the_company_that_owns_the_site_is_no_author():
    assert read_page_meta(_page("Arya Group", copyright="© 2016 aryanews.com")).author is None
    assert read_page_meta(_page("Northwind Media Ltd", copyright="northwind.tv")).author is None
    # -- a person on their own site, and a company that is not the site's, stay authors
    assert read_page_meta(_page("Jane Doe", copyright="janedoe.com")).author == "Jane Doe"
    assert read_page_meta(_page("Arya Group", copyright="example.com")).author == "Arya Group"


_CARD = """# Card sorting

## {heading}

Gather a set of topics from your research to sort. These could be the pages of a site.
Shuffle the cards and hand them to five people. As they sort, make sure you stay quiet.
Some teams film the session.

## Considerations for use in government

No information is collected from members of the public.
"""


def test_commands_under_a_how_to_heading_are_advice_one_sentence_each():
    article = analyze_text(_CARD.format(heading="How to do it"), ".md")
    assert [r.text for r in article.recommendations] == [
        "Gather a set of topics from your research to sort.",
        "Shuffle the cards and hand them to five people.",
        "As they sort, make sure you stay quiet.",
    ]


def test_the_same_commands_under_a_plain_heading_stay_prose():
    assert analyze_text(_CARD.format(heading="Background"), ".md").recommendations == ()


def test_a_verb_first_sentence_is_a_command_but_a_noun_or_gerund_first_is_not():
    assert instructs("Repeat this process another four times.")
    assert instructs("After getting to a root cause, frame or reframe your approach.")
    assert not instructs("Voters slide the card into a reader.")
    assert not instructs("Half the people left early.")
    assert not instructs("Starting a programme takes a year.")
    assert not instructs("See the example below:")


def test_a_german_command_to_readers_addressed_as_ihr_is_advice():
    texts = [
        "Der Umzug steht an und die Wohnung ist noch voll. Packt also rechtzeitig eure Bücher "
        "in kleine Kisten. Jetzt habt ihr euch schon ein Bild gemacht. Habt ihr eure Kisten "
        "schon gekauft? Nehmt euch für die Küche einen ganzen Tag Zeit.",
    ]
    found = [texts[0][f.span[0] : f.span[1]] for f in find_advice_sentences(texts)]
    assert found == [
        "Packt also rechtzeitig eure Bücher in kleine Kisten.",
        "Nehmt euch für die Küche einen ganzen Tag Zeit.",
    ]


def test_each_sentence_that_prescribes_in_a_recommendations_section_is_one():
    text = (
        "# Flood brief\n\n## Background\n\n" + BODY + "\n\n## Recommendations\n\n"
        "The council should map every culvert before the autumn storms. The last survey is "
        "twelve years old. Crews should be trained to clear them within a day.\n\n"
        "The region should fund sandbag depots in each valley town. These depots should be "
        "stocked by the end of September.\n"
    )
    article = analyze_text(text, ".md")
    assert [r.text.split(".")[0] for r in article.recommendations] == [
        "The council should map every culvert before the autumn storms",
        "Crews should be trained to clear them within a day",
        "The region should fund sandbag depots in each valley town",
        "These depots should be stocked by the end of September",
    ]
    # -- the sentence that only informs stays with the advice before it
    assert "twelve years old" in article.recommendations[0].text


_SPEECH = (
    "Friends, the river has risen three times in ten years and the town has rebuilt each time. "
    "{first} The levee was built in 1950 for a smaller river.\n\n"
    "We have argued for a decade about who should pay. {second}\n"
)


def test_two_appeals_in_the_first_person_plural_are_a_speech_s_advice():
    text = _SPEECH.format(
        first="Let us raise the levee before the spring floods come again.",
        second="With patience and with courage, let us move the school to higher ground.",
    )
    assert [r.text for r in analyze_text(text).recommendations] == [
        "Let us raise the levee before the spring floods come again.",
        "With patience and with courage, let us move the school to higher ground.",
    ]


def test_one_closing_let_us_or_a_tutorial_s_let_s_is_no_appeal():
    closing = _SPEECH.format(first="", second="Let us open it for everyone.")
    assert analyze_text(closing).recommendations == ()
    tutorial = _SPEECH.format(first="Let's get started.", second="Let's add a column.")
    assert analyze_text(tutorial).recommendations == ()


def _tips_page(last_heading: str) -> str:
    apps = "".join(
        f"<h2>{n}. {name}</h2><p>{name} is a good way to find people near you. {BODY}</p>"
        for n, name in enumerate(("Meetup", "Couchsurfing"), start=1)
    )
    return (
        "<html><head><title>Making friends abroad</title></head><body><article>"
        "<h1>Making friends while travelling alone</h1>"
        f"<p>{BODY} Here are our best tips for meeting people on the road.</p>{apps}"
        f"<h2>{last_heading}</h2><p>{BODY}</p>"
        "<p>Once you meet offline, there are some safety tips you should remember.</p>"
        "<ul><li>Meet in a public space, and trust your gut.</li>"
        "<li>Share your location with a friend.</li>"
        "<li>Consider a video call before you meet.</li></ul></article></body></html>"
    )


def test_a_tip_list_announced_inside_a_numbered_topic_is_advice_of_its_own():
    recs = analyze_text(_tips_page("3. Instagram"), ".html").recommendations
    assert [r.text for r in recs][-3:] == [
        "Meet in a public space, and trust your gut.",
        "Share your location with a friend.",
        "Consider a video call before you meet.",
    ]
    assert [r.headline for r in recs][:3] == ["Meetup", "Couchsurfing", "Instagram"]


def test_a_heading_that_commands_keeps_the_tip_list_under_it():
    recs = analyze_text(_tips_page("3. Stay safe"), ".html").recommendations
    assert len(recs) == 3
    assert "Share your location" in recs[-1].text
