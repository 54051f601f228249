"""Authors and dates in shapes the sixth and seventh real held-out sets showed (issue 14)."""

from __future__ import annotations

import time

from briefing_app.ingest.columnhead import column_header
from briefing_app.ingest.front import name_list
from briefing_app.ingest.memohead import memo_sender
from briefing_app.ingest.pagemeta import read_page_meta
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
    # -- ("Status of this Memo" is boilerplate, no section: the text may open without a heading)
    headings = [s.heading or "" for s in article.sections]
    assert all("Okafor" not in h and "9999" not in h for h in headings)


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

    small, big = min(cost(2000) for _ in range(3)), min(cost(8000) for _ in range(3))
    assert big < 8 * small + 0.2


_STORY = "<p>" + "The council met on Tuesday and voted on the plan for the harbour. " * 4 + "</p>"


def _page(under_headline: str, end: str = "") -> str:
    return (
        "<html><head><title>Harbour plan</title></head><body><article>"
        "<h1>Council votes on the harbour plan</h1>"
        f"{under_headline}{_STORY}{_STORY}{end}</article></body></html>"
    )


def test_a_story_signed_with_name_role_and_address_names_its_writer():
    korean = "<p>" + "항만 계획에 대한 표결이 화요일에 있었다. " * 6 + "</p>"
    page = (
        "<html><body><article><h1>항만 계획 표결 결과 발표</h1>"
        f"{korean}{korean}<p>김하늘 기자 sky@example.co.kr</p>"
        "<p>[사진=예시]</p></article></body></html>"
    )
    assert analyze_text(page, ".html").author == "김하늘"
    assert analyze_text(_page("", "<p>Jo Harlow, jo.harlow@example.org</p>"), ".html").author == (
        "Jo Harlow"
    )


def test_an_address_after_a_sentence_or_a_label_names_no_writer():
    for end in (
        "<p>For questions write to press@example.org</p>",
        "<p>Contact: press@example.org</p>",
        "<p>항만 계획에 대한 문의는 아래로 press@example.org</p>",
    ):
        assert analyze_text(_page("", end), ".html").author is None, end


def test_a_byline_under_the_headline_is_read_however_it_is_classed():
    byline = '<p class="meta">By <a href="/about">Jo Harlow</a> on Monday, March 2nd, 2020 at 9:04 a.m.</p>'
    meta = read_page_meta(_page(byline))
    assert (meta.author, meta.date) == ("Jo Harlow", "2020-03-02")
    written = (
        '<div class="x1">Written by <a href="/team">Jo Harlow, MS, RD</a> on March 2, 2020</div>'
    )
    assert read_page_meta(_page(written)).author == "Jo Harlow"


def test_a_name_linked_to_the_sites_people_under_the_headline_is_the_writer():
    linked = '<ul><li><a href="/blog/experts/444">Jo Harlow</a></li></ul><div>March 02, 2020</div>'
    meta = read_page_meta(_page(linked))
    assert (meta.author, meta.date) == ("Jo Harlow", "2020-03-02")
    # -- a link elsewhere, or to a page that is no person's, names nobody
    assert read_page_meta(_page('<p><a href="/blog/topics/444">Jo Harlow</a></p>')).author is None
    after_body = _STORY + '<p><a href="/experts/444">Jo Harlow</a></p>'
    assert read_page_meta(_page("<h2>Background</h2>" + after_body)).author is None


def test_a_date_in_the_body_is_no_headline_date():
    assert read_page_meta(_page("<h2>Background</h2><p>March 02, 2020</p>")).date is None


def test_lines_under_a_headline_take_linear_time():
    def cost(n: int) -> float:
        page = _page("<p>By " + "Jo " * n + "</p>" + "<span>x</span>" * n)
        start = time.process_time()
        read_page_meta(page)
        return time.process_time() - start

    small, big = min(cost(2000) for _ in range(3)), min(cost(8000) for _ in range(3))
    assert big < 8 * small + 0.2


def test_a_memorandums_from_block_names_its_senders_not_their_offices():
    memo = (
        "MEMORANDUM FOR THE HEADS OF AGENCIES\n\n"
        "FROM:\tMarta Quist\n\tChief Data Officer\n\n\tOwen Pratt\n\tDeputy Director\n\n"
        "SUBJECT: Sharing data between agencies\n\n"
        "Agencies hold data that other agencies could use to serve the public better.\n"
    )
    assert memo_sender(memo) == "Marta Quist, Owen Pratt"
    assert analyze_text(memo).author == "Marta Quist, Owen Pratt"
    page = "## M-1<br/>MEMO\n<h3> FROM: <br/>Marta Quist<br/>Chief Data Officer</h3>\n<h3> SUBJECT: <br/>Data</h3>\n"
    assert memo_sender(page) == "Marta Quist"
    assert memo_sender("FROM: Marta Quist, Chief Data Officer\nTO: All staff\n") == "Marta Quist"


def test_a_from_in_running_text_or_without_a_name_names_no_sender():
    assert memo_sender("Letters came from: Boston, Leeds and Perth.\n") is None
    assert memo_sender("FROM: the Office of the Director\nSUBJECT: Data\n") is None
    assert memo_sender("Intro.\n\n" + "x" * 4000 + "\nFROM: Marta Quist\n") is None


def test_an_author_block_in_columns_gives_the_names_among_its_cells():
    assert name_list("Jo Harlow | Ana Petrosyan") == "Jo Harlow, Ana Petrosyan"
    cells = "12 Pine St. | jo@example.org | Jo Harlow | Leeds, LS1 4AP | Acme | ana@example.org | Ana Petrosyan"
    assert name_list(cells) == "Jo Harlow, Ana Petrosyan"
    # -- without an address the cells are a table row or a dateline, not an author block
    assert name_list("Jo Harlow | Acme Research Institute | Leeds") is None


def test_a_role_in_lower_case_after_a_name_is_no_part_of_the_byline():
    page = (
        "---\ntitle: Designing content\nauthor: 'Cayce Harlow, concepteur de contenu'\n---\n\n"
        "Content design starts from what the reader needs to do next.\n"
    )
    assert analyze_text(page, ".md").author == "Cayce Harlow"


def test_every_writer_marked_up_in_a_byline_is_an_author():
    byline = (
        '<ul><li class="byline"><span itemprop="author"><a itemprop="name">Jo Harlow</a></span>, '
        '<span itemprop="author"><a itemprop="name">Ana Petrosyan</a></span></li></ul>'
    )
    assert read_page_meta(_page(byline)).author == "Jo Harlow, Ana Petrosyan"
    # -- a single marked writer stays one, and a name marked up otherwise is not added
    single = (
        '<p class="byline"><span itemprop="author">Jo Harlow</span> '
        '<span itemprop="publisher">Harbour Times</span></p>'
    )
    assert read_page_meta(_page(single)).author == "Jo Harlow"


def test_a_date_under_a_label_on_the_line_before_dates_the_document():
    body = "".join(
        f"The council met and voted on part {k} of the harbour plan after a long debate.\n\n"
        for k in range(6)
    )
    printed = f"Harbour plan\n\n{body}By:\n\nSaturday, September 21, 2031 at 11:51 AM\n\nTags:\n\nHarbour\n"
    article = analyze_text(printed)
    assert (article.date, article.date_source) == ("2031-09-21", "text")
    # -- a date line with no label above it, or a label over a sentence, dates nothing
    assert (
        analyze_text(f"Harbour plan\n\n{body}Saturday, September 21, 2031\n\nTags:\n").date is None
    )
    told = f"Harbour plan\n\n{body}Minutes:\n\nOn September 21, 2031 the council met again.\n"
    assert analyze_text(told).date is None
