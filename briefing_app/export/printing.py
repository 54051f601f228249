"""Print a PDF we wrote through CUPS (``lp``), so pages reach the printer as vector text.

Qt-free: the CLI's ``print`` command and the app's print actions both come here
whenever CUPS is present (Linux, macOS). Every failure the user can fix is one
sentence (a :class:`UserError`): no printing system, no printer, an unknown
printer, a printer not accepting jobs, a bad page range. Where CUPS is absent
(Windows) the app rasterises page by page into the system's print dialog instead.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

from briefing_app.core.errors import UserError

TIMEOUT_S = 60
_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")
_JOB = re.compile(r"request id is (\S+)")


@dataclass(frozen=True)
class PrintOptions:
    """What the user asked for: printer (None = the system default), copies, sides, pages."""

    printer: str | None = None
    copies: int = 1
    two_sided: bool = False
    pages: str | None = None  # "1-3,5" as typed; checked by parse_pages
    title: str = "Briefing"
    colour: bool = True  # False asks for monochrome


def cups_available() -> bool:
    """Whether the CUPS client commands are installed (not whether the scheduler runs)."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def parse_pages(spec: str, page_count: int | None = None) -> list[tuple[int, int]]:
    """Ranges from "1-3,5" (1-based, inclusive); a UserError for anything else or past the end."""
    ranges = []
    for part in spec.split(","):
        match = _RANGE.match(part)
        if not match:
            raise UserError(f"Bad page range {spec!r}: use page numbers and ranges such as 1-3,5.")
        first, last = int(match[1]), int(match[2] or match[1])
        if first < 1 or last < first:
            raise UserError(f"Bad page range {spec!r}: pages count from 1 and ranges go upwards.")
        if page_count is not None and first > page_count:
            unit = "page" if page_count == 1 else "pages"
            raise UserError(
                f"Page range {spec!r} starts after the end: there are {page_count} {unit}."
            )
        ranges.append((first, min(last, page_count) if page_count else last))
    return ranges


def page_list(ranges: list[tuple[int, int]]) -> list[int]:
    """Every page number of ``ranges`` once, in order (for the page-by-page fallback)."""
    return list(dict.fromkeys(n for first, last in ranges for n in range(first, last + 1)))


def printers() -> list[str]:
    """Names of the print queues CUPS knows; a UserError when CUPS is absent or not running."""
    _require_scheduler()
    out = _run(["lpstat", "-e"]).stdout
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def default_printer() -> str | None:
    """The system default printer, or None when none is set."""
    out = _run(["lpstat", "-d"]).stdout
    match = re.search(r"system default destination:\s*(\S+)", out)
    return match[1] if match else None


def choose_printer(name: str | None) -> str:
    """``name`` checked against the printers CUPS has (or the default when None)."""
    known = printers()
    if not known:
        raise UserError("No printer is set up; add one in the system's printer settings.")
    if name is None:
        name = default_printer()
        if name is None:
            raise UserError(
                f"No default printer is set; name one with --printer ({', '.join(known[:5])})."
            )
    if name not in known:
        raise UserError(
            f"There is no printer named {name!r}; the printers are {', '.join(known[:5])}."
        )
    accepting = _run(["lpstat", "-a", name]).stdout
    if "not accepting" in accepting or not accepting.strip():
        raise UserError(f"Printer {name} is not accepting jobs.")
    return name


def lp_command(printer: str, options: PrintOptions) -> list[str]:
    """The ``lp`` command line for ``options`` (the PDF goes to its standard input)."""
    if not 1 <= options.copies <= 999:
        raise UserError(f"Copies must be between 1 and 999, not {options.copies}.")
    command = ["lp", "-d", printer, "-n", str(options.copies), "-t", options.title[:100]]
    command += ["-o", "sides=two-sided-long-edge" if options.two_sided else "sides=one-sided"]
    if not options.colour:
        command += ["-o", "print-color-mode=monochrome"]
    if options.copies > 1:
        command += ["-o", "collate=true"]  # -- whole sets, one per folder, not 1,1,2,2,… --
    if options.pages:
        command += ["-o", f"page-ranges={options.pages.replace(' ', '')}"]
    return command


def print_pdf(data: bytes, options: PrintOptions, *, page_count: int | None = None) -> str:
    """Send a PDF to CUPS; return the job id ("Printer-12"). Pages stay vector on the way."""
    if options.pages:
        parse_pages(options.pages, page_count)
    printer = choose_printer(options.printer)
    result = _run(lp_command(printer, options), data=data)
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise UserError(f"Printer {printer} refused the job: {reason.removeprefix('lp: ')}")
    match = _JOB.search(result.stdout)
    return match[1] if match else printer


def _require_scheduler() -> None:
    if not cups_available():
        raise UserError("No printing system (CUPS) is installed; print the exported PDF instead.")
    out = _run(["lpstat", "-r"])
    if "not running" in (out.stdout + out.stderr) or out.returncode != 0:
        raise UserError("The printing system (CUPS) is not running; start it and try again.")


def _run(command: list[str], *, data: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(
            command, input=data, capture_output=True, timeout=TIMEOUT_S, check=False
        )
    except FileNotFoundError as exc:
        raise UserError(
            "No printing system (CUPS) is installed; print the exported PDF instead."
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise UserError("The printing system did not answer within a minute.") from exc
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode(errors="replace"),
        done.stderr.decode(errors="replace"),
    )
