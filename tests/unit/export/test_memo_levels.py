"""Memo headings by level: subsections carry their level, the PDF outline nests without gaps."""

from __future__ import annotations

import datetime as dt
import io

import pypdf

from briefing_app.core.briefing import Briefing
from briefing_app.export.memo.blocks import outline_levels
from briefing_app.export.memo.plan import build_plan
from briefing_app.export.memo.writer import render_memo
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


SIX_LEVELS = """---
title: "Harbour resilience plan"
---

The harbour authority asked for a review of how the port copes with storms and outages.

# Findings

Storm damage closed the container terminal for eleven days last winter.

## Physical assets

The sea wall was built in 1962 and was last raised in 1988.

### Cranes

Four of the nine cranes are past their design life.

#### Electrical supply

Each crane draws from one substation with no backup feed.

##### Substation A

Substation A flooded twice in five years.

###### Switchgear

The switchgear sits below the 100-year flood line.

# Outlook

Traffic will keep growing through the decade.
"""
NESTED = [
    "Findings",
    "Physical assets",
    "Cranes",
    "Electrical supply",
    "Substation A",
    "Switchgear",
]


def _six_level_memo() -> pypdf.PdfReader:
    briefing = Briefing.from_article(analyze(parse_markdown(SIX_LEVELS, name="h.md")))
    return pypdf.PdfReader(io.BytesIO(render_memo(briefing, today=dt.date(2026, 3, 4)).pdf))


def _faces(page: pypdf.PageObject) -> dict[str, tuple[str, float, float]]:
    """Each text run on ``page``: (font, size in points, x) as drawn."""
    found: dict[str, tuple[str, float, float]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            scale = (tm[0] * cm[0]) or 1
            found.setdefault(
                text.strip(),
                (str(font["/BaseFont"]), round(size * scale, 1), tm[4] * cm[0] + cm[4]),
            )

    page.extract_text(visitor_text=visit)
    return found


def test_annex_headings_differ_at_every_level_down_to_six():
    reader = _six_level_memo()
    annex = next(p for p in reader.pages if "Annex" in p.extract_text())
    faces = _faces(annex)
    looks = [faces[title] for title in NESTED]
    assert len(set(looks)) == len(NESTED), looks  # -- no two levels look alike --
    sizes = [size for _, size, _ in looks]
    assert sizes[0] > sizes[1] == max(sizes[1:])  # -- chapters largest, nothing above them --
    assert faces["Outlook"] == looks[0]  # -- the same level looks the same --


def test_background_steps_in_by_level_and_bookmarks_nest_six_deep():
    reader = _six_level_memo()
    faces = _faces(reader.pages[0])
    lefts = [faces[title + "."][2] for title in NESTED]
    assert lefts == sorted(lefts) and len(set(lefts)) == len(NESTED)
    outline: list[tuple[int, str]] = []

    def walk(entries, level):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                outline.append((level, entry.title))

    walk(reader.outline, 0)
    annex_index = outline.index(next(e for e in outline if e[1].startswith("Annex")))
    annex = outline[annex_index + 1 :]
    depth = {title: level for level, title in annex}
    assert [depth[t] for t in NESTED] == [1, 2, 3, 4, 5, 6]
    assert depth["Outlook"] == 1


def test_a_section_title_with_its_own_ending_takes_no_second_stop():
    report = (
        "# Review\n\n## Victims adjust to the new norm:\n\n"
        "Most victims change a password and move on without telling anyone.\n\n"
        "## Why do victims stay silent?\n\nMany are unsure that what happened is a crime.\n\n"
        "## Outlook\n\nReporting will stay low without a simpler way to report.\n"
    )
    briefing = Briefing.from_article(analyze(parse_markdown(report, name="r.md")))
    pdf = render_memo(briefing, today=dt.date(2026, 12, 1)).pdf
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "Victims adjust to the new norm: Most victims" in text
    assert "Why do victims stay silent? Many" in text
    assert "Outlook. Reporting" in text
    assert "norm:." not in text and "silent?." not in text
