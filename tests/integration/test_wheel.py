"""A non-editable install carries its assets: the wheel holds templates, fonts and the seed."""

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_templates_fonts_and_seed(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            str(ROOT),
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("briefing_app-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for kind, suffix in (("deck", ".pptx"), ("memo", ".toml")):
        assert any(
            n.startswith(f"briefing_app/assets/templates/{kind}/") and n.endswith(suffix)
            for n in names
        )
    assert any(n.startswith("briefing_app/assets/fonts/") and n.endswith(".ttf") for n in names)
    assert "briefing_app/seeds/armenia-azerbaijan-peace.txt" in names
    assert "briefing_app/cli.py" in names
