"""Dates as pages print them, in many languages, read by date libraries and written as ISO 8601.

python-dateutil reads numeric and English dates; dateparser knows month and
weekday names in every other language we meet (it costs ~0.7 s to load, so
only a page that prints such a name pays it). Both check the calendar
("30 February" is no date). What stays here is ours: finding date-shaped words
cheaply in a line (the libraries only see a short candidate, so a long line
costs linear time), and choosing day-first or month-first for "03/04/2021"
from the page's own language and region. Nothing is downloaded: dateparser's
languages are named, so no language detector runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

from briefing_app.core.lazy_pattern import lazy_compile

if TYPE_CHECKING:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

# -- the languages tried when the page does not say, most common first; the page's own
# -- language (``<html lang>``, og:locale, front matter) is tried before them --
LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "sv", "da", "nb", "fi",
    "cs", "ro", "hu", "el", "ar", "he", "hy", "az", "ka", "zh", "ja", "ko", "th",
)  # fmt: skip
# -- regions that write the month first in numeric dates ("03/04/2021" is 4 March) --
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "FM", "MH", "PW", "GU", "AS", "MP", "PR", "UM", "VI"})

Order = Literal["DMY", "MDY"]
_LOCALE: ContextVar[str | None] = ContextVar("page_locale", default=None)
# -- the day the file was written (a Word file's creation date), ISO, when it says
_WRITTEN: ContextVar[str | None] = ContextVar("file_written", default=None)
_DEFAULT = datetime(2000, 1, 1)
# -- two defaults that differ in every field: what the text lacks shows as a difference
_TWO_DEFAULTS = (_DEFAULT, datetime(2001, 2, 2))

_YEAR = r"(?:1[89]|20)\d{2}"
# -- CJK dates end in their unit: a time may follow "日" at once ("2016年10月14日07:17");
# -- Korean writes the same units in Hangul ("2025년 10월 27일")
_NUMERIC = re.compile(
    rf"(?<![\d./-])(?:(?:(?P<y1>{_YEAR})(?P<s1>[-/.])(?P<m1>\d{{1,2}})(?P=s1)(?P<d1>\d{{1,2}})"
    rf"|(?P<a>\d{{1,2}})(?P<s2>[-/.])(?P<b>\d{{1,2}})(?P=s2)(?P<y2>{_YEAR}))(?![\d/])"
    rf"|(?P<y3>{_YEAR})\s?[年년]\s?(?P<m3>\d{{1,2}})\s?[月월](?:\s?(?P<d3>\d{{1,2}})\s?[日일]|(?!\s?\d)))"
)
# -- a year closing a date: not part of a number ("3.2019", "1,2019"); after an abbreviated
# -- month's stop it may follow at once ("ม.ค.2561")
_YEAR_AT_END = re.compile(rf"(?<![\d,/-])(?<!\d\.){_YEAR}(?![\d/]|[.,]\d)")
# -- a letter, with the vowel signs and points Thai, Indic, Hebrew and Arabic write as marks
_MARKS = (
    "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0903\u093a-\u094f"
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"
)
_L = rf"(?:[^\W\d_][{_MARKS}]*)"
# -- a month's name: three letters or more, two in a script without case ("آب"), or an
# -- abbreviation with inner stops ("ม.ค." is January in Thai)
_MONTH_WORD = rf"(?:{_L}{{3,}}|(?:(?![a-zA-Z]){_L}){{2}}|{_L}{{1,3}}(?:\.{_L}{{1,3}}){{1,3}})"
# -- words before a year: [weekday,] [day [de|of]] month [day,] [de] year — every part
# -- bounded, and only the 64 characters before a year are searched --
_WORDED = lazy_compile(
    rf"(?:(?P<weekday>{_L}{{2,}})\.?,?\s+)?"
    r"(?P<day>\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:(?:de|of|del)\s+)?)?"
    rf"(?P<alt>{_L}{{2,}}/)?(?P<month>{_MONTH_WORD})(?:\.,?\s*|,?\s+)"
    r"(?P<day2>\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:(?:de|del)\s+)?\Z"
)
_PREFIX = re.compile(
    r"^(?:published|updated|posted|dated|date|last updated|first published|delivered|issued"
    r"|publié|mis à jour|veröffentlicht|publiziert|erschienen|aktualisiert|stand|publicado"
    r"|publicada|actualizado|pubblicato|gepubliceerd|opublikowano"
    # -- the same labels in Chinese, Japanese and Korean: "发布时间：", "投稿日", "기사입력 :["
    r"|发布时间|发布日期|发表时间|發佈時間|發表時間|投稿日|公開日|掲載日|기사입력|입력시간|등록일)"
    r"\s*(?:le|am|el|il|on|op|于)?\s*[:：]?\s*[\[【]?\s*(?:on\s+)?",
    re.I,
)
_TIME_TAIL = lazy_compile(
    r"(?:[T ,|@-]+|\s+(?:at|à|um|a las)\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"[\w:+.-]*(?:\s+[A-Z]{2,5})?",
    re.I,
)


_HTML_LANG = lazy_compile(
    r"<html\b[^>]{0,2000}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)", re.I
)
_OG_LOCALE = lazy_compile(
    r"<meta\b[^>]{0,2000}?\bproperty\s*=\s*[\"']og:locale[\"'][^>]{0,2000}?"
    r"\bcontent\s*=\s*[\"']([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)",
    re.I,
)


def page_language(html: str) -> str:
    """The page's language tag: og:locale ("en_US") when it names a region, else <html lang>."""
    head = html[:200_000]
    lang, og = _HTML_LANG.search(head), _OG_LOCALE.search(head)
    tags = [m.group(1) for m in (og, lang) if m]
    return next((t for t in tags if "-" in t or "_" in t), tags[0] if tags else "")


@contextmanager
def reading_locale(tag: str | None, written: str | None = None) -> Iterator[None]:
    """Read dates as a page in language/region ``tag`` ("en-US", "de_AT", "fr") writes them.

    ``written``: the ISO day the file was created, if it says; it settles "3/4/19"
    when the language names no region (see :func:`_order`).
    """
    token, day = _LOCALE.set(tag), _WRITTEN.set(written)
    try:
        yield
    finally:
        _LOCALE.reset(token)
        _WRITTEN.reset(day)


def parse_date(text: str) -> str | None:
    """ISO 8601 for a line that is just a date (optionally "Published: …", a time), else None."""
    text = _PREFIX.sub("", " ".join(text.split())).strip(" .*_]】")
    if len(text) > 120:
        return None
    for start, end, iso in _dates(text):
        rest = text[end:].strip(" .,")
        return iso if start == 0 and (not rest or _TIME_TAIL.fullmatch(rest)) else None
    return None


def labelled_date(text: str) -> str | None:
    """ISO day of a line that is a date under a label ("Last Updated: Nov. 12, 2020"), else None.

    The label ("Published", "Updated", "Date", "Stand" …) says the date is the
    document's own, not one its text talks about.
    """
    line = " ".join(text.split())
    label = _PREFIX.match(line)
    if label is None or not label.group():
        return None
    iso = parse_date(line)
    return iso if iso and len(iso) == 10 else None


_SHORT_NUMERIC = lazy_compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.])")


def short_numeric_date(text: str) -> str | None:
    """ISO for a date with a two-digit year ("3/09/15 8:00am"), read the page's way, else None.

    Only for text a page marks as its date: elsewhere "1/2/15" is as likely a
    ratio or a reference. Day or month first as the calendar or the page's
    region says; when neither does, no date.
    """
    m = _SHORT_NUMERIC.match(text.strip())
    if not m:
        return None
    a, b = int(m[1]), int(m[3])
    year = _century(int(m[4]))
    order = "DMY" if m[2] == "." else _order(a, b, year)
    if order is None:
        return None
    return _dateutil(f"{m[1]}/{m[3]}/{year}", dayfirst=order == "DMY")


def _century(year: int) -> int:
    """The full year of a two-digit one: this century up to next year, else the last ("97")."""
    full = 2000 + year
    return full if full <= datetime.now().year + 1 else full - 100


def impossible_date(text: str) -> bool:
    """A numeric date no calendar has ("2021-02-30", "31/04/2021"): no date, not text to show."""
    return find_date(text) is None and any(
        _numeric(m, order="DMY") is None and _numeric(m, order="MDY") is None
        for m in _NUMERIC.finditer(text)
    )


def find_date(text: str) -> str | None:
    """ISO 8601 of the first date written anywhere in ``text`` (a dateline or byline), else None."""
    return next((iso for _, _, iso in _dates(text)), None)


def dates_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, ISO date) of each date written in ``text``, in reading order."""
    return _dates(text)


def _dates(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, ISO date) of each date in ``text``, in reading order; impossible ones skipped."""
    return _dates_as(text, _LOCALE.get(), _WRITTEN.get())


@lru_cache(maxsize=2048)
def _dates_as(
    text: str, locale: str | None, written: str | None = None
) -> tuple[tuple[int, int, str], ...]:
    """:func:`_dates` for one locale, remembered: detection asks about the same lines often.

    The text is read with its digits as ASCII ("٢٠١٣", "２０１９" are 2013, 2019) and, in
    Thai, Lao or Khmer, its Buddhist-era years as the common era's (2562 is 2019); both
    keep every character in place, so the offsets are the text's own.
    """
    text = _common_era(_ascii_digits(text), locale)
    found: list[tuple[int, int, str]] = list(_solar_hijri(text))
    for m in _NUMERIC.finditer(text):
        iso = _numeric(m)
        if iso:
            found.append((m.start(), m.end(), iso))
    for y in _YEAR_AT_END.finditer(text):
        if any(s <= y.start() < e for s, e, _ in found):
            continue
        lo = max(0, y.start() - 64)
        w = _WORDED.search(text, lo, y.start())
        if w and (hit := _worded(w, y.group())):
            found.append((w.start() + hit[0], y.end(), hit[1]))
    return tuple(sorted(found))


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # -- a decimal digit of another script


def _ascii_digits(text: str) -> str:
    """The text with every script's decimal digits as ASCII ones, one character for one."""
    if not _OTHER_DIGIT.search(text):
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)


# -- scripts of the countries that count years from the Buddha (Thai, Lao, Khmer)
_BUDDHIST_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff]")
# -- Buddhist-era years 2443-2643, the common era's 1900-2100
_BUDDHIST_YEAR = lazy_compile(r"(?<!\d)(?:24[4-9]\d|25\d\d|26[0-4]\d)(?!\d)")
BUDDHIST_ERA_OFFSET = 543


def _common_era(text: str, locale: str | None) -> str:
    """Buddhist-era years as the common era's, in text written in Thai, Lao or Khmer."""
    lang = (locale or "").replace("_", "-").split("-")[0].lower()
    if not (_BUDDHIST_SCRIPT.search(text) or lang in ("th", "lo", "km")):
        return text
    return _BUDDHIST_YEAR.sub(lambda m: str(int(m.group()) - BUDDHIST_ERA_OFFSET), text)


# -- a Solar Hijri year (Iran, Afghanistan): 1300-1499 is 1921-2121 of the common era
_SOLAR_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")


def _solar_hijri(text: str) -> Iterator[tuple[int, int, str]]:
    """Days of the Solar Hijri calendar ("15 مهر 1398" is 7 October 2019), read by dateparser.

    Only a day, one of the calendar's twelve month names (in Persian letters or with
    the Arabic yeh and kaf) and a year 13xx or 14xx, in Arabic script; dateparser's Jalali calendar converts, and a day the month
    does not have ("31 مهر") is no date.
    """
    if not _SOLAR_YEAR.search(text) or not _ARABIC_SCRIPT.search(text):
        return
    for m in _jalali_pattern().finditer(text.translate(_PERSIAN_LETTERS)):
        if iso := _jalali(int(m["day"]), m["month"], int(m["year"])):
            yield m.start(), m.end(), iso


_ARABIC_SCRIPT = lazy_compile(r"[\u0600-\u06ff]")
# -- Persian typed on an Arabic keyboard or by an Arabic code page: "تير" with the Arabic yeh
# -- (ي, ى) and kaf (ك) for the Persian ی and ک; the month names are matched in Persian
# -- letters, one character for one, so the offsets stay the text's own
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


@cache
def _jalali_pattern() -> re.Pattern[str]:
    from dateparser.calendars.jalali_parser import jalali_parser  # type: ignore[import-untyped]

    names = sorted(
        (n for _, _, spellings in jalali_parser._months.values() for n in spellings),
        key=len,
        reverse=True,
    )
    months = "|".join(map(re.escape, names))
    weekdays = sorted((d for ds in jalali_parser._weekdays.values() for d in ds), key=len)
    days = "|".join(re.escape(d) for d in reversed(weekdays))
    return re.compile(
        rf"(?:(?:{days})[،,]?\s+)?(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+"
        rf"(?P<year>1[34]\d\d)(?!\d)"
    )


def _jalali(day: int, month_name: str, year: int) -> str | None:
    from convertdate import persian
    from dateparser.calendars.jalali_parser import jalali_parser

    month = next(i for i, _, names in jalali_parser._months.values() if month_name in names)
    if not 1 <= day <= 31:
        return None
    gregorian = persian.to_gregorian(year, month, day)
    if persian.from_gregorian(*gregorian) != (year, month, day):
        return None  # -- "31 مهر": Mehr has 30 days
    return "{:04d}-{:02d}-{:02d}".format(*gregorian)


def _numeric(m: re.Match[str], *, order: Order | None = None) -> str | None:
    if m.group("y1"):
        return _dateutil(f"{m['y1']}-{m['m1']}-{m['d1']}", yearfirst=True)
    if m.group("y3"):
        day = m.group("d3")
        return _dateutil(f"{m['y3']}-{m['m3']}-{day or 1}", yearfirst=True, day=bool(day))
    a, b = int(m["a"]), int(m["b"])
    # -- dotted dates are day-first everywhere
    order = order or ("DMY" if m["s2"] == "." else _order(a, b, int(m["y2"])))
    return _dateutil(f"{m['a']}/{m['b']}/{m['y2']}", dayfirst=order == "DMY") if order else None


def _order(a: int, b: int, year: int | None = None) -> Order | None:
    """Day-first or month-first: the one reading the calendar allows, else the page's region.

    When the region is not known either, the reading that falls within days of
    the file's writing (its creation date), if only one does.
    """
    if a > 12 >= b or a == b:
        return "DMY"
    if b > 12 >= a:
        return "MDY"
    return page_order() or (_near_writing(a, b, year) if year else None)


WRITING_DAYS = 14  # -- a paper's printed date lies within two weeks of the file's creation


def _near_writing(a: int, b: int, year: int) -> Order | None:
    """The one order whose reading of a/b/year lies within WRITING_DAYS of the file's creation."""
    written = _WRITTEN.get()
    if not written:
        return None
    try:
        created = date.fromisoformat(written[:10])
        readings: dict[Order, date] = {"MDY": date(year, a, b), "DMY": date(year, b, a)}
    except ValueError:
        return None
    near = [o for o, d in readings.items() if abs((d - created).days) <= WRITING_DAYS]
    return near[0] if len(near) == 1 else None


def page_order() -> Order | None:
    """How the page's locale writes numeric dates; None when it does not say (plain "en")."""
    tag = (_LOCALE.get() or "").replace("_", "-").split("-")
    lang, region = tag[0].lower(), (tag[1].upper() if len(tag) > 1 else "")
    if region:
        return "MDY" if region in MONTH_FIRST_REGIONS else "DMY"
    if lang and lang != "en":
        return "DMY"
    return None


def _worded(m: re.Match[str], year: str) -> tuple[int, str] | None:
    """(offset of the date in the match, ISO) for "7 de diciembre de 2017", "Feb 10, 2021" …

    English names go to python-dateutil (light, already loaded by most runs);
    a name in another language loads dateparser, once, and its word lists.
    """
    word = _month_key(m["month"])
    has_day = bool(m["day"] or m["day2"])
    english = _english_words()
    language = _page_language()
    if language in (None, "en") and word in english.months:
        skip = _skip_weekday(m, english.weekdays)
        return _hit(skip, _dateutil(m.group()[skip:] + year, day=has_day))
    words = _vocabulary(language)
    if word in words.months:
        skip = _skip_weekday(m, words.weekdays)
        # -- "28 آب/اغسطس 2013": a page naming the month twice, read by the name we know
        text = m.group()[skip:]
        text = text.replace(m["alt"], "") if m["alt"] else text
        iso = _dateparser(text + year, languages=words.months[word], day=has_day)
        if iso:
            return skip, iso
    if word in english.months:
        skip = _skip_weekday(m, english.weekdays)
        return _hit(skip, _dateutil(m.group()[skip:] + year, day=has_day))
    return None


def _skip_weekday(m: re.Match[str], weekdays: frozenset[str]) -> int:
    """Characters to drop before the date: a word in the weekday slot that is no weekday."""
    if m["weekday"] and m["weekday"].lower().rstrip(".") not in weekdays:
        return (m.start("day") if m["day"] else m.start("month")) - m.start()
    return 0


def _hit(skip: int, iso: str | None) -> tuple[int, str] | None:
    return (skip, iso) if iso else None


def _dateutil(
    text: str, *, dayfirst: bool = False, yearfirst: bool = False, day: bool = True
) -> str | None:
    """ISO date of a numeric or English date, None if the calendar has no such day."""
    from dateutil import parser  # type: ignore[import-untyped]  # -- deferred: lines with a year

    try:
        value = parser.parse(text, dayfirst=dayfirst, yearfirst=yearfirst, default=_DEFAULT)
    except (ValueError, OverflowError):  # -- ParserError is a ValueError: "2021-02-30"
        return None
    return value.date().isoformat() if day else value.strftime("%Y-%m")


def stamp_date(text: str) -> str | None:
    """The day of a machine-written timestamp ("Fri Mar 13 21:30:09 EST 2015"), time zone
    ignored; None when the text lacks the day (the parser would make one up from its default).
    """
    from dateutil import parser  # -- deferred: rare formats

    try:
        one, two = (parser.parse(text, ignoretz=True, default=d).date() for d in _TWO_DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return one.isoformat() if one == two else None


def _dateparser(text: str, *, languages: tuple[str, ...], day: bool = True) -> str | None:
    result = _parser(languages).get_date_data(text)
    if result is None or result.date_obj is None:
        return None
    value = result.date_obj.date()
    return value.isoformat() if day and result.period == "day" else value.strftime("%Y-%m")


@cache
def _english_words() -> _Words:
    """English month and weekday names as python-dateutil knows them ("Sept", "Thurs" …)."""
    from dateutil.parser import parserinfo  # type: ignore[import-untyped]

    info = parserinfo()
    months: dict[str, tuple[str, ...]] = {n.lower(): ("en",) for ns in info.MONTHS for n in ns}
    weekdays = frozenset(n.lower() for names in info.WEEKDAYS for n in names)
    return _Words(months, weekdays)


def _page_language() -> str | None:
    lang = (_LOCALE.get() or "").replace("_", "-").split("-")[0].lower()
    return lang if lang and lang in _supported() else None


@cache
def _supported() -> frozenset[str]:
    # -- deferred, like every dateparser import here: 0.4 s, needed only once a line holds a year

    # -- deferred, like every dateparser import here: 0.4 s, needed only once a line holds a year
    from dateparser.data.languages_info import language_order  # type: ignore[import-untyped]

    return frozenset(language_order)


@cache
def _parser(languages: tuple[str, ...]) -> DateDataParser:
    # -- deferred: dateparser only for a month named in another language (slow import) --
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year", "month"],
        "PARSERS": ["absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=list(languages), settings=settings)


@dataclass(frozen=True)
class _Words:
    months: dict[str, tuple[str, ...]]  # -- a month name and the languages that use it
    weekdays: frozenset[str]


@cache
def _vocabulary(language: str | None) -> _Words:
    """Month and weekday names (every form dateparser knows) of the languages we try.

    The page's own language comes first among a name's languages, so "mar"
    on a Spanish page is read as Spanish.
    """

    from dateparser.languages import default_loader  # type: ignore[import-untyped]

    months: dict[str, list[str]] = {}
    weekdays: set[str] = set()
    codes = [language] if language else []
    codes += [c for c in LANGUAGES if c != language and c in _supported()]
    for code in codes:
        info = default_loader.get_locale(code).info
        for name in _MONTH_KEYS:
            for word in info.get(name, []):
                months.setdefault(_month_key(word), []).append(code)
        weekdays.update(w.lower().rstrip(".") for n in _DAY_KEYS for w in info.get(n, []))
    return _Words({w: tuple(c) for w, c in months.items()}, frozenset(weekdays))


def _month_key(word: str) -> str:
    """A month's name as looked up: lower case, no stops ("ม.ค." and "มค" are one), plain alef."""
    return _alef(word.lower().replace(".", ""))


_HAMZA_ALEF = lazy_compile("[أإآ]")


def _alef(word: str) -> str:
    """An Arabic name with its alef written plain: pages write "اغسطس" for "أغسطس" (August)."""
    return _HAMZA_ALEF.sub("ا", word)


_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
