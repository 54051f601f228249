"""Each command imports only what it needs: start-up cost is part of every export a user runs.

The CLI never imports Qt; a deck-only export never imports reportlab, a memo-only export never
imports python-pptx, and inspect imports neither; a plain-text article loads no Markdown or
YAML parser.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from briefing_app.cli import main
code = main(sys.argv[1:])
heavy = ("PySide6", "reportlab", "pptx", "yaml", "markdown_it")
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


FIRST_PAINT_PROBE = """
import sys
from briefing_app.cli import main
code = main(["open", sys.argv[1], "--quit-after-first-paint"])
print("IMPORTED:" + ",".join(sorted(sys.modules)))
sys.exit(code)
"""
# -- what can wait until the window has painted: the readers, the writers, the model,
# -- the views and the print dialogs --
CAN_WAIT = (
    "reportlab", "pptx", "fontTools", "yaml", "markdown_it", "pdfplumber", "docx", "pypdfium2",
    "pypdf", "bidi", "dateutil", "dateparser", "lxml", "PIL", "PySide6.QtPrintSupport",
    "briefing_app.ingest", "briefing_app.export", "briefing_app.project",
    "briefing_app.core.briefing", "briefing_app.core.article", "briefing_app.core.selection",
    "briefing_app.gui.fileops", "briefing_app.gui.outline", "briefing_app.gui.editor",
    "briefing_app.gui.preview", "briefing_app.gui.sketch", "briefing_app.gui.memo_page",
    "briefing_app.gui.header_panel", "briefing_app.gui.printing", "briefing_app.gui.filtering",
    "briefing_app.gui.export_dialog",
)  # fmt: skip


def test_nothing_that_can_wait_is_imported_before_the_first_paint():
    seed = ROOT / "seeds" / "armenia-azerbaijan-peace.txt"
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(seed)],
        capture_output=True, text=True, cwd=ROOT, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert "first paint after" in result.stderr
    modules = result.stdout.rsplit("IMPORTED:", 1)[1].strip().split(",")
    assert "briefing_app.gui.main_window" in modules, "the probe reached the window"
    early = [m for m in modules if m.startswith(CAN_WAIT)]
    assert early == []
