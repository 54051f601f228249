"""Time the Markdown reader: a long synthetic report, real files and hostile inputs.

Run:  PYTHONPATH=. python benchmarks/markdown_ingest.py [SECTIONS] [FILE.md ...]
      PYTHONPATH=. python benchmarks/markdown_ingest.py [SECTIONS] [FILE.md ...] --against OLD

Prints, for the synthetic report of SECTIONS sections (default 2,000, ~2.5 MB),
each FILE given and the Markdown files of the real corpus (``tests/corpus/real*``,
or the folders given with ``--corpus``, e.g. to leave out a blind set, summed), the
reader's CPU time: best of 7 reads after one warm-up (process time, so other work on a
loaded machine counts less than in wall time). Then
runs of one token ("[", "![", "**a " … 400 KB each) and deep nesting that once
made regex readers backtrack (one read each).

``--against OLD``: OLD is a checkout of another version (e.g. ``git worktree add
/tmp/old 9552fdf``, the hand-written regex reader). Each version reads the same
inputs in its own process, alternately, ``--rounds`` times (default 3); the
table shows the best time of each and their ratio (new / old).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = ["[", "![", "[^", "<", "[a](", "**a ", "_a ", "*a", "`", "\\", "> ", "- ", "|"]
NESTING = ["> ", "- ", "1. "]
REPEAT = 7


def best_cpu(text: str, repeat: int = REPEAT) -> float:
    """The least process time of ``repeat`` reads, after one warm-up read."""
    from briefing_app.ingest.markdown import parse_markdown

    parse_markdown(text)
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        parse_markdown(text)
        best = min(best, time.process_time() - started)
    return best


def _corpus(folders: list[Path] | None = None) -> list[Path]:
    """The .md files of ``folders`` (default: every ``tests/corpus/real*`` folder)."""
    dirs = folders if folders is not None else sorted((ROOT / "tests" / "corpus").glob("real*"))
    return sorted(p for d in dirs for p in d.glob("*.md"))


def _inputs(
    sections: int, files: list[Path], folder: Path, corpus: list[Path]
) -> dict[str, list[Path]]:
    """Named inputs, each a list of files (a figure is the sum over its files)."""
    from benchmarks.synth import report_markdown

    report = folder / "report.md"
    report.write_text(report_markdown(sections), "utf-8")
    named = {f"report of {sections} sections": [report]}
    named.update({path.name: [path] for path in files})
    if corpus:
        named[f"real corpus ({len(corpus)} .md files)"] = corpus
    return named


def child(spec: Path) -> None:
    """Time each input with the reader on sys.path; print {name: seconds} as JSON."""
    named = json.loads(spec.read_text("utf-8"))
    out = {
        name: sum(best_cpu(Path(p).read_text("utf-8")) for p in paths)
        for name, paths in named.items()
    }
    print(json.dumps(out))


def against(old: Path, named: dict[str, list[Path]], rounds: int, folder: Path) -> None:
    spec = folder / "inputs.json"
    spec.write_text(json.dumps({k: [str(p) for p in v] for k, v in named.items()}), "utf-8")
    best: dict[str, dict[str, float]] = {"old": {}, "new": {}}
    for _ in range(rounds):
        for label, root in (("old", old), ("new", ROOT)):
            env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{ROOT}"}
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(spec)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            for name, seconds in json.loads(done.stdout).items():
                best[label][name] = min(seconds, best[label].get(name, float("inf")))
    print(f"CPU ms, best of {REPEAT} reads x {rounds} rounds; old = {old}")
    print(f"{'input':<44} {'old':>9} {'new':>9} {'new/old':>8}")
    for name in named:
        o, n = best["old"][name] * 1e3, best["new"][name] * 1e3
        print(f"{name:<44} {o:9.2f} {n:9.2f} {n / o:8.2f}")


def hostile() -> None:
    for run in RUNS:
        text = "# Title\n\n" + run * (400_000 // len(run)) + "\n"
        print(f"run of {run!r:<7} 400 KB: {best_cpu(text, repeat=1):.3f} s")
    text = "# Title\n\n*a" + " " * 400_000 + "x\nb*\n"
    print(f"400 KB of blanks before a line end: {best_cpu(text, repeat=1):.3f} s")
    for nest in NESTING:
        text = "".join(nest * (i % 60) + "x\n" for i in range(4000))
        print(f"nesting {nest!r:<5} up to 60 deep: {best_cpu(text, repeat=1):.3f} s")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        child(Path(argv[1]))
        return
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("sections", nargs="?", type=int, default=2000)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--against", type=Path, help="a checkout of the version to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--corpus", type=Path, nargs="+", help="folders whose .md files are summed (default real*)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        named = _inputs(args.sections, args.files, Path(tmp), _corpus(args.corpus))
        if args.against is not None:
            against(args.against, named, args.rounds, Path(tmp))
            return
        for name, paths in named.items():
            seconds = sum(best_cpu(p.read_text("utf-8")) for p in paths)
            print(f"{name}: {seconds * 1e3:.2f} ms CPU")
    hostile()


if __name__ == "__main__":
    main(sys.argv[1:])
