"""The scored-reader experiment's candidate units, features, labels and grouping (benchmarks/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.detection_quality import norm
from benchmarks.rec_features import Unit, chosen, label, read, units_of
from tests.timing import least_cpu

ADVICE = """# Fixing the bus network

Ridership dropped by a third between 2015 and 2020, the audit found.

## Recommendations

The city should act on three fronts:

- Fund night buses from the parking levy.
- Publish every route's punctuality each month.
- Unite the two ticketing systems.
"""

NARRATION = """# The crossing

First, the army crossed the river at dawn. Second, the scouts reported the bridge was down.
Finally, the general ordered a retreat, as the chroniclers said.
"""


def _units(tmp_path: Path, text: str, name: str = "doc.md") -> list[Unit]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    reading = read(path)
    assert reading is not None
    return units_of(reading, name)


def _by_text(units: list[Unit], start: str) -> Unit:
    return next(u for u in units if u.sentence.startswith(start))


def test_list_items_under_an_advice_heading_carry_its_signals(tmp_path: Path) -> None:
    units = _units(tmp_path, ADVICE)
    item = _by_text(units, "Fund night buses")
    assert item.kind == "list_item"
    assert item.features["advice_section"] == 1.0
    assert item.features["imperative"] == 1.0
    assert item.features["lead_colon"] == 1.0 and item.features["lead_modal"] == 1.0
    assert item.features.get("rule_start_any") == 1.0  # -- the rules find this list too
    finding = _by_text(units, "Ridership dropped")
    assert finding.features["advice_section"] == 0.0
    assert finding.features["imperative"] == 0.0 and finding.features["past"] > 0


def test_narrated_ordinals_read_as_past_and_not_as_modal_advice(tmp_path: Path) -> None:
    units = _units(tmp_path, NARRATION)
    first = _by_text(units, "First, the army")
    assert first.features["ordinal"] == 1.0
    assert first.features["past"] > 0.2
    assert first.features["modal"] == 0.0 and first.features["imperative"] == 0.0
    assert "rule_start_any" not in first.features
    assert _by_text(units, "Finally, the general").features["says"] == 1.0


def test_each_sentence_of_a_paragraph_is_a_unit_with_its_own_window(tmp_path: Path) -> None:
    units = _units(tmp_path, NARRATION)
    second = _by_text(units, "Second, the scouts")
    first = _by_text(units, "First, the army")
    assert second.block == first.block and second.span[0] > first.span[0]
    assert second.window.startswith("Second, the scouts")
    assert second.features["first_sentence"] == 0.0 and first.features["first_sentence"] == 1.0


def test_an_opening_is_labelled_on_the_unit_it_starts_in_not_an_earlier_window(
    tmp_path: Path,
) -> None:
    units = _units(tmp_path, NARRATION)
    placed = label(units, ["Second, the scouts reported", "Not in the text"], norm)
    assert placed == 1
    assert [u.sentence[:6] for u in units if u.label] == ["Second"]


@pytest.mark.parametrize("n", [1])
def test_units_stay_linear_on_hostile_text(tmp_path: Path, n: int) -> None:
    def build(k: int) -> str:
        para = "We should. " * 30 + "(((" * 50 + "Fund it: " * 40
        return "# T\n\n" + "\n\n".join(f"- {para}" if i % 3 else para for i in range(k))

    small, large = tmp_path / "s.md", tmp_path / "l.md"
    small.write_text(build(40 * n), "utf-8")
    large.write_text(build(320 * n), "utf-8")

    def run(path: Path) -> None:
        reading = read(path)
        assert reading is not None
        units_of(reading, path.name)

    ratio = least_cpu(run, large) / max(least_cpu(run, small), 1e-3)
    assert ratio < 8 * 3  # -- eight times the text, at most three times linear


def _unit(block: int, kind: str, text: str) -> Unit:
    return Unit("d", block, (0, len(text)), text, text, {}, 0, kind)


def test_a_chosen_heading_takes_the_sentences_under_it_and_a_run_is_one_recommendation() -> None:
    units = [
        _unit(0, "heading", "Fund buses"),
        _unit(1, "paragraph", "Fund them well."),
        _unit(2, "heading", "Background"),
        _unit(3, "paragraph", "We must act."),
        _unit(3, "paragraph", "We must act now."),
        _unit(4, "paragraph", "Nothing."),
        _unit(5, "paragraph", "Publish it."),
    ]
    scores = [0.9, 0.8, 0.1, 0.7, 0.6, 0.2, 0.5]
    assert chosen(units, scores, 0.5) == ["Fund buses", "We must act.", "Publish it."]
    assert chosen(units, scores, 0.55) == ["Fund buses", "We must act."]


def test_a_list_item_knows_how_much_of_its_list_advises(tmp_path: Path) -> None:
    text = ADVICE + "- The levy raised 4 million last year.\n"
    units = _units(tmp_path, text)
    # -- "Fund" and "Publish" are in the project's verb list, "Unite" is not: 2 of 4 advise
    item = _by_text(units, "Fund night")
    assert item.features["group_advice_share"] == pytest.approx(2 / 4)
    assert item.features["x_group_advice"] == pytest.approx(2 / 4)
    assert _by_text(units, "Unite the two").features["x_group_advice"] == 0.0
    assert "group_advice_share" not in _by_text(units, "Ridership dropped").features
