"""A Chinese text's own "要…" / "必须" directives are its recommendations (issue 14, heldout14)."""

from __future__ import annotations

from briefing_app.ingest.zhdirectives import find_directives
from tests.unit.ingest.builders import analyze_text


def _sentences(texts: list[str]) -> list[str]:
    return [texts[f.blocks[0]][slice(*f.span)] for f in find_directives(texts)]


# -- made-up policy prose: a report of someone else's words, then the author's own directives
TEXTS = [
    "市长在会上指出，要加快修建公园。要多种树木。",
    "城市绿化是一项长期工作，只要坚持就有成效。绿化的要素很多，就是要让居民满意。",
    "绿化建设必须靠社区参与。推进绿化工作，要让居民参与规划。要增加街心花园。",
    "我们要在旧城改造中保护古树。这一点十分重要。",
]


def test_opening_yao_and_bixu_clauses_are_the_authors_directives():
    assert _sentences(TEXTS) == [
        "绿化建设必须靠社区参与。",
        "推进绿化工作，要让居民参与规划。",
        "要增加街心花园。",
        "我们要在旧城改造中保护古树。",
    ]


def test_reported_yao_and_yao_inside_a_word_or_clause_are_not():
    # -- "指出，要…" and the paragraph after it are the mayor's; "只要", "要素", "就是要" no directive
    assert _sentences(TEXTS[:2]) == []


def test_fewer_than_three_directives_are_a_passing_remark():
    assert _sentences(["我们要在旧城改造中保护古树。", "要增加街心花园。"]) == []


def test_english_text_is_untouched():
    assert _sentences(["We must plant trees.", "Planting trees must be a priority."]) == []


def test_detection_reports_them_as_recommendations():
    article = analyze_text("\n\n".join(TEXTS) + "\n")
    assert "要增加街心花园。" in [r.text for r in article.recommendations]
