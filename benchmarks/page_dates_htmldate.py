"""Our page-date reader on htmldate's hand-dated evaluation pages: right, wrong and unknown.

Run:  PYTHONPATH=. python benchmarks/page_dates_htmldate.py HTMLDATE_CHECKOUT [--list OUT.tsv]

HTMLDATE_CHECKOUT is a checkout of https://github.com/adbar/htmldate (its ``tests/eval``,
``tests/cache`` and ``tests/test_set`` pages, dated in ``tests/eval_default.json`` and
``tests/eval_mediacloud_2020.json``). None of these pages is in our corpus, so the figures
check the date rules on pages nobody here has tuned on. htmldate's truth sometimes follows
a page's last update where we read its first publication, so "wrong" is an upper bound;
"unknown" (no date) is what the project prefers to a wrong one.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from briefing_app.ingest.dates import page_language, reading_locale
from briefing_app.ingest.pagemeta import read_page_meta

TRUTH = ("eval_default.json", "eval_mediacloud_2020.json")
FOLDERS = ("eval", "cache", "test_set")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    tests = Path(argv[0]) / "tests"
    listing = Path(argv[argv.index("--list") + 1]) if "--list" in argv else None
    truth = {
        v["file"]: v["date"]
        for name in TRUTH
        for v in json.loads((tests / name).read_text("utf-8")).values()
    }
    counts = {"right": 0, "wrong": 0, "unknown": 0}
    rows = []
    start = time.process_time()
    for name, want in sorted(truth.items()):
        path = next((p for f in FOLDERS if (p := tests / f / name).exists()), None)
        if path is None:
            continue
        html = path.read_bytes().decode("utf-8", errors="replace")
        with reading_locale(page_language(html)):
            got = read_page_meta(html).date
        counts["unknown" if got is None else "right" if got == want else "wrong"] += 1
        rows.append(f"{name}\t{want}\t{got}")
    total = sum(counts.values())
    print(
        f"{total} pages: right {counts['right']}, wrong {counts['wrong']}, "
        f"unknown {counts['unknown']} ({time.process_time() - start:.1f} s CPU)"
    )
    if listing:
        listing.write_text("\n".join(rows) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
