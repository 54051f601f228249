"""Front matter of real-shaped papers: wrapped titles, site trails, letterheads, header blocks.

Each test is made-up text in the shape a class of real documents takes (issue 14).
"""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text

SUBJECT = "Harbour Tolls Raised Ferry Fares"


def test_a_title_wrapped_after_but_takes_its_second_line():
    text = f"Harbour Tolls Raised Ferry Fares but\nLeft the Islands Without a Plan\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title == (
        "Harbour Tolls Raised Ferry Fares but Left the Islands Without a Plan"
    )


def _page(title: str, paragraphs: str) -> str:
    return (
        f"<html><head><title>{title} : Minato Shimbun</title>"
        f'<meta property="og:site_name" content="Minato Shimbun">'
        f'<meta property="og:title" content="{title}"></head>'
        f"<body><article>{paragraphs}</article></body></html>"
    )


def test_a_page_title_trailing_its_sections_behind_spaced_colons_is_the_headline():
    headline = "港湾使用料の引き上げで離島航路の運賃が上昇"
    para = "<p>港湾使用料の引き上げにより、離島を結ぶ航路の運賃が先月から上がった。</p>" * 4
    html = _page(f"{headline} : 経済 : ニュース", para)
    assert analyze_text(html, ".html").title == headline
    # -- guard: a French subtitle behind " : " is the title's own
    french = "Péages portuaires : ce que paieront les îliens dès mars : enquête complète"
    html = _page(french, f"<p>{BODY}</p>" * 4)
    assert analyze_text(html, ".html").title == french


def test_a_markup_tag_left_over_a_wrapped_title_is_no_kicker():
    text = (
        "<pre>\nHarbour Tolls Raised Ferry Fares but\nLeft the Islands Without a Plan\n\n"
        f"Islanders Ask the Council for a Timetable\n\n{BODY}\n\n{BODY}\n"
    )
    assert analyze_text(text).title == (
        "Harbour Tolls Raised Ferry Fares but Left the Islands Without a Plan"
    )


def test_a_class_header_over_the_first_of_several_sections_prints_no_title():
    text = (
        "Mara Lindqvist\n\nPOL 310\n\n3/4/19\n\n## Part 1: The Problem\n\n"
        f"{BODY}\n\n## Part 2: The Evidence\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert article.title_source == "file"
    assert article.author == "Mara Lindqvist"
    # -- guard: one heading under the header block is the paper's title
    text = f"Mara Lindqvist\n\nPOL 310\n\n3/4/19\n\n## Ferry Fares and Harbour Tolls\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "Ferry Fares and Harbour Tolls"


def test_a_memo_letterhead_names_its_writer_beside_their_contacts():
    text = (
        f"Memo Mara Lindqvist | m.lindqvist@harbour.example | 608-555-0142\n\n"
        f"{SUBJECT}\n\n{BODY}\n\n{BODY}\n"
    )
    article = analyze_text(text)
    assert article.author == "Mara Lindqvist"
    assert article.title == SUBJECT
    # -- guard: an office's letterhead names no writer
    text = f"Harbour Office | office@harbour.example | 608-555-0142\n\n{SUBJECT}\n\n{BODY}\n"
    assert analyze_text(text).author != "Harbour Office"


def _memo_text(sender: str) -> str:
    return (
        f"Policy Brief: {SUBJECT}\n\nTo: Harbour Board Members\n\nFrom: {sender}\n\n"
        "Date: March 2026\n\nSubject: What the New Tolls Did to Island Fares\n\n"
        f"## Summary\n\n{BODY}\n\n## Findings\n\nThe staff counted fares. {BODY}\n"
    )


def test_a_labelled_title_over_a_memo_block_beats_its_subject_line():
    assert analyze_text(_memo_text("Mara Lindqvist"), ".md").title == SUBJECT


def test_a_memo_signed_with_a_given_name_alone_is_by_that_name():
    assert analyze_text(_memo_text("Mara"), ".md").author == "Mara"
    # -- guard: a common noun the memo writes in lower case is no sender
    assert analyze_text(_memo_text("Staff"), ".md").author != "Staff"


def test_a_numbered_introduction_opening_the_parts_is_no_title():
    text = f"# I. Introduction\n\n{BODY}\n\n# II. Findings\n\n{BODY}\n"
    assert analyze_text(text, ".md").title_source == "file"
    # -- guard: a lone numbered heading is still the title
    text = f"# I. Introduction\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "I. Introduction"


def test_a_running_head_of_a_name_and_a_field_names_the_writer():
    from briefing_app.ingest.docmeta import _running_author

    assert _running_author(["Mara Lindqvist, Public Health."]) == "Mara Lindqvist"
    # -- guards: a topic and a term, a name and a year, are no writer's head
    assert _running_author(["Harbour Policy, Spring Term"]) is None
    assert _running_author(["Mara Lindqvist, 2024"]) is None


_ZH_PARAS = "<p>港口收费上调后，海岛航线的票价从上个月起明显上涨，居民出行成本随之增加。</p>" * 4
_ZH_HEAD = "港口收费上调推高海岛航线票价"


def _zh_page(head_meta: str, after: str, extra: str = "") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{_ZH_HEAD}</title>{head_meta}</head><body>'
        f"{extra}<article><h1>{_ZH_HEAD}</h1>{_ZH_PARAS}{after}</article></body></html>"
    )


def test_a_portal_declaring_itself_author_beside_its_copyright_names_no_one():
    meta = '<meta name="author" content="海港网"><meta name="Copyright" content="海港网版权所有">'
    assert analyze_text(_zh_page(meta, ""), ".html").author is None


def test_a_source_line_names_the_writers_after_the_outlet():
    line = '<div class="ep-source"><span>本文来源：海岛日报 作者：林小海 陈明</span></div>'
    assert analyze_text(_zh_page("", line), ".html").author == "林小海, 陈明"


def test_a_sign_in_box_taken_for_a_byline_names_no_one():
    box = (
        '<div class="comment-author"><div class="tips">账号</div><input type="text">'
        '<div class="tips">密码</div><input type="password"><label>自动登录</label></div>'
    )
    assert analyze_text(_zh_page("", box), ".html").author is None


def test_a_contributor_box_under_the_headline_is_the_byline():
    page = (
        "<html><head><title>Harbour Tolls Raised Ferry Fares</title></head><body><article>"
        "<h1>Harbour Tolls Raised Ferry Fares</h1>"
        '<div class="contributor"><div class="contributor__initials">'
        '<a href="/contributor/mara-lindqvist">ML</a></div>'
        '<div class="contributor__meta"><span class="contributor__prefix">by </span>'
        '<a href="/contributor/mara-lindqvist">Mara Lindqvist</a></div></div>'
        f"<p>{BODY}</p><p>{BODY}</p>"
        '<div class="embed"><div class="card"><a href="/other">Island Ferries Cut Winter Runs</a>'
        '<div class="card__byline">Tomas Berg</div></div></div>'
        f"<p>{BODY}</p></article></body></html>"
    )
    assert analyze_text(page, ".html").author == "Mara Lindqvist"


def _ja_page(last: str) -> str:
    head = "港湾使用料の引き上げで離島航路の運賃が上昇"
    para = "<p>港湾使用料の引き上げにより、離島を結ぶ航路の運賃が先月から上がった。</p>" * 3
    return (
        f'<html><head><meta charset="utf-8"><title>{head}</title></head><body><article>'
        f"<h1>{head}</h1>{para}<p>住民は町に対策を求めている。{last}</p></article></body></html>"
    )


def test_a_japanese_story_closing_on_its_reporter_in_lenticular_brackets_is_theirs():
    assert analyze_text(_ja_page("【山田花子】"), ".html").author == "山田花子"
    # -- guard: a bracketed label is no reporter
    assert analyze_text(_ja_page("【関連記事】"), ".html").author is None


def test_a_title_naming_the_writer_before_the_papers_kind_gives_the_author():
    text = f"# Mara Lindqvist - Final Project Data Memo\n\n{BODY}\n\n{BODY}\n"
    article = analyze_text(text, ".md")
    assert article.author == "Mara Lindqvist"
    assert article.title == "Mara Lindqvist - Final Project Data Memo"
    # -- guard: a subject the text writes in lower case is no writer
    text = f"# Regional Grid - A Policy Brief\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").author is None


def test_author_and_date_cards_beside_their_labels_are_read():
    page = (
        "<html><head><title>Harbour tolls brief</title></head><body>"
        "<div class='head'><h1>Harbour Tolls Raised Ferry Fares</h1><div class='meta'>"
        "<div><span class='label'>AUTHOR</span><span class='val'>Mara Lindqvist</span></div>"
        "<div><span class='label'>INSTITUTION</span><span class='val'>Harbour College</span></div>"
        "<div><span class='label'>DATE</span><span class='val'>March 2026</span></div>"
        f"</div></div><div class='body'><p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></div></body></html>"
    )
    article = analyze_text(page, ".html")
    assert (article.author, article.date) == ("Mara Lindqvist", "2026-03")


def test_an_author_list_under_a_series_line_keeps_the_front_lines_and_their_date():
    text = (
        f"Harbour Policy Brief No. 3-21\n\n# {SUBJECT}\n\n"
        "Mara Lindqvist*, Tomas Berg* and Ana Ruiz*\n\n*Harbour College.\n\n"
        "Corresponding author (mara@harbour.example)\n\n8 September 2020\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert article.author == "Mara Lindqvist, Tomas Berg, Ana Ruiz"
    assert article.date == "2020-09-08"


def _docx_titled(title: str):
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_bytes
    from tests.unit.ingest.builders import built_docx

    def build(document):
        document.core_properties.title = title
        document.add_heading("Background", level=2)
        document.add_paragraph(f"This paper is about harbour tolls and ferry fares. {BODY}")
        document.add_heading("Options", level=2)
        document.add_paragraph(BODY)

    return analyze(read_bytes(built_docx(build), name="paper.docx", suffix=".docx"))


def test_a_title_property_holding_a_typed_file_name_gives_its_words():
    assert _docx_titled("145 - Harbour Tolls and Ferry Fares.docx").title == (
        "Harbour Tolls and Ferry Fares"
    )
    # -- guard: a draft's file name is no title
    assert _docx_titled("Harbour tolls final v2.docx").title_source == "file"


def test_a_byline_read_after_the_first_sections_text_on_the_first_page_is_the_writers():
    text = (
        f"# {SUBJECT}\n\n## Overview\n\n{BODY}\n\n{BODY}\n\nBy Mara Lindqvist\n\n"
        f"## What Changed\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert article.author == "Mara Lindqvist"
    assert all("By Mara" not in p for s in article.sections for p in s.paragraphs)


def test_a_two_digit_year_past_next_year_is_of_the_last_century():
    from briefing_app.ingest.dates import short_numeric_date

    assert short_numeric_date("25/4/97") == "1997-04-25"
    assert short_numeric_date("25/4/19") == "2019-04-25"


def test_a_signed_date_line_under_a_memos_motto_is_read_the_documents_way():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_bytes
    from tests.unit.ingest.builders import built_docx

    def build(document):  # -- python-docx's template sets the language to en-US
        document.add_paragraph("Tolls")
        document.add_heading("“Cheap to raise is dear to pay”", level=2)
        document.add_paragraph("Mara Lindqvist – 9/4/97")
        document.add_paragraph(BODY)
        document.add_paragraph(BODY)

    article = analyze(read_bytes(built_docx(build), name="memo.docx", suffix=".docx"))
    assert article.date == "1997-09-04"


def _letterhead_docx(heading: str):
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_bytes
    from tests.unit.ingest.builders import built_docx

    def build(document):
        document.add_paragraph("THE HARBOUR COLLEGE")
        document.add_heading(heading, level=2)
        document.add_paragraph(BODY)
        document.add_heading("Before You Sail", level=2)
        document.add_paragraph(BODY)

    return analyze(read_bytes(built_docx(build), name="form.docx", suffix=".docx"))


def test_a_letterhead_over_a_heading_is_the_issuer_and_the_heading_the_title():
    article = _letterhead_docx("Ferry Safety Checklist")
    assert article.title == "Ferry Safety Checklist"
    assert article.author == "The Harbour College"
    # -- guard: a part's name under the letterhead is no title
    assert _letterhead_docx("Introduction").title != "Introduction"


def test_every_list_of_writers_is_split_the_same_way():
    from briefing_app.ingest.front import name_list, name_parts

    assert name_parts("Mara Lindqvist, Tomas Berg und Ana Ruiz") == [
        "Mara Lindqvist",
        "Tomas Berg",
        "Ana Ruiz",
    ]
    # -- an author list under a title in another language reads like an English one
    assert name_list("Mara Lindqvist y Tomas Berg") == "Mara Lindqvist, Tomas Berg"
    text = f"{SUBJECT}\n\nMara Lindqvist y Tomas Berg\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author == "Mara Lindqvist, Tomas Berg"


def test_a_subtitle_line_under_a_title_field_label_is_the_standfirst_without_its_label():
    text = (
        "Policy Brief: Fares on the Island Routes\n"
        "Title: A Fare Policy for the Island Routes of the Northern Ferry Company\n"
        f"Prepared by: Member 2 – Transport Analyst\n\nObjective:\n\n{BODY}\n\n{BODY}\n"
    )
    assert analyze_text(text).standfirst == (
        "A Fare Policy for the Island Routes of the Northern Ferry Company"
    )
