"""Time reading the seed as txt, HTML, DOCX and PDF, and a long two-column PDF (prints; not a test).

Run from the repository root: PYTHONPATH=. python benchmarks/read_formats.py
"""

from __future__ import annotations

import time

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes, read_document
from tests.conftest import SEED
from tests.unit.ingest import builders
from tests.unit.ingest.test_read_pdf import NEWSLETTER


def _time(label: str, data: bytes, suffix: str, *, pages: int | None = None) -> None:
    started = time.perf_counter()
    doc = read_bytes(data, name=f"bench{suffix}", suffix=suffix)
    elapsed = time.perf_counter() - started
    per_page = f", {elapsed / pages * 1000:.0f} ms/page" if pages else ""
    print(
        f"{label:<28} {len(data) / 1024:8.0f} KB {len(doc.blocks):5d} blocks {elapsed:6.2f} s{per_page}"
    )


def main() -> None:
    seed = analyze(read_document(SEED))
    _time("seed .txt", SEED.read_bytes(), ".txt")
    _time("seed .html (boilerplate)", builders.to_html(seed), ".html")
    _time("seed .docx", builders.to_docx(seed), ".docx")
    _time("seed .pdf (3 pages)", builders.to_pdf(seed), ".pdf", pages=3)
    long_pdf = builders.two_column_pdf("Long brief", NEWSLETTER * 30, footer="Brief")
    pages = long_pdf.count(b"/Type /Page\n") or long_pdf.count(b"/Type /Page ")
    _time("two-column PDF", long_pdf, ".pdf", pages=pages or None)


if __name__ == "__main__":
    main()
