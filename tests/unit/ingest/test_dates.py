"""Dates in several languages and orders; the page's locale decides "03/04/2021"."""

from __future__ import annotations

import time

import pytest

from briefing_app.ingest.dates import (
    find_date,
    impossible_date,
    page_language,
    parse_date,
    reading_locale,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("7 de diciembre de 2017", "2017-12-07"),
        ("12. Oktober 2020", "2020-10-12"),
        ("Veröffentlicht am 12. Oktober 2020", "2020-10-12"),
        ("1er février 2021", "2021-02-01"),
        ("12 marzo 2019", "2019-03-12"),
        ("10 февраля 2021", "2021-02-10"),
        ("3 maja 2024", "2024-05-03"),
        ("5 Kasım 2023", "2023-11-05"),
        ("7 դեկտեմբերի 2017", "2017-12-07"),
        ("2021年2月10日", "2021-02-10"),
        ("Feb 10 2021", "2021-02-10"),
        ("Feb. 10, 2021", "2021-02-10"),
        ("Wednesday, 10 February 2021", "2021-02-10"),
        ("10th of February, 2021", "2021-02-10"),
        ("Published: 10 February 2021 14:05 GMT", "2021-02-10"),
        ("Updated 2021-02-10T14:05:00Z", "2021-02-10"),
        ("10.02.2021", "2021-02-10"),
        ("13/04/2021", "2021-04-13"),
        ("04/13/2021", "2021-04-13"),
        ("February 2021", "2021-02"),
    ],
)
def test_a_line_that_is_a_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text", ["2021-02-30", "31/02/2021", "30.02.2021", "Vision 2030", "Title Of Things 2021"]
)
def test_no_date_is_no_date(text):
    assert parse_date(text) is None and find_date(text) is None


def test_impossible_dates_are_told_from_ambiguous_ones():
    assert impossible_date("2021-02-30") and impossible_date("31/02/2021")
    assert not impossible_date("03/04/2021") and not impossible_date("Spring 2021")


@pytest.mark.parametrize(
    ("locale", "iso"),
    [("en-US", "2021-03-04"), ("en_PH", "2021-03-04"), ("en-GB", "2021-04-03"),
     ("de", "2021-04-03"), ("fr-FR", "2021-04-03"), ("en", None), (None, None)],
)  # fmt: skip
def test_the_pages_locale_decides_day_or_month_first(locale, iso):
    with reading_locale(locale):
        assert parse_date("03/04/2021") == iso
    assert parse_date("03/04/2021") is None  # -- the locale ends with the page


def test_a_date_inside_a_dateline_or_byline():
    assert find_date("Lisbon, 27 June 2022") == "2022-06-27"
    assert find_date("By Sam Lee, 3 May 2024 | Reuters") == "2024-05-03"
    assert parse_date("Lisbon, 27 June 2022") is None  # -- not a line that is only a date


def test_page_language_prefers_a_locale_with_a_region():
    assert page_language('<html lang="en"><meta property="og:locale" content="en_US">') == "en_US"
    assert page_language('<html lang="de-AT"><head>') == "de-AT"
    assert page_language("<html><head>") == ""


def test_a_long_line_costs_linear_time():
    started = time.perf_counter()
    find_date("word " * 200_000 + "3 May 2024")
    parse_date("x" * 1_000_000)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(("lang", "iso"), [("en-US", "2021-03-04"), ("en-GB", "2021-04-03")])
def test_a_web_pages_language_decides_its_dateline(lang, iso):
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.html import parse_html

    prose = "The regional grid upgrade has stalled for a third year as contractors wait. " * 3
    page = (
        f'<!doctype html><html lang="{lang}"><head><title>Grid upgrade stalls</title></head>'
        "<body><article><h1>Grid upgrade stalls</h1><p>By Jane Miller</p><p>03/04/2021</p>"
        f"<p>{prose}</p><p>{prose}</p></article></body></html>"
    )
    article = analyze(parse_html(page, name="grid.html"))
    assert (article.date, article.date_source) == (iso, "text")
