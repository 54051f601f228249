"""A batch command run as its own process collects garbage only among what the export builds,
and walks all of that rarely."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.core.collect import FULL_AFTER

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import gc, sys
from briefing_app.cli import main
own = sys.argv.pop(1) == "own"
seen = []
import briefing_app.project as project
read = project.open_path
def open_path(*args, **kwargs):
    seen.append(gc.isenabled())  # -- while the article is read --
    return read(*args, **kwargs)
project.open_path = open_path
code = main() if own else main(sys.argv[1:])
print(seen, gc.isenabled(), gc.get_freeze_count() > 0, gc.get_threshold()[2])
sys.exit(code)
"""


def _run(tmp_path: Path, mode: str, *args: str) -> str:
    article = tmp_path / "three.txt"
    article.write_text("A short note\n\nThe council met.\n\nIt agreed a budget.\n", "utf-8")
    argv = [a.replace("ARTICLE", str(article)).replace("OUT", str(tmp_path)) for a in args]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode, *argv], capture_output=True, text=True, cwd=ROOT,
        check=True,
    )  # fmt: skip
    return result.stdout.strip()


@pytest.mark.parametrize(
    "args",
    [
        ("export", "ARTICLE", "--deck", "OUT/d.pptx", "--memo", "OUT/m.pdf"),
        ("inspect", "ARTICLE"),
        ("new", "ARTICLE", "--out", "OUT/p.briefing"),
    ],
)
def test_own_process_reads_without_collecting_then_collects_what_is_new_mostly_young(
    tmp_path, args
):
    # -- full collections walk everything the export built so far: rare (core/collect.py) --
    expected = f"[False] True True {FULL_AFTER}"
    assert _run(tmp_path, "own", *args).splitlines()[-1] == expected


def test_a_caller_in_the_same_process_keeps_its_garbage_collection(tmp_path):
    args = ("export", "ARTICLE", "--deck", "OUT/d.pptx")
    default = gc.get_threshold()[2]
    assert _run(tmp_path, "caller", *args).splitlines()[-1] == f"[True] True False {default}"
