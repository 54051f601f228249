"""A chapter whose subsections are picked opens with a divider from the template's section layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.briefing import Briefing
from briefing_app.export.deck.geometry import geometry_for
from briefing_app.export.deck.plan import plan_deck
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.project import open_path

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


GROUPED = """# Harbour survey

## Findings

### Landside

#### Roads

Lorries queue on the ring road for an hour at the morning peak.

#### Rail

The freight line runs at half its capacity on weekdays.

### Waterside

Berths stand empty on most weekends.
"""


def test_a_subsection_that_is_only_a_heading_gets_no_empty_slide():
    # -- "Landside" only groups "Roads" and "Rail": its slide was a title over an empty box --
    briefing = Briefing.from_article(analyze(parse_markdown(GROUPED, name="g.md")))
    plan = plan_deck(briefing, geometry_for("minimal"))
    titles = [(s.kind, s.title) for s in plan.slides if s.kind in ("divider", "section")]
    assert titles == [
        ("divider", "Findings"),
        ("section", "Roads"),
        ("section", "Rail"),
        ("section", "Waterside"),
    ]
    assert all(s.paragraphs for s in plan.slides if s.kind == "section")
    ids = {s.heading: s.id for s in briefing.article.sections}
    briefing.set_picked(ids["Findings"], False)  # -- then "Landside" heads them, as a chapter
    plan = plan_deck(briefing, geometry_for("minimal"))
    divider = next(s for s in plan.slides if s.title == "Landside")
    assert divider.kind == "divider"
    assert [p.text for p in divider.paragraphs] == ["Roads", "Rail"]


def test_a_section_layout_whose_title_would_be_invisible_is_not_used():
    # -- government.pptx: white master titles; its section layout puts the title on white
    geometry = geometry_for("government")
    assert geometry.layout_for("section").layout_index == geometry.title_layout.layout_index


ROOT = Path(__file__).resolve().parents[3]
README_POST = ROOT / "tests" / "corpus" / "real" / "18f-2020-03-05-readmes-for-you-and-me.md"
# -- the built-ins and the real templates kept in this repository (tests/corpus/templates) --
TEMPLATES = [
    "minimal",
    "dark",
    "government",
    *sorted(str(p) for p in (ROOT / "tests" / "corpus" / "templates").glob("*.pptx")),
]
MANY_SUBSECTIONS = "# Long review\n\n" + "".join(
    f"## Chapter {c} on the state of the regional ports and their plans for the next decade\n\n"
    f"Chapter {c} opens with a paragraph of its own about the harbour.\n\n"
    + "".join(
        f"### Part {c}.{n} about berth {n}\n\nBerth {n} of chapter {c} handles bulk cargo.\n\n"
        for n in range(1, 15)
    )
    for c in range(1, 4)
)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: Path(t).name)
def test_dividers_take_the_decks_title_sizes_and_stay_one_slide(template):
    geometry = geometry_for(template)
    real, long = open_path(README_POST), _from_markdown(MANY_SUBSECTIONS)
    for briefing in (real, long):
        plan = plan_deck(briefing, geometry)
        dividers = [s for s in plan.slides if s.kind == "divider"]
        others = {s.title_size_pt for s in plan.slides[1:] if s.kind != "divider"}
        sizes = {d.title_size_pt for d in dividers}
        assert dividers
        # -- short divider titles take a size the deck has; one too long for all of them
        # -- adds one size at most, and the deck keeps to three (deck_check's limit) --
        assert sizes <= others if briefing is real else len(sizes - others) <= 1
        assert len(others | sizes) <= 3
        assert not any(d.continued for d in dividers)  # -- never a "(cont.)" divider --
        for divider in dividers:
            assert divider.body_size_pt <= divider.title_size_pt * 0.75 + 0.5
    divider = next(s for s in plan.slides if s.kind == "divider")
    # -- (a title too long for the box at the least size opens the body in full, in bold) --
    listed = [p.text for p in divider.paragraphs if not p.bold]
    # -- (a section title set in capitals, data_science_pt's, leaves its full text room only
    # -- for the count: "… and 14 more") --
    assert listed[0] in ("Part 1.1 about berth 1", "… and 14 more")
    if len(listed) < 14:  # -- those that fit, then how many more the chapter has --
        assert listed[-1] == f"… and {14 - len(listed) + 1} more"


def _from_markdown(text: str) -> Briefing:
    return Briefing.from_article(analyze(parse_markdown(text, name="long.md")))


def _dark_section_without_body(tmp_path: Path) -> Path:
    """minimal.pptx whose section layout has a dark background of its own, a white title and no body."""
    from lxml import etree
    from pptx import Presentation

    prs = Presentation(str(ROOT / "assets" / "templates" / "deck" / "minimal.pptx"))
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Section Header")
    for ph in list(layout.placeholders):
        if ph.placeholder_format.idx != 0:  # -- keep the title only --
            ph._element.getparent().remove(ph._element)
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    background = etree.fromstring(
        f'<p:bg xmlns:p="{p}" xmlns:a="{a}"><p:bgPr><a:solidFill><a:srgbClr val="1F2A44"/>'
        "</a:solidFill><a:effectLst/></p:bgPr></p:bg>"
    )
    layout._element.cSld.insert(0, background)
    heading = layout.placeholders[0]
    heading.top, heading.height = int(prs.slide_height * 0.1), int(prs.slide_height * 0.25)
    title = heading._element.txBody
    style = title.find(f"{{{a}}}lstStyle")
    style.append(etree.fromstring(
        f'<a:lvl1pPr xmlns:a="{a}"><a:defRPr><a:solidFill><a:srgbClr val="FFFFFF"/>'
        "</a:solidFill></a:defRPr></a:lvl1pPr>"
    ))  # fmt: skip
    path = tmp_path / "dark-section.pptx"
    prs.save(str(path))
    return path


def test_a_dividers_list_in_a_text_box_on_a_dark_section_layout_takes_the_titles_colour(tmp_path):
    # -- cast_company.pptx: the section layout is dark and has no body, so the list of
    # -- subsections went into a text box in the master's dark body colour, unreadable --
    from pptx import Presentation

    from briefing_app.export.deck.writer import write_deck

    template = _dark_section_without_body(tmp_path)
    section = geometry_for(template).layout_for("section")
    assert not section.body_is_placeholder
    assert section.body.color == section.title.color == "FFFFFF"
    out = tmp_path / "deck.pptx"
    write_deck(_briefing(), out, template=template)
    divider = next(
        s for s in Presentation(str(out)).slides if s.slide_layout.name == "Section Header"
    )
    listed = [sh for sh in divider.shapes if not sh.is_placeholder and sh.has_text_frame]
    colours = {
        str(r.font.color.rgb) for sh in listed for p in sh.text_frame.paragraphs for r in p.runs
    }
    assert listed and colours == {"FFFFFF"}


def test_an_overview_whose_title_does_not_fit_shows_the_chapter_title_without_repeating_it():
    """The divider just showed the whole heading: the overview after it takes the heading (or its
    headline) as title, and its body does not open with the heading in bold."""
    long_heading = (
        "Enhancing Collaboration and Enriching Communication Between Every Clinic, Hospital, "
        "Pharmacy, Ambulance Service and Care Home in the Northern Region and Its Islands: "
        "The Shared Record Solution for Patients, Families and Staff"
    )
    report = REPORT.replace("## Findings", f"## {long_heading}")
    article = analyze(parse_markdown(report, name="r.md"))
    plan = plan_deck(Briefing.from_article(article), geometry_for("minimal"))
    overview = next(s for s in plan.slides if s.kind == "section")
    assert not overview.title.endswith("overview")
    assert long_heading.startswith(overview.title)
    first = overview.paragraphs[0]
    assert first.text.startswith("Screening capacity")
    assert not any(long_heading in w for w in plan.warnings)
