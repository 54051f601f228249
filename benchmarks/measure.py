"""One measurement in a fresh process, printed as one JSON line for benchmarks/run.py.

    python benchmarks/measure.py seed            # seed: analysis, deck, memo (cold, then warm)
    python benchmarks/measure.py report PATH     # one synthetic report: analysis, deck, memo, RSS
    python benchmarks/measure.py pptx PATH       # baseline: plain python-pptx, one add_slide each

A fresh process per run keeps one size's memory from hiding another's and
makes every figure include the first-call costs a user pays (font loading,
template parsing), not just a warmed-up loop.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _analyse(path: Path):
    from briefing_app.project import open_path

    return open_path(path)


def _exporters():
    """The deck and memo writers, or None where a branch has not landed them yet."""
    try:
        from briefing_app.export.deck.writer import write_deck
    except ImportError:
        write_deck = None
    try:
        from briefing_app.export.memo.writer import write_memo
    except ImportError:
        write_memo = None
    return write_deck, write_memo


def _import_all() -> None:
    """Import every module the timed calls use: imports are start-up cost, timed on their own."""
    import briefing_app.project  # noqa: F401

    _exporters()


def _export_once(briefing, out: Path, tag: str) -> dict[str, float | None]:
    write_deck, write_memo = _exporters()
    times: dict[str, float | None] = {"deck": None, "memo": None}
    if write_deck is not None:
        times["deck"] = _timed(write_deck, briefing, out / f"{tag}.pptx")[0]
    if write_memo is not None:
        times["memo"] = _timed(write_memo, briefing, out / f"{tag}.pdf")[0]
    return times


def measure_seed(*, warm_runs: int = 5) -> dict:
    """Cold (first call in this process) and warm (median of repeats) seed timings."""
    from briefing_app.resources import seed_article

    seed = seed_article()
    import_s, _ = _timed(_import_all)
    analysis_s, briefing = _timed(_analyse, seed)
    with tempfile.TemporaryDirectory() as tmp:
        cold = _export_once(briefing, Path(tmp), "cold")
        warm = [_export_once(briefing, Path(tmp), f"warm{n}") for n in range(warm_runs)]
    warm_analysis = [_timed(_analyse, seed)[0] for _ in range(warm_runs)]
    return {
        "imports": import_s,
        "analysis_cold": analysis_s,
        "analysis_warm": statistics.median(warm_analysis),
        "deck_cold": cold["deck"],
        "memo_cold": cold["memo"],
        "deck_warm": _median_or_none([w["deck"] for w in warm]),
        "memo_warm": _median_or_none([w["memo"] for w in warm]),
        "peak_mb": _peak_mb(),
    }


def measure_report(path: Path) -> dict:
    """Analysis, deck and memo of one report, each timed once; peak RSS of the whole process."""
    _import_all()
    analysis_s, briefing = _timed(_analyse, path)
    with tempfile.TemporaryDirectory() as tmp:
        times = _export_once(briefing, Path(tmp), "out")
        sizes = {p.suffix: p.stat().st_size for p in Path(tmp).iterdir()}
    return {
        "sections": len(briefing.article.sections),
        "recommendations": len(briefing.article.recommendations),
        "analysis": analysis_s,
        "deck": times["deck"],
        "memo": times["memo"],
        "deck_bytes": sizes.get(".pptx"),
        "memo_bytes": sizes.get(".pdf"),
        "peak_mb": _peak_mb(),
    }


def measure_plain_pptx(path: Path) -> dict:
    """Baseline: python-pptx as documented, one add_slide (title + body) per section."""
    from pptx import Presentation

    from briefing_app.project import open_path

    article = open_path(path).article
    start = time.perf_counter()
    prs = Presentation()
    layout = prs.slide_layouts[1]
    for section in article.sections:
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = section.heading or "Introduction"
        slide.placeholders[1].text = section.summary
    with tempfile.TemporaryDirectory() as tmp:
        prs.save(Path(tmp) / "plain.pptx")
    return {"deck": time.perf_counter() - start, "peak_mb": _peak_mb()}


def _median_or_none(values: list[float | None]) -> float | None:
    real = [v for v in values if v is not None]
    return statistics.median(real) if real else None


def main(argv: list[str]) -> int:
    kind = argv[0]
    if kind == "seed":
        result = measure_seed()
    elif kind == "report":
        result = measure_report(Path(argv[1]))
    elif kind == "pptx":
        result = measure_plain_pptx(Path(argv[1]))
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
