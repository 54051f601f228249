"""Authors and dates in shapes the sixth and seventh real held-out sets showed (issue 14)."""

from __future__ import annotations

import time

from briefing_app.ingest.columnhead import column_header
from tests.unit.ingest.builders import analyze_text

_HEADER = (
    "\n\n"
    "Internet Engineering Task Force                                M. Okafor\n"
    "Request for Comments: 9999                              Example Networks\n"
    "Category: Informational                             J-P. de la Rosa, Ed.\n"
    "                                                     Lakeside University\n"
    "                                                              April 2031\n"
    "\n\n"
    "            Counting Widgets in Distributed Ledgers\n\n"
    "Status of this Memo\n\n"
    "   This memo provides information for the community.  It does not\n"
    "   specify a standard of any kind.\n"
)


def test_a_two_column_header_gives_its_right_column_authors_and_date():
    article = analyze_text(_HEADER)
    assert article.author == "M. Okafor, J-P. de la Rosa"
    assert article.date == "2031-04"
    assert article.date_source == "text"
    # -- the labels and the organisations are no title, no section, no author
    assert article.title == "Counting Widgets in Distributed Ledgers"
    assert all("Okafor" not in s.heading and "9999" not in s.heading for s in article.sections)


def test_prose_with_wide_gaps_is_no_column_header():
    # -- two columns of a table whose right pieces end at different columns
    assert column_header("Name      Value\nAlpha     1.5\nBeta      22.75 units\n\nBody.\n") is None
    # -- one gapped line only
    ragged = (
        "Jo Li                                                          J. Li\nA line.\nMore.\n"
    )
    assert column_header(ragged) is None
    # -- a right column naming nobody and no date is no header we read
    table = (
        "Widget count                                                     12\n"
        "Gadget count                                                     40\n"
        "Sprocket count                                                    7\n"
    )
    assert column_header(table) is None


def test_a_column_header_takes_linear_time():
    def cost(n: int) -> float:
        line = "A" + " " * n + "B. " * n + "Zz" * n + "\n"
        start = time.process_time()
        column_header(line * 3)
        column_header("\n" + "x   " * n + "\n" + " " * n + "J. Li\n" * 3)
        return time.process_time() - start

    small, big = min(cost(2000) for _ in range(2)), min(cost(8000) for _ in range(2))
    assert big < 8 * small + 0.2
