"""Titles, authors and dates in shapes the ninth real set showed, by class of document (issue 14).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.front import Para, credit_date, name_line, name_list
from briefing_app.ingest.html import _shortened, parse_html
from briefing_app.ingest.pagemeta import read_page_meta
from tests.unit.ingest.builders import BODY, analyze_text, built_docx


def test_a_list_of_abstract_nouns_is_no_list_of_names():
    # -- a subtitle or a heading joined with "and"/"&": topics, not people
    assert name_list("Technical Landscape, Accessibility Trends & Biosecurity Implications") is None
    assert (
        name_list("TLS General Packet Structure and Deprecated TLS Version Identification") is None
    )
    assert not name_line("Deprecated Version Identification")
    # -- guard: people's names, some ending like nouns ("Clement", "Lawrence")
    assert name_list("Jo Clement, Ana Lawrence and Sam Okonkwo") == (
        "Jo Clement, Ana Lawrence, Sam Okonkwo"
    )


def test_a_markdown_heading_naming_topics_is_no_author():
    text = (
        "# Background Information\n\nThe page gives background.\n\n"
        "## Packet Structure and Version Identification\n\n" + BODY + "\n\n" + BODY + "\n"
    )
    assert analyze_text(text, ".md").author is None


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


_STORY = "".join(
    f"<p>{'益阳的数字农业发展很快，园区里的农民用手机管理大棚。' * 4}</p>" for _ in range(4)
)


def test_an_editors_credit_element_is_no_byline_and_the_reporter_line_is():
    html = _page(
        '<meta name="author" content="孔德明"><title>益阳：“数字”是优长</title>',
        "<h1>益阳：“数字”是优长</h1><p><strong>半月谈记者 史卫燕</strong></p>"
        + _STORY
        + '<div class="detail_author"><span>责任编辑：孔德明</span></div>',
    )
    assert read_page_meta(html).author == "史卫燕"
    # -- guard: a photo credit ("新华社记者 才扬 摄") names no writer
    photo = _page(
        "<title>武汉的声音</title>", "<h1>武汉的声音</h1><p>新华社记者 才扬 摄</p>" + _STORY
    )
    assert read_page_meta(photo).author is None


def test_a_commentators_bracketed_credit_names_the_writers():
    html = _page(
        "<title>武汉的声音：有英勇的你，才有英雄的城！</title>",
        _STORY + "<p>正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）</p>",
    )
    assert analyze(parse_html(html, name="p.html")).author == "罗博, 萧海川"


def test_a_site_name_before_or_after_the_headline_leaves_the_title():
    body = "<p>" + BODY + "</p><p>" + BODY + "</p>"
    site = '<meta property="og:site_name" content="NEWS WEB EASY">'
    doc = parse_html(
        _page(site + "<title>NEWS WEB EASY|子どもの法律ができる</title>", body), name="p"
    )
    assert doc.metadata["title"] == "子どもの法律ができる"
    doc = parse_html(_page("<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>", body))
    assert doc.metadata["title"] == "武汉的声音：有英勇的你，才有英雄的城！"
    # -- guard: a hyphen inside a Latin title, and a title with no site name, stay whole
    doc = parse_html(_page("<title>Long-term care in the state-run homes</title>", body))
    assert doc.metadata["title"] == "Long-term care in the state-run homes"


def test_a_share_title_cut_short_yields_to_the_printed_headline():
    body = (
        "<h1>How to Care for Hydrangeas to Get the Most Beautiful Blooms</h1>"
        f"<p>{BODY}</p><p>{BODY}</p>"
    )
    doc = parse_html(_page("<title>How to Care for Hydrangeas</title>", body))
    assert doc.metadata["title"] == "How to Care for Hydrangeas to Get the Most Beautiful Blooms"
    # -- guard: an h1 that adds a site or section after a separator, or a two-word title
    assert not _shortened("Fix the bridge now | Opinion", "Fix the bridge now")
    assert not _shortened("Bridge Works are starting", "Bridge Works")


def _paper_docx(lines: list[str], heading: str, author: str) -> bytes:
    def build(document) -> None:
        document.core_properties.author = author
        for line in lines:
            document.add_paragraph(line)
        document.add_heading(heading, level=2)
        document.add_paragraph(BODY)
        document.add_paragraph(BODY)

    return built_docx(build)


def test_a_writers_header_block_over_the_one_heading_gives_title_and_author():
    header = ["Emily Webber", "Policy Memo", "November 12, 2015", "Student ID 457896"]
    article = analyze(parse_docx(_paper_docx(header, "Removing the Bias", "Tara"), name="m.docx"))
    assert (article.title, article.author, article.date) == (
        "Removing the Bias",
        "Emily Webber",
        "2015-11-12",
    )
    # -- guard: a one-word author property with no name printed stays ("FAA")
    lines = ["Handbook", "Chapter one", "March 4, 2020", "Draft"]
    article = analyze(parse_docx(_paper_docx(lines, "Flight Rules", "FAA"), name="h.docx"))
    assert article.author == "FAA"


def _para(text: str) -> Para:
    from briefing_app.core.document import Block

    return Para(text, Block(text=text, kind="paragraph", level=0, start=0, end=len(text)))


def test_a_closing_compiled_by_block_names_the_author_and_its_date():
    credit = (
        "Compiled by: Olena Didenko, UCL Wolfson Institute for Biomedical Research "
        "Research Direction: Approved by Rassin Lababidi Date: July 7, 2026"
    )
    body = [_para(BODY), _para(BODY), _para(credit)]
    assert credit_date(body) == "2026-07-07"
    text = "Growing Tomatoes\n\n" + "\n\n".join([BODY] * 5) + "\n\n" + credit + "\n"
    article = analyze_text(text)
    assert (article.author, article.date) == ("Olena Didenko", "2026-07-07")
    # -- guard: a date a closing sentence talks about, with no credit, dates nothing
    assert credit_date([_para(BODY), _para("The next meeting date: July 7, 2026.")]) is None


def test_a_cell_naming_an_author_and_their_lab_keeps_the_author_an_email_spells():
    cells = (
        "Sloan School, MIT | chintanv@mit.edu | Chintan Vaishnav | sollins@csail.mit.edu"
        " | Karen Sollins, CSAIL, MIT | nkkodali@mit.edu | Nikita Kodali | EECS, MIT"
    )
    assert name_list(cells) == "Chintan Vaishnav, Karen Sollins, Nikita Kodali"
    # -- guard: no e-mail spells the cell's first part, so it is no one's name
    assert name_list("Sloan School, MIT | jo@mit.edu | Jo Vaishnav | Ana Roe, CSAIL, MIT") == (
        "Jo Vaishnav"
    )


def test_the_one_day_rdfa_marks_and_a_time_classed_line_date_the_page():
    body = f"<h1>Ein langer Titel für die Seite hier</h1><p>{BODY}</p>"
    rdfa = (
        '<footer><span property="dc:date" content="2019-02-08T00:00:00+01:00">8 fév</span></footer>'
    )
    assert read_page_meta(_page("<title>t</title>", body + rdfa)).date == "2019-02-08"
    # -- guard: teasers marking different days say nothing of this page's
    two = rdfa + rdfa.replace("2019-02-08", "2019-01-03")
    assert read_page_meta(_page("<title>t</title>", body + two)).date is None
    timed = '<div class="h-title">武汉的声音</div><span class="h-time"> 2020-02-19 20:29:58</span>'
    assert read_page_meta(_page("<title>t</title>", timed + f"<p>{BODY}</p>")).date == "2020-02-19"


def test_the_day_printed_under_a_dek_beats_a_utc_stamp_a_day_later():
    from briefing_app.ingest.dates import reading_locale

    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "Wed, 04 May 2022 02:41:00 GMT"}</script><title>t</title>'
    )
    body = (
        "<h1>Investigador chileno asegura que no publicó todo su material</h1>"
        "<h2>Hugo Bustos asegura que habría causado un escándalo mayor</h2>"
        "<h6><a href='/autor/x'>Ariel Melgar Cabrera</a> <span>3/5/2022 22:41</span></h6>"
        f"<p>{BODY}</p>"
    )
    with reading_locale("es"):
        assert read_page_meta(_page(head, body)).date == "2022-05-03"
        # -- guard: a printed day that agrees with the stamp, or none, leaves it
        assert read_page_meta(_page(head, body.replace("3/5/2022", "4/5/2022"))).date == (
            "2022-05-04"
        )
        assert read_page_meta(_page(head, f"<h1>Investigador chileno</h1><p>{BODY}</p>")).date == (
            "2022-05-04"
        )


def test_a_labelled_date_in_the_headlines_block_dates_the_page():
    from briefing_app.ingest.dates import labelled_date, reading_locale

    above = (
        "<p><span><a href='/author/mb'>Moritz Bachmann</a></span>"
        "<span>publiziert am 25. September 2018</span></p>"
        "<h1>Die elektronische Patientenakte und der lange Marsch</h1>"
        f"<p>{BODY}</p>"
    )
    with reading_locale("de"):
        assert read_page_meta(_page("<title>t</title>", above)).date == "2018-09-25"
        # -- guard: an update's day is no publication day
        updated = above.replace("publiziert am", "Aktualisiert am")
        assert read_page_meta(_page("<title>t</title>", updated)).date is None
    assert labelled_date("기사입력 :[ 2018-08-25 15:24 ]") == "2018-08-25"
    assert labelled_date("发布时间：2020-02-19 20:29") == "2020-02-19"
    # -- guard: a date the text talks about has no label
    assert labelled_date("Am 25. September 2018 begann der Marsch") is None
