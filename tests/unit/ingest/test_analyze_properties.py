"""analyze() never raises, whatever text it is given, and its output keeps its limits."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_app.core.summarize import HEADING_WORDS
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.text import parse_text

LINES = st.sampled_from(
    [
        "",
        "",
        "Title Of Things",
        "BACKGROUND",
        "2. Set up feedback loops",
        "## Start small",
        "### Automate the checks",
        "First, the council should fund libraries.",
        "Second, ministers must publish data.",
        "Finally, everyone should read more.",
        "We recommend the following:",
        "- Fund the thing.",
        "1. Establish a unit.",
        "By JANE DOE | Reuters",
        "Feb 10 2021",
        "# Heading",
        "Setext",
        "======",
        "---",
        "title: x",
        "Jane Doe is a senior fellow at the Institute.",
        "A long paragraph of ordinary prose that says something about policy and its effects.",
        "(Recommendation 1) Donors should pool funds.",
        "The city can act by (i) funding shelters and (ii) training crews.",
        "Donors could help by (xi) pooling funds and (xii) sharing data.",
        "\x00\x07\x0c\ufffe",
        "x" * 10_000,
    ]
)
DOCS = st.one_of(st.lists(LINES, max_size=30).map("\n".join), st.text(max_size=2_000))
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(article) -> None:
    ids = [s.id for s in article.sections] + [r.id for r in article.recommendations]
    assert len(ids) == len(set(ids))
    assert [r.ordinal for r in article.recommendations] == list(
        range(1, len(article.recommendations) + 1)
    )
    for r in article.recommendations:
        # -- a heading is its author's headline, cut only beyond HEADING_WORDS; a sentence at 15
        assert len(r.headline.split()) <= HEADING_WORDS
        assert article.has_item(r.section_id)
        # -- the memo and deck index paragraphs, spans and "¶" numbers together
        assert len(r.paragraphs) == len(r.spans) == len(r.paragraph_numbers) > 0
    for s in article.sections:
        assert len(s.summary.split()) <= 50
        assert len(s.paragraphs) == len(s.spans) == len(s.paragraph_numbers)


@FAST
@given(DOCS)
@example("")
@example("\x00\x01\x02\x03 \x1b[31m")
@example("word " + "y" * 10_000)
@example("(Recommendation 1) Donors should pool funds.\n---")  # -- a body of one heading
# -- a first heading named like a part ("Background") and no declared title: KeyError 'title'
@example("BACKGROUND\n======\nTitle Of Things\n======")
def test_analyze_never_raises_on_plain_text(text):
    _check(analyze(parse_text(text, name="x.txt")))


@FAST
@given(DOCS)
@example("---\ntitle: [unclosed\n---\nBody")
@example("---\n- a\n- b\n---\n# T\n\ntext")
# -- a setext heading over several lines heads a recommendation: 16 words, kept whole
@example(
    "We recommend the following:\nSetext\n### Automate the checks\n"
    "Jane Doe is a senior fellow at the Institute.\nSecond, ministers must publish data.\n"
    "title: x\n---\n======\n## Start small"
)
def test_analyze_never_raises_on_markdown(text):
    _check(analyze(parse_markdown(text, name="x.md")))
