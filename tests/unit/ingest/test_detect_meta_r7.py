"""Titles, authors and dates in shapes the eighth real set showed, by class of document (issue 14)."""

from __future__ import annotations

import time

from briefing_app.core.document import Block
from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.docx import parse_docx
from briefing_app.ingest.front import (
    Para,
    cover_authors,
    read_front,
    take_front_matter,
    take_title,
)
from briefing_app.ingest.memohead import memo_head
from briefing_app.ingest.pagemeta import read_page_meta
from tests.unit.ingest.builders import BODY, analyze_text, built_docx


def _memo_docx(lines: list[str], author: str = "") -> bytes:
    def build(document) -> None:
        document.core_properties.author = author
        for line in lines:
            document.add_paragraph(line)
        document.add_paragraph(BODY)
        document.add_paragraph(BODY)

    return built_docx(build)


def test_a_memo_header_in_any_case_names_all_senders_and_no_title_from_to():
    memo = _memo_docx(
        [
            "To: Regional Transit Board",
            "From: Ana Petrosyan, Jo Harlow, Sam Okonkwo and Lee Marsh",
            "Date: March 4th, 2024",
            "Bus Lanes on the Northern Corridor",
        ],
        author="Jo Harlow",  # -- the file's author property: whoever saved it, one of them
    )
    article = analyze(parse_docx(memo, name="m.docx"))
    assert article.author == "Ana Petrosyan, Jo Harlow, Sam Okonkwo, Lee Marsh"
    assert article.title == "Bus Lanes on the Northern Corridor"
    assert article.date == "2024-03-04"


def test_a_memos_subject_is_its_title_in_other_languages_too():
    head = memo_head("An: Vorstand\nVon: Jo Harlow\nBetreff: Neue Buslinien im Norden\n\nText.\n")
    assert head is not None
    assert (head.senders, head.subject) == ("Jo Harlow", "Neue Buslinien im Norden")
    head = memo_head("Para: Junta\nDe: Ana Petrosyan\nAsunto: Carriles bus\n\nTexto.\n")
    assert head is not None and (head.senders, head.subject) == ("Ana Petrosyan", "Carriles bus")


def test_a_lone_mixed_case_label_or_labels_far_apart_make_no_memo_header():
    # -- "From:" alone in running text, or a "Date:" line with nothing of a memo beside it
    assert memo_head("From: Jo Harlow\n\nThe meeting went well.\n") is None
    assert memo_head("Date: 4 March 2024\n\n" + "Words. " * 100 + "\nFrom: Jo Harlow\n") is None


def test_a_memo_header_is_read_in_linear_time():
    def cost(n: int) -> float:
        text = "To: Board\nFrom: " + "Jo Harlow, " * n + "\n" + "Subject: x " * n
        start = time.process_time()
        memo_head(text)
        return time.process_time() - start

    small, big = min(cost(500) for _ in range(3)), min(cost(2000) for _ in range(3))
    assert big < 8 * small + 0.2


_LAYOUT = (
    "<html><body><header class='nav'>Site</header><main><section class='two-column-rail'>"
    "<div class='headings'><h1>Why the Northern Bus Lanes Were Late</h1></div>"
    "<article><div class='post-author'><p>By <a href='/authors/jo-harlow/'>Jo E. Harlow</a>"
    "<span>December 28, 2016</span></p></div><p>{body}</p><p>{body}</p></article>"
    "</section><div class='sidebar'><h2>More</h2><p>By <a href='/authors/x/'>Ann Other</a></p>"
    "</div></main></body></html>"
)


def test_a_layout_wrapper_named_after_its_rail_does_not_hide_the_byline():
    meta = read_page_meta(_LAYOUT.format(body=BODY))
    assert meta.author == "Jo E. Harlow"
    assert meta.date == "2016-12-28"


def test_a_real_sidebar_stays_a_sidebar():
    # -- the rail holds the headline but not most of the page: a teaser column
    page = (
        "<html><body><div class='rail'><h1>Other Story About Something Else</h1>"
        "<p>By <a href='/authors/x/'>Ann Other</a></p></div>"
        f"<article><h2>Main</h2><p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    assert read_page_meta(page).author is None


def _paras(lines: list[tuple[str, int]]) -> list[Para]:
    paras, at = [], 0
    for text, level in lines:
        paras.append(Para(text=text, block=Block(text=text, start=at), heading_level=level))
        at += len(text) + 2
    return paras


def test_a_declared_title_is_the_printed_headline_without_the_sites_names():
    paras = _paras([("Home > News", 0), ("Bus Lanes Open on the Northern Corridor", 2), (BODY, 0)])
    for declared in (
        "Bus Lanes Open on the Northern Corridor | Transit Weekly",
        "Bus Lanes Open on the Northern Corridor : 뉴스 : 동아닷컴",
    ):
        title, rest = take_title(paras, {"title": declared}, "x.html")
        assert title == "Bus Lanes Open on the Northern Corridor"
        assert [p.text for p in rest] == ["Home > News", BODY]  # -- the headline is no section
    # -- a printed heading that only opens the declared title is no headline of it
    title, _ = take_title(paras, {"title": "Bus Lanes Open on the Northern Corridor in 2025"}, "x")
    assert title == "Bus Lanes Open on the Northern Corridor in 2025"


def test_a_pdfs_one_largest_heading_on_page_one_is_its_title_after_column_text():
    lines = [(BODY[:80], 0)] * 6 + [("Air Quality in the Capital", 1), ("Background", 2), (BODY, 0)]
    title, _ = take_title(_paras(lines), {}, "brief.pdf")
    assert title == "Air Quality in the Capital"
    # -- a numbered section opening the headings of a PDF's later page is no title
    lines[6] = ("1 Introduction", 1)
    assert take_title(_paras(lines), {}, "paper-p2.pdf")[0] != "1 Introduction"


def test_affiliation_marks_glued_to_an_authors_name_are_cut_when_printed_below():
    lines = [
        ("Jo Harlowa,1 and Ana Petrosyanb", 0),
        ("a", 0),
        ("Department of Mathematics, University of Leeds", 0),
        ("April 5, 2019", 0),
        (BODY, 0),
    ]
    front, body = take_front_matter(_paras(lines))
    assert read_front(front)["author"] == "Jo Harlow, Ana Petrosyanb"  # -- lone "b": kept
    assert [p.text for p in body] == [BODY]
    # -- a name ending in a letter that no affiliation line prints as a mark keeps it
    lines[0] = ("Ana Costa,1", 0)
    lines[1] = ("1", 0)
    front, _ = take_front_matter(_paras(lines))
    assert read_front(front)["author"] == "Ana Costa"


def test_a_transcripts_speech_label_names_the_speaker():
    page = (
        "<html><body><article><h1>Weekly Address: Free Community College</h1>"
        f"<p>{BODY}</p><p><strong>Remarks of Vice President Jo Harlow</strong><br>Weekly Address"
        f"<br>April 11, 2015</p><p>{BODY}</p></article></body></html>"
    )
    assert read_page_meta(page).author == "Jo Harlow"
    # -- a label naming no person ("Statement of the Board") names no author
    assert read_page_meta(page.replace("Vice President Jo Harlow", "the Board")).author is None


def test_a_papers_running_head_names_its_author_before_the_institution():
    heads = ["Jo Harlow  Universidad Comunera", "Diplomado en Políticas Públicas"]
    assert choose_metadata([], title="", author="", running=heads)["author"] == "Jo Harlow"
    # -- a running head with the paper's title or a journal's name is no byline
    for head in ("Bus Lanes and the City  University Press", "Journal of Transport Policy"):
        assert "author" not in choose_metadata([], title="", author="", running=[head])
    # -- the file's own author property still comes first
    assert choose_metadata([], title="", author="Ana Petrosyan", running=heads)["author"] == (
        "Ana Petrosyan"
    )


def _pieces(*texts: str) -> list[Piece]:
    return [Piece(t) for t in texts]


def test_a_title_property_sharing_no_word_with_the_opening_is_another_documents():
    opening = _pieces("Complexity", "Jo Harlow – 4 September 1997", BODY)
    assert "title" not in choose_metadata(opening, title="MS Intranet Strategy", author="")
    # -- a property that repeats the opening's words, or over running text, is kept
    shown = _pieces("Complexity in Software", BODY)
    assert choose_metadata(shown, title="Software Complexity", author="")["title"] == (
        "Software Complexity"
    )
    sampled = _pieces(BODY, BODY)  # -- pages from a handbook's middle: no title printed
    assert choose_metadata(sampled, title="Field Handbook", author="")["title"] == "Field Handbook"


def test_persian_and_arabic_bylines_name_the_writer():
    text = f"مدیریت آلودگی هوای تهران\n\nنوشته: صمد نوروزیان\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).author == "صمد نوروزیان"
    assert analyze_text(text.replace("نوشته:", "بقلم:")).author == "صمد نوروزیان"
    # -- "نوشته‌های …" (the writings of …) opening a line is no byline
    assert analyze_text(text.replace("نوشته:", "نوشته‌های")).author is None


def test_an_author_list_set_in_two_rows_names_everyone():
    lines = [
        ("∗ | ∗+ | # | ∗", 0),
        ("Jo Harlow, Ana Petrosyan, Sam Okonkwo, Lee Marsh", 0),
        ("Mia Chen, Tom Berg", 2),
        ("Acme Corporation {jo,ana,sam,lee}@acme.com", 0),
        (BODY * 2, 0),
    ]
    names, start, end = cover_authors(_paras(lines))
    assert names == "Jo Harlow, Ana Petrosyan, Sam Okonkwo, Lee Marsh, Mia Chen, Tom Berg"
    assert (start, end) == (1, 3)  # -- both rows leave the body: the second is no heading
    front = _paras([("Jo Harlow, Ana Petrosyan", 0), ("Mia Chen and Tom Berg", 0)])
    assert read_front(front)["author"] == "Jo Harlow, Ana Petrosyan, Mia Chen, Tom Berg"
    # -- a byline's name followed by a list of others (a sources line) is not extended
    front = _paras([("By Jo Harlow", 0), ("Mia Chen and Tom Berg", 0)])
    assert read_front(front)["author"] == "Jo Harlow"


def test_affiliations_marked_by_numbers_on_lines_of_their_own_are_front_matter():
    """A PDF that drops superscripts: "1" / institutions / "4" / institutions under the authors
    became the paper's first section, and the memo's bottom line."""
    lines = [
        ("Jo Harlow, Ana Petrosyan, Lee Costa", 2),
        ("1", 0),
        ("Université de Montréal, University of Leeds,", 0),
        ("4", 0),
        ("The Alan Turing Institute, Salesforce Research", 0),
        ("Abstract", 3),
        (BODY, 0),
    ]
    _front, body = take_front_matter(_paras(lines))
    assert [p.text for p in body] == ["Abstract", BODY]
    # -- a number over a sentence is no mark: the body starts there
    lines[2] = (BODY, 0)
    _front, body = take_front_matter(_paras(lines))
    assert body[0].text == "1"
