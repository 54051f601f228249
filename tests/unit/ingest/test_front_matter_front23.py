"""Titles, bylines and closing credits of letters, op-eds and briefs (issue 14, helper front23).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

import dataclasses

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text


def test_a_title_field_label_is_no_part_of_the_title():
    text = f"Title: Harbour Tolls and the Second Ferry\n\nA short brief\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title == "Harbour Tolls and the Second Ferry"


def test_a_name_with_its_role_in_brackets_under_the_title_is_the_byline():
    text = (
        "Harbour Tolls and the Second Ferry Line for the Northern Islands\n\n"
        "Keeping fares fair for the people who live on the islands all year\n\n"
        "Mira Halvorsen (PhD Student, Harbour University)\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert analyze_text(text).author == "Mira Halvorsen"
    # -- guard: a topic with a note in brackets names no one
    text = (
        "Harbour Tolls and the Second Ferry Line for the Northern Islands\n\n"
        "Ferry Tolls (Draft)\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert analyze_text(text).author is None


def test_a_letters_signer_is_read_over_the_role_lines_under_the_name():
    text = (
        f"To the Editor,\n\n{BODY}\n\n{BODY}\n\nSincerely,\n\nMira Halvorsen\n\n"
        "PhD Student, Marine Biology\n\nHarbour University\n"
    )
    assert analyze_text(text).author == "Mira Halvorsen"
    # -- guard: a paragraph after the signature ends no letter
    text = (
        f"To the Editor,\n\n{BODY}\n\nSincerely,\n\nMira Halvorsen\n\n"
        f"{BODY} It went on for hours.\n"
    )
    assert analyze_text(text).author is None


def test_a_papers_name_and_its_reporter_parted_by_a_slash_is_the_byline():
    text = f"# Harbour tolls go up again\n\nLa Voz del Puerto/Mira Halvorsen\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").author == "Mira Halvorsen"
    # -- guard: an agency's photo credit in capitals names a photographer
    text = f"# Harbour tolls go up again\n\nREUTERS/Mira Halvorsen\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").author is None


def test_writers_listed_with_their_posts_after_the_text_are_the_authors():
    text = (
        f"Harbour Tolls\n\n{BODY}\n\n{BODY}\n\n"
        "Mira Halvorsen, Specialist in Transport Policy Tomas K. Berg, Analyst in Public Finance\n"
    )
    assert analyze_text(text).author == "Mira Halvorsen, Tomas K. Berg"
    # -- guard: a closing sentence quoting someone with their post names no writer
    text = (
        f"Harbour Tolls\n\n{BODY}\n\n{BODY}\n\n"
        "Mira Halvorsen, Director of the Harbour Board, said the tolls would stay.\n"
    )
    assert analyze_text(text).author is None


def test_a_columnists_name_in_capitals_over_the_title_is_the_byline():
    text = f"MIRA HALVORSEN\nFerry tolls\n\n{BODY}\n\n{BODY}\n"
    article = analyze_text(text)
    assert (article.title, article.author) == ("Ferry tolls", "Mira Halvorsen")
    # -- guard: a name in the title's own type over a line stays the title (a biography)
    text = f"Mira Halvorsen\nA life at sea\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title == "Mira Halvorsen"


def test_a_byline_label_over_a_name_in_lower_case_is_the_byline():
    text = (
        f"# Why the harbour needs a second ferry\n\nan op-ed by\n\nmira halvorsen\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert analyze_text(text, ".md").author == "Mira Halvorsen"


def test_printed_coauthors_beat_an_author_property_naming_one_of_them():
    text = (
        "Harbour Tolls and the Second Ferry\n\nMira Halvorsen\n\nDepartment of Economics, "
        f"Harbour University\n\nTomas Berg\n\nInstitute for Transport Research\n\n{BODY}\n\n{BODY}\n"
    )
    doc = read_bytes(text.encode(), name="doc.pdf", suffix=".txt")
    doc = dataclasses.replace(doc, metadata={**doc.metadata, "author": "Mira Halvorsen"})
    assert analyze(doc).author == "Mira Halvorsen, Tomas Berg"
    # -- guard: a short first sentence naming a research body under the name stays body text
    said = "Research by the harbour board shows the tolls doubled."
    text = f"Harbour Tolls and the Second Ferry\n\nMira Halvorsen\n\n{said}\n\n{BODY}\n\n{BODY}\n"
    doc = read_bytes(text.encode(), name="doc.pdf", suffix=".txt")
    doc = dataclasses.replace(doc, metadata={**doc.metadata, "author": "Mira Halvorsen"})
    article = analyze(doc)
    assert article.author == "Mira Halvorsen"
    assert any(said in p for s in article.sections for p in s.paragraphs)
