"""The CUPS client wrapper: page ranges, the lp command, and one sentence for each failure.

The failures are produced by stand-in ``lpstat``/``lp`` scripts on PATH that print
what CUPS 2.4 prints; the slow test in tests/integration prints through a real scheduler.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing_app.core.errors import UserError
from briefing_app.export import printing
from briefing_app.export.printing import PrintOptions, lp_command, page_list, parse_pages
from tests.conftest import ROOT, SEED


@pytest.mark.parametrize(
    ("spec", "count", "expected"),
    [
        ("1-3", 5, [(1, 3)]),
        ("2", None, [(2, 2)]),
        (" 1 - 2 , 4 ", 9, [(1, 2), (4, 4)]),
        ("3-99", 5, [(3, 5)]),
    ],
)
def test_page_ranges(spec, count, expected):
    assert parse_pages(spec, count) == expected


@pytest.mark.parametrize("spec", ["", "a", "1-", "-3", "3-1", "0", "1,,2", "1;2", "1-2-3"])
def test_bad_page_ranges_are_one_sentence(spec):
    with pytest.raises(UserError, match="page range") as info:
        parse_pages(spec)
    assert str(info.value).count(".") >= 1 and "\n" not in str(info.value)


def test_a_range_past_the_end_says_how_many_pages_there_are():
    with pytest.raises(UserError, match="there are 3 pages"):
        parse_pages("4-5", 3)


def test_page_list_is_each_page_once_in_order():
    assert page_list([(1, 3), (2, 4), (7, 7)]) == [1, 2, 3, 4, 7]


def test_lp_command_asks_for_everything_the_user_chose():
    command = lp_command(
        "Office", PrintOptions(copies=3, two_sided=True, pages="1-2,5", title="Memo")
    )
    assert command[:3] == ["lp", "-d", "Office"]
    joined = " ".join(command)
    assert "-n 3" in joined and "sides=two-sided-long-edge" in joined
    assert "page-ranges=1-2,5" in joined and "collate=true" in joined and "-t Memo" in joined
    assert "sides=one-sided" in " ".join(lp_command("Office", PrintOptions()))


def test_copies_out_of_bounds_are_refused():
    with pytest.raises(UserError, match="Copies"):
        lp_command("Office", PrintOptions(copies=0))


def test_a_job_goes_to_lp_with_the_pdf_on_its_input(fake_cups):
    folder = fake_cups()
    job = printing.print_pdf(b"%PDF-1.4 test", PrintOptions(copies=2, pages="1"), page_count=3)
    assert job == "Office-7"
    assert (folder / "received.pdf").read_bytes() == b"%PDF-1.4 test"
    assert "-n 2" in (folder / "args").read_text()


@pytest.mark.parametrize(
    ("situation", "message"),
    [
        ({"running": False}, "The printing system (CUPS) is not running; start it and try again."),
        ({"printers": ()}, "No printer is set up; add one in the system's printer settings."),
        ({"accepting": False}, "Printer Office is not accepting jobs."),
        ({"default": None}, "No default printer is set; name one with --printer (Office)."),
    ],
)
def test_each_failure_is_one_sentence(fake_cups, situation, message):
    fake_cups(**situation)
    with pytest.raises(UserError) as info:
        printing.print_pdf(b"%PDF", PrintOptions())
    assert str(info.value) == message


def test_an_unknown_printer_lists_the_real_ones(fake_cups):
    fake_cups(printers=("Office", "Hall"))
    with pytest.raises(UserError, match=r"no printer named 'Lobby'; the printers are Office, Hall"):
        printing.print_pdf(b"%PDF", PrintOptions(printer="Lobby"))


def test_a_refused_job_says_why(fake_cups):
    fake_cups(lp_fails=True)
    with pytest.raises(
        UserError, match="Printer Office refused the job: The printer or class does not exist"
    ):
        printing.print_pdf(b"%PDF", PrintOptions())


def test_no_printing_system_at_all(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not printing.cups_available()
    with pytest.raises(UserError, match=r"No printing system \(CUPS\) is installed"):
        printing.print_pdf(b"%PDF", PrintOptions())


def _cli(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args], capture_output=True, text=True,
        env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--pages", "3-1"], "Bad page range '3-1'"),
        (["--copies", "0"], "Copies must be between 1 and 999"),
        (["--what", "deck"], "invalid choice: 'deck'"),
    ],
)
def test_print_command_errors_exit_2_with_one_line(args, message):
    done = _cli("print", str(SEED), *args)
    assert done.returncode == 2
    assert message in done.stderr and done.stderr.count("\n") == 1


def test_print_without_a_printing_system_exits_2(tmp_path):
    import os

    env = {**os.environ, "PATH": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = _cli("print", str(SEED), env=env)
    assert done.returncode == 2
    assert (
        done.stderr
        == "briefing-app: No printing system (CUPS) is installed; print the exported PDF instead.\n"
    )
