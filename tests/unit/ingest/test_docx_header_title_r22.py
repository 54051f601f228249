"""A title block printed only in a Word file's page header: the title over its writers' names.

A class team's memo sets "A Review of …" over "Ana Ruiz, Tom Baker" in the
header and opens the body with its first section ("Purpose"); read from the body
alone, that section's name became the title and the section was lost.
"""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from tests.unit.ingest import builders

TITLE = "A Review of Bicycle Parking Demand at Riverside Station"
NAMES = "Ana Ruiz, Tom Baker, Lena Ostrowski"
BODY = [
    (
        "Purpose",
        "We counted parked bicycles at the station on twelve weekday mornings in May, from six "
        "until ten o'clock, to learn how soon the racks fill and where riders leave bicycles then.",
    ),
    (
        "Findings",
        "The racks were full by half past seven on ten of the twelve mornings counted, and about "
        "forty bicycles a morning were chained to railings, lamp posts and the footbridge stairs.",
    ),
    (
        "Next Steps",
        "A second count in November will show whether the winter months bring the same crowding, "
        "before the committee weighs a covered shelter against more racks on the east side.",
    ),
]


def _memo(header_lines: list[str]) -> bytes:
    def build(document):
        run = document.sections[0].header.paragraphs[0].add_run(header_lines[0])
        for line in header_lines[1:]:
            run.add_break()
            run = document.sections[0].header.paragraphs[0].add_run(line)
        for head, text in BODY:
            document.add_paragraph().add_run(head).bold = True
            document.add_paragraph(text)

    return builders.built_docx(build)


def test_header_title_over_names_is_the_title_and_byline():
    article = analyze(parse_docx(_memo([TITLE, NAMES]), name="memo.docx"))
    assert article.title == TITLE
    assert article.author == NAMES
    assert [s.heading for s in article.sections if s.heading] == [h for h, _t in BODY]


def test_a_running_label_without_names_is_no_title():
    doc = parse_docx(_memo(["Transport Committee working papers, spring series"]), name="m.docx")
    assert doc.metadata.get("title") != "Transport Committee working papers, spring series"
