"""Each command imports only what it needs: start-up cost is part of every export a user runs.

The CLI never imports Qt; a deck-only export never imports reportlab, a memo-only export never
imports python-pptx, and inspect imports neither.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from briefing_app.cli import main
code = main(sys.argv[1:])
heavy = ("PySide6", "reportlab", "pptx")
print("IMPORTED:" + ",".join(sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy})))
sys.exit(code)
"""


def imported(tmp_path: Path, *args: str) -> set[str]:
    article = tmp_path / "three.txt"
    article.write_text("A short note\n\nThe council met.\n\nIt agreed a budget.\n", "utf-8")
    argv = [a.replace("ARTICLE", str(article)).replace("OUT", str(tmp_path)) for a in args]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=ROOT, check=True
    )
    line = result.stdout.rsplit("IMPORTED:", 1)[1].strip()
    return set(filter(None, line.split(",")))


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (("export", "ARTICLE", "--deck", "OUT/d.pptx"), {"pptx"}),
        (("export", "ARTICLE", "--memo", "OUT/m.pdf"), {"reportlab"}),
        (("inspect", "ARTICLE", "--json"), set()),
    ],
)
def test_a_command_imports_only_what_it_needs(tmp_path, args, allowed):
    assert imported(tmp_path, *args) <= allowed


def test_the_window_module_leaves_readers_and_writers_for_after_the_first_paint():
    probe = (
        "import sys; import briefing_app.gui.app; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'reportlab', 'pptx', 'fontTools', 'yaml', 'markdown_it', 'pdfplumber', 'docx'}) + "
        "sorted(m for m in sys.modules if m.startswith('briefing_app.ingest')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
