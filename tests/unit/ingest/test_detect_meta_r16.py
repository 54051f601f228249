"""Titles, authors and dates in shapes the fourteenth real set showed (issue 14, round 16).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.core.document import Block
from briefing_app.ingest.front import Para, cover_date, cover_lines, without_date_tail
from tests.unit.ingest.builders import BODY, analyze_text


def test_a_month_printed_after_the_title_is_the_date_not_the_title():
    text = f"# Ferry Links Across the Northern Fjords — April 2024\n\n{BODY}\n\n## Findings\n\n{BODY}\n"
    article = analyze_text(text, suffix=".md")
    assert article.title == "Ferry Links Across the Northern Fjords"
    assert article.date == "2024-04"


def test_a_title_tail_that_is_no_whole_date_stays():
    assert without_date_tail("Lessons Learned — 2020 to 2024") == (
        "Lessons Learned — 2020 to 2024",
        None,
    )
    assert without_date_tail("Harbour Tolls - A Review") == ("Harbour Tolls - A Review", None)
    assert without_date_tail("Harbour Tolls | 3 May 2021") == ("Harbour Tolls", "2021-05-03")


def _para(text: str, level: int = 0) -> Para:
    return Para(text, Block(text=text, start=0, end=len(text)), heading_level=level)


def test_a_standfirst_opening_with_its_month_dates_the_cover():
    body = [
        _para("A BRIEF FOR COUNCILLORS", 2),
        _para("June 2025 · Drawn from a survey of harbour users, weighted to the region. " + BODY),
        _para(BODY),
    ]
    assert cover_date(cover_lines(body)) == "2025-06"
    # -- guard: a date opening running text without a separator dates nothing
    body[1] = _para("In June 2025 we surveyed harbour users, weighted to the region. " + BODY)
    assert cover_date(cover_lines(body)) is None
    body[1] = _para("June 2025 saw the survey of harbour users, weighted to the region. " + BODY)
    assert cover_date(cover_lines(body)) is None


def _page(title: str, h1: str) -> str:
    para = "<p>" + "港口城市的渡轮航线连接着北方的岛屿，居民每天往返于工作和家庭之间。" * 3 + "</p>"
    return (
        f'<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h1>{h1}</h1>{para * 4}</body></html>"
    )


def test_a_column_label_and_a_site_name_glued_to_its_dash_are_no_part_of_a_title():
    article = analyze_text(
        _page("【港口观察】渡轮航线的未来 -某某网", "【港口观察】渡轮航线的未来"), ".html"
    )
    assert article.title == "渡轮航线的未来"
    # -- guard: a hyphen inside a printed title is the title's own
    article = analyze_text(_page("渡轮航线的未来-2030", "渡轮航线的未来-2030"), ".html")
    assert article.title == "渡轮航线的未来-2030"


def test_a_guessed_author_loses_its_label_and_an_editor_is_no_author():
    from briefing_app.ingest.pagemeta import guessed_name, read_page_meta

    assert guessed_name("作者：李青云") == "李青云"
    assert guessed_name("By: Maren Olsvik") == "Maren Olsvik"
    assert guessed_name("Maren Olsvik") == "Maren Olsvik"
    page = read_page_meta(
        _page("渡轮航线的未来", "渡轮航线的未来").replace("</h1>", "</h1><p>责任编辑：李青云</p>\n")
    )
    assert page.names_no_one("李青云")
    assert not page.names_no_one("王海")


def test_a_closing_labelled_author_line_names_the_writer():
    text = (
        f"# Ferry Links Across the Fjords\n\n{BODY}\n\n## Findings\n\n{BODY}\n\n"
        "Report Author: Maren Olsvik\n\nRELATED PAPERS:\n\nOlsvik, M. (2019). Tolls and tides.\n"
    )
    assert analyze_text(text, suffix=".md").author == "Maren Olsvik"
    # -- guard: a label over no person's name credits no one
    text = text.replace(
        "Report Author: Maren Olsvik", "Report Author: see the appendix for details"
    )
    assert analyze_text(text, suffix=".md").author is None
