"""Time the memo for a 100- and a 1,000-section report to show the build is linear; prints, never asserts.

Run from the repository root:  PYTHONPATH=. python benchmarks/memo_scaling.py [SIZES...]
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from briefing_app.export.memo.writer import render_memo
from tests.unit.export.memo_factory import long_report

DAY = dt.date(2026, 3, 4)


def measure(sections: int, template: str) -> tuple[float, int, int]:
    """Seconds, pages and PDF bytes for a report of ``sections`` sections."""
    briefing = long_report(sections)
    start = time.perf_counter()
    result = render_memo(briefing, template=template, today=DAY)
    return time.perf_counter() - start, result.pages, len(result.pdf)


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [100, 1000]
    render_memo(long_report(3), today=DAY)  # -- fonts registered, imports warm --
    for template in ("decision", "information"):
        rows = [(n, *measure(n, template)) for n in sizes]
        for n, seconds, pages, size in rows:
            per = seconds / n * 1000
            print(f"{template:<12} {n:>5} sections  {pages:>4} pages  {size / 1e6:6.2f} MB  "
                  f"{seconds:6.2f} s  {per:5.1f} ms/section")  # fmt: skip
        small, large = rows[0], rows[-1]
        ratio = (large[1] / small[1]) / (large[0] / small[0])
        print(f"{template:<12} time ratio / size ratio = {ratio:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main(sys.argv[1:])
