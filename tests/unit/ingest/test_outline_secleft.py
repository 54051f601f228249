"""Section detection rules added in the secleft round (issue 14), on made-up text."""

from __future__ import annotations

from briefing_app.ingest.pdf import _run_in_lead
from tests.unit.ingest.builders import BODY, analyze_text


def _word(text: str, x0: float, font: str, size: float = 9.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "fontname": font, "size": size}


BOLD, ROMAN = "ABCDEF+Sans-Bold", "ABCDEF+Serif-Regular"
MATH, INDEX = "ABCDEF+LMMathItalic9-Regular", "ABCDEF+LMRoman6-Regular"


def test_a_formula_inside_a_bold_run_in_head_belongs_to_the_head():
    # -- "Peaks at Q₁₄ and Q₁₅." in bold, the formula in math italic with a small index
    parts = [
        ("Peaks", BOLD, 9.0, 0),
        ("at", BOLD, 9.0, 40),
        ("Q", MATH, 9.5, 60),
        ("14", INDEX, 6.0, 65.5),
        ("and", BOLD, 9.0, 85),
        ("Q", MATH, 9.5, 110),
        ("15", INDEX, 6.0, 115.5),
        (".", BOLD, 9.0, 125.6),
        ("Harbour", ROMAN, 9.0, 140),
        ("traffic", ROMAN, 9.0, 185),
        ("doubles", ROMAN, 9.0, 225),
    ]
    words = [_word(t, x, f, s) for t, f, s, x in parts]
    heavy = [f == BOLD for _, f, _, _ in parts]
    assert _run_in_lead(words, heavy) == "Peaks at Q14 and Q15."


def test_a_numbered_caption_label_stays_no_run_in_head():
    # -- "Figure 3." closes on a number of its own, not on a formula's index
    parts = [("Figure", BOLD, 0), ("3.", BOLD, 40), ("Harbour", ROMAN, 60), ("traffic", ROMAN, 110)]
    words = [_word(t, x, f) for t, f, x in parts]
    assert _run_in_lead(words, [f == BOLD for _, f, _ in parts]) == ""


def _page(heads: str) -> str:
    return (
        "<html><head><title>The harbour plan</title></head><body><article>"
        f"<h1>The harbour plan</h1><p>{BODY}</p><h2>What we found</h2><p>{BODY}</p>"
        f"<p>{BODY}</p>{heads}<ul><li>港口新规出台 2020/05/01</li><li>渡轮航线调整 2020/05/02</li></ul>"
        "</article></body></html>"
    )


def test_a_portals_featured_box_and_its_news_tabs_are_no_sections():
    for label in ("重点推荐", "公司新闻", "Harbour Daily 精彩推荐", "港口新闻精选："):
        article = analyze_text(_page(f"<h2>{label}</h2>"), ".html")
        headings = [s.heading for s in article.sections]
        assert label not in headings, label
        assert "What we found" in headings


def test_a_counted_heading_named_by_a_number_goes_on_counting_the_sections():
    text = (
        f"# Five roads\n\n{BODY}\n\n## 1. Harbour Lane\n\n{BODY}\n\n## 2. Mill Road\n\n{BODY}\n\n"
        f"## 3. 101\n\n{BODY}\n\n## 7.\n\n{BODY}\n"
    )
    headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
    assert "3. 101" in headings
    assert "7." not in headings  # -- a bare number, counting nothing, stays out


def test_pointer_marks_framing_a_subhead_are_no_part_of_its_name():
    text = f"# The harbour plan\n\n{BODY}\n\n## ▼ What we found ▼\n\n{BODY}\n\n## ▶ What to do\n\n{BODY}\n"
    headings = [s.heading for s in analyze_text(text, ".md").sections if s.heading]
    assert headings == ["What we found", "What to do"]
