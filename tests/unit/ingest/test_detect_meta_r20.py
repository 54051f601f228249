"""Titles, bylines and dates in the front-matter shapes of student briefs (issue 14, round 20).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.front import Para, name_list, read_front, take_front_matter, take_title
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text, built_docx

SUBJECT = "Harbour Tolls for the Island Ferries"


def _para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text=text, kind="heading" if level else "paragraph"), level)


def test_a_document_type_label_before_the_subject_is_no_part_of_the_title():
    for label in ("Policy Brief: ", "POLICY MEMO: ", "Issue Brief – "):
        paras = [_para(label + SUBJECT, 1), _para(BODY), _para("Background", 2), _para(BODY)]
        assert take_title(paras, {}, "brief.pdf")[0] == SUBJECT
    # -- guard: a title that says what it is in its own words keeps them
    own = "Policy Brief on Harbour Tolls for the Island Ferries"
    paras = [_para(own, 1), _para(BODY), _para("Background", 2), _para(BODY)]
    assert take_title(paras, {}, "brief.pdf")[0] == own


def test_a_markdown_label_heading_over_the_title_and_labelled_fields():
    text = (
        f"# Policy Brief\n\n## {SUBJECT}\n\n### Author\nJo Lindqvist\n\n### Date\nMarch 2025\n\n"
        f"# Summary\n\n{BODY}\n\n# Options\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.title, article.author, article.date) == (SUBJECT, "Jo Lindqvist", "2025-03")
    assert [s.heading for s in article.sections] == ["Summary", "Options"]
    # -- guard: a label heading with only a usual part under it stays the title printed
    plain = analyze_text(f"# Policy Brief\n\n## Executive Summary\n\n{BODY}\n", ".md")
    assert plain.title == "Policy Brief"


def test_a_name_set_as_a_heading_under_the_title_is_the_byline():
    rest = [_para("Jo Lindqvist", 2), _para("Executive Summary:", 2), _para(BODY)]
    front, body = take_front_matter(rest)
    assert read_front(front).get("author") == "Jo Lindqvist"
    assert [p.text for p in body] == ["Executive Summary:", BODY]
    # -- guard: a heading named after a person with text under it is a section
    rest = [_para("Jo Lindqvist", 2), _para(BODY), _para("Later Years", 2), _para(BODY)]
    assert take_front_matter(rest)[0] == []


def test_a_subtitle_joined_by_and_is_no_list_of_names():
    assert name_list("Evidence From Harbour Surveys and Model-Based Toll Assessment") is None
    # -- guard: two people joined by "and" are still authors
    assert name_list("Jo Lindqvist and Ana Petrosyan") == "Jo Lindqvist, Ana Petrosyan"


def test_a_markdown_byline_stacked_with_hard_breaks():
    text = (
        f"# {SUBJECT}\n\nJo Lindqvist  \nHarbour Studies Project  \nMarch 2025\n\n"
        f"## Findings\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert (article.author, article.date) == ("Jo Lindqvist", "2025-03")
    # -- guard: the same lines wrapped without hard breaks are one line, no byline
    article = analyze_text(text.replace("  \n", "\n"), ".md")
    assert article.author is None


def test_a_first_line_opening_with_the_writers_name_by_a_first_name_property():
    paras = [_para("Jo Lindqvist Thesis Abstract"), _para(BODY), _para(BODY)]
    meta = {"author": "Jo"}
    assert take_title(paras, meta, "memo.docx")[0] == "Thesis Abstract"
    assert meta["author"] == "Jo Lindqvist"
    # -- guard: a full name declared may be the title's subject
    meta = {"author": "Jo Lindqvist"}
    assert take_title(paras, meta, "memo.docx")[0] == "Jo Lindqvist Thesis Abstract"


def _mla(author: str):
    def build(d):
        d.core_properties.author = author
        for line in ("Jo Lindqvist", "HIST 210", "Professor Grant", "20 December 2024"):
            d.add_paragraph(line)
        d.add_heading(SUBJECT, level=1)
        d.add_paragraph(BODY)
        d.add_heading("Background", level=2)
        d.add_paragraph(BODY)

    return build


def test_a_printed_header_name_beats_the_property_with_a_middle_initial():
    data = built_docx(_mla("Jo K Lindqvist"))
    article = analyze(read_bytes(data, name="paper.docx", suffix=".docx"))
    assert (article.title, article.author, article.date) == (SUBJECT, "Jo Lindqvist", "2024-12-20")
    # -- guard: a property naming someone else entirely is not replaced by the header
    data = built_docx(_mla("Ana Petrosyan"))
    article = analyze(read_bytes(data, name="paper.docx", suffix=".docx"))
    assert article.author == "Ana Petrosyan"


def test_a_byline_line_run_on_into_the_title_ends_it():
    run_on = "Paying for Ferries: Tolls and (Un)fairness Jo Lindqvist | HIST 2XX.XXX |"
    paras = [_para(run_on), _para(BODY), _para("Background", 2), _para(BODY), _para("Costs", 2)]
    meta: dict = {"author": "Kim Ode"}
    assert take_title(paras, meta, "brief.pdf")[0] == "Paying for Ferries: Tolls and (Un)fairness"
    assert meta["author"] == "Jo Lindqvist"
    # -- guard: a title whose last words could start the name is left alone
    run_on = "Tolls and Fares of the Island Ferries Jo Lindqvist | HIST 210 |"
    paras = [_para(run_on), _para(BODY), _para("Background", 2), _para(BODY), _para("Costs", 2)]
    assert take_title(paras, {}, "brief.pdf")[0] == run_on
