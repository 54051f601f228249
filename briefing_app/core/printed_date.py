"""How a memo prints a date, Qt- and reportlab-free, so the app can show it as the user types."""

from __future__ import annotations

import datetime as dt

MONTHS = "January February March April May June July August September October November December"


def format_date(date: dt.date | None, typed: str, style: str) -> str:
    """The header date as the template wants it; a date that is not ISO is shown as typed."""
    if date is None or style == "iso":
        return typed if date is None else date.isoformat()
    month = MONTHS.split()[date.month - 1]
    if style == "us":
        return f"{month} {date.day}, {date.year}"
    return f"{date.day} {month} {date.year}"
