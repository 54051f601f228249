"""The layers of the README's architecture, enforced by import-linter (contracts in pyproject.toml).

gui and cli → project → ingest | export → files → core; nothing below the GUI imports Qt.
The second and third tests plant a forbidden import in a copy of the package and check that
the contracts break, so the architecture test cannot pass vacuously.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_layers_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and result.stdout.count("KEPT") >= 2


@pytest.mark.parametrize(
    ("module", "planted"),
    [
        ("ingest/text.py", "import briefing_app.export.templates"),  # -- peers --
        ("files/atomic.py", "import briefing_app.ingest.readers"),  # -- upwards --
        ("core/text.py", "import briefing_app.files.atomic"),
        ("export/pack.py", "import PySide6.QtCore"),  # -- Qt below the GUI --
    ],
)
def test_a_forbidden_import_breaks_a_contract(tmp_path, module, planted):
    shutil.copytree(ROOT / "briefing_app", tmp_path / "briefing_app")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "briefing_app" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{planted}\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
