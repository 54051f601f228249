"""The seed article is read the way an analyst reads it (issue: foundation, item 5)."""

import pytest

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_document


@pytest.fixture(scope="module")
def seed(request):
    from tests.conftest import SEED

    return analyze(read_document(SEED))


def test_seed_metadata(seed):
    assert seed.title.startswith("How Biden Can Create Permanent Armenian-Azerbaijan Peace")
    assert seed.publication == "The National Interest"
    assert seed.date == "2021-02-10"
    assert seed.standfirst.startswith("The Armenia-Azerbaijan agreement provides")
    assert seed.author == "Nurlan Mustafayev"


def test_seed_sections(seed):
    headings = [s.heading for s in seed.sections]
    assert headings == [
        None,
        "Between Inconsistency and Disengagement",
        "Options for New Regional Policy",
    ]
    assert len(seed.sections[0].paragraphs) == 3


def test_seed_recommendations(seed):
    recs = seed.recommendations
    assert [r.ordinal for r in recs] == [1, 2, 3, 4, 5, 6]
    assert {r.section_id for r in recs} == {seed.sections[2].id}
    assert "It is a substantial economic opportunity" in recs[3].text
    assert "It is a substantial economic opportunity" not in recs[4].text
    for r in recs:
        assert not r.headline.lower().startswith(("first", "second", "third", "six"))
        assert len(r.headline.split()) <= 15


def test_seed_author_bio_is_not_content(seed):
    assert seed.author_bio.startswith("Nurlan Mustafayev is a Baku-based specialist")
    assert all("Baku-based specialist" not in p for s in seed.sections for p in s.paragraphs)


def test_seed_key_figures(seed):
    figures = {k.text for k in seed.key_figures}
    assert {"$53.5 billion", "85 percent", "800.000"} <= figures


def test_ids_are_stable_across_reanalysis(seed):
    from tests.conftest import SEED

    again = analyze(read_document(SEED))
    assert [s.id for s in again.sections] == [s.id for s in seed.sections]
    assert [r.id for r in again.recommendations] == [r.id for r in seed.recommendations]


def test_summary_spans_point_into_the_items_own_source_text(seed):
    text = seed.source.text
    for item in (*seed.sections, *seed.recommendations):
        assert item.summary_spans
        for start, end in item.summary_spans:
            assert any(s <= start and end <= e for s, e in item.spans), item.id
            first_words = " ".join(text[start:end].split()[1:4])
            assert first_words in item.summary, (item.id, text[start:end][:60])
