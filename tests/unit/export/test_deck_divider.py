"""A chapter whose subsections are picked opens with a divider from the template's section layout."""

from __future__ import annotations

from briefing_app.core.briefing import Briefing
from briefing_app.export.deck.geometry import geometry_for
from briefing_app.export.deck.plan import plan_deck
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

REPORT = """# Port security review

## Findings

Screening capacity has not kept pace with container volumes at the three largest ports.

### Detail by port

Smaller ports rely on manual inspection of manifests, which takes days per vessel.

### Staffing

Inspectors left faster than they were hired in each of the last four years.

## Outlook

Volumes will keep growing through the decade, and the gap will widen without new money.
"""


def _briefing(**kwargs) -> Briefing:
    return Briefing.from_article(analyze(parse_markdown(REPORT, name="r.md")), **kwargs)


def test_a_chapter_with_picked_subsections_gets_a_divider_on_the_section_layout():
    geometry = geometry_for("minimal")
    assert geometry.section_layout is not None
    assert geometry.layout_for("section") == geometry.section_layout
    plan = plan_deck(_briefing(), geometry)
    kinds = [(s.kind, s.title) for s in plan.slides if s.kind in ("divider", "section")]
    assert kinds[:4] == [
        ("divider", "Findings"),
        ("section", "Findings: overview"),
        ("section", "Detail by port"),
        ("section", "Staffing"),
    ]
    divider = next(s for s in plan.slides if s.kind == "divider")
    assert divider.role == "section"
    assert [p.text for p in divider.paragraphs] == ["Detail by port", "Staffing"]
    assert ("divider", "Outlook") not in kinds  # -- no subsections, no divider


def test_no_divider_when_no_subsection_is_picked():
    briefing = _briefing()
    ids = {s.heading: s.id for s in briefing.article.sections}
    briefing.set_picked(ids["Detail by port"], False)
    briefing.set_picked(ids["Staffing"], False)
    plan = plan_deck(briefing, geometry_for("minimal"))
    assert not [s for s in plan.slides if s.kind == "divider"]


def test_a_section_layout_whose_title_would_be_invisible_is_not_used():
    # -- government.pptx: white master titles; its section layout puts the title on white
    geometry = geometry_for("government")
    assert geometry.layout_for("section").layout_index == geometry.title_layout.layout_index
