"""A manuscript's "Figures" and "Tables" sections, holding only captions and tables, are back matter.

APA-style reports gather their figures and tables after the discussion under
headings of their own; each entry is a caption ("Figure 2: …") over a picture
or the table itself. They are no sections of the argument. A section by that name
with text of its own (a style guide's advice on tables) stays.
"""

from __future__ import annotations

from tests.unit.ingest.builders import analyze_text

REPORT = """# Street Trees and Summer Heat

## Introduction

Shade from street trees lowers the temperature of pavements and of the air above them.

## Results

Blocks with more canopy were cooler on every afternoon measured in July and August.

## Figures

Figure 1: Canopy cover and afternoon pavement temperature on forty city blocks.

Figure 2: Air temperature at head height by canopy cover.

## Tables

Table 1: Regression of pavement temperature on canopy cover.

| Term | Estimate |
|---|---|
| Canopy | -0.21 |
"""


def test_figures_and_tables_sections_of_captions_are_no_sections():
    article = analyze_text(REPORT, ".md")
    assert [s.heading for s in article.sections if s.heading] == ["Introduction", "Results"]


def test_a_tables_section_with_text_of_its_own_stays():
    guide = REPORT.split("## Figures")[0] + (
        "## Tables\n\nKeep each table to the columns a reader compares, and give every column"
        " a header that says what its numbers count.\n"
    )
    article = analyze_text(guide, ".md")
    assert [s.heading for s in article.sections if s.heading][-1] == "Tables"
