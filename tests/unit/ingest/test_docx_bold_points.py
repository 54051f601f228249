"""Word lists of bold numbered points, each argued in paragraphs below: headings and advice."""

from __future__ import annotations

import io

import docx

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx

POINTS = (
    "Harbour tide tables should be published in an open format, ideally as a daily data feed",
    "Review the ferry timetable with the island councils before the summer season",
    "Further study of the silting in the inner channel is needed.",
)
REASON = (
    "Pilots and fishermen ask for these figures every week, and the office answers each "
    "request by hand, which takes staff away from the work the harbour board pays them for."
)


def _points_document(*, argued: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph("Recommendations", style="Title")
    d.add_paragraph("By Jo Marsh for the Harbour Board")
    if not argued:
        d.add_paragraph(REASON)
    for text in POINTS:
        d.add_paragraph(style="List Number").add_run(text).bold = True
        if argued:
            d.add_paragraph(REASON)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_bold_numbered_points_with_their_reasons_are_headings_and_advice():
    article = analyze(parse_docx(_points_document(argued=True), name="recs.docx"))
    assert [s.heading for s in article.sections] == list(POINTS)
    assert len(article.recommendations) == 3
    assert article.author == "Jo Marsh"


def test_bold_numbered_points_with_nothing_under_them_stay_a_list():
    article = analyze(parse_docx(_points_document(argued=False), name="recs.docx"))
    sentences = (POINTS[0], POINTS[2])  # -- a short bold line is a subhead on its own
    assert not any(s.heading in sentences for s in article.sections)
