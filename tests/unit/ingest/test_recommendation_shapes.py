"""Shapes of advice seen in real how-to pages, guides and letters (issue 14), one test each."""

from __future__ import annotations

from briefing_app.project import open_path
from tests.unit.ingest.builders import BODY, analyze_text


def test_how_to_headings_with_everyday_verbs_are_recommendations():
    article = analyze_text(
        f"# How to save on groceries\n\n{BODY}\n\n### Understand what you buy\n\n{BODY}\n\n"
        f"### See where the money goes\n\n{BODY}\n\n### Spend less on snacks\n\n{BODY}\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Understand what you buy",
        "See where the money goes",
        "Spend less on snacks",
    ]


def test_labelled_technique_headings_are_recommendations_with_their_label():
    article = analyze_text(
        f"# Better formulas\n\n{BODY}\n\n## Three techniques\n\n{BODY}\n\n"
        f"### Technique 1: Use names for values\n\n{BODY}\n\n"
        f"### Technique 2: Use comments\n\n{BODY}\n\n"
        f"### Bonus technique: Use custom functions\n\n{BODY}\n\n### Summary\n\n{BODY}\n",
        ".md",
    )
    recs = article.recommendations
    assert [r.headline for r in recs] == [
        "Use names for values",
        "Use comments",
        "Use custom functions",
    ]
    assert [r.marker for r in recs] == ["Technique 1:", "Technique 2:", "Bonus technique:"]


def test_descriptive_sibling_headings_stay_sections():
    article = analyze_text(
        f"# The season\n\n{BODY}\n\n### Turnout was high\n\n{BODY}\n\n"
        f"### Listings grew\n\n{BODY}\n\n### Spending fell\n\n{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


LABELLED = (
    "Top practices for a multilingual site\n\n{intro}\n\n"
    "  1. **{a}**\n  \n    {a_body}\n"
    "  2. **{b}**\n  \n    {b_body}\n"
    "  3. **{c}**\n  \n    {c_body}\n"
)


def test_a_list_of_bold_labels_followed_by_advice_gives_one_recommendation_each():
    article = analyze_text(
        LABELLED.format(
            intro=BODY,
            a="Culture",
            a_body="Conduct user research to understand your audience before you translate.",
            b="Access",
            b_body="Enable users to find the site from every page of the English one.",
            c="Language",
            c_body="Online pages must address the language preferences of users at all times.",
        ),
        ".md",
    )
    recs = article.recommendations
    assert [r.headline[:14] for r in recs] == ["Conduct user r", "Enable users t", "Online pages m"]
    assert [r.marker for r in recs] == ["Culture", "Access", "Language"]


def test_a_list_of_bold_labels_followed_by_facts_is_no_advice():
    article = analyze_text(
        LABELLED.format(
            intro=BODY,
            a="Section 2",
            a_body="Amends the tax code so that small farms pay the lower rate from 2026 onwards.",
            b="Section 3",
            b_body="Creates a fund of two million dollars for rural broadband in the county.",
            c="Section 4",
            c_body="Agencies must report on the fund to the council every year from 2027.",
        ),
        ".md",
    )
    assert article.recommendations == ()


def test_prose_indented_under_a_list_item_continues_it_and_code_stays_code():
    from briefing_app.ingest.markdown import parse_markdown

    doc = parse_markdown(
        "  1. **Culture**\n  \n    Conduct user research to understand your audience first.\n\n"
        "  10. item\n\n    x = compute(a, b);\n"
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("list_item", "Culture Conduct user research to understand your audience first."),
        ("list_item", "item"),
        ("code", "x = compute(a, b);"),
    ]


def test_paragraphs_opening_with_commands_are_steps_of_a_how_to():
    article = analyze_text(
        f"Save on the party\n\n{BODY}\n\n"
        "Instead of hiring a DJ, use your phone to play the music all evening.\n\n"
        "Avoid canned drinks, which guests open and leave; serve pitchers of water.\n\n"
        "Skip the carving station and serve the graduate's favourite pasta instead.\n\n"
        "Decorate the room in the school colours so the decorations can be reused.\n"
    )
    assert [r.headline[:10] for r in article.recommendations] == [
        "Instead of",
        "Avoid cann",
        "Skip the c",
        "Decorate t",
    ]


def test_a_news_story_with_a_few_instructions_is_no_advice():
    article = analyze_text(
        f"Storm closes the coast road\n\n{BODY}\n\n{BODY}\n\n"
        "Call the county line if your power is out for more than a day, officials said.\n\n"
        f"{BODY}\n\nAvoid the coast road until Friday, the police said on Tuesday.\n\n{BODY}\n\n"
        "If you see a fallen line, stay away from it and report it.\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert article.recommendations == ()


def test_an_explicit_advice_sentence_mid_paragraph_is_a_recommendation_in_any_language():
    article = analyze_text(
        "Preisanpassungen bei Strom\n\n"
        "Verträge außerhalb der Grundversorgung heißen Sonderverträge und erlauben eine "
        "Preisanpassung nur mit einer wirksamen Klausel. Allgemein empfiehlt sich für den "
        "Kunden, auf kurze Kündigungsfristen zu achten. Die Aufsicht liegt bei den Ländern.\n\n"
        "Die Versorger haben die Preise im vergangenen Jahr zweimal angehoben, wie die "
        "Statistik des Bundesamts für das ganze Land zeigt.\n"
    )
    assert [r.headline[:26] for r in article.recommendations] == ["Allgemein empfiehlt sich f"]


def test_someone_elses_or_quoted_advice_is_not_the_authors():
    article = analyze_text(
        f"Storm closes the coast road\n\n{BODY}\n\n"
        "Experts recommend that drivers stay home until Friday, the agency said.\n\n"
        "“It is advisable to stay indoors,” the mayor said at the briefing on Tuesday.\n"
    )
    assert article.recommendations == ()


def test_an_advice_heading_keeps_the_text_of_its_own_sub_headings():
    article = analyze_text(
        f"# Better formulas\n\n{BODY}\n\n## Two techniques\n\n"
        "### Technique 1: Use names for values\n\n#### Introducing names\n\n"
        "A name stands for a value, so the formula reads like a sentence.\n\n"
        "### Technique 2: Use comments\n\nA comment says why the formula does what it does.\n",
        ".md",
    )
    first, second = article.recommendations
    assert first.paragraphs == ("A name stands for a value, so the formula reads like a sentence.",)
    assert second.paragraphs == ("A comment says why the formula does what it does.",)


def test_advice_heading_with_a_quoted_question_keeps_its_whole_headline(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(
        "# Spending less\n\nAn opening paragraph about money habits.\n\n"
        '## Develop a personal "Should I buy this?" test\n\nAsk three questions first.\n\n'
        "## Skip the store on weekends\n\nShops are busiest then.\n\n"
        "## Keep a list\n\nWrite it before you go.\n",
        encoding="utf-8",
    )
    headlines = [r.headline for r in open_path(path).article.recommendations]
    assert 'Develop a personal "Should I buy this?" test' in headlines
