"""Export the seed on every real template of a corpus and print a table: template × deck checks.

    PYTHONPATH=. python benchmarks/template_corpus.py [FOLDER ...] [--json OUT.json] [--keep DIR]

Folders default to ``../shared/corpus/templates`` (beside the checkout) and
``tests/corpus/templates``. Each template gets ``briefing-app export`` (a crash
or a refusal is a column of its own), then ``../shared/tools/deck_check.py`` is
run on the deck as a separate tool, as a demanding reader would, and its
problem lines are counted by kind. The checker is run, never copied: its verdict
is the measure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():  # -- worktrees live one level deeper than the main checkout --
    SHARED = Path("/work/shared")
CHECKER = SHARED / "tools" / "deck_check.py"
SEED = ROOT / "seeds" / "armenia-azerbaijan-peace.txt"
DEFAULT_FOLDERS = (SHARED / "corpus" / "templates", ROOT / "tests" / "corpus" / "templates")

# -- deck_check.py's problem lines, by kind (the column they count in) --
KINDS = {
    "clipped": re.compile(r"words clipped|outside the slide|rendered pages"),
    "overlap": re.compile(r"two boxes overlap"),
    "small": re.compile(r"rendered [\d.]+ pt high"),
    "ellipsis": re.compile(r"ellipsis"),
    "thin_cont": re.compile(r"continuation slide holds"),
    "title_spill": re.compile(r"continues the title slide"),
    "out_of_box": re.compile(r"outside its box"),
    "over_pic": re.compile(r"over a picture"),
    "title_sizes": re.compile(r"titles in \d+ sizes"),
}


def export(template: Path, deck: Path) -> tuple[str, str]:
    """("ok"|"refused"|"crash", message) for one export of the seed on ``template``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-m", "briefing_app", "export", str(SEED), "--deck", str(deck),
         "--deck-template", str(template)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    if run.returncode == 0:
        return "ok", run.stderr.strip()
    if run.returncode == 2 and "Traceback" not in run.stderr:
        return "refused", run.stderr.strip()
    return "crash", run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "exit code"


def check(deck: Path) -> list[str]:
    """deck_check.py's problem lines for ``deck``."""
    run = subprocess.run(
        [sys.executable, str(CHECKER), str(deck)], capture_output=True, text=True, timeout=600
    )
    lines = [ln.split(": ", 1)[-1] for ln in run.stdout.splitlines()]
    return [ln for ln in lines if not re.fullmatch(r"\d+ problems", ln)]


def row(template: Path, keep: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        deck = (keep or Path(tmp)) / f"{template.stem}.pptx"
        status, message = export(template, deck)
        result: dict = {"template": template.name, "export": status, "message": message}
        if status != "ok":
            return result
        problems = check(deck)
        result["problems"] = problems
        for kind, pattern in KINDS.items():
            result[kind] = sum(1 for p in problems if pattern.search(p))
        result["slides"] = _slides(deck)
        return result


def _slides(deck: Path) -> int:
    from pptx import Presentation

    return len(Presentation(str(deck)).slides)


def table(rows: list[dict]) -> str:
    head = ["template", "export", "slides", *KINDS, "total"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    clean = 0
    for r in rows:
        if r["export"] != "ok":
            cells = [r["template"], r["export"], "", *["" for _ in KINDS], "—"]
        else:
            total = len(r["problems"])
            clean += total == 0
            cells = [r["template"], "ok", str(r["slides"]), *[str(r[k]) for k in KINDS], str(total)]
        out.append("| " + " | ".join(cells) + " |")
    out.append(f"\n{clean} of {len(rows)} templates give a deck with no problem.")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, help="also write every row (with problems) here")
    parser.add_argument("--keep", type=Path, help="keep the decks in this folder")
    args = parser.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    templates = sorted(
        p for f in folders for p in f.iterdir() if p.suffix.lower() in (".pptx", ".potx")
    )
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    rows = []
    for template in templates:
        rows.append(row(template, args.keep))
        print(f"{template.name}: {rows[-1]['export']} {len(rows[-1].get('problems', []))}",
              file=sys.stderr, flush=True)  # fmt: skip
    print(table(rows))
    for r in rows:
        for p in r.get("problems", [])[:8]:
            print(f"  {r['template']}: {p}")
        if r["export"] != "ok":
            print(f"  {r['template']}: {r['message'][:200]}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
