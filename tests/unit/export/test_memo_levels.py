"""Memo headings by level: subsections carry their level, the PDF outline nests without gaps."""

from __future__ import annotations

from briefing_app.core.briefing import Briefing
from briefing_app.export.memo.blocks import outline_levels
from briefing_app.export.memo.plan import build_plan
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

REPORT = """# Review

## Findings

Screening capacity has not kept pace with container volumes at the three largest ports.

### Detail by port

Smaller ports rely on manual inspection of manifests, which takes days per vessel.

## Outlook

Volumes will keep growing through the decade, and the gap will widen without new money.
"""


def test_plan_items_carry_their_section_level():
    briefing = Briefing.from_article(analyze(parse_markdown(REPORT, name="r.md")))
    plan = build_plan(briefing)
    assert [(i.title, i.level) for i in plan.background] == [
        ("Findings", 1),
        ("Detail by port", 2),
        ("Outlook", 1),
    ]


def test_outline_levels_never_skip_a_level():
    briefing = Briefing.from_article(analyze(parse_markdown(REPORT, name="r.md")))
    ids = {s.heading: s.id for s in briefing.article.sections}
    briefing.set_picked(ids["Findings"], False)  # -- the subsection's chapter is not in the memo
    items = build_plan(briefing).background
    assert [(i.title, i.level) for i in items] == [("Detail by port", 2), ("Outlook", 1)]
    assert outline_levels(items) == [1, 1]  # -- no level-2 entry under a missing chapter
