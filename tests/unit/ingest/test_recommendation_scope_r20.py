"""Recommendation recall where an advice heading's scope is set flat (issue 14, round r20).

Counted subheads set at the level of the "Recommendations" heading before them, and a
"may consider:" lead-in over a list of actions named by their gerunds.
"""

from __future__ import annotations

from types import SimpleNamespace

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text, built_docx, to_pdf


def _heads(article) -> list[str]:
    return [r.headline for r in article.recommendations]


# -- counted subheads at the advice heading's own level ------------------------------------------


def _flat_brief(advice: str, subheads: list[str]) -> str:
    """A brief whose advice heading and the counted subheads after it share one level."""
    parts = ["# Water resilience brief", "## Key findings", BODY, f"## {advice}"]
    for subhead in subheads:
        parts += [f"## {subhead}", BODY]
    parts += ["## Wider implications", BODY, "## Outlook", BODY]
    return "\n\n".join(parts) + "\n"


def test_counted_subheads_after_an_advice_heading_of_their_level_are_each_one():
    article = analyze_text(
        _flat_brief(
            "Policy Recommendations",
            [
                "1. Fund district flood shelters",
                "2. Train local rescue volunteers",
                "3. Publish the river gauge readings daily",
            ],
        ),
        ".md",
    )
    assert _heads(article) == [
        "Fund district flood shelters",
        "Train local rescue volunteers",
        "Publish the river gauge readings daily",
    ]
    assert all(r.text.startswith("The committee met") for r in article.recommendations)


def test_labelled_counted_subheads_in_a_word_file_styled_alike_are_each_one():
    def build(document) -> None:
        document.add_heading("Findings", level=1)
        document.add_paragraph(BODY)
        document.add_heading("Recommended Policies", level=1)
        document.add_paragraph(BODY)
        for head in ("Policy 1: Expand the night bus network", "Policy 2: Cap fares at peak"):
            document.add_heading(head, level=1)
            document.add_paragraph(BODY)
        document.add_heading("Costs of the two policies", level=1)
        document.add_paragraph(BODY)

    data = built_docx(build)
    article = analyze(read_bytes(data, name="doc.docx", suffix=".docx"))
    assert [h[:20] for h in _heads(article)] == ["Expand the night bus", "Cap fares at peak"]


def _pdf_brief(subheads: list[str]) -> bytes:
    """A PDF brief setting every heading, "Policy Recommendations" and its count, in one type."""
    sections = [("Key findings", [BODY]), ("Policy Recommendations", [])]
    sections += [(subhead, [BODY]) for subhead in subheads]
    sections += [("Wider implications", [BODY, BODY])]
    brief = SimpleNamespace(
        title="Water resilience in the delta",
        publication=None,
        date=None,
        standfirst=None,
        author=None,
        author_bio=None,
        sections=[SimpleNamespace(heading=h, paragraphs=p) for h, p in sections],
    )
    return to_pdf(brief)


def test_a_pdfs_counted_advice_in_its_headings_type_nests_under_the_advice_heading():
    subheads = ["1. Fund district flood shelters", "2. Train local rescue volunteers"]
    article = analyze(read_bytes(_pdf_brief(subheads), name="brief.pdf", suffix=".pdf"))
    assert [(s.level, s.heading) for s in article.sections] == [
        (1, "Key findings"),
        (1, "Policy Recommendations"),
        (2, "1. Fund district flood shelters"),
        (2, "2. Train local rescue volunteers"),
        (1, "Wider implications"),
    ]
    assert _heads(article) == ["Fund district flood shelters", "Train local rescue volunteers"]


def test_a_pdfs_counted_chapters_after_an_advice_heading_stay_beside_it():
    subheads = ["1. Introduction", "2. Data and methods"]
    article = analyze(read_bytes(_pdf_brief(subheads), name="brief.pdf", suffix=".pdf"))
    assert {s.level for s in article.sections} == {1}
    assert article.recommendations == ()


def test_counted_chapters_after_a_recommendations_heading_are_no_recommendations():
    article = analyze_text(
        _flat_brief(
            "Summary of recommendations",
            ["1. Introduction", "2. Data and methods", "3. Results by district"],
        ),
        ".md",
    )
    assert article.recommendations == ()


def test_counted_advice_after_a_heading_that_announces_none_stays_sections():
    article = analyze_text(
        _flat_brief(
            "Case studies",
            [
                "1. Fund district flood shelters",
                "2. The volunteers of the delta",
                "3. Rebuilding after the 2019 flood",
            ],
        ),
        ".md",
    )
    assert article.recommendations == ()


# -- "may consider:" over actions named by their gerunds -------------------------------------------


def _considered(lead: str, items: list[str]) -> str:
    listed = "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    return f"# Schools brief\n\n## Implications\n\n{BODY}\n\n{lead}\n\n{listed}\n\n## Limits\n\n{BODY}\n"


def test_actions_a_brief_says_readers_may_consider_are_each_a_recommendation():
    article = analyze_text(
        _considered(
            "District officials may consider:",
            [
                "Expanding after-school reading clubs.",
                "Strengthening mentoring for new teachers.",
                "Investing in school libraries.",
            ],
        ),
        ".md",
    )
    assert [h[:20] for h in _heads(article)] == [
        "Expanding after-scho",
        "Strengthening mentor",
        "Investing in school ",
    ]


def test_things_to_weigh_or_an_agenda_after_consider_are_no_recommendations():
    weighed = _considered(
        "Readers should consider:",
        ["The size of the sample.", "The years the survey covers.", "Its response rate."],
    )
    agenda = _considered(
        "At its next meeting the board will consider:",
        ["Expanding the sports hall.", "Selling the north field."],
    )
    assert analyze_text(weighed, ".md").recommendations == ()
    assert analyze_text(agenda, ".md").recommendations == ()


# -- actions a sentence counts off inline -----------------------------------------------------------


def _inline(sentence: str) -> str:
    return f"# Compost brief\n\n## Supply\n\n{BODY}\n\n{BODY} {sentence}\n\n## Costs\n\n{BODY}\n"


def test_actions_a_sentence_counts_off_after_can_do_so_by_are_each_one():
    article = analyze_text(
        _inline(
            "The district can do so by i) expanding kerbside collection to every street, "
            "ii) partnering with nearby farms, and iii) encourage tenants to sort their waste."
        ),
        ".md",
    )
    assert [r.text for r in article.recommendations] == [
        "expanding kerbside collection to every street",
        "partnering with nearby farms",
        "encourage tenants to sort their waste",
    ]


def test_a_methods_count_or_things_counted_inline_are_no_recommendations():
    method = _inline(
        "We can estimate the effect by (i) regressing yields on rainfall and (ii) matching "
        "farms on size."
    )
    passive = _inline(
        "The effect can be estimated by (i) regressing yields on rainfall and (ii) matching "
        "farms on size."
    )
    things = _inline(
        "The district can cut costs by (a) the new depot and (b) a shorter collection round."
    )
    for text in (method, passive, things):
        assert analyze_text(text, ".md").recommendations == ()


def test_inline_marks_past_ten_are_read_as_numerals_not_a_crash():
    """ "(xi)" once reached ``ord()`` with two letters: the whole analysis raised a TypeError."""
    late = _inline("The district can act by (xi) expanding collection and (xii) partnering.")
    assert analyze_text(late, ".md").recommendations == ()  # -- a count that starts at 11
    counted = _inline(
        "The district can act by (i) expanding collection, (ii) partnering with farms, (iii) "
        "sorting waste, (iv) composting, (v) paying pickers, (vi) mapping routes, (vii) training "
        "crews, (viii) buying bins, (ix) renting a depot, (x) hiring drivers and (xi) publishing "
        "results."
    )
    assert len(analyze_text(counted, ".md").recommendations) == 11


def test_roman_values_in_either_case():
    from briefing_app.ingest.numbering import roman_value

    assert [roman_value(n) for n in ("i", "IV", "ix", "XII", "xiv", "xx")] == [1, 4, 9, 12, 14, 20]
