"""Really print through CUPS: a private scheduler with a cups-pdf queue, read back what arrives.

CI installs cups, cups-bsd and printer-driver-cups-pdf (.ci/run); the scheduler
here is private (its own socket, its own queue), so no system printer is touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from briefing_app.export.pack import build_one
from briefing_app.project import open_path
from tests import cups_server
from tests.conftest import ROOT, SEED, require_tool

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cups():
    reason = cups_server.why_not()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to print: {reason}")
        pytest.skip(f"no private CUPS here: {reason}")
    # -- not under pytest's 0700 tmp: CUPS filters run as the "lp" user and must reach the spool --
    folder = Path(tempfile.mkdtemp(prefix="bb-cups-"))
    server = cups_server.start(folder)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def clean_out(cups):
    for old in cups.out.rglob("*.pdf"):
        old.unlink()
    return cups


def _cli(cups, *args: str) -> subprocess.CompletedProcess:
    env = {**cups.env(), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "print", str(SEED), *args],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout)[1])


def _words(text: str) -> list[str]:
    # -- Ghostscript may rewrite typographic quotes and ligatures; compare plain words --
    return re.findall(r"[A-Za-z0-9]+", text)


def _text(data_or_path) -> str:
    if isinstance(data_or_path, Path):
        args = ["pdftotext", str(data_or_path), "-"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout
    done = subprocess.run(
        ["pdftotext", "-", "-"], input=data_or_path, capture_output=True, check=True
    )
    return done.stdout.decode()


def test_the_memo_prints_with_its_text_pages_and_copies(clean_out):
    require_tool("pdftotext")
    memo, _warnings, pages = build_one(open_path(SEED), "memo")
    done = _cli(clean_out, "--copies", "2")
    assert done.returncode == 0, done.stderr
    assert "2 copies" in done.stdout
    [printed] = clean_out.printed()
    assert _pages(printed) == 2 * pages
    sent, arrived = _words(_text(memo)), _words(_text(printed))
    assert arrived == sent + sent  # -- both copies, every word, in order: vector text survived --


def test_handouts_print_with_a_page_range_on_the_named_printer(clean_out):
    briefing = open_path(SEED)
    _handouts, _warnings, pages = build_one(briefing, "handouts", handout_layout="6")
    assert pages >= 2
    done = _cli(clean_out, "--what", "handouts", "--handout-layout", "6", "--pages", "2-9",
                "--printer", clean_out.queue, "--two-sided")  # fmt: skip
    assert done.returncode == 0, done.stderr
    [printed] = clean_out.printed()
    assert _pages(printed) == pages - 1
    assert "Page 2 of" in _text(printed) and "Page 1 of" not in _text(printed)


def test_the_pack_prints_as_one_job(clean_out):
    _pack, _warnings, pages = build_one(open_path(SEED), "pack")
    done = _cli(clean_out, "--what", "pack")
    assert done.returncode == 0, done.stderr
    [printed] = clean_out.printed()
    assert _pages(printed) == pages
    text = _text(printed)
    assert "INFORMATION MEMO" in text and "Bottom line up front" in text


def test_an_unknown_printer_is_one_sentence(cups):
    done = _cli(cups, "--printer", "No-Such-Printer")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no printer named 'No-Such-Printer'" in done.stderr
    assert cups.queue in done.stderr  # -- the sentence names the printers there are --


def test_a_printer_not_accepting_jobs_is_reported(cups):
    env = cups.env()
    subprocess.run(["cupsreject", cups.queue], env=env, check=True)
    try:
        done = _cli(cups)
    finally:
        subprocess.run(["cupsaccept", cups.queue], env=env, check=True)
    assert done.returncode == 2
    assert done.stderr.strip() == f"briefing-app: Printer {cups.queue} is not accepting jobs."
