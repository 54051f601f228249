"""Authors and dates in shapes the fifth real held-out set showed (issue 14), one rule each."""

from __future__ import annotations

import time

from briefing_app.ingest.dates import find_date, parse_date
from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.front import without_post_nominals
from briefing_app.ingest.pagemeta import read_page_meta
from tests.unit.ingest.builders import BODY, analyze_text


def test_an_abbreviated_word_after_a_mister_is_no_floor_speaker():
    article = analyze_text(
        "                A TRIBUTE\n\n"
        "  Mr. HELMS. Mr. President, I attended the memorial service for a friend.\n"
        "  Mrs. St. John, Kathryn is her name, was there, of course.\n"
        "  Mr. WU. I thank the Senator.\n"
    )
    assert article.author == "Helms, Wu"


def test_certifications_after_a_name_are_no_part_of_it():
    assert without_post_nominals("Brian J. Ruf, CISSP, CCSP, PMP") == "Brian J. Ruf"
    assert without_post_nominals("Ana Petrosyan, Ph.D.") == "Ana Petrosyan"
    assert without_post_nominals("Jo Li, PhD") == "Jo Li"
    # -- a junior, a given name after a surname, and a list of people keep their parts
    assert without_post_nominals("John Smith, Jr.") == "John Smith, Jr."
    assert without_post_nominals("Ruf, Brian") == "Ruf, Brian"
    assert without_post_nominals("Jo Li, Ana Petrosyan") == "Jo Li, Ana Petrosyan"


def test_a_file_author_with_certifications_is_the_name_alone():
    meta = choose_metadata([], title="", author="Brian J. Ruf, CISSP, CCSP, PMP")
    assert meta["author"] == "Brian J. Ruf"
    # -- a company directory's "Surname, Given" is still the account that saved the file
    assert "author" not in choose_metadata([], title="", author="Smith, JD")


def test_a_closing_sentence_saying_who_wrote_the_piece_names_the_persons_not_their_bodies():
    article = analyze_text(
        f"---\ntitle: Tips for kids' pages\nauthor: admin\n---\n\n{BODY}\n\n{BODY}\n\n"
        "_This article was written by Arlene Hernandez and Emily Canis, Kids.gov, and Jill "
        "James, Ed.gov, based on usability testing conducted by Cari Wolfson for Kids.gov._\n",
        ".md",
    )
    assert article.author == "Arlene Hernandez, Emily Canis, Jill James"


def test_a_closing_credit_to_a_body_and_a_person_joined_by_and_keeps_both():
    article = analyze_text(
        f"Field notes\n\n{BODY}\n\n{BODY}\n\nPrepared by Jo Li and Example.gov.\n"
    )
    assert article.author == "Jo Li, Example.gov"


THAI_PAGE = """<html lang="th"><head><title>{title}</title>
<meta name="author" content="Peter Amende"></head><body>
<h1 id="logo"><a href="/">ประชาไท</a></h1>
<div class="region"><h1 class="title">{title}</h1>
<article class="node node-promoted"><div class="content">
<span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>
<div class="field"><p>{body}</p><p>{body}</p></div></div></article></div>
<aside id="end">Theme by <a title="Peter Amende" href="http://example.de/">Peter Amende</a></aside>
</body></html>"""


def test_a_date_label_is_no_author_and_the_line_after_the_headline_dates_the_page():
    page = THAI_PAGE.format(title="ผล DNA ยืนยัน ศพลอยแม่น้ำโขง เป็นคนสนิท อ.สุรชัย", body=BODY)
    meta = read_page_meta(page)
    assert meta.labels_a_date("Submitted")
    assert not meta.labels_a_date("Jane Doe")
    assert meta.date == "2019-01-21"
    article = analyze_text(page, ".html")
    assert article.date == "2019-01-21"
    # -- the meta author the page credits only in its footer made the theme, not the story
    assert article.author is None


def test_a_declared_author_printed_in_the_articles_own_footer_is_kept():
    page = (
        '<html><head><title>Notes on grids</title><meta name="author" content="Jane Doe">'
        f"</head><body><article><h1>Notes on the regional grid</h1><p>{BODY}</p>"
        '<footer class="entry-meta">Posted by Jane Doe</footer></article>'
        "<footer>© Example</footer></body></html>"
    )
    assert read_page_meta(page).author == "Jane Doe"


def test_a_date_in_a_paragraph_after_a_wrapped_headline_dates_the_page():
    page = (
        '<html lang="de"><head><title>Kindersitz-Test | ADAC</title>'
        '<meta name="isodatetime" content="2019-06-19T17:49:39+02:00"></head><body>'
        "<nav><p>Tests 2018</p></nav><div class='text'><h1>18 Kindersitze im Test: "
        f"Vier Modelle fallen durch</h1></div><p>23.10.2018</p><p>{BODY}</p></body></html>"
    )
    assert read_page_meta(page).date == "2018-10-23"


def test_a_cjk_pubtime_element_and_a_bracketed_compiler_credit():
    page = (
        "<html><head><title>DeepMind新电脑已可利用记忆自学</title></head><body>"
        '<div class="hd"><h1>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶</h1>'
        '<span class="where">TNW中文站</span><span class="pubTime">2016年10月14日07:17</span>'
        f"</div><p>{BODY}</p><p>DeepMind已将其研究结果发表在《自然》上。（编译/林靖东）</p>"
        "</body></html>"
    )
    article = analyze_text(page, ".html")
    assert article.date == "2016-10-14"
    assert article.author == "林靖东"


def test_an_editor_in_brackets_is_no_author():
    article = analyze_text(f"标题\n\n{BODY}\n\n研究结果发表在《自然》上。（责任编辑：肖春芳）\n")
    assert article.author is None


def test_cjk_dates_with_a_time_after_the_day_or_only_a_month():
    assert find_date("2016年10月14日07:17") == "2016-10-14"
    assert parse_date("2018 年 04 月") == "2018-04"
    assert find_date("2018年04月14") is None  # -- no day unit: not a date we can read


def test_hostile_lines_take_linear_time():
    def cost(n: int) -> float:
        page = (
            "<html><body><h1>One two three four</h1>"
            + "<p>Submitted on " * n
            + "</p>" * n
            + "</body></html>"
        )
        text = "（编译/" * n + "2016年10月" * n
        start = time.process_time()
        read_page_meta(page)
        analyze_text(f"Title\n\n{text}\n")
        find_date(text[:5000])
        return time.process_time() - start

    small, big = min(cost(500) for _ in range(2)), min(cost(2000) for _ in range(2))
    assert big < 10 * small + 0.5


def test_a_line_naming_a_body_is_an_organisation_and_others_are_not():
    from briefing_app.ingest.front import organisation

    assert organisation("CUPERTINO UNION SCHOOL DISTRICT") == "Cupertino Union School District"
    assert organisation("Cupertino Union School District April 6, 2016") == (
        "Cupertino Union School District"
    )
    assert organisation("东北电气发展股份有限公司") == "东北电气发展股份有限公司"
    assert organisation("Acme Holdings Inc.") == "Acme Holdings Inc."
    for line in (
        "Board of Education Special Meeting",  # -- an event, not a body
        "Brian J. Ruf",  # -- a person
        "The district is a board.",  # -- a sentence
        "2018 年第一季度报告",  # -- a report's name
        "school district",  # -- not a name
    ):
        assert organisation(line) is None, line


def _letter_pdf(draw_pages) -> bytes:
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    from tests.unit.ingest import builders

    builders.register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter, invariant=1)
    for draw in draw_pages:
        draw(c)
        c.showPage()
    c.save()
    return out.getvalue()


def _prose(c, y: float, n: int = 4) -> None:
    import textwrap

    c.setFont("NotoSans", 10)
    for _ in range(n):
        for line in textwrap.wrap(BODY, 95):
            c.drawString(72, y, line)
            y -= 14
        y -= 8


def test_a_letterhead_names_the_issuing_body_and_the_date_beside_it():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_bytes

    def page(c):
        c.setFont("NotoSans-Bold", 16)
        c.drawCentredString(306, 740, "RIVERSIDE UNIFIED SCHOOL DISTRICT")
        c.setFont("NotoSans-Bold", 14)
        c.drawCentredString(306, 715, "Board of Education Regular Meeting")
        c.setFont("NotoSans", 11)
        c.drawString(72, 685, "Riverside Unified School District")
        c.drawRightString(540, 685, "March 9, 2022")
        _prose(c, 650)

    article = analyze(read_bytes(_letter_pdf([page]), name="agenda.pdf", suffix=".pdf"))
    assert article.author == "Riverside Unified School District"
    assert (article.date, article.date_source) == ("2022-03-09", "text")


def test_a_cover_names_its_issuer_in_small_type_under_the_title():
    from briefing_app.ingest.pdf import parse_pdf

    def cover(c):
        c.setFont("NotoSans", 12)
        c.drawCentredString(306, 600, "Acme Holdings Inc.")
        c.setFont("NotoSans-Bold", 24)
        c.drawCentredString(306, 560, "First Quarter Report 2018")

    def text(c):
        c.setFont("NotoSans-Bold", 14)
        c.drawString(72, 720, "Important notice")
        _prose(c, 690)

    doc = parse_pdf(_letter_pdf([cover, text]), name="report.pdf")
    assert doc.metadata.get("author") == "Acme Holdings Inc."


def test_a_labelled_date_on_a_line_of_its_own_dates_a_document_and_a_talked_about_one_does_not():
    long = " ".join([BODY] * 3)
    stated = analyze_text(f"Vendor resources\n\n{long}\n\nLast Updated: Nov. 12, 2020\n\n{BODY}\n")
    assert (stated.date, stated.date_source) == ("2020-11-12", "text")
    told = analyze_text(f"Vendor resources\n\n{long}\n\nOn Nov. 12, 2020 the office moved.\n")
    assert told.date is None


def test_dates_in_other_digits_and_the_buddhist_era():
    from briefing_app.ingest.dates import reading_locale

    assert find_date("٢٨ أغسطس ٢٠١٣") == "2013-08-28"  # -- Arabic-Indic digits
    assert find_date("２０１９年１月２１日") == "2019-01-21"  # -- full-width digits
    # -- Thai counts years from the Buddha: 2562 is 2019; an abbreviated month has inner stops
    assert find_date("21 ม.ค. 2562") == "2019-01-21"
    assert find_date("21 ม.ค.2561") == "2018-01-21"
    assert find_date("วันที่ 21/01/2562") == "2019-01-21"
    with reading_locale("th"):
        assert find_date("21 ธันวาคม 2562") == "2019-12-21"
    # -- outside Thai, Lao and Khmer a year 2562 is no date
    assert find_date("Population 2562 in the 21/01 census") is None
    assert find_date("version 1.2019") is None


def test_month_names_with_marks_and_stops_take_linear_time():
    def cost(n: int) -> float:
        text = ("ม.ค." * n) + " 2562 " + ("ธันวาคม" * n) + "2019" + ("چهارشنبه ۱۵ مهر " * n) + "۱۳۹۸"
        start = time.process_time()
        for k in range(20):
            find_date(text + str(k))
        return time.process_time() - start

    small, big = min(cost(1000) for _ in range(2)), min(cost(4000) for _ in range(2))
    assert big < 8 * small + 0.2


def test_a_bracketed_build_step_is_no_credit():
    article = analyze_text(f"发布准备\n\n{BODY}\n\n- CI：已加入 GitHub Actions（编译/测试）\n")
    assert article.author is None
    alone = analyze_text(f"标题\n\n{BODY}\n\n{BODY}\n\n（记者 张三）\n")
    assert alone.author == "张三"


def test_a_chinese_headline_printed_twice_is_dated_by_the_line_under_either():
    page = (
        "<html><head><title>短缺药品保供稳价 全力保障临床用药需求-新华网</title></head><body>"
        '<div class="header-time"><span class="year">2023</span><span class="day">11/17</span></div>'
        "<h1><span>短缺药品保供稳价 全力保障临床用药需求</span></h1><div>字体：</div>"
        f"<div class='mobile'><h1>短缺药品保供稳价 全力保障临床用药需求</h1>"
        "<div class='info'>2023-11-17 20:52:15 <span>来源：新华网</span></div></div>"
        f"<p>{BODY}</p></body></html>"
    )
    assert read_page_meta(page).date == "2023-11-17"
    # -- a standfirst telling of a day is no dateline
    told = (
        "<html><body><h1>The council votes on the budget today</h1><p>On 3 March 2020 the "
        "council met for the first time in a long while and voted to close the old library.</p>"
        "</body></html>"
    )
    assert read_page_meta(told).date is None


def test_an_original_date_meta_beside_an_updated_one_dates_the_page():
    page = (
        '<html><head><title>Most popular searches</title><meta name="article_date_original" '
        'content="Saturday, December 27, 2014, 12:06 PM"><meta name="article_date_updated" '
        'content="Monday, December 29, 2014, 9:10 AM"></head>'
        f"<body><p>{BODY}</p></body></html>"
    )
    assert read_page_meta(page).date == "2014-12-27"


def test_by_in_other_languages_opens_a_byline_only_before_a_whole_name():
    cases = {
        "Von Anna Berger": "Anna Berger",
        "Par Jean Dupont": "Jean Dupont",
        "Por Patricio Candia | Palma": "Patricio Candia",
        "Door Jan de Vries": "Jan de Vries",
    }
    for line, name in cases.items():
        assert analyze_text(f"Die Zukunft der Netze\n\n{line}\n\n{BODY}\n\n{BODY}\n").author == name
    quoted = analyze_text(
        f"Von der Leyen warns Europe\n\nVon der Leyen said on Monday that the bloc would act.\n\n"
        f"{BODY}\n"
    )
    assert quoted.author is None


def test_the_editorial_team_in_another_language_is_no_author():
    page = (
        '<html lang="de"><head><title>Neue Regeln</title><meta name="author" content="Redaktion">'
        f"</head><body><article><h1>Neue Regeln für das Netz</h1><p>{BODY}</p></article>"
        "</body></html>"
    )
    assert analyze_text(page, ".html").author is None


def test_solar_hijri_dates_on_persian_pages_are_read_through_dateparsers_calendar():
    assert find_date("۱۵ مهر ۱۳۹۸") == "2019-10-07"
    assert parse_date("چهارشنبه ۲۴ دی ۱۴۰۲ - ۱۲:۳۰") == "2024-01-14"
    assert find_date("31 مهر 1398") is None  # -- Mehr has 30 days
    assert find_date("Page 1398 of the register") is None  # -- a number, not a year
    page = (
        '<html lang="fa"><head><title>خبر</title></head><body>'
        "<h1>گزارش تازه درباره شبکه برق کشور منتشر شد</h1>"
        f"<div>چهارشنبه ۲۴ دی ۱۴۰۲ - ۱۲:۳۰</div><p>{BODY}</p></body></html>"
    )
    assert read_page_meta(page).date == "2024-01-14"
