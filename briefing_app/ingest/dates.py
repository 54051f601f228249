"""Recognise and normalise the dates newspapers and reports print ("Feb 10 2021", "10.02.2021")."""

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
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_FORMS = [
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"{_YEAR}[-/](?P<month>\d{{1,2}})[-/]{_DAY}",
    rf"{_DAY}\.(?P<month>\d{{1,2}})\.{_YEAR}",
    rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}",
    rf"{_MONTH},?\s+{_YEAR}",
]
# A line that is only a date (possibly "Published: …", a time or a time zone after it).
_WHOLE = [
    re.compile(
        rf"^{form}(?:[T ,|]+\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?[\w:+.-]*(?:\s+[A-Z]{{2,4}})?)?$",
        re.I,
    )
    for form in _FORMS
]
# A date inside a longer line ("Lisbon, 27 June 2022", "By Sam Lee, 3 May 2024").
_INSIDE = [re.compile(rf"(?<![\w.]){form}(?![\w/]|\.\d)", re.I) for form in _FORMS]
_PREFIX = re.compile(
    r"^(?:published|updated|posted|dated|date|last updated|first published|delivered|issued)"
    r"\s*:?\s*(?:on\s+)?",
    re.I,
)


def parse_date(text: str) -> str | None:
    """ISO 8601 for a line that is just a date (optionally "Published: …"), else None."""
    text = _PREFIX.sub("", " ".join(text.split())).strip(" .*_")
    for pattern in _WHOLE:
        m = pattern.match(text)
        if m:
            return _iso(m)
    return None


def find_date(text: str) -> str | None:
    """ISO 8601 of the first date written anywhere in ``text`` (a dateline or byline), else None."""
    best: tuple[int, str] | None = None
    for pattern in _INSIDE:
        for m in pattern.finditer(text):
            iso = _iso(m)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
            if iso:
                break
    return best[1] if best else None


def _iso(m: re.Match) -> str | None:
    groups = m.groupdict()
    month, day = groups.get("month"), groups.get("day")
    if groups.get("a"):
        month, day = _day_month_order(int(groups["a"]), int(groups["b"]))
        if month is None:
            return None
    month_n = int(str(month)) if str(month).isdigit() else _MONTHS.get(str(month).lower())
    try:
        value = date(int(groups["year"] or 0), month_n or 0, int(day or 1))
    except (TypeError, ValueError):
        return None
    return value.isoformat() if day else value.strftime("%Y-%m")


def _day_month_order(a: int, b: int) -> tuple[int | None, int | None]:
    """Slash dates are read day-first or month-first only when one reading is impossible."""
    if a > 12 >= b:
        return b, a
    if b > 12 >= a:
        return a, b
    if a == b:
        return a, b
    return None, None
