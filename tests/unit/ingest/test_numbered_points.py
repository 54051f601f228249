"""A document written as numbered points through its sections, most of them advice (issue 14)."""

from __future__ import annotations

import time

from briefing_app.ingest.pointlists import find_numbered_points, point_advises
from tests.unit.ingest.builders import analyze_text

POINTS = (
    "# Towards team science\n\n## Benefits\n\n"
    "1. Team science lets scholars solve large problems together.\n"
    "2. Every team should reflect on the challenges it faces.\n\n"
    "## Local view\n\n"
    "3. At present few papers cross faculties. Joint work should be a priority.\n\n"
    "## Communication\n\n"
    "4. Members should disagree constructively. When possible, conflicts should be anticipated.\n\n"
    "## Training\n\n"
    "5. Starting at the undergraduate level, train students in collaboration.\n"
    "6. Explicitly share how contributions were credited.\n\n"
    "## Funding\n\n"
    "7. When reviewing applications, ensure diverse panels of reviewers.\n"
    "8. Establish grants for joint doctoral projects.\n"
)


def test_advising_points_through_the_sections_are_each_advice() -> None:
    heads = [r.headline for r in analyze_text(POINTS, ".md").recommendations]
    assert heads == [
        "Every team should reflect on the challenges it faces",
        "Joint work should be a priority",
        "Members should disagree constructively",
        "Conflicts should be anticipated",
        "Starting at the undergraduate level, train students in collaboration",
        "Explicitly share how contributions were credited",
        "Ensure diverse panels of reviewers",
        "Establish grants for joint doctoral projects",
    ]


def test_numbered_findings_through_the_sections_stay_prose() -> None:
    findings = POINTS.replace("should", "did").replace("Starting at the", "At the")
    # -- two of the eight still advise: a report's numbered points with a remark or two
    findings = findings.replace("Explicitly share", "Few share")
    assert not analyze_text(findings, ".md").recommendations


def test_one_imperative_list_in_one_section_is_no_backbone() -> None:
    texts = ["Method", *(f"Add salt to batch {n}." for n in range(8))]
    kinds = [("heading", False), *[("list_item", True)] * 8]
    assert find_numbered_points(texts, kinds, [0] * 9, {0}) == []
    # -- the same points spread over three sections are one
    spread = find_numbered_points(
        ["A", "Add salt.", "Use less.", "B", "Keep it.", "Check it.", "C", "Serve it.", "Try it."],
        [("heading", False), *[("list_item", True)] * 2] * 3,
        [0] * 9,
        {0, 3, 6},
    )
    assert [f.blocks for f in spread] == [(1,), (2,), (4,), (5,), (7,), (8,)]


def test_point_advises_after_adverbs_or_a_participle_phrase_only() -> None:
    assert point_advises("Fairly and transparently share each result.")
    assert point_advises("Explicitly list the convention followed.")
    assert point_advises("Starting early, train young academics in teamwork.")
    assert not point_advises("Recently, funding grew by a third.")
    assert not point_advises("Starting in 2020, the university grew.")


def test_point_advises_when_a_word_takes_an_object_or_names_a_need() -> None:
    assert point_advises("Task a working group with developing criteria.")
    assert point_advises("Fairly and transparently credit each member's contribution.")
    assert point_advises("To enact change, a combination of approaches is necessary.")
    # -- a preposition, an adverb or a pronoun before a determiner commands nothing
    assert not point_advises("After the reform, output grew.")
    assert not point_advises("Then the panel met twice.")
    assert not point_advises("Team science lets scholars solve problems.")


def test_numbered_points_are_linear_on_hostile_input() -> None:
    def cpu(n: int) -> float:
        texts = ["H", *("Quickly " * 20 + "ensure it." for _ in range(n))]
        kinds = [("heading", False), *[("list_item", True)] * n]
        bounds = set(range(0, n, 3))
        start = time.process_time()
        find_numbered_points(texts, kinds, [0] * (n + 1), bounds)
        point_advises("Quickly, " * n + "x")
        return time.process_time() - start

    cpu(100)
    small, large = min(cpu(400) for _ in range(3)), min(cpu(3200) for _ in range(3))
    assert large < 8 * 3 * max(small, 1e-4)


def test_lists_that_start_again_at_one_in_each_section_are_steps_not_points() -> None:
    steps = "# Bread\n\n## Dough\n\n1. Add flour.\n2. Add salt.\n\n## Rise\n\n1. Keep it warm.\n"
    steps += "2. Check it hourly.\n\n## Bake\n\n1. Use a hot oven.\n2. Try a crust.\n"
    assert not analyze_text(steps, ".md").recommendations
    points = steps.replace("1. Keep", "3. Keep").replace("2. Check", "4. Check")
    points = points.replace("1. Use", "5. Use").replace("2. Try", "6. Try")
    assert len(analyze_text(points, ".md").recommendations) == 6
