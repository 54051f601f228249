"""Authors, dates and advice in shapes the fourth real held-out set showed (issue 14)."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def test_topic_labels_under_a_recommendations_heading_introduce_advice_lists():
    article = analyze_text(
        f"# Study findings\n\n{BODY}\n\n## Findings\n\n{BODY}\n\n## Recommendations\n\n"
        "Sign-up page:\n\n- Place the question towards the end.\n"
        "- Considering content that helps users choose.\n\n"
        "Review page:\n\n- Note that uploads are optional.\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Place the question towards the end",
        "Considering content that helps users choose",
        "Note that uploads are optional",
    ]


def test_topic_labelled_lists_elsewhere_stay_prose():
    article = analyze_text(
        f"# Study findings\n\n{BODY}\n\n## Who we talked with\n\n"
        "Participants:\n\n- Note-takers from three teams.\n- Considering staff.\n",
        ".md",
    )
    assert article.recommendations == ()


def test_prepared_by_line_names_the_author():
    article = analyze_text(
        "# Research findings\n\n**Prepared by:** Jo Nelson (jo@example.org)<br>\n"
        f"February 2021<br/>\n\n## Background\n\n{BODY}\n",
        ".md",
    )
    assert article.author == "Jo Nelson"


def test_a_degree_after_the_byline_name_is_dropped():
    article = analyze_text(f"Genetic testing explained\n\nBy Lynne Eldridge MD\n\n{BODY}\n")
    assert article.author == "Lynne Eldridge"


def test_a_surname_spelt_like_a_degree_is_kept():
    article = analyze_text(f"Genetic testing explained\n\nBy Jack Ma\n\n{BODY}\n")
    assert article.author == "Jack Ma"


def test_closing_bio_names_every_author_when_front_matter_gives_a_login():
    article = analyze_text(
        "---\ntitle: Know your users\nauthor: awichman\n---\n\n"
        f"{BODY}\n\n## Tips\n\n{BODY}\n\n"
        "_Sarah Brooks is a service designer at the agency and a fellow. "
        "Mollie Ruskin is a service designer at USDS._\n",
        ".md",
    )
    assert article.author == "Sarah Brooks, Mollie Ruskin"
