"""Recognise and normalise the dates newspapers and reports print ("Feb 10 2021", "10 February 2021")."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_PATTERNS = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}$", re.I),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ][\d:.+Z-]*)?$"),
    re.compile(rf"^{_MONTH}\s+{_YEAR}$", re.I),
]
_PREFIX = re.compile(r"^(?:published|updated|posted|dated|date)\s*:?\s*(?:on\s+)?", re.I)


def parse_date(text: str) -> str | None:
    """ISO 8601 for a line that is just a date (optionally "Published: ..."), else None."""
    text = _PREFIX.sub("", " ".join(text.split())).strip(" .")
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        month = m.group("month")
        month_n = int(month) if month.isdigit() else _MONTHS.get(month.lower())
        day = int(m.groupdict().get("day") or 1)
        try:
            value = date(int(m.group("year")), month_n or 0, day)
        except (TypeError, ValueError):
            return None
        if "day" not in m.groupdict():
            return value.strftime("%Y-%m")
        return value.isoformat()
    return None
