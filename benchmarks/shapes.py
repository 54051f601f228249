"""Per-section cost on several shapes of report, against Pandoc's deck alone, in one run.

    PYTHONPATH=. python benchmarks/shapes.py                 # all shapes, 100 and 1,000 sections
    PYTHONPATH=. python benchmarks/shapes.py --shapes short,recs --repeat 3

For each shape the same Markdown goes to the whole CLI (``briefing-app export --deck --memo``,
a fresh process, as a user runs it) and to ``pandoc -o deck.pptx``. The per-section cost is
``(t(1000) - t(100)) / 900``: the fixed cost of either program cancels out, and what is left is
what each extra section costs. The ratio ours / Pandoc is the figure the target is about.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.anchors import ONE_PROCESS, TWO_PROCESSES, installed_env
from benchmarks.synth import _paragraph, _recommendation, _sentence, report_markdown

ROOT = Path(__file__).resolve().parent.parent


def _front(title: str) -> list[str]:
    return ["---", f"title: {title}", "author: Benchmark Generator", "date: 2024-03-01", "---", ""]


def short_sections(n: int) -> str:
    """One sentence a section: per-slide and per-page costs dominate."""
    rng = random.Random(11)
    parts = _front(f"Short sections ({n})")
    for k in range(1, n + 1):
        parts += [f"## Point {k}\n", f"{_sentence(rng)}\n"]
    return "\n".join(parts)


def many_recommendations(n: int) -> str:
    """Five recommendations a section, each a list item announced as advice."""
    rng = random.Random(13)
    parts = _front(f"Many recommendations ({n})")
    for k in range(1, n + 1):
        parts += [f"## Area {k}\n", f"{_paragraph(rng)} We recommend the following:\n"]
        parts += [f"{_recommendation(rng)}" for _ in range(5)] + [""]
    return "\n".join(parts)


def long_lists(n: int) -> str:
    """A section of twelve short bullets: list-heavy briefing notes."""
    rng = random.Random(17)
    parts = _front(f"Long lists ({n})")
    for k in range(1, n + 1):
        parts += [f"## Item {k}\n", "Key facts:\n"]
        parts += [f"- {_sentence(rng)}" for _ in range(12)] + [""]
    return "\n".join(parts)


def tables(n: int) -> str:
    """A small table in every section (figures by year)."""
    rng = random.Random(19)
    parts = _front(f"Tables ({n})")
    for k in range(1, n + 1):
        parts += [f"## Table section {k}\n", f"{_sentence(rng)}\n", "| Year | Budget | Share |"]
        parts += ["|---|---|---|"]
        parts += [
            f"| {2015 + r} | ${rng.randint(2, 900)} million | {rng.randint(3, 97)}% |"
            for r in range(5)
        ]
        parts.append("")
    return "\n".join(parts)


def nested_headings(n: int) -> str:
    """Chapters of sections of subsections (levels 1-3), a paragraph under each."""
    rng = random.Random(23)
    parts = _front(f"Nested headings ({n})")
    for k in range(1, n + 1):
        level = 1 + (k % 3)
        parts += [f"{'#' * (level + 1)} {k}. Heading at level {level}\n", f"{_paragraph(rng)}\n"]
    return "\n".join(parts)


SHAPES: dict[str, Callable[[int], str]] = {
    "long": report_markdown,
    "short": short_sections,
    "recs": many_recommendations,
    "lists": long_lists,
    "tables": tables,
    "nested": nested_headings,
}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _wall(cmd: list[str], repeat: int, cpu: bool = False) -> float:
    """Median wall time of ``repeat`` runs; with ``cpu``, the least CPU time instead (the
    process and the children it waited for: the memo worker too), which other work on a
    shared machine disturbs far less."""
    env = installed_env()  # -- bytecode cached, as for an installed app (see anchors.py) --
    times = []
    for _ in range(repeat):
        clock = _children_cpu if cpu else time.perf_counter
        start = clock()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
        times.append(clock() - start)
    return min(times) if cpu else statistics.median(times)


def measure(
    shape: str, sizes: tuple[int, int], repeat: int, folder: Path, one_process: bool = False,
    cpu: bool = False,
) -> dict[str, float]:  # fmt: skip
    ours, pandoc, alone = {}, {}, {}
    for n in sizes:
        source = folder / f"{shape}-{n}.md"
        source.write_text(SHAPES[shape](n), encoding="utf-8")
        deck, memo, ref = folder / "d.pptx", folder / "m.pdf", folder / "p.pptx"
        app = [sys.executable, "-m", "briefing_app", "export", str(source)]
        out = ["--deck", str(deck), "--memo", str(memo)]
        ours[n] = _wall([sys.executable, "-c", TWO_PROCESSES, *app[3:], *out], repeat, cpu)
        if one_process:
            alone[n] = _wall([sys.executable, "-c", ONE_PROCESS, *app[3:], *out], repeat, cpu)
        pandoc[n] = _wall(["pandoc", str(source), "-o", str(ref)], repeat, cpu)
    small, large = sizes
    per_ours = (ours[large] - ours[small]) / (large - small) * 1000
    per_pandoc = (pandoc[large] - pandoc[small]) / (large - small) * 1000
    row = {"ours_ms": per_ours, "pandoc_ms": per_pandoc, "ratio": per_ours / per_pandoc}
    if one_process:
        row["one_ms"] = (alone[large] - alone[small]) / (large - small) * 1000
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--one-process", action="store_true", help="also time the CLI without its memo worker"
    )
    parser.add_argument(
        "--cpu", action="store_true", help="CPU time (least of the repeats) instead of wall time"
    )
    args = parser.parse_args()
    if shutil.which("pandoc") is None:
        print("pandoc is not installed (apt-get install pandoc): no anchor to measure against.")
        return 2
    small, large = (int(s) for s in args.sizes.split(","))
    what = "CPU time, least" if args.cpu else "wall time, median"
    print(f"per-section cost, {small} -> {large} sections, {what} of {args.repeat} fresh processes")
    print(f"{'shape':<8} {'ours ms':>9} {'pandoc ms':>10} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.md"  # -- once, so no timed run compiles our modules --
        warm.write_text(short_sections(3), encoding="utf-8")
        out = ["--deck", str(Path(tmp) / "w.pptx"), "--memo", str(Path(tmp) / "w.pdf")]
        _wall([sys.executable, "-m", "briefing_app", "export", str(warm), *out], 1)
        for shape in args.shapes.split(","):
            row = measure(shape, (small, large), args.repeat, Path(tmp), args.one_process, args.cpu)
            alone = f"   one process {row['one_ms']:.2f} ms" if "one_ms" in row else ""
            print(
                f"{shape:<8} {row['ours_ms']:>9.2f} {row['pandoc_ms']:>10.2f} "
                f"{row['ratio']:>6.2f}x{alone}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
