"""Tips a text announces (issue 14, real-heldout5): headings and lists under "Tips …", one rule each."""

from __future__ import annotations

import pytest

from briefing_app.ingest import tips
from briefing_app.ingest.readers import read_bytes
from tests.timing import least_cpu
from tests.unit.ingest.builders import BODY, analyze_text


def _headlines(article) -> list[str]:
    return [r.headline for r in article.recommendations]


def _tip_headings(title: str, headings: list[str]) -> str:
    parts = [f"# {title}", BODY] + [f"## {h}\n\n{BODY}" for h in headings]
    return "\n\n".join(parts) + "\n"


def test_announced_tip_headings_run_from_the_first_piece_of_advice_to_the_last():
    article = analyze_text(
        _tip_headings(
            "Tips for writing for children",
            [
                "Make the site fun",
                "Use bright colours",
                "Write short labels",
                "Audience first — younger or older kids?",
                "Maybe an app instead?",
                "Are agencies required to publish pages for kids?",
            ],
        ),
        ".md",
    )
    assert _headlines(article) == [
        "Make the site fun",
        "Use bright colours",
        "Write short labels",
        "Audience first — younger or older kids",
        "Maybe an app instead",
    ]


def test_the_same_headings_with_nothing_announcing_tips_keep_only_the_advice():
    article = analyze_text(
        _tip_headings(
            "Our children's site in 2013",
            [
                "Make the site fun",
                "Use bright colours",
                "Write short labels",
                "Audience first — younger or older kids?",
                "Maybe an app instead?",
                "Are agencies required to publish pages for kids?",
            ],
        ),
        ".md",
    )
    assert _headlines(article) == [
        "Make the site fun",
        "Use bright colours",
        "Write short labels",
        "Maybe an app instead",
    ]


def test_suggestions_alone_make_no_advice_headings():
    article = analyze_text(
        _tip_headings(
            "Tips from the archive",
            ["Maybe a museum?", "Perhaps the best year yet", "Why not Paris?", "Use the map"],
        ),
        ".md",
    )
    assert article.recommendations == ()


LIST_UNDER = "# {title}\n\n{body}\n\n## {heading}\n\n{items}\n\n## Results\n\n{body}\n"


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        (
            "Tipps zum Kindersitz-Kauf",
            [
                "Nehmen Sie das Kind mit zum Geschäft.",
                "Der Sitz muss sich stramm einbauen lassen.",
                "Achten Sie darauf, dass die Gurte gerade verlaufen.",
                "Bei Sitzerhöhungen kann es vorkommen, dass der Gurt klemmt.",
            ],
        ),
        (
            "Conseils pour l'achat",
            [
                "Vérifiez la notice du siège.",
                "Il faut essayer le siège dans la voiture.",
                "Les modèles semi-universels ne vont pas partout.",
            ],
        ),
        (
            "Consejos para la compra",
            [
                "Hay que probar la silla en el coche.",
                "El cinturón debe quedar recto.",
                "Los modelos semiuniversales no caben en todos los coches.",
            ],
        ),
    ],
)
def test_a_list_under_a_heading_that_announces_tips_is_advice_in_its_language(heading, items):
    text = LIST_UNDER.format(
        title="Child seats", body=BODY, heading=heading, items="\n".join(f"- {i}" for i in items)
    )
    article = analyze_text(text, ".md")
    assert [r.text for r in article.recommendations] == items


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        (
            "Unsere Empfehlungen",
            ["Prüfen Sie den Vertrag.", "Kunden sollten Angebote vergleichen.", "Der Tarif endet."],
        ),
        (
            "Recomendaciones",
            ["Hay que leer el contrato.", "El cliente debe comparar.", "La tarifa termina."],
        ),
        (
            "Recommandations",
            ["Lisez le contrat.", "Il faut comparer les offres.", "Le tarif prend fin."],
        ),
        (
            "What you can do",
            ["Review the contract.", "Ask for offers before you sign.", "The tariff ends."],
        ),
    ],
)
def test_a_list_under_recommendations_in_another_language_is_advice(heading, items):
    text = LIST_UNDER.format(
        title="Child seats", body=BODY, heading=heading, items="\n".join(f"- {i}" for i in items)
    )
    article = analyze_text(text, ".md")
    assert [r.text for r in article.recommendations] == items


def test_a_list_under_tips_whose_items_do_not_advise_is_no_advice():
    items = "- Kids.gov\n- NASA Kids Club\n- Energy Star for Kids"
    text = LIST_UNDER.format(title="Kids sites", body=BODY, heading="More tips", items=items)
    assert analyze_text(text, ".md").recommendations == ()


def test_a_titles_count_makes_a_list_of_that_many_items_the_tips_whatever_their_grammar():
    items = [
        "Be sure of your goals.",
        "Structure your messages.",
        "What's in it for me.",
        "Be quick.",
    ]
    text = (
        f"# 4 Tips for Explaining Technology\n\n{BODY}\n\n"
        "As the lead, I learned a few lessons:\n\n" + "\n".join(f"1. {i}" for i in items) + "\n"
    )
    assert [r.text for r in analyze_text(text, ".md").recommendations] == items


def test_a_titles_count_over_a_list_of_definitions_is_no_advice():
    items = ["Promoters are loyal enthusiasts.", "Passives are satisfied.", "Detractors are not."]
    text = (
        f"# 3 easy ways to measure customer experience\n\n{BODY}\n\n"
        "Responses are categorized as follows:\n\n" + "\n".join(f"- {i}" for i in items) + "\n"
    )
    assert analyze_text(text, ".md").recommendations == ()


def test_a_titles_announcement_with_another_count_leaves_a_list_alone():
    items = ["Collect input", "Perform work", "Deliver results", "Handle failure"]
    text = (
        f"# Three ways to write better formulas\n\n{BODY}\n\n"
        "Code has to do four things:\n\n" + "\n".join(f"- {i}" for i in items) + f"\n\n{BODY}\n"
    )
    assert analyze_text(text, ".md").recommendations == ()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("5 Tips for Communicating", 5),
        ("Die 8 besten Tipps", 8),
        ("five quick tips", 5),
        ("Siete consejos para ahorrar", 7),
        ("Tips for 2013", None),
        ("3 ways the budget will hit you", None),
    ],
)
def test_stated_count(text, count):
    assert tips.stated_count(text) == count


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("Achten Sie darauf, dass die Gurte gerade verlaufen.", True),
        ("Bitte beachten Sie die Anleitung.", True),
        ("Wenn Sie ein Auto kaufen, kostet der Sitz mehr.", False),
        ("Haben Sie einen Kindersitz?", False),
        ("Vérifiez la notice.", True),
        ("Chez nous, le siège est rouge.", False),
        ("Hay que probar la silla.", True),
        ("The seat is red.", False),
    ],
)
def test_gives_advice_in_several_languages(text, advice):
    assert tips.gives_advice(text) is advice


STRAY = (
    "# 3 Tips for Writing\n\n"
    "I learned three lessons:\n\n"
    '  1. <p dir="ltr">\n'
    "      Be sure you know your goals. We go back to them every week.\n"
    "    </p>\n\n"
    '  2. <div class="wp-caption">\n'
    '      <p class="wp-caption-text">\n'
    "        Screenshot of the app\n"
    "      </p>\n"
    "    </div>\n"
    "    \n"
    '    <p dir="ltr">\n'
    "      Structure your messages. We sort them in buckets for each audience.\n"
    "    </p>\n\n"
    '  3. <p dir="ltr">\n'
    "      Be responsive. Issues pop up and we answer them the same day.\n"
    "    </p>\n"
)


def test_html_paragraphs_a_cms_indented_out_of_their_list_items_stay_the_items():
    doc = read_bytes(STRAY.encode(), name="doc.md", suffix=".md")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        "Be sure you know your goals. We go back to them every week.",
        "Structure your messages. We sort them in buckets for each audience.",
        "Be responsive. Issues pop up and we answer them the same day.",
    ]
    assert "Screenshot" not in " ".join(b.text for b in doc.blocks if b.kind != "html")
    assert not [b for b in doc.blocks if b.kind == "code"]


def test_an_indented_html_code_example_stays_code():
    text = 'Add this markup:\n\n    <p class="note">Hello</p>\n\nThen save the file.\n'
    doc = read_bytes(text.encode(), name="doc.md", suffix=".md")
    assert [b.kind for b in doc.blocks] == ["paragraph", "code", "paragraph"]


# -- an opinion piece's calls to act (ingest/calls.py) ---------------------------------------

_OPED = (
    "# Getting lean\n\n"
    "We messed up. We built systems that drained batteries and tried the patience of users.\n\n"
    "{call1}\n\n{body}\n\n{call2}\n\n{body}\n\n{call3}\n\n{body}\n\n{restated}\n"
)


@pytest.mark.parametrize(
    ("calls", "restated"),
    [
        (
            (
                "We need to bring that back into alignment, starting right now.",
                "As with any other industry, standards should be created by open bodies.",
                "The consumer is demanding better, and we must respond.",
            ),
            "Finally, we must do this in a fragmented market.",
        ),
        (
            (
                "Wir müssen die Werbung wieder leichter machen.",
                "Deshalb sollten wir offene Standards schaffen.",
                "Die Kunden verlangen es, und wir müssen endlich handeln.",
            ),
            "Wir müssen das tun, auch wenn der Markt zersplittert ist.",
        ),
        (
            (
                "Debemos volver a poner al usuario en el centro.",
                "Por eso tenemos que crear normas abiertas.",
                "Los lectores lo exigen y debemos responder.",
            ),
            "Debemos hacerlo en un mercado fragmentado.",
        ),
    ],
)
def test_a_piece_that_keeps_calling_on_us_to_act_argues_for_it(calls, restated):
    text = _OPED.format(
        call1=calls[0], call2=calls[1], call3=calls[2], body=BODY, restated=restated
    )
    assert [r.text for r in analyze_text(text, ".md").recommendations] == list(calls)


def test_calls_to_act_in_a_long_essay_are_reasoning_on_the_way():
    paragraphs = [BODY] * 30
    paragraphs[3] = "As we take the firm to task, we need to think about what it implies."
    paragraphs[12] = "We need to evaluate privacy concerns in their full social contexts."
    paragraphs[25] = "We need to seriously challenge the structures behind it."
    text = "# Tracked without an account\n\n" + "\n\n".join(paragraphs) + "\n"
    assert analyze_text(text, ".md").recommendations == ()


def test_narrated_and_quoted_calls_are_no_calls():
    text = (
        "# Student newsroom\n\n"
        "We didn't know if we should build a mobile app.\n\n"
        "We knew that we should be building something, and we must have missed the signs.\n\n"
        "“We must pay attention to what is written,” the dean said.\n\n"
        "Should we need to start over?\n"
    )
    assert analyze_text(text, ".md").recommendations == ()


# -- appeals and the best course named as such -------------------------------------------------


@pytest.mark.parametrize(
    "appeal",
    [
        "I invite my colleagues to cosponsor the Family Heritage Act.",
        "Am 14. September findet eine Demonstration statt, zu der wir zur Teilnahme aufrufen.",
        "Wir rufen alle Bürgerinnen und Bürger auf, am Samstag zu kommen.",
        "Os invitamos a participar en la marcha del sábado.",
        "Nous vous invitons à rejoindre la marche samedi.",
    ],
)
def test_an_appeal_to_join_or_act_addressed_to_the_reader_is_advice(appeal):
    text = f"The march\n\n{BODY}\n\n{appeal}\n\n{BODY}\n"
    assert [r.text for r in analyze_text(text).recommendations] == [appeal]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Gewerkschaft ruft zur Teilnahme am Streik auf.",
        "Dans ce qui suit, nous appelons requête l'ensemble des termes impliqués.",
        "We invite comments from the public until May.",
    ],
)
def test_someone_elses_appeal_or_a_naming_is_no_appeal(sentence):
    text = f"The march\n\n{BODY}\n\n{sentence}\n\n{BODY}\n"
    assert analyze_text(text).recommendations == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Probably the best thing we could do is repeal the estate tax altogether.",
        "Das Beste, was wir tun können, ist die Steuer abzuschaffen.",
        "Lo mejor que podemos hacer es derogar el impuesto.",
        "Le mieux à faire est de supprimer cet impôt.",
        "Selectively restricting capital inflows is the best way to address these imbalances.",
        "Taxing carbon remains the most effective way to cut emissions.",
        "Restringir la entrada de capitales es la mejor manera de corregir el desequilibrio.",
        "Taxer le carbone est le meilleur moyen de réduire les émissions.",
    ],
)
def test_the_best_course_named_as_such_is_advice(sentence):
    text = f"The estate tax\n\n{BODY}\n\n{BODY} {sentence} {BODY}\n"
    assert [r.text for r in analyze_text(text).recommendations] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The best thing we did was sell the farm.",
        "Taxing carbon was the best way to cut emissions.",
        "Taxing carbon is not just the best way to cut emissions.",
        "During the crisis, saving is the best way to cope.",
        "Notre équipe est le meilleur moyen de gagner.",
    ],
)
def test_the_best_course_in_the_past_or_denied_is_a_story(sentence):
    text = f"The estate tax\n\n{BODY}\n\n{BODY} {sentence}\n"
    assert analyze_text(text).recommendations == ()


def test_the_best_thing_someone_did_is_a_story():
    text = f"The estate tax\n\n{BODY}\n\n{BODY} The best thing we did was sell the farm.\n"
    assert analyze_text(text).recommendations == ()


def test_a_german_days_ordinal_dot_ends_no_sentence():
    from briefing_app.core.text import split_sentences

    text = "Sie findet am 14. September statt. Es kommen 300 Menschen. Danach 3. Oktober."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Sie findet am 14. September statt.",
        "Es kommen 300 Menschen.",
        "Danach 3. Oktober.",
    ]


def _hostile(n: int) -> str:
    """Text built to make this file's rules backtrack: long runs of each rule's cues."""
    parts = [
        "# 5 Tips and Tipps: how to act",
        'x "' + "we must act " * (40 * n),
        "we must do this " * (40 * n) + ".",
        "Wir " + "rufen " * (30 * n) + "alle.",
        "Probably the best thing " + "we " * (30 * n) + "could do.",
        "As " + "a " * (30 * n) + ", standards " * (10 * n) + "should be created.",
        "Here are the tips:",
        "\n".join(f"- Achten Sie {'darauf ' * n}." for _ in range(20 * n)),
        '  1. <p dir="ltr">\n      ' + "Be sure " * (20 * n) + ".\n    </p>",
    ]
    return "\n\n".join(parts * 3)


def test_the_rules_stay_linear_on_hostile_text():
    small, large = (
        least_cpu(analyze_text, _hostile(5), ".md"),
        least_cpu(analyze_text, _hostile(20), ".md"),
    )
    assert large < 10 * max(small, 0.01), (small, large)  # -- linear: about 4x


def test_calls_in_an_interview_are_the_speakers():
    turns = [
        "Korinna Hennig: Herr Drosten, was folgt aus der Studie?",
        "Christian Drosten: Wir müssen Fälle verhindern, und zwar jetzt.",
        "Korinna Hennig: Und die Politik?",
        "Christian Drosten: Wir müssen jetzt politische Entscheidungen haben.",
        "Christian Drosten: Wir müssen einen Impfstoff finden.",
    ]
    text = "# Podcast, Folge 14\n\n" + "\n\n".join(turns) + "\n"
    assert analyze_text(text, ".md").recommendations == ()


def test_common_verbs_of_tips_command_too():
    article = analyze_text(
        _tip_headings(
            "Writing for the web",
            ["Know your audience", "Choose plain words", "Check every link", "Our team"],
        ),
        ".md",
    )
    assert _headlines(article) == ["Know your audience", "Choose plain words", "Check every link"]


def test_a_page_footer_of_read_and_donate_promos_is_no_advice():
    article = analyze_text(
        _tip_headings(
            "Our case has been expedited",
            ["Read further in the pursuit of knowledge", "Help us unlock the world's knowledge"],
        ),
        ".md",
    )
    assert article.recommendations == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei konkreten Fragen können Sie sich an die Verbraucherzentralen wenden.",
        "Wenn Sie unsicher sind, wenden Sie sich an Ihre Versicherung.",
        "Si tiene dudas sobre el contrato, consulte a una asociación de consumidores.",
        "Si vous avez un doute, adressez-vous à une association de consommateurs.",
    ],
)
def test_a_referral_to_someone_who_can_help_advises_the_reader(sentence):
    text = f"Preisanpassungen\n\n{BODY}\n\n{BODY} {sentence}\n"
    assert [r.text for r in analyze_text(text).recommendations] == [sentence]


def test_a_referral_open_to_someone_else_reports():
    sentence = "Bei Fragen haben sich viele Kunden an die Verbraucherzentralen gewandt."
    text = f"Preisanpassungen\n\n{BODY}\n\n{BODY} {sentence}\n"
    assert analyze_text(text).recommendations == ()


def test_labelled_numbered_tip_headings_under_a_tips_title_are_the_tips():
    article = analyze_text(
        _tip_headings(
            "Topinambur ernten: 3 Profi-Tipps",
            [
                "Tipp 1: Den richtigen Zeitpunkt erkennen",
                "Tipp 2: So lagern Sie die Knollen",
                "Tipp 3: Mal was anderes",
            ],
        ),
        ".md",
    )
    assert _headlines(article) == [
        "Den richtigen Zeitpunkt erkennen",
        "So lagern Sie die Knollen",
        "Mal was anderes",
    ]


def test_numbered_steps_under_how_to_are_advice_when_they_advise():
    steps = ["1. Define the goal", "2. Take inventory", "3. The number", "4. Make a backup plan"]
    article = analyze_text(_tip_headings("How to retire early", steps), ".md")
    assert len(article.recommendations) == 4
    assert _headlines(article)[0] == "Define the goal"


def test_numbered_chapters_of_a_how_to_report_stay_sections():
    chapters = ["1. Introduction", "2. Background", "3. Findings", "4. Methods of research"]
    article = analyze_text(_tip_headings("How to fix the housing market", chapters), ".md")
    assert _headlines(article) == []


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        (
            "Checklist",
            [
                "Early in the project, spend time with the users.",
                "Test prototypes with real people.",
                "Share findings with the team.",
                "Document the findings.",
            ],
        ),
        (
            "Checkliste",
            ["Prüfen Sie den Vertrag.", "Vergleichen Sie die Angebote.", "Der Tarif endet."],
        ),
        ("À retenir", ["Établissez les attentes.", "Fournissez des messages clairs."]),
        ("Key takeaways", ["Reduce the text on task pages.", "Test the form with users."]),
    ],
)
def test_a_checklist_or_takeaways_under_a_heading_are_advice(heading, items):
    text = LIST_UNDER.format(
        title="Content design", body=BODY, heading=heading, items="\n".join(f"- {i}" for i in items)
    )
    article = analyze_text(text, ".md")
    assert [r.text for r in article.recommendations] == items


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Checklist", ["Ethics approval number", "Supporting documentation", "Signature"]),
        ("Key takeaways", ["Reduce the text on task pages.", "The wait was long."]),
    ],
)
def test_a_checklist_of_form_fields_or_half_advising_takeaways_are_no_advice(heading, items):
    text = LIST_UNDER.format(
        title="Content design", body=BODY, heading=heading, items="\n".join(f"- {i}" for i in items)
    )
    assert analyze_text(text, ".md").recommendations == ()
