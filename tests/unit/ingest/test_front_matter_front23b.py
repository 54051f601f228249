"""Section labels, genre labels and bylines read as such (issue 14, helper front23b).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.ingest import front
from tests.unit.ingest.builders import BODY, analyze_text


def _page(headline: str, byline: str) -> str:
    return (
        f"<html><head><title>{headline} | The Harbour Post</title></head><body><article>"
        f"<h1>{headline}</h1><div class='byline'>{byline}</div>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


def test_a_pages_section_label_before_the_headline_is_no_part_of_the_title():
    page = _page("Opinion: Why the ferry tolls must come down", "By Mira Halvorsen")
    assert analyze_text(page, ".html").title == "Why the ferry tolls must come down"
    # -- guard: a label set off by a dash may be the title's own wording
    page = _page("Analysis – The Ferry Tolls of the North", "By Mira Halvorsen")
    assert analyze_text(page, ".html").title == "Analysis – The Ferry Tolls of the North"


def test_a_reports_part_label_before_its_subject_is_no_part_of_the_title():
    text = f"# Executive Summary: Harbour Tolls and the Second Ferry\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "Harbour Tolls and the Second Ferry"
    text = f"# Mémo : tarifs du second bac\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "tarifs du second bac"
    # -- guard: a title that only names the part stays whole
    text = f"# Executive Summary\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "Executive Summary"


def test_a_bylines_section_label_is_no_part_of_the_name():
    page = _page("Why the ferry tolls must come down", "Opinion by Mira Halvorsen")
    assert analyze_text(page, ".html").author == "Mira Halvorsen"


def test_a_text_files_yaml_header_is_its_front_matter():
    text = (
        '---\ntitle: "Harbour tolls must come down"\ndate: "2019-03-02"\n'
        'creators:\n  - "Halvorsen, Mira"\nsource: "THE HARBOUR POST"\n---\n\n'
        f"HARBOUR TOLLS MUST COME DOWN\n\n{BODY}\n\n{BODY}\n"
    )
    article = analyze_text(text)
    assert article.title == "Harbour tolls must come down"
    assert article.author == "Mira Halvorsen"
    assert article.date == "2019-03-02"
    # -- guard: a rule over the text declares nothing
    text = f"---\nHarbour tolls must come down\n---\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title != "---"
    assert analyze_text(text).author is None


def test_a_listed_name_written_family_name_first_is_read_as_printed():
    text = (
        "---\ntitle: Harbour tolls\nauthors:\n  - Halvorsen, Mira\n  - Jo Li, PhD\n---\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    author = analyze_text(text, ".md").author
    assert author.startswith("Mira Halvorsen, Jo Li")
    assert "PhD Jo Li" not in author  # -- guard: a degree after a comma is no given name


def test_a_name_with_its_role_after_a_comma_under_the_title_is_the_byline():
    text = (
        "# Harbour tolls in the northern islands\n\n"
        "##### Mira Halvorsen, PhD Student at Harbour University\n\n"
        f"{BODY}\n\n## What the tolls cost\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert article.author == "Mira Halvorsen"
    assert all(
        s.heading != "Mira Halvorsen, PhD Student at Harbour University" for s in article.sections
    )
    # -- guard: two topics, a post's word among them, are no byline
    assert front._byline("Ferry Fares, Student Discounts") is None
    assert front._byline("Harbour Tolls, University Budgets") is None
