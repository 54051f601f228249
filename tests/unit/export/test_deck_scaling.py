"""Big decks export in time linear in their size (python-pptx's add_slide alone is quadratic)."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from pptx.opc.package import OpcPackage, _Relationships

from briefing_app.export.deck.writer import build_deck
from tests.ooxml.validate import assert_valid_deck
from tests.unit.export.deck_support import _section, synthetic_briefing


def _briefing(sections: int):
    items = [_section(n, f"Point {n} about transit. Second point {n}.") for n in range(sections)]
    return synthetic_briefing(sections=items, figures=False)


def _work(monkeypatch, sections: int) -> tuple[int, int]:
    """(relationships scanned by by-type lookups, whole-package part walks) for one export."""
    counts = {"rels": 0, "walks": 0}
    by_type = _Relationships._rels_by_reltype.fget
    iter_parts = OpcPackage.iter_parts

    def counting_by_type(self):
        counts["rels"] += len(self)
        return by_type(self)

    def counting_iter_parts(self):
        counts["walks"] += 1
        return iter_parts(self)

    monkeypatch.setattr(_Relationships, "_rels_by_reltype", property(counting_by_type))
    monkeypatch.setattr(OpcPackage, "iter_parts", counting_iter_parts)
    build_deck(_briefing(sections))
    monkeypatch.undo()
    return counts["rels"], counts["walks"]


def test_export_work_grows_linearly_with_slide_count(monkeypatch):
    small_rels, small_walks = _work(monkeypatch, 40)
    big_rels, big_walks = _work(monkeypatch, 160)
    assert big_walks == small_walks  # -- no whole-package search per slide --
    assert big_rels < 5 * small_rels  # -- 4x the slides; quadratic would be ~16x --


@pytest.mark.slow
def test_a_deck_of_over_a_thousand_slides_exports_in_seconds():
    start = time.perf_counter()
    data, _ = build_deck(_briefing(1100))
    elapsed = time.perf_counter() - start
    assert_valid_deck(data, "1,100+ slides")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        slides = [n for n in zf.namelist() if n.startswith("ppt/slides/slide")]
    assert len(slides) > 1000
    # -- a sanity bound for a loaded 2-core machine; the work counter above is the real guard --
    assert elapsed < 60, f"1,100+ slides took {elapsed:.1f} s"
