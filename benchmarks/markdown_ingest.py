"""Time the Markdown reader: a long synthetic report and the hostile inputs of the property tests.

Run:  PYTHONPATH=. python benchmarks/markdown_ingest.py [SECTIONS] [FILE.md ...]

Prints the median of 5 reads (after one warm-up) of the synthetic report of
SECTIONS sections (default 2,000, ~2.5 MB), of each FILE given, and of runs of
one token ("[", "![", "**a " … 400 KB each) and deep nesting that once made
regex readers backtrack. Every figure is seconds in this process.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from benchmarks.synth import report_markdown
from briefing_app.ingest.markdown import parse_markdown

RUNS = ["[", "![", "[^", "<", "[a](", "**a ", "_a ", "*a", "`", "\\", "> ", "- ", "|"]
NESTING = ["> ", "- ", "1. "]


def median_seconds(text: str, repeat: int = 5) -> float:
    parse_markdown(text)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        parse_markdown(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str]) -> None:
    sections = int(argv[0]) if argv and argv[0].isdigit() else 2000
    files = [Path(a) for a in argv if not a.isdigit()]
    report = report_markdown(sections)
    print(
        f"report of {sections} sections ({len(report) / 1e6:.1f} MB): {median_seconds(report):.3f} s"
    )
    for path in files:
        print(f"{path.name}: {median_seconds(path.read_text('utf-8')):.3f} s")
    for run in RUNS:
        text = "# Title\n\n" + run * (400_000 // len(run)) + "\n"
        print(f"run of {run!r:<7} 400 KB: {median_seconds(text, repeat=1):.3f} s")
    for nest in NESTING:
        text = "".join(nest * (i % 60) + "x\n" for i in range(4000))
        print(f"nesting {nest!r:<5} up to 60 deep: {median_seconds(text, repeat=1):.3f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
